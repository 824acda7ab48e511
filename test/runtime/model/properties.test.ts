// Invariants of the columnar engine, on random CPython-shaped data (fast-check), and equality with
// a direct object-level port of CPython's `_group_by` / `_compare_grouped_stats` / `_filter_trace`.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DomainFilter,
  Filter,
  Snapshot,
  Statistic,
  StatisticDiff,
  Traceback,
  type KeyType,
  type RawTrace,
} from '../../../runtime/model/index';
import { keyType, rawTraces } from './arbitraries';

const RUNS = { numRuns: 150 };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// ---- CPython's algorithms over raw tuples, written the obvious way -------------------------
function naiveGroup(traces: readonly RawTrace[], key: KeyType, cumulative: boolean): Statistic[] {
  const groups = new Map<string, { tb: Traceback; size: number; count: number }>();
  const add = (frames: [string, number][], size: number) => {
    const id = JSON.stringify(frames);
    const g = groups.get(id);
    if (g) {
      g.size += size;
      g.count++;
    } else groups.set(id, { tb: new Traceback(frames), size, count: 1 });
  };
  for (const [, size, raw] of traces) {
    const frames = raw as [string, number][];
    if (!cumulative) {
      if (key === 'traceback') add(frames, size);
      else if (key === 'lineno') add(frames.slice(0, 1), size);
      else add([[frames[0]![0], 0]], size);
    } else {
      for (const f of frames) add(key === 'lineno' ? [f] : [[f[0], 0]], size);
    }
  }
  return Array.from(groups.values(), (g) => new Statistic(g.tb, g.size, g.count)).sort((a, b) => Statistic.compare(b, a));
}

function naiveCompare(newer: readonly RawTrace[], older: readonly RawTrace[], key: KeyType, cumulative: boolean): StatisticDiff[] {
  const oldStats = new Map(naiveGroup(older, key, cumulative).map((s) => [JSON.stringify(s.traceback.toRaw()), s]));
  const diffs: StatisticDiff[] = [];
  for (const s of naiveGroup(newer, key, cumulative)) {
    const id = JSON.stringify(s.traceback.toRaw());
    const prev = oldStats.get(id);
    oldStats.delete(id);
    diffs.push(new StatisticDiff(s.traceback, s.size, s.size - (prev?.size ?? 0), s.count, s.count - (prev?.count ?? 0)));
  }
  for (const s of oldStats.values()) diffs.push(new StatisticDiff(s.traceback, 0, 0 - s.size, 0, 0 - s.count));
  return diffs.sort((a, b) => StatisticDiff.compare(b, a));
}

function naiveMatch(filter: Filter | DomainFilter, [domain, , raw]: RawTrace): boolean {
  if (filter instanceof DomainFilter) return (domain === filter.domain) !== !filter.inclusive;
  let res: boolean;
  if (filter.allFrames) res = raw.some(([f, l]) => filter.matchFrame(f, l)) ? filter.inclusive : !filter.inclusive;
  else res = filter.matchFrame(raw[0]![0], raw[0]![1]) !== !filter.inclusive;
  if (filter.domain !== null) return filter.inclusive ? res && domain === filter.domain : res || domain !== filter.domain;
  return res;
}

function naiveFilter(traces: readonly RawTrace[], filters: (Filter | DomainFilter)[]): RawTrace[] {
  const inc = filters.filter((f) => f.inclusive);
  const exc = filters.filter((f) => !f.inclusive);
  return traces.filter((t) => (inc.length === 0 || inc.some((f) => naiveMatch(f, t))) && exc.every((f) => naiveMatch(f, t)));
}

const filterArb = fc.oneof(
  fc
    .tuple(fc.boolean(), fc.constantFrom('*', '*.c', 'a.c', '*.py', 'pkg/*', '[ab].c', '[!a]*', '?.c', '', '\u{1F600}*', 'pkg/mod.pyc'), fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), fc.boolean(), fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }))
    .map(([inc, pat, line, all, dom]) => new Filter(inc, pat, line, all, dom) as Filter | DomainFilter),
  fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 3 })).map(([inc, d]) => new DomainFilter(inc, d) as Filter | DomainFilter),
);

const rawOf = (s: Snapshot) => Array.from(s.traces, (t) => t.toRaw());
const statRows = (stats: (Statistic | StatisticDiff)[]) => stats.map((s) => [String(s), s.traceback.toRaw()]);

