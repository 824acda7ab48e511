// Shared by the native tests: build the fixture addon (test/native/addon/fixture.cc) into a temp
// dir with g++ and Node's own headers, find its marked lines, and run scripts in child processes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '../..');
export const fixtureSource = join(here, 'addon', 'fixture.cc');
export const nativeAddon = join(root, 'native', 'build', 'Release', 'wasm_tracemalloc_native.node');

function nodeIncludeDir(): string {
  for (const dir of [
    resolve(dirname(process.execPath), '..', 'include', 'node'),
    process.env.npm_config_nodedir ? join(process.env.npm_config_nodedir, 'include', 'node') : '',
  ]) {
    if (dir && existsSync(join(dir, 'node_api.h'))) return dir;
  }
  throw new Error(`Node's headers (node_api.h) were not found next to ${process.execPath}`);
}

/** Compiles the fixture (-O2 -g: real code, with line info) and returns the .node path. */
export function buildFixture(name = 'fixture', defines: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'wtm-native-'));
  const out = join(dir, `${name}.node`);
  execFileSync('g++', [
    '-shared', '-fPIC', '-O2', '-g', '-std=c++17',
    `-I${nodeIncludeDir()}`, `-DNODE_GYP_MODULE_NAME=${name}`, ...defines.map((d) => `-D${d}`),
    '-o', out, fixtureSource, '-lpthread', '-ldl',
  ], { stdio: 'pipe' });
  return out;
}

/** Line numbers of the `// line:NAME` markers in fixture.cc. */
export function markedLines(): Map<string, number> {
  const lines = readFileSync(fixtureSource, 'utf8').split('\n');
  const out = new Map<string, number>();
  lines.forEach((text, i) => {
    const m = /\/\/ line:(\w+)/.exec(text);
    if (m) out.set(m[1]!, i + 1);
  });
  return out;
}

/**
 * Builds the native hook if it is not built yet (the npm scripts normally did). Test files run in
 * parallel processes: a lock directory keeps two node-gyp runs out of the same build folder.
 */
export function ensureNativeBuilt(): void {
  if (existsSync(nativeAddon)) return;
  const lock = join(root, 'native', '.build-lock');
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (attempt > 600) throw new Error(`${lock} stayed locked for 10 minutes; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
      if (existsSync(nativeAddon)) return;
    }
  }
  try {
    if (!existsSync(nativeAddon)) spawnSync(process.execPath, [join(root, 'native', 'build.mjs')], { stdio: 'inherit' });
  } finally {
    rmdirSync(lock);
  }
}

export interface ChildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a CommonJS script in a fresh node process (the hooks then live and die with it). */
export function runScript(source: string, env: Record<string, string> = {}): ChildResult {
  const r = spawnSync(process.execPath, ['-e', source], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
