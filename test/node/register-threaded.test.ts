// Threaded modules (docs/hook-abi.md, "Threaded modules"): Emscripten pthreads programs built with
// emcc 3.1.6 -pthread -O2 (test/threads/), run under register and under the CLI's `run`. The oracle
// is each program's own accounting (what it prints: the blocks it still holds at exit, how many it
// allocated); the program's output and exit code stay its own. Before the threaded core these
// modules ran untraced (the snapshot held nothing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/model/snapshot';
import { recordedModules } from '../../runtime/tracer/modules';
import { recordedUnmatched } from '../../runtime/tracer/unmatched';
import { root } from '../root';

const dir = mkdtempSync(join(tmpdir(), 'wtm-threaded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const built = join(root, 'test', 'threads', 'built');
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
// Emscripten 3.1.6 glue takes a global fetch for a browser: Node runs it without (test/users)
const noFetch = join(root, 'test', 'users', 'no-fetch.cjs');
const env: NodeJS.ProcessEnv = { ...process.env, WASM_TRACEMALLOC_CACHE_DIR: join(dir, 'cache') };
delete env.NODE_OPTIONS;

const plain = (program: string) => spawnSync(process.execPath, ['--require', noFetch, `${program}.js`], { cwd: built, encoding: 'utf8', timeout: 60_000, env });
const traced = (program: string, snapshot: string) => spawnSync(process.execPath, ['--require', noFetch, '--import', register, `${program}.js`], {
  cwd: built, encoding: 'utf8', timeout: 60_000, env: { ...env, WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_SNAPSHOT: snapshot },
});
const load = (path: string) => Snapshot.deserialize(new Uint8Array(readFileSync(path)));
/**
 * The sizes of the live blocks the program's own calls allocated (frame 0, the most recent, in its
 * file, toolchain frames folded); not in its accounting: Emscripten's own, a thread's TLS and the
 * thread records `pthread_create` makes (frame 0: the line calling it). (A traceback runs oldest
 * first: under -sPROXY_TO_PTHREAD main's blocks have an older frame, emscripten_proxy_main.c's
 * call to the `__call_main` import whose JS runs main.)
 */
const ownLive = (s: Snapshot, file: string) => {
  const source = readFileSync(join(root, 'test', 'threads', 'src', file), 'utf8').split('\n');
  return [...s.traces]
    .filter((t) => { const f = t.traceback[t.traceback.length - 1]!; return f.filename === `test/threads/src/${file}` && !source[f.lineno - 1]!.includes('pthread_create('); })
    .map((t) => t.size).sort((a, b) => a - b);
};
const expectedLive = (stdout: string) => /expected live: ([\d ]+)/.exec(stdout)![1]!.split(' ').map(Number).sort((a, b) => a - b);

describe('threaded modules (Emscripten pthreads) under register', () => {
  for (const [program, file] of [['pool-O2', 'pool.c'], ['proxy-O2', 'proxy.c']] as const) {
    it(`${program}: the live set is the program's own, across threads, with the same output`, () => {
      const snapshot = join(dir, `${program}.tmsnap`);
      const before = plain(program);
      const after = traced(program, snapshot);
      expect(before.status).toBe(0);
      expect([after.status, after.stdout]).toEqual([before.status, before.stdout]);
      expect(after.stderr).toMatch(new RegExp(`${program}\\.wasm: traced `));
      const s = load(snapshot);
      expect(recordedModules(s.metadata)!.map((m) => m.traced)).toEqual([true]);
      // blocks allocated on one thread and freed on another: no free went unmatched
      expect(recordedUnmatched(s.metadata)).toBeNull();
      expect(ownLive(s, file)).toEqual(expectedLive(before.stdout));
      if (program === 'pool-O2') {
        // every allocation of the program's own, on whatever thread, is in the totals
        const made = Number(/allocated (\d+) blocks/.exec(before.stdout)![1]);
        const own = s.by('allocated').statistics('traceback').filter((st) => [...st.traceback].some((f) => f.filename === 'test/threads/src/pool.c' && f.lineno === 22));
        expect(own.reduce((n, st) => n + st.count, 0)).toBe(made);
      }
    });
  }

  it('a worker thread\'s instance decodes no site table: whether to push callers is its group owner\'s word', () => {
    // The owner (the main thread's instance) feeds the group's core; each worker's instance needs
    // only whether that core walks callers, and used to decode the module's whole site table for
    // it (its module a clone, so the main thread's cached weights were not its). At nframe 1, where
    // the callers matter only through that word, the program's blocks are still its own.
    const snapshot = join(dir, 'pool-sites.tmsnap');
    const log = join(dir, 'sites.log');
    const countSites = join(root, 'test', 'threads', 'count-sites.cjs');
    const before = plain('pool-O2');
    const after = spawnSync(process.execPath, ['--require', noFetch, '--require', countSites, '--import', register, 'pool-O2.js'], {
      cwd: built, encoding: 'utf8', timeout: 60_000, env: { ...env, WASM_TRACEMALLOC: '1', WASM_TRACEMALLOC_SNAPSHOT: snapshot, SITES_LOG: log },
    });
    expect([after.status, after.stdout]).toEqual([before.status, before.stdout]);
    // each line a worker thread that read the site table section: none (the old code: one line
    // per worker of the pool)
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
    const s = load(snapshot);
    expect(ownLive(s, 'pool.c')).toEqual(expectedLive(before.stdout));
    const made = Number(/allocated (\d+) blocks/.exec(before.stdout)![1]);
    const own = s.by('allocated').statistics('traceback').filter((st) => st.traceback.length === 1 && st.traceback[0]!.filename === 'test/threads/src/pool.c' && st.traceback[0]!.lineno === 22);
    expect(own.reduce((n, st) => n + st.count, 0)).toBe(made);
  });

  it('`run` traces them too, and `leaks` names the block leaked on a worker', () => {
    const cli = join(root, 'bin', 'wasm-tracemalloc.js');
    const out = join(dir, 'run.tmsnap');
    const r = spawnSync(process.execPath, [cli, 'run', '-o', out, '--', process.execPath, '--require', noFetch, 'pool-O2.js'], { cwd: built, encoding: 'utf8', timeout: 120_000, env });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('expected live: 777 1003 4096');
    expect(ownLive(load(out), 'pool.c')).toEqual([777, 1003, 4096]);
    const leaks = spawnSync(process.execPath, [cli, 'leaks', '--', process.execPath, '--require', noFetch, 'pool-O2.js'], { cwd: built, encoding: 'utf8', timeout: 120_000, env });
    expect(leaks.stdout).toMatch(/size=4096 B, count=1, average=4096 B\n.*pool\.c", line 22\n.*pool\.c", line 61\n/); // `leaked = make(4096)` on worker thread 2
  });
});
