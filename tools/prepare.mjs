#!/usr/bin/env node
// `npm install`'s prepare step: builds dist/ (JavaScript; declarations are `npm pack`'s) unless it
// is newer than every source. npm 11 reruns prepare on the first `npx wasm-tracemalloc` in the
// repository (it links the package into its npx cache), and that run must not rebuild for seconds.
// The tests never rely on this: their global setup always builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const NOT_SOURCES = new Set(['node_modules', 'dist', 'test', 'bench', 'fixtures', 'docs', 'build']);
const BUILT = ['cli/main.js', 'cli/main.cjs', 'node/index.js', 'node/index.cjs', 'node/register.js', 'runtime/index.js'].map((f) => join(root, 'dist', f));

function newest(dir, top) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || (top && NOT_SOURCES.has(entry.name)) || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newest(path, false));
    else if (/\.(ts|wasm)$/.test(entry.name) || (top && /^(package\.json|tsup\.config\.ts)$/.test(entry.name))) t = Math.max(t, statSync(path).mtimeMs);
  }
  return t;
}

if (BUILT.every((f) => existsSync(f)) && Math.min(...BUILT.map((f) => statSync(f).mtimeMs)) > newest(root, true)) {
  console.log('wasm-tracemalloc: dist/ is up to date');
} else {
  const tsup = createRequire(import.meta.url).resolve('tsup/dist/cli-default.js');
  const r = spawnSync(process.execPath, [tsup], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
