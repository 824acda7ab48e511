// vitest's global setup: builds dist/ once, before any test file runs, so the tests that run the
// built package (the CLI's subprocesses, `--import …/register.js`, the browser bundle) never see
// a stale or half-written dist/. The JavaScript-only build takes a second or two; the
// declarations are left to `npm run build`/`npm pack`. The native addon is rebuilt only when its
// sources changed (native/build.mjs; a failed build leaves its reason for the native tests).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './root';

export default function setup(): void {
  // Traced starts under test keep their instrumented modules here, not in the user's
  // ~/.cache/wasm-tracemalloc (tests that test the cache set their own folder).
  process.env.WASM_TRACEMALLOC_CACHE_DIR ??= join(root, 'node_modules', '.cache', 'wasm-tracemalloc-tests');
  const tsup = createRequire(import.meta.url).resolve('tsup/dist/cli-default.js');
  const r = spawnSync(process.execPath, [tsup, '--silent'], { cwd: root, encoding: 'utf8', env: { ...process.env, WTM_DTS: '0' } });
  if (r.status !== 0) throw new Error(`the test build (tsup) failed:\n${r.stdout}${r.stderr}`);
  spawnSync(process.execPath, [join(root, 'native', 'build.mjs')], { cwd: root, stdio: 'ignore' });
}
