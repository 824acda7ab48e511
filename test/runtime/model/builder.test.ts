// SnapshotBuilder (docs/internals.md): interning by value, validation, and what build() makes.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Snapshot, SnapshotBuilder, TracemallocError } from '../../../runtime/model/index';

describe('SnapshotBuilder', () => {
  test('the contract example of docs/internals.md', () => {
    const b = new SnapshotBuilder();
    const file = b.internString('src/app.c');
    const fr = b.internFrame(file, 42, { column: 7, functionName: b.internString('make_node') });
    const tb = b.internTraceback([fr], 3);
    b.addTrace(1, 24, tb);
    b.setDomainName(1, 'app.wasm#1');
    b.setMetadata('command', 'node app.mjs');
    const snapshot = b.build(16);
    expect(snapshot).toBeInstanceOf(Snapshot);
    expect(snapshot.tracebackLimit).toBe(16);
    const trace = snapshot.traces[0]!;
    expect(String(trace)).toBe('src/app.c:42: 24 B');
    expect(trace.traceback.totalNframe).toBe(3);
    expect(trace.traceback[0]!.column).toBe(7);
    expect(trace.traceback[0]!.functionName).toBe('make_node');
    expect(snapshot.domainNames.get(1)).toBe('app.wasm#1');
    expect(snapshot.metadata.get('command')).toBe('node app.mjs');
    expect(Math.abs(snapshot.timestamp - Date.now())).toBeLessThan(60_000);
  });

  test('interning is by value: the same frames give the same ids, whatever the order of calls', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 6 }), { minLength: 1, maxLength: 60, size: 'max' }), fc.array(fc.constantFrom(null, 1, 2, 70000)), (stacks, totals) => {
        const b = new SnapshotBuilder();
        const file = b.internString('f.c');
        const frames = Array.from({ length: 8 }, (_, i) => b.internFrame(file, i));
        const ids = new Map<string, number>();
        stacks.forEach((s, i) => {
          const total = totals[i % Math.max(1, totals.length)] ?? null;
          const id = b.internTraceback(s.map((f) => frames[f]!), total);
          const key = JSON.stringify([s, total]);
          if (ids.has(key)) expect(id).toBe(ids.get(key));
          else {
            expect([...ids.values()]).not.toContain(id);
            ids.set(key, id);
          }
          b.addTrace(0, 1, id);
        });
        const snap = b.build(1);
        stacks.forEach((s, i) => expect(snap.traces[i]!.traceback.toRaw()).toEqual(s.map((f) => ['f.c', f])));
      }),
      { numRuns: 100 },
    );
  });

  test('the builder stays usable after build(); earlier snapshots do not change', () => {
    const b = new SnapshotBuilder();
    const tb = b.internTraceback([b.internFrame(b.internString('a.c'), 1)]);
    b.addTrace(0, 1, tb);
    const first = b.build(1);
    b.addTrace(0, 2, b.internTraceback([b.internFrame(b.internString('b.c'), 2)]));
    const second = b.build(1);
    expect(first.traces.length).toBe(1);
    expect(second.traces.length).toBe(2);
  });

  test('bad ids and values are refused with the value quoted', () => {
    const b = new SnapshotBuilder();
    const f = b.internFrame(b.internString('a.c'), 1);
    const tb = b.internTraceback([f]);
    expect(() => b.internFrame(9, 1)).toThrow("frame filename: 9 is not a string id from internString()");
    expect(() => b.internFrame(0, -1)).toThrow('frame lineno must be an integer from 0 to 4294967295, not -1');
    expect(() => b.internTraceback([f, 5])).toThrow('internTraceback(): 5 is not a frame id from internFrame()');
    expect(() => b.addTrace(0, 1.5, tb)).toThrow('trace size must be an integer from 0 to 9007199254740991, not 1.5');
    expect(() => b.addTrace(-1, 1, tb)).toThrow('trace domain must be an integer');
    expect(() => b.addTrace(0, 1, 7)).toThrow('addTrace(): 7 is not a traceback id');
    expect(() => b.build(-1)).toThrow(TracemallocError);
  });
});
