// Runs EVERY case of conformance/tracemalloc-cases.json (expected values produced by
// CPython 3.11.7's tracemalloc), one vitest test per case id, checking every string and number.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import {
  DomainFilter,
  Filter,
  formatSize,
  setLineSource,
  Snapshot,
  Statistic,
  StatisticDiff,
  Trace,
  Traceback,
  TracemallocError,
  type RawFrame,
  type RawTrace,
} from '../../runtime/model/index';

const here = dirname(fileURLToPath(import.meta.url));
const casesPath = resolve(here, 'conformance', 'tracemalloc-cases.json');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const suite: { meta: Json; cases: Json[] } = JSON.parse(readFileSync(casesPath, 'utf8'));

const silent = () => undefined;
afterEach(() => setLineSource(null));

function makeFilter(f: Json): Filter | DomainFilter {
  if (f.type === 'DomainFilter') return new DomainFilter(f.inclusive, f.domain);
  expect(f.type).toBe('Filter');
  return new Filter(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain);
}

function framesOf(tb: Traceback): [string, number][] {
  return Array.from(tb, (f) => [f.filename, f.lineno]);
}

function checkTracebackFields(tb: Traceback, e: Json): void {
  expect(String(tb)).toBe(e.traceback_str);
  expect(framesOf(tb)).toEqual(e.frames);
  expect(tb.toRaw()).toEqual(e.raw_frames);
  expect(tb.totalNframe).toBe(e.total_nframe);
}

function checkStatistic(stat: Statistic, e: Json): void {
  expect(String(stat)).toBe(e.str);
  expect(stat.size).toBe(e.size);
  expect(stat.count).toBe(e.count);
  if (e.average !== undefined && e.average !== null) expect(stat.size / stat.count).toBeCloseTo(e.average, 9);
  checkTracebackFields(stat.traceback, e);
}

function checkDiff(diff: StatisticDiff, e: Json): void {
  expect(String(diff)).toBe(e.str);
  expect(diff.size).toBe(e.size);
  expect(diff.sizeDiff).toBe(e.size_diff);
  expect(diff.count).toBe(e.count);
  expect(diff.countDiff).toBe(e.count_diff);
  if (e.average !== undefined && e.average !== null) expect(diff.size / diff.count).toBeCloseTo(e.average, 9);
  else expect(diff.count).toBe(0);
  checkTracebackFields(diff.traceback, e);
}

function expectPythonError(fn: () => unknown, e: Json): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(TracemallocError);
  expect((caught as TracemallocError).pythonType).toBe(e.error);
  expect((caught as Error).message).toContain(e.message);
}

