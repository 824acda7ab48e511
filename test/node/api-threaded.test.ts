// Threaded modules through the API alone (docs/hook-abi.md, "Threaded modules"): a program that
// imports 'wasm-tracemalloc' and calls start(), without register, runs an Emscripten pthreads
// program (emcc 3.1.6 -pthread -O2 -g, test/threads/src/tally.c: four threads that allocate and
// free, each from an entry function of its own). start() makes the arena and starts the tool in
// every Worker made from then on (node/worker-host.ts). The oracle is the program's own
// accounting, per thread; the snapshot must also be the one register writes for the same program.
// Before, the module ran untraced there (one line said so) and the snapshot held nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { instrument } from '../../instrument/index';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/model/snapshot';
import { recordedModules } from '../../runtime/tracer/modules';
import { recordedUnmatched } from '../../runtime/tracer/unmatched';
import { ownTracebacks, programTally, snapshotTally } from '../threads/tally';
import { root } from '../root';

const dir = mkdtempSync(join(tmpdir(), 'wtm-api-threaded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const threads = join(root, 'test', 'threads');
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
const noFetch = join(root, 'test', 'users', 'no-fetch.cjs'); // Emscripten 3.1.6 glue in Node (test/users)
const env: NodeJS.ProcessEnv = { ...process.env, WASM_TRACEMALLOC_CACHE_DIR: join(dir, 'cache') };
delete env.NODE_OPTIONS;
delete env.WASM_TRACEMALLOC;
const node = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['--require', noFetch, ...args], { cwd: threads, encoding: 'utf8', timeout: 60_000, env: { ...env, ...extra } });
const load = (path: string) => Snapshot.deserialize(new Uint8Array(readFileSync(path)));

describe('threaded modules through the API alone (no register)', () => {
  it("every thread's allocations are traced, merged in the main thread's snapshot, as the program counts them and as register has them", () => {
    const plain = node([join('built', 'tally-O2.js')]);
    expect(plain.status).toBe(0);
    const expected = programTally(plain.stdout);

    const apiPath = join(dir, 'api.tmsnap');
    const api = node(['api-tally.mjs', apiPath]);
    expect([api.status, api.stdout]).toEqual([0, plain.stdout]);
    expect(api.stderr).toMatch(/tally-O2\.js:\d+:\d+: traced \(libc/);
    const s = load(apiPath);
    expect(recordedModules(s.metadata)!.map((m) => m.traced)).toEqual([true]);
    expect(recordedUnmatched(s.metadata)).toBeNull(); // a block freed on another thread than its allocation: matched
    expect(snapshotTally(s)).toEqual(expected); // per thread: blocks and bytes allocated; the live set

    const registerPath = join(dir, 'register.tmsnap');
    const registered = node(['--import', register, join('built', 'tally-O2.js')], { WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_SNAPSHOT: registerPath });
    expect([registered.status, registered.stdout]).toEqual([0, plain.stdout]);
    expect(ownTracebacks(s)).toEqual(ownTracebacks(load(registerPath)));
    expect(ownTracebacks(s).length).toBeGreaterThan(8);
  });

  // A pool made before the tool was set up (before start(), or before the tool was even loaded):
  // nothing lists those workers, and they cannot link a module instrumented for threads (its hook
  // imports). Before, each of them failed to instantiate and the program hung; now the main thread
  // posts them the module as the program compiled it (instrumented on the fly: its original bytes;
  // ahead of time: unhooked, runtime/tracer/unhook.ts), and the module says it is not traced.
  const ahead = join(dir, 'ahead');
  cpSync(join(threads, 'built'), ahead, { recursive: true });
  writeFileSync(join(ahead, 'tally-O2.wasm'), instrument(readFileSync(join(threads, 'built', 'tally-O2.wasm')), { threads: true }).bytes);
  it.each([
    ['before-start', ''],
    ['before-import', ''],
    ['before-start', ahead],
    ['never', ahead],
  ])('a pool of workers made %s (%s) runs as without the tool, the module untraced and said so', (when, aheadDir) => {
    const plain = node([join('built', 'tally-O2.js')]);
    expect(plain.status).toBe(0);
    const path = join(dir, `${when}${aheadDir ? '-ahead' : ''}.tmsnap`);
    const early = node(['api-early.cjs', when, path, ...(aheadDir ? [aheadDir] : [])]);
    expect([early.status, early.stdout]).toEqual([0, plain.stdout]);
    const reason = when === 'never' ? /: not traced: a threaded module \(shared memory\), and no shared memory/ : /: not traced: a threaded module posted to a worker the tool did not set up/;
    expect(early.stderr).toMatch(reason);
    if (when === 'never') return; // no start(), no snapshot
    const s = load(path);
    expect(recordedModules(s.metadata)!.map((m) => [m.traced, reason.test(`: not traced: ${m.detail}`)])).toEqual([[false, true]]);
    expect(s.traces.length).toBe(0);
  });
});
