// The threaded core (docs/hook-abi.md, "Threaded modules"): real worker threads run the shared
// core of one group on one shared memory, as the threads of an Emscripten pthreads program do,
// with blocks allocated on one thread and freed on another; the main thread reads every thread's
// blocks while those threads are still alive and blocked, without their cooperation. The oracle
// is the plan the threads follow (which blocks each allocates and which the next one frees).
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { newSharedArena, newSharedGroup, SHARED_BUMP, TracedTotals, TracerCore, coreWasm } from '../../../runtime/tracer/tracer-core';

// One thread of the program: its instance of the shared core (its own shadow stack), then the plan.
// control[0]: the phase main allows; control[1 + t]: the phase thread t finished.
const THREAD = `
const { workerData } = require('node:worker_threads');
const { module, memory, base, t, n, blocks, control, bump } = workerData;
const ctl = new Int32Array(control);
const size = (bytes) => (bytes + 63) & -64;
const at = Atomics.add(new Int32Array(memory.buffer), bump >>> 2, size(64 + 16384 * 8));
while (memory.buffer.byteLength < at + 64 + 16384 * 8) memory.grow(1);
const core = new WebAssembly.Instance(module, {
  host: { memory, peak_moment() {}, invalid() { Atomics.add(ctl, 15, 1); }, arm() {}, js_frames: () => 0 },
  group: { base }, thread: { SP: at + 8, SS_BASE: at + 64, SS_END: at + 64 + 16384 * 8 },
}).exports;
core.thread_init();
const ptr = (owner, i, round) => ((owner + 1) << 22) + (round << 20) + i * 16;
const phase = (p) => { Atomics.store(ctl, 1 + t, p); Atomics.notify(ctl, 1 + t); while (Atomics.load(ctl, 0) < p) Atomics.wait(ctl, 0, Atomics.load(ctl, 0)); };
const make = (i, round) => {
  // every block at [site 1 + t, called from 200 + t, called from 100 + t]
  const outer = core.enter(100 + t);
  const inner = core.enter(200 + t);
  core.alloc(ptr(t, i, round), 16 + (i % 7), 1 + t);
  core.leave(inner);
  core.leave(outer);
};
for (let round = 0; round < 2; round++) {
  for (let i = 0; i < blocks; i++) make(i, round);
  phase(3 * round + 1); // every thread allocated its first blocks
  // the previous thread's even blocks, freed here while every thread makes more of its own
  for (let i = 0; i < blocks; i++) {
    if (i % 2 === 0) core.free(ptr((t + n - 1) % n, i, round), 50 + t);
    make(blocks + i, round);
  }
  phase(3 * round + 2); // main reads now
  phase(3 * round + 3); // (after round 0, main clears)
}
`;

const workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.terminate()));
});