const runners: Record<string, (input: Json, expected: Json) => void> = {
  format_size(input, expected) {
    const got = input.values.map((v: Json) => formatSize(v.size_str ? BigInt(v.size_str) : v.size, v.sign));
    expect(got).toEqual(expected.strings);
    // the plain JSON number must give the same string as the exact integer
    const fromNumbers = input.values.map((v: Json) => formatSize(v.size, v.sign));
    expect(fromNumbers).toEqual(expected.strings);
  },

  statistics(input, expected) {
    setLineSource(silent);
    const snapshot = new Snapshot(input.traces, input.traceback_limit);
    const stats = snapshot.statistics(input.key_type, input.cumulative);
    expect(stats.map(String)).toEqual(expected.lines);
    expect(stats.length).toBe(expected.stats.length);
    stats.forEach((s, i) => checkStatistic(s, expected.stats[i]));
    if (expected.format_default) {
      expect(stats.map((s) => s.traceback.format())).toEqual(expected.format_default);
      expect(stats.map((s) => s.traceback.format(null, true))).toEqual(expected.format_most_recent_first);
    }
  },

  statistics_error(input, expected) {
    const snapshot = new Snapshot(input.traces, input.traceback_limit);
    expectPythonError(() => snapshot.statistics(input.key_type, input.cumulative), expected);
  },

  compare_to(input, expected) {
    const newer = new Snapshot(input.new.traces, input.new.traceback_limit);
    const older = new Snapshot(input.old.traces, input.old.traceback_limit);
    expect(input.call).toBe('new.compare_to(old, key_type, cumulative)');
    const diffs = newer.compareTo(older, input.key_type, input.cumulative);
    expect(diffs.map(String)).toEqual(expected.lines);
    expect(diffs.length).toBe(expected.diffs.length);
    diffs.forEach((d, i) => checkDiff(d, expected.diffs[i]));
    expect(diffs.filter((d) => d.count > 0 && d.count === d.countDiff).length).toBe(expected.only_in_new);
    expect(diffs.filter((d) => d.count === 0).length).toBe(expected.only_in_old);
  },

  compare_to_error(input, expected) {
    const newer = new Snapshot(input.new.traces, input.new.traceback_limit);
    const older = new Snapshot(input.old.traces, input.old.traceback_limit);
    expectPythonError(() => newer.compareTo(older, input.key_type, input.cumulative), expected);
  },

  filter_traces(input, expected) {
    const snapshot = new Snapshot(input.traces, input.traceback_limit);
    const filters = input.filters.map(makeFilter);
    expect(filters.map((f: Json) => (f instanceof Filter ? f.filenamePattern : null))).toEqual(expected.normalized_patterns);
    const filtered = snapshot.filterTraces(filters);
    expect(filtered.tracebackLimit).toBe(expected.traceback_limit);
    expect(Array.from(filtered.traces, (t) => t.toRaw())).toEqual(expected.traces);
    expect(Array.from(filtered.traces, String)).toEqual(expected.trace_strs);
    expect(filtered.statistics('lineno').map(String)).toEqual(expected.statistics_lineno_lines);
    // kept_indices: the kept traces are exactly the input traces at those indexes, in order
    expect(expected.kept_indices.map((i: number) => input.traces[i])).toEqual(expected.traces);
    expect(filtered.traces.length).toBe(expected.kept_indices.length);
    // the original is untouched
    expect(snapshot.traces.length).toBe(input.traces.length);
  },

  filter_match(input, expected) {
    const kept = input.items.map((item: Json) => new Snapshot([item.trace], 1).filterTraces([makeFilter(item.filter)]).traces.length === 1);
    expect(kept).toEqual(expected.kept);
  },

  traceback_format(input, expected) {
    const sources: Record<string, string[]> = input.sources;
    setLineSource((filename, lineno) => sources[filename]?.[lineno - 1]);
    const tb = new Traceback(input.raw_frames as RawFrame[], input.total_nframe);
    if (expected.str_error) {
      expectPythonError(() => String(tb), { error: expected.str_error, message: '' });
    } else {
      expect(String(tb)).toBe(expected.str);
    }
    expect(tb.repr()).toBe(expected.repr);
    expect(tb.length).toBe(expected.len);
    expect(tb.totalNframe).toBe(expected.total_nframe);
    expect(framesOf(tb)).toEqual(expected.frames);
    expect(Array.from({ length: tb.length }, (_, i) => tb[i]!.toRaw())).toEqual(expected.frames);
    const results = input.calls.map((c: Json) => ({ limit: c.limit, most_recent_first: c.most_recent_first, lines: tb.format(c.limit, c.most_recent_first) }));
    expect(results).toEqual(expected.results);
  },

  statistic_str(input, expected) {
    const strings = input.items.map((item: Json) => {
      const tb = new Traceback(item.raw_frames);
      if (item.type === 'Statistic') return String(new Statistic(tb, item.size, item.count));
      expect(item.type).toBe('StatisticDiff');
      return String(new StatisticDiff(tb, item.size, item.size_diff, item.count, item.count_diff));
    });
    expect(strings).toEqual(expected.strings);
  },

  trace_str(input, expected) {
    const traces = input.traces.map((t: RawTrace) => new Trace(t));
    expect(traces.map(String)).toEqual(expected.trace_strs);
    expect(traces.map((t: Trace) => String(t.traceback))).toEqual(expected.traceback_strs);
    expect(traces.map((t: Trace) => String(t.traceback[0]))).toEqual(expected.frame0_strs);
    expect(traces.map((t: Trace) => t.traceback.totalNframe)).toEqual(expected.traceback_total_nframe);
    expect(traces.map((t: Trace) => framesOf(t.traceback))).toEqual(expected.traceback_frames);
    // the same traces read back from a Snapshot give the same strings
    const snapshot = new Snapshot(input.traces, 10);
    expect(Array.from(snapshot.traces, String)).toEqual(expected.trace_strs);
  },
};

describe('CPython tracemalloc conformance', () => {
  test('the case file is the one the README describes', () => {
    expect(suite.meta.python_version).toMatch(/^3\.11\./);
    const counts: Record<string, number> = {};
    for (const c of suite.cases) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
    for (const kind of Object.keys(counts)) expect(runners[kind], `no runner for kind ${kind}`).toBeDefined();
    expect(suite.cases.length).toBeGreaterThan(0);
  });

  for (const c of suite.cases) {
    test(c.id, () => {
      const run = runners[c.kind];
      if (!run) throw new Error(`unknown case kind ${c.kind}`);
      run(c.input, c.expected);
    });
  }
});
