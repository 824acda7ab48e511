// A worker that compiles the .wasm itself (it reads the file) and runs it on the shared memory of a
// module the main thread traces: its allocations and frees are not seen there, so the main thread's
// figures are partial (issue 16). The program: test/threads/src/own.c (clang + wasi-libc's
// dlmalloc on an imported shared memory), own-host.cjs / own-worker.cjs: main makes 8 blocks, the
// worker frees 3 of them and makes 2 of its own, and the program prints its own accounting. The
// oracle: that accounting (the blocks still held, read back from memory by the module) and the
// program's stdout and exit code without the tool.
// Through the API, a worker the tool did not set up (made before start()) that is posted the memory
// makes the module's figures partial: said in one line, kept in the snapshot (a caveat), and
// `top` and `report` say it. Before, nothing said it. Its memory.buffer alone is not news (no
// module can be instantiated on a SharedArrayBuffer). Under `run` and register every worker loads
// register: the worker's compile is traced as a second group on the same memory, and its frees of
// main's blocks are said as unmatched. A module posted over a MessagePort to a worker set up is traced.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/model/snapshot';
import { recordedModules } from '../../runtime/tracer/modules';
import { recordedUnmatched } from '../../runtime/tracer/unmatched';
import { cli, runMain } from '../cli/cli-process';
import { root } from '../root';

const dir = mkdtempSync(join(tmpdir(), 'wtm-own-compile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const threads = join(root, 'test', 'threads');
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
const env: NodeJS.ProcessEnv = { ...process.env, WASM_TRACEMALLOC_CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1' };
for (const key of ['NODE_OPTIONS', 'WASM_TRACEMALLOC', 'WASM_TRACEMALLOC_SNAPSHOT', 'FORCE_COLOR']) delete env[key];
const node = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, args, { cwd: threads, encoding: 'utf8', timeout: 60_000, env: { ...env, ...extra } });
const load = (path: string) => Snapshot.deserialize(new Uint8Array(readFileSync(path)));
/** A snapshot's live blocks and bytes. */
const live = (s: Snapshot) => s.statistics('traceback').reduce(([count, size], t) => [count + t.count, size + t.size], [0, 0]);

const PARTIAL = /own-host\.cjs:\d+:\d+: partial: its shared memory was posted to a worker the tool did not set up/g;
/** The program's own accounting, read from its stdout: main's blocks and the worker's still held. */
function held(stdout: string): [number, number] {
  const m = /main's blocks still held: (\d+) bytes; worker's: (\d+) bytes/.exec(stdout);
  if (!m) throw new Error(`no accounting in ${JSON.stringify(stdout)}`);
  return [Number(m[1]), Number(m[2])];
}

describe('a worker that compiles the .wasm itself on a traced module\'s shared memory', () => {
  const plain = node(['own-host.cjs', 'plain']);
  it('runs plain: main made 8 blocks, the worker freed 3 and made 2', () => {
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/main made 8 blocks; worker freed 3 of them and made 2 of its own/);
    expect(held(plain.stdout)).toEqual([5 * 100 + (3 + 4 + 5 + 6 + 7), 2 * 1000 + 32 + 33]); // own.c's sizes: size + slot
  });

  it('API, a worker made before start() posted the memory: same stdout, the figures said partial (line, snapshot, top, report)', async () => {
    const path = join(dir, 'early.tmsnap');
    const r = node(['own-host.cjs', 'early', path]);
    expect([r.status, r.stdout]).toEqual([0, plain.stdout]);
    expect(r.stderr.match(PARTIAL)).toHaveLength(1); // once per module
    const s = load(path);
    const modules = recordedModules(s.metadata)!;
    expect(modules.map((m) => [m.traced, m.caveats?.length ?? 0])).toEqual([[true, 1]]);
    expect(modules[0]!.caveats![0]).toMatch(/^partial: its shared memory was posted to a worker the tool did not set up/);
    // what the main thread saw: its own 8 blocks, none of the worker's frees or blocks (partial, and now said)
    expect(live(s)).toEqual([8, 8 * 100 + 28]);

    const top = await runMain(['top', path]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Traced with a caveat: 1 module[^\n]*\n\s+bytes compiled by \S*own-host\.cjs:\d+:\d+: partial: its shared memory/);
    const html = join(dir, 'early.html');
    expect((await runMain(['report', path, '-o', html])).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/partial: its shared memory was posted to a worker the tool did not set up/);

    // only memory.buffer posted: no module can be instantiated on a SharedArrayBuffer, so nothing is said
    const bufferPath = join(dir, 'buffer.tmsnap');
    const b = node(['own-host.cjs', 'buffer', bufferPath]);
    expect(b.status).toBe(0);
    expect(b.stdout).toMatch(/worker got a buffer of \d+ bytes/);
    expect(held(b.stdout)).toEqual([8 * 100 + 28, 0]);
    expect(b.stderr).not.toMatch(/partial/);
    const bs = load(bufferPath);
    expect(recordedModules(bs.metadata)!.map((m) => [m.traced, m.caveats])).toEqual([[true, undefined]]);
    expect(live(bs)).toEqual([8, held(b.stdout)[0]]); // exact: nothing else ran on it
  });

  // A module posted over a MessagePort whose other end went to a worker made after start() (posted
  // to it, or given with its workerData): that worker is set up, so the module is traced there, as
  // over Worker#postMessage; before, any MessagePort counted as not set up and the module went untraced.
  it.each(['port-module', 'port-data'])('API, %s: the module posted over a port to a set-up worker is traced in both threads, exactly', (how) => {
    const path = join(dir, `${how}.tmsnap`);
    const r = node(['own-host.cjs', how, path]);
    expect([r.status, r.stdout]).toEqual([0, plain.stdout]);
    expect(r.stderr).not.toMatch(/not traced|partial/);
    const s = load(path);
    expect(recordedModules(s.metadata)!.map((m) => [m.traced, m.caveats])).toEqual([[true, undefined]]);
    expect(recordedUnmatched(s.metadata)).toBeNull(); // the worker's frees of main's blocks matched
    const [mainHeld, workerHeld] = held(plain.stdout);
    expect(live(s)).toEqual([7, mainHeld + workerHeld]);
  });

  it.each([
    ['run', (path: string) => ['run', '-o', path, '--', process.execPath, 'own-host.cjs', 'plain']],
    ['register', null],
  ] as const)('%s: same stdout; the worker\'s own compile is traced, its frees of main\'s blocks said unmatched', async (how, args) => {
    const path = join(dir, `${how}.tmsnap`);
    const r = args
      ? cli(args(path), { cwd: threads, env: { WASM_TRACEMALLOC_CACHE_DIR: join(dir, 'cache') } })
      : ((p) => ({ code: p.status, stdout: p.stdout }))(node(['--import', register, 'own-host.cjs', 'plain'], { WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_SNAPSHOT: path }));
    expect([r.code, r.stdout]).toEqual([0, plain.stdout]);
    const s = load(path);
    const [mainHeld, workerHeld] = held(plain.stdout);
    // every block either thread made is there (the worker's group merged in at its exit); main's 3
    // blocks the worker freed still count, and the 3 frees are unmatched, said
    expect(live(s)).toEqual([10, mainHeld + workerHeld + 100 + 101 + 102]);
    expect(recordedUnmatched(s.metadata)!.totals.free).toBe(3);
    const top = await runMain(['top', path]);
    expect(top.stdout).toMatch(/Unmatched: 3 frees[^\n]*\n[^\n]*another compile of the module on the same memory/);
  });
});
