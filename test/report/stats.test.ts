// report/stats.ts and report/call-tree.ts on hand-built snapshots (the real program's numbers are
// checked end to end against its own books in test/cli/stats-tree.test.ts).
import { describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/index';
import { bucketRange, sizeBucket, sizeClassLabel, snapshotStats } from '../../report/stats';
import { callTree } from '../../report/call-tree';
import { buildReportData } from '../../report/data';
import { SnapshotBuilder } from '../../runtime/model/index';

describe('sizeBucket', () => {
  it('is the bit length, past 32 bits too', () => {
    const cases: [number, number][] = [[0, 0], [1, 1], [2, 2], [3, 2], [4, 3], [1023, 10], [1024, 11], [2 ** 32 - 1, 32], [2 ** 32, 33], [2 ** 40 + 5, 41]];
    expect(cases.map(([size]) => sizeBucket(size))).toEqual(cases.map(([, b]) => b));
    for (const [size, b] of cases) {
      const { low, high } = bucketRange(b);
      expect(size >= low && size <= high).toBe(true);
    }
  });
});

describe('sizeClassLabel', () => {
  it('names each class by its first size and the next class\'s, in whole units', () => {
    expect([0, 1, 2, 11, 14, 21, 32, 33].map((b) => sizeClassLabel(bucketRange(b)))).toEqual(['0 B', '1 B', '2 B – 4 B', '1 KiB – 2 KiB', '8 KiB – 16 KiB', '1 MiB – 2 MiB', '2 GiB – 4 GiB', '4 GiB – 8 GiB']);
  });
});

describe('snapshotStats', () => {
  it('buckets every live block, empty buckets between filled ones at 0', () => {
    const s = snapshotStats(new Snapshot([[1, 0, [['a.c', 1]], 1], [1, 5, [['a.c', 1]], 1], [1, 40, [['b.c', 2]], 1]], 1));
    expect(s.live).toEqual({ blocks: 3, bytes: 45 });
    expect(s.liveHistogram!.map((b) => [b.low, b.high, b.count, b.bytes])).toEqual([[0, 0, 1, 0], [1, 1, 0, 0], [2, 3, 0, 0], [4, 7, 1, 5], [8, 15, 0, 0], [16, 31, 0, 0], [32, 63, 1, 40]]);
    expect(s.allocated).toBeNull();
    expect(s.topOf).toBe('live');
    expect(s.topBySize.map((l) => [l.filename, l.bytes, l.count])).toEqual([['b.c', 40, 1], ['a.c', 5, 2]]);
    expect(s.topByCount.map((l) => l.filename)).toEqual(['a.c', 'b.c']);
    expect(s.modules).toBeNull();
  });
});

describe('callTree', () => {
  it('sums each path, oldest frame first, biggest first; a traceback without frames under <unknown>:0', () => {
    const tree = callTree(new Snapshot([
      [1, 10, [['leaf.c', 3], ['mid.c', 2], ['main.c', 1]], 3],
      [1, 30, [['other.c', 4], ['mid.c', 2], ['main.c', 1]], 5],
      [1, 7, [['mid.c', 2], ['main.c', 1]], 2],
      [1, 1, [], 0],
    ], 3));
    expect([tree.size, tree.count, tree.truncated]).toEqual([48, 4, true]);
    const [main, unknown] = tree.children;
    expect([main!.filename, main!.size, main!.count, main!.selfSize]).toEqual(['main.c', 47, 3, 0]);
    expect([unknown!.filename, unknown!.lineno, unknown!.size]).toEqual(['<unknown>', 0, 1]);
    const mid = main!.children[0]!;
    expect([mid.size, mid.selfSize, mid.selfCount]).toEqual([47, 7, 1]);
    expect(mid.children.map((c) => [c.filename, c.size])).toEqual([['other.c', 30], ['leaf.c', 10]]);
  });
});

describe('the HTML report', () => {
  it('carries the sizes of the live blocks (live view) and of every allocation (allocated view)', () => {
    const b = new SnapshotBuilder();
    const tb = b.internTraceback([b.internFrame(b.internString('a.c'), 1)], 1);
    b.addTrace(1, 3, tb);
    b.addTrace(1, 100, tb);
    b.addTotals(1, tb, 1103, 3, 0, 0);
    b.addSizeClasses([0, 0, 3, 0, 0, 0, 0, 100, 0, 0, 0, 1000], [0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    const data = buildReportData(b.build(1));
    const sizes = Object.fromEntries(data.views.map((v) => [v.id, v.sizes?.filter((x) => x.count).map((x) => [x.low, x.count, x.bytes]) ?? null]));
    expect(sizes).toEqual({ live: [[2, 1, 3], [64, 1, 100]], allocated: [[2, 1, 3], [64, 1, 100], [1024, 1, 1000]], temporary: null });
  });
});
