// The totals of several cores (domains) sharing one TracedTotals, against a model of the same
// events: current and peak of all domains, each core's own, and the peak set (the live set of
// every core at the moments the shared total passes the last copy by more than 1/128, or
// resetPeak/clearTraces). Cores join at any point: one core alone runs solo (its events leave
// the shared totals stale, tracer-core.wat "One core alone") until a second joins, and leaves
// the mode on clear and on a reset of its own peak: the results are the same whatever the mode.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TracedTotals, TracerCore, type TracebackTotals } from '../../../runtime/tracer/tracer-core';

const TAG = 0x80000000;
type Op =
  | ['alloc', number, number, number, number]
  | ['free', number, number, number, number]
  | ['realloc', number, number, number, number]
  | ['join' | 'resetPeak' | 'ownPeak' | 'clear' | 'clearAll' | 'read', number, number, number, number];

/** Live [bytes, blocks] by site of some records. */
function liveBySite(records: TracebackTotals[]): Map<number, [number, number]> {
  return new Map(records.filter((t) => t.liveCount > 0).map((t) => [t.tb - TAG, [t.liveSize, t.liveCount]]));
}

interface Model {
  live: Map<number, [size: number, site: number]>;
  current: number;
  peak: number;
  peakSet: Map<number, [number, number]>;
}

describe('TracerCore domains sharing their totals', () => {
  it('give the same totals, own peaks and peak sets as a model, with one core alone (solo) or several', () => {
    const ptr = fc.integer({ min: 1, max: 200 }).map((k) => k * 16);
    const core = fc.nat(3);
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.constant('alloc' as const), core, ptr, fc.integer({ min: 0, max: 1 << 16 }), fc.nat(20)) },
      { weight: 5, arbitrary: fc.tuple(fc.constant('free' as const), core, ptr, fc.constant(0), fc.nat(20)) },
      { weight: 2, arbitrary: fc.tuple(fc.constant('realloc' as const), core, ptr, ptr, fc.nat(20)) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('join' as const, 'resetPeak' as const, 'ownPeak' as const, 'clear' as const, 'clearAll' as const, 'read' as const), core, fc.constant(0), fc.constant(0), fc.constant(0)) },
    );
    fc.assert(
      // alone: one core throughout (solo but for clear and a reset of its own peak)
      fc.property(fc.boolean(), fc.array(op, { maxLength: 1500, size: 'max' }), (alone, ops) => {
        const totals = new TracedTotals();
        const cores: TracerCore[] = [];
        const models: Model[] = [];
        let current = 0;
        let peak = 0;
        let copied = 0;
        const liveOf = (m: Model) => {
          const set = new Map<number, [number, number]>();
          for (const [size, site] of m.live.values()) {
            const [s, n] = set.get(site) ?? [0, 0];
            set.set(site, [s + size, n + 1]);
          }
          return set;
        };
        const copyAll = () => {
          copied = current;
          for (const m of models) m.peakSet = liveOf(m);
        };
        const join = () => {
          const c = new TracerCore(totals, () => {});
          c.nframe = 1;
          cores.push(c);
          models.push({ live: new Map(), current: 0, peak: 0, peakSet: new Map() });
        };
        const gone = (m: Model, p: number) => {
          const size = m.live.get(p)![0];
          m.live.delete(p);
          m.current -= size;
          current -= size;
        };
        const born = (m: Model, p: number, size: number, site: number) => {
          m.live.set(p, [size, site]);
          m.current += size;
          m.peak = Math.max(m.peak, m.current);
          current += size;
          peak = Math.max(peak, current);
          if (current > copied + Math.floor(copied / 128)) copyAll();
        };
        const check = () => {
          expect([totals.current, totals.peak, totals.copied]).toEqual([current, peak, copied]);
          expect(cores.map((c) => [c.current, c.peak])).toEqual(models.map((m) => [m.current, m.peak]));
        };
        join();
        // one core alone runs solo (what this test is for), two do not
        expect(cores[0]!.exports.solo.value).toBe(1);
        for (const [kind, k, a, b, site] of ops) {
          const c = cores[k % cores.length]!;
          const m = models[k % cores.length]!;
          if (kind === 'alloc') {
            c.exports.alloc(a, b, site);
            if (m.live.has(a)) gone(m, a); // a missed free
            born(m, a, b, site);
          } else if (kind === 'free') {
            c.exports.free(a, site);
            if (m.live.has(a)) gone(m, a);
          } else if (kind === 'realloc') {
            const size = (a ^ b) & 0xffff;
            c.exports.realloc(a, b, size, site);
            if (a !== b && m.live.has(a)) gone(m, a);
            if (m.live.has(b)) gone(m, b);
            born(m, b, size, site);
          } else if (kind === 'join') {
            if (!alone && cores.length < 4) join();
          } else if (kind === 'resetPeak') {
            // tracer.ts's resetPeak: every domain's own peak, then the totals'
            for (const core of cores) core.resetPeak();
            totals.resetPeak();
            for (const model of models) model.peak = model.current;
            peak = current;
            copyAll();
          } else if (kind === 'ownPeak') {
            // one domain's own peak reset alone: the total's peak stays
            c.resetPeak();
            m.peak = m.current;
          } else if (kind === 'clear') {
            // one domain cleared alone: its bytes leave the total, the total's peak stays
            c.clear();
            current -= m.current;
            Object.assign(m, { live: new Map(), current: 0, peak: 0, peakSet: new Map() });
          } else if (kind === 'clearAll') {
            // tracer.ts's clearTraces
            for (const core of cores) core.clear();
            totals.reset();
            for (const model of models) Object.assign(model, { live: new Map(), current: 0, peak: 0, peakSet: new Map() });
            current = peak = 0;
            copyAll();
          } else check();
        }
        check();
        cores.forEach((core, i) => {
          expect(liveBySite(core.totals())).toEqual(liveOf(models[i]!));
          expect(liveBySite(core.totals(true))).toEqual(models[i]!.peakSet);
        });
      }),
      { numRuns: 80 },
    );
  });
});
