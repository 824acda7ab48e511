import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LiveTable } from '../../../runtime/tracer/live-table';
import { TracebackTable } from '../../../runtime/tracer/traceback-table';

describe('LiveTable', () => {
  it('matches a Map under any sequence of sets and removes (growth, clusters, backward shift)', () => {
    // Few distinct keys that collide a lot (multiples of 16, as allocators return) stress clusters.
    const key = fc.integer({ min: 1, max: 3000 }).map((k) => k * 16);
    const op = fc.oneof(
      fc.tuple(fc.constant('set' as const), key, fc.integer({ min: 0, max: 0xffffffff }), fc.nat(1000)),
      fc.tuple(fc.constant('remove' as const), key, fc.constant(0), fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 4000 }), (ops) => {
        const table = new LiveTable();
        const model = new Map<number, [number, number]>();
        for (const [kind, ptr, size, tb] of ops) {
          if (kind === 'set') {
            expect(table.set(ptr, size, tb)).toBe(model.get(ptr)?.[0] ?? -1);
            model.set(ptr, [size, tb]);
          } else {
            expect(table.remove(ptr)).toBe(model.get(ptr)?.[0] ?? -1);
            model.delete(ptr);
          }
        }
        expect(table.count).toBe(model.size);
        const seen = new Map<number, [number, number]>();
        table.forEach((ptr, size, tb) => seen.set(ptr, [size, tb]));
        expect(seen).toEqual(model);
        for (const [ptr, [size, tb]] of model) {
          const slot = table.find(ptr);
          expect(table.sizeAt(slot)).toBe(size);
          expect(table.tracebackAt(slot)).toBe(tb);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps at most 32 bytes per live entry once grown, and clear() gives the memory back', () => {
    const table = new LiveTable();
    const initial = table.byteLength;
    let worst = 0;
    for (let n = 1; n <= 200_000; n++) {
      table.set(n * 16, n, 0);
      if (n > 2000) worst = Math.max(worst, table.byteLength / n);
    }
    expect(worst).toBeGreaterThan(16);
    expect(worst).toBeLessThanOrEqual(32);
    for (let n = 1; n <= 200_000; n += 2) table.remove(n * 16);
    expect(table.count).toBe(100_000);
    let wrong = 0;
    for (let n = 2; n <= 200_000; n += 2) if (table.sizeAt(table.find(n * 16)) !== n) wrong++;
    expect(wrong).toBe(0);
    table.clear();
    expect(table.count).toBe(0);
    expect(table.byteLength).toBe(initial);
    expect(table.find(32)).toBe(-1);
  });
});

describe('TracebackTable', () => {
  it('interns by value: same sites and depth → same id, else a new one', () => {
    const t = new TracebackTable();
    const a = t.internSite(7);
    expect(t.internSite(7)).toBe(a);
    expect(t.intern(new Uint32Array([7]), 1, 1)).toBe(a);
    const b = t.intern(new Uint32Array([7, 5, 4]), 3, 3);
    const c = t.intern(new Uint32Array([7, 5, 4]), 3, 9); // same frames, deeper real stack
    expect(new Set([a, b, c]).size).toBe(3);
    expect(t.intern(new Uint32Array([7, 5, 4, 99]), 3, 3)).toBe(b); // only n entries count
    expect([t.length(b), t.totalNframe(b), t.site(b, 0), t.site(b, 1), t.site(b, 2)]).toEqual([3, 3, 7, 5, 4]);
    expect(t.totalNframe(c)).toBe(9);
  });

  it('stays consistent over many tracebacks (rehashing the id set and pools)', () => {
    const t = new TracebackTable();
    const ids = new Map<string, number>();
    const scratch = new Uint32Array(8);
    for (let i = 0; i < 20_000; i++) {
      const n = 1 + (i % 8);
      for (let k = 0; k < n; k++) scratch[k] = (i * 31 + k * 7) % 5000;
      const key = Array.from(scratch.subarray(0, n)).join(',');
      const id = t.intern(scratch, n, n);
      if (ids.has(key)) expect(id).toBe(ids.get(key));
      else ids.set(key, id);
    }
    expect(t.count).toBe(ids.size);
    for (const [key, id] of ids) {
      const sites = key.split(',').map(Number);
      expect(Array.from({ length: t.length(id) }, (_, k) => t.site(id, k))).toEqual(sites);
    }
    // huge site ids take the hashed path instead of growing the direct array
    const big = t.internSite(0xfffffff0);
    expect(t.internSite(0xfffffff0)).toBe(big);
    expect(t.site(big, 0)).toBe(0xfffffff0);
  });
});
