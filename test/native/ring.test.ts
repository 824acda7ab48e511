// The thread tables' ring of recent allocations (native/src/records.h): an allocation of another
// block than the one its thread just freed waits there (its set line prefetched) and is written
// into its set kRing allocations later. Every block is still found, counted once and replaced
// when the allocator hands its address out again without our seeing its free.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tracer from '../../runtime/tracer/index';
import type { Snapshot } from '../../runtime/model/snapshot';
import { buildFixture, ensureNativeBuilt } from './helpers';

ensureNativeBuilt();
const native = await import('../../native/index');
const require = createRequire(import.meta.url);

interface Fixture {
  alloc(kind: string, size: number, count: number): number[];
  release(ptrs: number[], viaDelete?: boolean): void;
  unseen(count: number, size: number, gap: number, freeAtOnce: boolean): number[];
}

let fixture: Fixture;

/** Traces of domain 0 of `size` bytes whose most recent frame is in `fn`. */
function tracesIn(snapshot: Snapshot, fn: string, size: number) {
  return [...snapshot.traces].filter((t) => {
    const top = t.traceback[t.traceback.length - 1]; // the sequence is oldest first
    return t.domain === 0 && t.size === size && top?.functionName === fn;
  });
}

beforeAll(() => {
  expect(native.available, native.reason).toBe(true);
  fixture = require(buildFixture()) as Fixture;
});

afterAll(() => native.stop());

describe.each([1, 4])('the ring of recent allocations, nframe=%i', (nframe) => {
  beforeAll(() => native.start(nframe));
  afterAll(() => native.stop());

  it('allocations of other blocks go through it (hookInfo().ringWrites), each counted once', () => {
    const size = 44 + nframe;
    const before = native.hookInfo().ringWrites;
    const ptrs = fixture.alloc('malloc', size, 5000);
    // every one but the last eight at most was written from the ring into its set
    expect(native.hookInfo().ringWrites - before).toBeGreaterThanOrEqual(5000 - 8);
    expect(tracesIn(tracer.takeSnapshot(), 'fixture_malloc', size).length).toBe(5000);
    for (const p of ptrs.filter((_, i) => i % 100 === 0 || i > 4990)) {
      expect(native.source!.objectTraceback(p)?.[0]?.[3]).toBe('fixture_malloc');
    }
    fixture.release(ptrs);
    expect(tracesIn(tracer.takeSnapshot(), 'fixture_malloc', size).length).toBe(0);
  });

  // p allocated, freed where the hook does not see it, handed back as q: q's trace replaces p's,
  // whether p's entry is still in the ring (gap 0) or in its set (a gap of 12 allocations), and
  // whether q is freed at once (from the ring) or later.
  for (const [gap, freeAtOnce] of [[0, false], [0, true], [12, false], [12, true]] as const) {
    it(`a block whose free was not seen, handed back: gap ${gap}, ${freeAtOnce ? 'freed at once' : 'freed later'}`, () => {
      const size = 512 + 16 * (nframe + gap + (freeAtOnce ? 1 : 0)); // within glibc's tcache (fixture.cc unseen)
      const pairs = fixture.unseen(300, size, gap, freeAtOnce);
      const ps = pairs.filter((_, i) => i % 2 === 0);
      const qs = pairs.filter((_, i) => i % 2 === 1);
      const handedBack = qs.filter((q, i) => q === ps[i]).length;
      expect(handedBack).toBeGreaterThan(250); // else this test does not reach the path it is for
      // a p not handed back stays traced (its free was not seen), as before the ring, until the
      // allocator hands its address out again (Node's own allocations may, meanwhile): at most
      // those; each p handed back as q was replaced by q
      const lost = 300 - handedBack;
      const live = tracer.takeSnapshot();
      expect(tracesIn(live, 'fixture_malloc', size).length).toBeLessThanOrEqual(lost);
      expect(tracesIn(live, 'fixture_inner', size).length).toBe(freeAtOnce ? 0 : 300);
      if (!freeAtOnce) {
        for (const q of qs.filter((_, i) => i % 30 === 0)) expect(native.source!.objectTraceback(q)?.[0]?.[3]).toBe('fixture_inner');
        fixture.release(qs);
      }
      const after = tracer.takeSnapshot();
      expect(tracesIn(after, 'fixture_malloc', size).length).toBeLessThanOrEqual(lost);
      expect(tracesIn(after, 'fixture_inner', size).length).toBe(0);
      for (const p of ps.filter((p, i) => p === qs[i])) {
        expect(native.source!.objectTraceback(p)?.[0]?.[3] ?? '').not.toMatch(/^fixture_(malloc|inner)$/);
      }
    });
  }
});