describe('the threaded core', () => {
  it('keeps one exact live set for blocks allocated and freed on different threads, readable by the main thread while they run', async () => {
    const memory = newSharedArena();
    const base = newSharedGroup(memory);
    const core = new TracerCore(new TracedTotals(), () => {}, () => {}, () => 0, { memory, base, owner: true });
    core.nframe = 4;
    const n = 4;
    const blocks = 20000;
    const control = new SharedArrayBuffer(64);
    const ctl = new Int32Array(control);
    const module = new WebAssembly.Module(coreWasm(true));
    for (let t = 0; t < n; t++) {
      workers.push(new Worker(THREAD, { eval: true, workerData: { module, memory, base, t, n, blocks, control, bump: SHARED_BUMP } }));
    }
    const reached = async (p: number) => {
      for (let t = 0; t < n; t++) while (Atomics.load(ctl, 1 + t) < p) await (Atomics as unknown as { waitAsync(a: Int32Array, i: number, v: number): { value: Promise<string> | string } }).waitAsync(ctl, 1 + t, Atomics.load(ctl, 1 + t)).value;
    };
    const allow = (p: number) => {
      Atomics.store(ctl, 0, p);
      Atomics.notify(ctl, 0);
    };
    const ptr = (owner: number, i: number, round: number) => ((owner + 1) << 22) + (round << 20) + i * 16;
    for (let round = 0; round < 2; round++) {
      await reached(3 * round + 1);
      allow(3 * round + 1);
      await reached(3 * round + 2); // every thread is blocked in Atomics.wait: nothing cooperates
      // the oracle: each thread's odd first blocks and all its later ones live, the even first ones
      // freed by the next thread
      const expected = new Map<number, { size: number; sites: number[] }>(round ? [[1 << 30, { size: 5, sites: [998, 999] }]] : []);
      for (let t = 0; t < n; t++) {
        for (let i = 0; i < 2 * blocks; i++) if (i >= blocks || i % 2 === 1) expected.set(ptr(t, i, round), { size: 16 + (i % 7), sites: [1 + t, 200 + t, 100 + t] });
      }
      const seen = new Map<number, { size: number; sites: number[] }>();
      core.hold(() => core.forEach((p, size, tb) => seen.set(p, { size, sites: core.traceback(tb).sites })));
      expect(seen.size).toBe(expected.size);
      expect(new Map([...seen].sort((a, b) => a[0] - b[0]))).toEqual(new Map([...expected].sort((a, b) => a[0] - b[0])));
      expect(core.current).toBe([...expected.values()].reduce((s, b) => s + b.size, 0));
      expect(core.count).toBe(expected.size);
      expect(Atomics.load(ctl, 15)).toBe(0); // no free missed its block
      // the group's totals: every block allocated once, the freed ones no longer live
      const totals = core.hold(() => core.totals());
      expect(totals.reduce((s, r) => s + r.allocCount, 0)).toBe(2 * n * blocks + round);
      expect(totals.reduce((s, r) => s + r.liveCount, 0)).toBe(expected.size);
      // and by size class: 16..22 B (bit length 5) on every thread, the main thread's 5 B (3)
      const classes = core.hold(() => core.sizeClasses());
      expect([classes.count[5], classes.count[3], classes.count.reduce((a, b) => a + b)]).toEqual([2 * n * blocks, round, 2 * n * blocks + round]);
      allow(3 * round + 2);
      await reached(3 * round + 3);
      if (round === 0) {
        // the threads' cached traceback ids must go with it: the main thread interns one first,
        // so each thread's traceback gets another id than before the clear
        core.hold(() => core.clear());
        const token = core.exports.enter(999);
        core.exports.alloc(1 << 30, 5, 998);
        core.exports.leave(token);
      }
      allow(3 * round + 3);
    }
  }, 60_000);
});

describe('the threaded core in one thread', () => {
  it('keeps its own totals: its peak, its peak set, and resetPeak', () => {
    const memory = newSharedArena();
    const core = new TracerCore(new TracedTotals(), () => {}, () => {}, () => 0, { memory, base: newSharedGroup(memory), owner: true });
    core.nframe = 1;
    const e = core.exports;
    for (let i = 1; i <= 100; i++) e.alloc(i * 64, 100, 1);
    for (let i = 1; i <= 100; i++) e.free(i * 64, 2);
    e.alloc(1 << 20, 10, 3);
    expect([core.current, core.peak]).toEqual([10, 10_000]);
    // the peak set: the 100 blocks of site 1 (copied within 1/128 of the peak)
    const peakSet = core.hold(() => core.totals(true));
    expect(peakSet.map((t) => [core.traceback(t.tb).sites, t.liveCount])).toEqual([[[1], 100]]);
    core.hold(() => core.resetPeak());
    expect(core.peak).toBe(10);
    expect(core.hold(() => core.totals(true)).map((t) => [core.traceback(t.tb).sites, t.liveSize])).toEqual([[[3], 10]]);
  });
});
