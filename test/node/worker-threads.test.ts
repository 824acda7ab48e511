// Worker threads have tracers of their own (node/threads.ts): a module a program runs in a Worker
// must reach the snapshot WASM_TRACEMALLOC_SNAPSHOT writes, as it would have from the main thread,
// and a worker that hands in nothing (still running at exit) must be said, never silently missed.
// The program's output and exit code stay its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/model/snapshot';
import { recordedModules } from '../../runtime/tracer/modules';
import { recordedThreads } from '../../runtime/tracer/merge';
import { snapshotNotes } from '../../runtime/tracer/coverage';
import { root } from '../root';

const dir = mkdtempSync(join(tmpdir(), 'wtm-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
const fixtures = JSON.stringify(pathToFileURL(join(root, 'fixtures', 'index.mjs')).href);
// the C fixture, run where `where` says: here, in a worker that ends by itself, or in one that
// keeps running while the main thread ends the process
const app = join(dir, 'app.mjs');
writeFileSync(app, `import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
const where = isMainThread ? process.argv[2] : workerData;
if (isMainThread && where !== 'main') {
  const w = new Worker(new URL(import.meta.url), { workerData: where });
  w.on('message', (text) => { process.stdout.write(text); if (where === 'stays') process.exit(3); });
  w.on('exit', (code) => console.log('worker exited', code));
} else {
  const { loadFixture } = await import(${fixtures});
  const fx = await loadFixture('c');
  const { stdout } = await fx.run(fx.wasmBytes);
  if (isMainThread) process.stdout.write(stdout);
  else parentPort.postMessage(stdout);
  if (where === 'stays') setInterval(() => {}, 1000);
}
`);
const run = (where: string, snapshot?: string) => spawnSync(process.execPath, ['--no-warnings', ...(snapshot ? ['--import', register] : []), app, where], {
  cwd: root, encoding: 'utf8', timeout: 60_000,
  env: { ...process.env, WASM_TRACEMALLOC: '8', WASM_TRACEMALLOC_CACHE_DIR: join(dir, 'cache'), ...(snapshot ? { WASM_TRACEMALLOC_SNAPSHOT: snapshot } : {}) },
});
const load = (path: string) => Snapshot.deserialize(new Uint8Array(readFileSync(path)));
const byTraceback = (s: Snapshot) => s.statistics('traceback').map((st) => st.traceback.format().join('|') + ' ' + String(st));

describe('wasm in worker threads, under WASM_TRACEMALLOC_SNAPSHOT', () => {
  it('a worker that ends by itself: its traces are in the snapshot, as the main thread would have made them', () => {
    const main = run('main', join(dir, 'main.tmsnap'));
    const worker = run('ends', join(dir, 'worker.tmsnap'));
    const plain = run('ends');
    expect([worker.status, worker.stdout]).toEqual([plain.status, plain.stdout]);
    expect(worker.stdout).toContain('worker exited 0');
    const here = load(join(dir, 'main.tmsnap'));
    const there = load(join(dir, 'worker.tmsnap'));
    expect(here.traces.length).toBeGreaterThan(0);
    expect(byTraceback(there)).toEqual(byTraceback(here));
    expect(there.traces.length).toBe(here.traces.length);
    // every allocation by size class (snapshot format v3): the worker's, merged in
    const classes = (x: Snapshot) => [Array.from(x.columns.sizeClasses!.count), Array.from(x.columns.sizeClasses!.bytes)];
    expect(classes(there)).toEqual(classes(here));
    expect(classes(here)[0]!.reduce((a, b) => a + b)).toBeGreaterThan(0);
    expect(recordedModules(there.metadata)!.map((m) => [m.source.replace(/.*\//, ''), m.traced])).toEqual([['basic.wasm (worker thread 1)', true]]);
    expect(recordedThreads(there.metadata)).toEqual({ merged: ['worker thread 1'], running: [] });
    expect([...there.domainNames.values()].every((n) => n.endsWith(' (worker thread 1)'))).toBe(true);
    expect(snapshotNotes(there)).toEqual(snapshotNotes(here));
    expect(main.status).toBe(0);
    expect(existsSync(join(tmpdir(), `wasm-tracemalloc-threads-${worker.pid}`))).toBe(false);
  });

  it('a worker still running when the process exits: the snapshot says its memory is missing; the exit code stays', () => {
    const traced = run('stays', join(dir, 'stays.tmsnap'));
    const plain = run('stays');
    expect([traced.status, traced.stdout]).toEqual([plain.status, plain.stdout]);
    expect(plain.status).toBe(3);
    const s = load(join(dir, 'stays.tmsnap'));
    expect(s.traces.length).toBe(0);
    expect(recordedThreads(s.metadata)).toEqual({ merged: [], running: ['worker thread 1'] });
    expect(snapshotNotes(s)[0]).toMatch(/^Not in these numbers: 1 worker thread that traced wasm \(worker thread 1\) was still running when the snapshot was taken/);
    expect(existsSync(join(tmpdir(), `wasm-tracemalloc-threads-${traced.pid}`))).toBe(false);
  });
});
