// Threads: blocks allocated at once on many threads, on the libuv thread pool and on a worker
// thread are all traced, exactly once each, and frees on another thread than the allocating one
// find them.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tracer from '../../runtime/tracer/index';
import type { Snapshot } from '../../runtime/model/snapshot';
import { buildFixture, ensureNativeBuilt, nativeAddon, runScript } from './helpers';

ensureNativeBuilt();
const native = await import('../../native/index');
const require = createRequire(import.meta.url);

interface Fixture {
  alloc(kind: string, size: number, count: number): number[];
  release(ptrs: number[]): void;
  threadAlloc(threads: number, perThread: number, size: number): number[];
  threadFree(ptrs: number[], threads: number): void;
  freedElsewhere(size: number): number[];
  poolAlloc(count: number, size: number): Promise<number[]>;
  stress(threads: number, iterations: number): number[];
  handoff(producers: number, consumers: number, perProducer: number, keepEvery: number): number[];
  lateFrees(count: number, size: number): number[];
  limitRace(iterations: number, size: number): void;
}

let fixturePath = '';
let fixture: Fixture;

function tracesIn(snapshot: Snapshot, fn: string, size: number) {
  return [...snapshot.traces].filter((t) => {
    const top = t.traceback[t.traceback.length - 1];
    return t.domain === 0 && t.size === size && top?.functionName === fn;
  });
}

beforeAll(() => {
  expect(native.available, native.reason).toBe(true);
  fixturePath = buildFixture();
  fixture = require(fixturePath) as Fixture;
  native.start(4);
});

afterAll(() => native.stop());

