// Runs the built CLI (bin/wasm-tracemalloc.js → dist/cli/main.js) as a subprocess, as users do.
// dist/ is built once before the run by vitest's global setup (test/global-setup.ts).
// `main()` runs the same CLI in process, for the cases that only check output and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { main } from '../../cli/main';
import type { Io } from '../../cli/io';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { root as ROOT } from '../root';
import { root as ROOT } from '../root';
export const BIN = join(ROOT, 'bin', 'wasm-tracemalloc.js');

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

/** `wasm-tracemalloc ARGS` through `main(argv, io)` in this process: same result, no subprocess. */
export async function runMain(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const key of ['FORCE_COLOR', 'WASM_TRACEMALLOC', 'WASM_TRACEMALLOC_SNAPSHOT', 'NODE_OPTIONS']) delete env[key];
  Object.assign(env, options.env);
  let stdout = '';
  let stderr = '';
  const cwd = options.cwd ?? ROOT;
  const io: Io = { out: { write: (s: string) => (stdout += s) }, err: { write: (s: string) => (stderr += s) }, color: false, env, cwd };
  // Some commands open paths relative to the process's folder, as the real CLI does.
  const saved = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(args, io);
    return { code, stdout, stderr };
  } finally {
    process.chdir(saved);
  }
}

/** The basic fixture's own line (every path reports each module once: docs in runtime/tracer/modules.ts). */
export const BASIC_TRACED = /^wasm-tracemalloc: \S*basic\.wasm: traced \(libc, found by [^\n]*\)\n/m;

/** stderr without the per-module lines (`X: traced (…)`, `X: not traced: …`), for tests about other lines. */
export function withoutModuleLines(stderr: string): string {
  return stderr.replace(/^wasm-tracemalloc: \S+: (traced \(.*\)|not traced: .*|allocator code inlined\? .*|frees not traced\? .*)\n/gm, '');
}
