// Runs the built CLI (bin/wasm-tracemalloc.js → dist/cli/main.js) as a subprocess, as users do.
// `npm test` builds dist first; here dist is built only when it is missing (a lock directory keeps
// parallel test files from building at once). Rebuilding a stale dist mid-run would pull it from
// under the other test files' subprocesses; set WASM_TRACEMALLOC_TEST_REBUILD=1 to rebuild when
// the sources are newer (before a local run, not in CI).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newestSource } from '../newest-source';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'wasm-tracemalloc.js');

function missing(): boolean {
  return !existsSync(join(ROOT, 'dist', 'cli', 'main.js')) || !existsSync(join(ROOT, 'dist', 'runtime', 'register.js'));
}

function stale(): boolean {
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  const register = join(ROOT, 'dist', 'runtime', 'register.js');
  if (!existsSync(main) || !existsSync(register)) return true;
  const built = Math.min(statSync(main).mtimeMs, statSync(register).mtimeMs);
  return ['cli', 'report', 'runtime', 'instrument'].some((d) => newestSource(join(ROOT, d)) > built);
}

export async function ensureBuilt(): Promise<void> {
  const lock = join(ROOT, '.tmp', 'cli-test-build.lock');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (missing() || (process.env.WASM_TRACEMALLOC_TEST_REBUILD === '1' && stale())) {
      const r = spawnSync('npx', ['tsup'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`npx tsup failed:\n${r.stdout}\n${r.stderr}`);
    }
  } finally {
    rmdirSync(lock);
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const key of ['FORCE_COLOR', 'WASM_TRACEMALLOC', 'WASM_TRACEMALLOC_SNAPSHOT', 'NODE_OPTIONS']) delete env[key];
  Object.assign(env, options.env);
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8', timeout: options.timeout ?? 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'wtm-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The basic fixture's own line (every path reports each module once: docs in runtime/tracer/modules.ts). */
export const BASIC_TRACED = /^wasm-tracemalloc: \S*basic\.wasm: traced \(libc, found by [^\n]*\)\n/m;

/** stderr without the per-module lines (`X: traced (…)`, `X: not traced: …`), for tests about other lines. */
export function withoutModuleLines(stderr: string): string {
  return stderr.replace(/^wasm-tracemalloc: \S+: (traced \(.*\)|not traced: .*)\n/gm, '');
}
