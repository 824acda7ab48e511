// The wasm tracer core against a Map model: any sequence of hook events leaves the same live
// set, sizes, tracebacks and counters (splits, directory doubling, backward-shift deletion,
// traceback interning and its index growth all exercised).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TracedTotals, TracerCore } from '../../../runtime/tracer/tracer-core';

type Op = ['alloc', number, number, number] | ['free' | 'quiet-free', number, number, number] | ['realloc', number, number, number];

/** Bit 31 of a free's site: a quiet free (docs/hook-abi.md), silent about a pointer not traced. */
const QUIET = 0x80000000;

describe('TracerCore', () => {
  it('matches a Map model under any event sequence', () => {
    // Pointers from a small pool (multiples of 16, as allocators return) collide and recur a lot.
    const ptr = fc.integer({ min: 1, max: 5000 }).map((k) => k * 16);
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.tuple(fc.constant('alloc' as const), ptr, fc.integer({ min: 0, max: 0xffffffff }), fc.nat(50)),
      fc.tuple(fc.constant('free' as const), ptr, fc.constant(0), fc.nat(50)),
      fc.tuple(fc.constant('quiet-free' as const), ptr, fc.constant(0), fc.nat(50)),
      fc.tuple(fc.constant('realloc' as const), ptr, ptr, fc.nat(50)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000 }), (ops) => {
        const totals = new TracedTotals();
        const invalid: number[] = [];
        const core = new TracerCore(totals, (kind) => invalid.push(kind), () => {});
        core.nframe = 1;
        const model = new Map<number, [number, number]>();
        let current = 0;
        let peak = 0;
        let expectedInvalid = 0;
        // an alloc at a live pointer: a missed free, counted per site in the core (no JS call)
        const expectedMissed = new Map<number, number>();
        const missed = (site: number) => expectedMissed.set(site, (expectedMissed.get(site) ?? 0) + 1);
        const add = (n: number) => {
          current += n;
          peak = Math.max(peak, current);
        };
        for (const [kind, a, b, site] of ops) {
          if (kind === 'alloc') {
            if (model.has(a)) {
              missed(site);
              current -= model.get(a)![0];
            }
            core.exports.alloc(a, b, site);
            model.set(a, [b, site]);
            add(b);
          } else if (kind === 'free') {
            core.exports.free(a, site);
            if (model.has(a)) current -= model.get(a)![0];
            else expectedInvalid++;
            model.delete(a);
          } else if (kind === 'quiet-free') {
            core.exports.free(a, (site | QUIET) >>> 0);
            if (model.has(a)) current -= model.get(a)![0];
            model.delete(a);
          } else {
            const size = (a ^ b) & 0xffff;
            core.exports.realloc(a, b, size, site);
            if (a !== b) {
              if (model.has(a)) current -= model.get(a)![0];
              else expectedInvalid++;
              model.delete(a);
              if (model.has(b)) missed(site);
            } else if (!model.has(a)) expectedInvalid++;
            if (model.has(b)) current -= model.get(b)![0];
            model.set(b, [size, site]);
            add(size);
          }
        }
        expect(core.count).toBe(model.size);
        expect([core.current, core.peak]).toEqual([current, peak]);
        expect([totals.current, totals.peak]).toEqual([current, peak]);
        expect(invalid.length).toBe(expectedInvalid);
        expect(new Map(core.missedFrees())).toEqual(expectedMissed);
        const seen = new Map<number, [number, number]>();
        core.forEach((p, size, tb) => seen.set(p, [size, core.traceback(tb).sites[0]!]));
        expect(seen).toEqual(model);
        for (const [p, [size]] of model) expect(core.lookup(p)?.[0]).toBe(size);
        expect(core.lookup(7)).toBeNull();
      }),
      { numRuns: 40 },
    );
  });

  it('grows segment by segment: ≤ 32 bytes per live block, every block found again', () => {
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 1;
    const base = core.byteLength;
    const n = 300_000;
    for (let i = 1; i <= n; i++) core.exports.alloc(i * 16, i & 0xfff, 1);
    expect(core.count).toBe(n);
    expect((core.byteLength - base) / n).toBeLessThanOrEqual(32);
    let wrong = 0;
    for (let i = 1; i <= n; i += 7) if (core.lookup(i * 16)?.[0] !== (i & 0xfff)) wrong++;
    expect(wrong).toBe(0);
    for (let i = 1; i <= n; i += 2) core.exports.free(i * 16, 1);
    expect(core.count).toBe(n / 2);
    let total = 0;
    core.forEach((_p, size) => (total += size));
    expect(total).toBe(core.current);
    core.clear();
    expect([core.count, core.current, core.peak]).toEqual([0, 0, 0]);
    expect(core.lookup(32)).toBeNull();
  });

  it('interns deep tracebacks from the shadow stack by value, keeping the most recent nframe', () => {
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 4;
    const { enter, leave, alloc } = core.exports;
    const t1 = enter(10);
    const t2 = enter(11);
    alloc(16, 1, 5);
    alloc(32, 1, 5);
    const t3 = enter(12);
    const t4 = enter(13);
    alloc(48, 1, 6);
    leave(t4);
    leave(t3);
    leave(t2);
    leave(t1);
    alloc(64, 1, 7); // empty stack: the one-frame traceback
    const tb = (p: number) => core.traceback(core.lookup(p)![1]);
    expect(tb(16)).toEqual({ sites: [5, 11, 10], total: 3 });
    expect(core.lookup(16)![1]).toBe(core.lookup(32)![1]);
    expect(tb(48)).toEqual({ sites: [6, 13, 12, 11], total: 5 });
    expect(tb(64)).toEqual({ sites: [7], total: 1 });
    expect(core.depth).toBe(0);
    // many distinct chains: the index and pools grow, ids stay stable
    const ids = new Map<number, number>();
    for (let s = 0; s < 3000; s++) {
      const t = enter(1000 + s);
      alloc(100_000 + s * 16, 1, 9);
      leave(t);
      ids.set(s, core.lookup(100_000 + s * 16)![1]);
    }
    for (let s = 0; s < 3000; s += 97) expect(core.traceback(ids.get(s)!)).toEqual({ sites: [9, 1000 + s], total: 2 });
    expect(new Set(ids.values()).size).toBe(3000);
  });
});