describe('native hook under threads', () => {
  it('N threads x M allocations at once: exact count and bytes; cross-thread frees match', () => {
    const threads = 8;
    const perThread = 2500;
    const size = 777;
    const ptrs = fixture.threadAlloc(threads, perThread, size);
    expect(new Set(ptrs).size).toBe(threads * perThread);
    const mine = tracesIn(tracer.takeSnapshot(), 'fixture_thread_alloc', size);
    expect(mine.length).toBe(threads * perThread);
    expect(mine.reduce((sum, t) => sum + t.size, 0)).toBe(threads * perThread * size);

    fixture.threadFree(ptrs, threads); // each slice freed by another thread than allocated it
    expect(tracesIn(tracer.takeSnapshot(), 'fixture_thread_alloc', size).length).toBe(0);
  });

  it('repeated rounds leave nothing behind (no lost or doubled frees)', () => {
    for (let round = 0; round < 5; round++) {
      const ptrs = fixture.threadAlloc(4, 1000, 1111);
      fixture.threadFree(ptrs, 4);
    }
    expect(tracesIn(tracer.takeSnapshot(), 'fixture_thread_alloc', 1111).length).toBe(0);
  });

  it('stress: malloc/realloc/free on 8 threads, blocks handed between threads: the live set is exact', () => {
    const inStress = (snap: Snapshot) =>
      [...snap.traces].filter((t) => t.domain === 0 && /^fixture_stress_/.test(t.traceback[t.traceback.length - 1]?.functionName ?? ''));
    const flat = fixture.stress(8, 40_000);
    const live = new Map<number, number>();
    for (let i = 0; i < flat.length; i += 2) live.set(flat[i]!, flat[i + 1]!);
    expect(live.size).toBeGreaterThan(100);
    for (const ptr of live.keys()) {
      expect(native.source!.objectTraceback(ptr)?.[0]?.[3]).toMatch(/^fixture_stress_(alloc|realloc)$/);
    }
    const traced = inStress(tracer.takeSnapshot());
    expect(traced.length).toBe(live.size);
    const sizes = (xs: number[]) => xs.sort((a, b) => a - b);
    expect(sizes(traced.map((t) => t.size))).toEqual(sizes([...live.values()]));
    fixture.release([...live.keys()]);
    expect(inStress(tracer.takeSnapshot()).length).toBe(0);
  });

  it('frees on other threads while the allocating thread\'s table grows: the live set is exact', () => {
    // 3 producers x 120 k blocks, two in three freed by 3 consumer threads as they come: each
    // producer's table grows several times while other threads claim entries from it.
    const inHandoff = (snap: Snapshot) =>
      [...snap.traces].filter((t) => t.domain === 0 && t.traceback[t.traceback.length - 1]?.functionName === 'fixture_handoff_alloc');
    const flat = fixture.handoff(3, 3, 120_000, 3);
    const kept = new Map<number, number>();
    for (let i = 0; i < flat.length; i += 2) kept.set(flat[i]!, flat[i + 1]!);
    expect(kept.size).toBe(3 * 40_000);
    const traced = inHandoff(tracer.takeSnapshot());
    expect(traced.length).toBe(kept.size);
    const sorted = (xs: number[]) => xs.sort((a, b) => a - b);
    expect(sorted(traced.map((t) => t.size))).toEqual(sorted([...kept.values()]));
    for (const ptr of [...kept.keys()].filter((_, i) => i % 997 === 0)) {
      expect(native.source!.objectTraceback(ptr)?.[0]?.[3]).toBe('fixture_handoff_alloc');
    }
    fixture.release([...kept.keys()]);
    expect(inHandoff(tracer.takeSnapshot()).length).toBe(0);
  });

  it('peak counts what a thread that has since exited allocated and freed', () => {
    tracer.resetPeak();
    const [before] = native.source!.tracedMemory();
    const ptrs = fixture.threadAlloc(1, 4, 4 << 20); // 16 MiB on one new thread, which exits
    fixture.threadFree(ptrs, 1);
    const [after, peak] = native.source!.tracedMemory();
    // Node's own threads (V8's, libuv's) allocate and free meanwhile, so the process total moves by
    // up to a few hundred KiB around the 16 MiB: the same 1 MiB of slack both ways
    expect(peak - before).toBeGreaterThan((16 << 20) - (1 << 20));
    expect(after - before).toBeLessThan(1 << 20);
  });

  it('peak counts what another live thread holds at each allocation (sums of the other threads are not reused stale)', async () => {
    fixture.release(await fixture.poolAlloc(1, 16)); // the pool thread has a table
    const mib8 = 8 << 20;
    tracer.resetPeak();
    const [before] = native.source!.tracedMemory();
    const a = fixture.alloc('malloc', mib8, 1); // main thread: its sum of the others is taken here
    const p = await fixture.poolAlloc(1, mib8); // another thread, alive, holding 8 MiB
    const b = fixture.alloc('malloc', mib8, 1); // main again: the total is now 24 MiB
    fixture.release([...a, ...p, ...b]); // (the peak read below is at least the current)
    const [after, peak] = native.source!.tracedMemory();
    // 3 MiB of slack for what Node's own threads (V8's compiler and GC helpers, busier under load:
    // 1 MiB failed once in ~7 runs at load 7) allocate and free meanwhile; still far from the
    // wrong answers, about 16 MiB without the pool thread's 8 MiB and 32 MiB if it were counted twice
    expect(peak - before).toBeGreaterThan(3 * mib8 - (3 << 20));
    expect(peak - before).toBeLessThan(3 * mib8 + (3 << 20));
    expect(after - before).toBeLessThan(1 << 20);
  });

  it('peak does not count again a block another thread freed (its sum of the others is only a bound after frees elsewhere)', () => {
    const mib8 = 8 << 20;
    tracer.resetPeak();
    const [before] = native.source!.tracedMemory();
    // main thread: 8 MiB; a live helper thread frees it; main thread: 8 MiB again
    fixture.release(fixture.freedElsewhere(mib8));
    const [after, peak] = native.source!.tracedMemory();
    // the same slack as above for Node's own threads; counting the freed block again gives 16 MiB
    expect(peak - before).toBeGreaterThan(mib8 - (3 << 20));
    expect(peak - before).toBeLessThan(mib8 + (3 << 20));
    expect(after - before).toBeLessThan(1 << 20);
  });

  it("peak is not raised by a read of a table whose thread is changing its limit (current is limit - room, read under its version)", () => {
    // Two threads allocate by turns, so each allocation sums the totals, reading the other's
    // table; the thread of 16-byte blocks changes its limit by 16 MiB at each of its sums (the
    // other holds its 16 MiB block or not). A read of that table's limit from one sum and room
    // from another is off by 16 MiB: a sum that took it while the 16 MiB block was held made the
    // peak 32 MiB.
    const mib16 = 16 << 20;
    tracer.resetPeak();
    const [before] = native.source!.tracedMemory();
    fixture.limitRace(300_000, mib16);
    const [after, peak] = native.source!.tracedMemory();
    // the same slack as above for Node's own threads
    expect(peak - before).toBeGreaterThan(mib16 - (3 << 20));
    expect(peak - before).toBeLessThan(mib16 + (3 << 20));
    expect(after - before).toBeLessThan(1 << 20);
  });

  it('frees and allocations of a thread after its table was retired (a later TLS destructor) are exact', () => {
    const size = 4321;
    const late = fixture.lateFrees(300, size);
    const snapshot = tracer.takeSnapshot();
    expect(tracesIn(snapshot, 'fixture_late_body', size).length).toBe(0);
    expect(tracesIn(snapshot, 'fixture_late_destructor', size).length).toBe(300);
    fixture.release(late);
    expect(tracesIn(tracer.takeSnapshot(), 'fixture_late_destructor', size).length).toBe(0);
  });

  it('allocations on the libuv thread pool are traced', async () => {
    const batches = await Promise.all([1, 2, 3, 4].map(() => fixture.poolAlloc(300, 2345)));
    const mine = tracesIn(tracer.takeSnapshot(), 'fixture_pool_alloc', 2345);
    expect(mine.length).toBe(1200);
    for (const ptrs of batches) fixture.release(ptrs); // freed on the main thread
    expect(tracesIn(tracer.takeSnapshot(), 'fixture_pool_alloc', 2345).length).toBe(0);
  });

  it('allocations on a worker thread are traced, and freed from the main thread', async () => {
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const fixture = require(workerData);
       parentPort.postMessage(fixture.alloc('malloc', 6543, 150));`,
      { eval: true, workerData: fixturePath },
    );
    const ptrs = await new Promise<number[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(tracesIn(tracer.takeSnapshot(), 'fixture_malloc', 6543).length).toBe(150);
    fixture.release(ptrs);
    expect(tracesIn(tracer.takeSnapshot(), 'fixture_malloc', 6543).length).toBe(0);
  });
});

// A thread's big table shrinks once it holds under 1/64 of its ways (records.cc: recordsShrink); these run in a fresh process each,
// so no earlier test of this file has resized the main thread's table.
describe('a big table shrinks back (fresh processes)', () => {
  const shrinks = (body: string) => {
    const r = runScript(`
      const hook = require(${JSON.stringify(nativeAddon)});
      hook.start(1);
      const fixture = require(${JSON.stringify(fixturePath)});
      ${body}
      const keep = ptrs.filter((_, i) => i % 3500 === 0); // 100 survivors
      const grown = hook.tracerMemory();
      fixture.release(ptrs.filter((p, i) => i % 3500 !== 0 && !gone.has(p)));
      const after = hook.tracerMemory();
      const found = keep.filter((p) => hook.objectTraceback(p)?.length > 0).length;
      console.log(JSON.stringify({ grown, after, found }));
    `);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return JSON.parse(r.stdout) as { grown: number; after: number; found: number };
  };

  it('after another thread freed thousands of its blocks (ways the owner did not empty itself)', () => {
    // 25 k of the main thread's 350 k blocks freed on two other threads, the rest but 100 on the
    // main thread: its count of filled ways still held the 25 k (above 1/64 of a 262144-set
    // table), and its 16 MiB array stayed (as when V8's threads free the main thread's blocks)
    const { grown, after, found } = shrinks(`
      const ptrs = fixture.alloc('malloc', 24, 350000);
      const remote = ptrs.filter((_, i) => i % 14 === 1);
      fixture.threadFree(remote, 2);
      const gone = new Set(remote);
    `);
    expect(after).toBeLessThan(grown - (4 << 20));
    expect(found).toBe(100);
  });

  it('after as many plain frees as it has ways while under 1/16 full (each free of its own block counted, the hinted ones too)', () => {
    // 350 k blocks grow the table to 262144 sets (1 M ways); 25 k of them stay (between 1/64 and
    // 1/16 full: no shrink at once); then 1.1 M malloc/free pairs of one 64-byte block in one
    // native loop, each free found by its hint and ended through the thread's free tail
    // (thread.h: freeTail), which must count them: no delete meanwhile (a delete's free counts
    // them on its own path)
    const r = runScript(`
      const hook = require(${JSON.stringify(nativeAddon)});
      hook.start(1);
      const fixture = require(${JSON.stringify(fixturePath)});
      const ptrs = fixture.alloc('malloc', 24, 350000);
      const keep = ptrs.filter((_, i) => i % 14 === 0);
      fixture.release(ptrs.filter((_, i) => i % 14 !== 0));
      const grown = hook.tracerMemory();
      fixture.churn(1100000, 64);
      const after = hook.tracerMemory();
      const found = keep.filter((p) => hook.objectTraceback(p)?.length > 0).length;
      console.log(JSON.stringify({ grown, after, found, keep: keep.length }));
    `);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { grown, after, found, keep } = JSON.parse(r.stdout) as Record<string, number>;
    expect(after).toBeLessThan(grown - (4 << 20));
    expect(found).toBe(keep);
  });

  it('after it shrank once at a much smaller size (a wave of a few thousand blocks)', () => {
    // 9 k blocks grow the table to 8192 sets; 40 k frees while it is low shrink it; 350 k then
    // grow it to 262144 sets, which is not the size it shrank from
    const { grown, after, found } = shrinks(`
      fixture.release(fixture.alloc('malloc', 100, 9000));
      for (let i = 0; i < 40; i++) fixture.release(fixture.alloc('malloc', 100, 1000));
      const ptrs = fixture.alloc('malloc', 24, 350000);
      const gone = new Set();
    `);
    expect(after).toBeLessThan(grown - (4 << 20));
    expect(found).toBe(100);
  });
});