describe('statistics', () => {
  test('totals equal the sum of trace sizes and the trace count, for every key type', () => {
    fc.assert(
      fc.property(rawTraces(), keyType, (traces, key) => {
        const stats = new Snapshot(traces, 4).statistics(key);
        expect(sum(stats.map((s) => s.size))).toBe(sum(traces.map((t) => t[1])));
        expect(sum(stats.map((s) => s.count))).toBe(traces.length);
      }),
      RUNS,
    );
  });

  test('cumulative totals count each trace once per frame', () => {
    fc.assert(
      fc.property(rawTraces(), fc.constantFrom('lineno' as const, 'filename' as const), (traces, key) => {
        const stats = new Snapshot(traces, 4).statistics(key, true);
        expect(sum(stats.map((s) => s.size))).toBe(sum(traces.map((t) => t[1] * t[2].length)));
        expect(sum(stats.map((s) => s.count))).toBe(sum(traces.map((t) => t[2].length)));
      }),
      RUNS,
    );
  });

  test('equal to the object-level port of CPython, sorted descending', () => {
    fc.assert(
      fc.property(rawTraces(), keyType, fc.boolean(), (traces, key, cumulative) => {
        if (key === 'traceback') cumulative = false;
        const stats = new Snapshot(traces, 4).statistics(key, cumulative);
        expect(statRows(stats)).toEqual(statRows(naiveGroup(traces, key, cumulative)));
        for (let i = 1; i < stats.length; i++) expect(Statistic.compare(stats[i - 1]!, stats[i]!)).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});

describe('compareTo', () => {
  test('a snapshot compared with itself, or with its own deserialized copy, has only zero diffs', () => {
    fc.assert(
      fc.property(rawTraces(), keyType, (traces, key) => {
        const s = new Snapshot(traces, 4);
        for (const other of [s, Snapshot.deserialize(s.serialize())]) {
          const diffs = s.compareTo(other, key);
          expect(diffs.every((d) => d.sizeDiff === 0 && d.countDiff === 0)).toBe(true);
          expect(diffs.map((d) => [d.size, d.count])).toEqual(s.statistics(key).map((st) => [st.size, st.count]));
        }
      }),
      RUNS,
    );
  });

  test('equal to the object-level port of CPython, with shared and with separate tables', () => {
    fc.assert(
      fc.property(rawTraces(), rawTraces(), keyType, fc.boolean(), (newer, older, key, cumulative) => {
        if (key === 'traceback') cumulative = false;
        const expected = statRows(naiveCompare(newer, older, key, cumulative));
        const a = new Snapshot(newer, 4);
        expect(statRows(a.compareTo(new Snapshot(older, 4), key, cumulative))).toEqual(expected);
        // same tables: both sides are filtered views of one snapshot
        const both = new Snapshot([...newer.map((t) => [0, t[1], t[2], t[3]] as RawTrace), ...older.map((t) => [1, t[1], t[2], t[3]] as RawTrace)], 4);
        const sharedNew = both.filterTraces([new DomainFilter(true, 0)]);
        const sharedOld = both.filterTraces([new DomainFilter(true, 1)]);
        expect(sharedNew.columns.tables).toBe(sharedOld.columns.tables);
        expect(statRows(sharedNew.compareTo(sharedOld, key, cumulative))).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('filterTraces', () => {
  test('an include-all pattern keeps everything; an exclude-all pattern keeps nothing', () => {
    fc.assert(
      fc.property(rawTraces(), fc.boolean(), (traces, allFrames) => {
        const s = new Snapshot(traces, 4);
        expect(rawOf(s.filterTraces([new Filter(true, '*', null, allFrames)]))).toEqual(rawOf(s));
        expect(s.filterTraces([new Filter(false, '*', null, allFrames)]).traces.length).toBe(0);
        expect(rawOf(s.filterTraces([]))).toEqual(rawOf(s));
      }),
      RUNS,
    );
  });

  test('equal to the per-trace port of CPython, and shares the interned tables', () => {
    fc.assert(
      fc.property(rawTraces(), fc.array(filterArb, { maxLength: 4 }), (traces, filters) => {
        const s = new Snapshot(traces, 4);
        const filtered = s.filterTraces(filters);
        expect(rawOf(filtered)).toEqual(rawOf(new Snapshot(naiveFilter(traces, filters), 4)));
        expect(filtered.columns.tables).toBe(s.columns.tables);
        expect(filtered.tracebackLimit).toBe(4);
      }),
      RUNS,
    );
  });
});

describe('serialize / deserialize', () => {
  test('round trip keeps every trace and every statistic', () => {
    fc.assert(
      fc.property(rawTraces(0), fc.integer({ min: 0, max: 1000 }), (traces, limit) => {
        const s = new Snapshot(traces, limit);
        const back = Snapshot.deserialize(s.serialize());
        expect(rawOf(back)).toEqual(rawOf(s));
        expect(back.tracebackLimit).toBe(limit);
        expect(back.timestamp).toBe(s.timestamp);
        expect(back.serialize()).toEqual(s.serialize());
      }),
      RUNS,
    );
  });
});
