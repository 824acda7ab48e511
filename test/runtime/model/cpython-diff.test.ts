// Differential test against the real thing: random snapshots, filters, glob patterns and sizes
// are given to CPython's tracemalloc (python3, one process for the whole batch) and to ours; every
// string must be identical. Fixed seed, so a failure reproduces.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { DomainFilter, Filter, formatSize, Snapshot, TracemallocError, type KeyType } from '../../../runtime/model/index';
import { fnmatch } from '../../../runtime/model/fnmatch';
import { rawTraces } from './arbitraries';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = 20261122;

const filterSpec = fc.oneof(
  fc.record({
    type: fc.constant('Filter' as const),
    inclusive: fc.boolean(),
    pattern: fc.constantFrom('*', '*.c', 'a.c', '*.py', 'pkg/*', '[ab].c', '[!a]*', '?.c', '', '\u{1F600}*', 'pkg/mod.pyc', '[z-a]*', '*[.]py'),
    lineno: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    all_frames: fc.boolean(),
    domain: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  }),
  fc.record({ type: fc.constant('DomainFilter' as const), inclusive: fc.boolean(), domain: fc.integer({ min: 0, max: 3 }) }),
);
type FilterSpec = ReturnType<typeof filterSpec.generate>['value'];

const globChar = fc.constantFrom('a', 'b', 'c', '-', '!', '^', ']', '[', '*', '?', '\\', '/', '.', 'é', '\u{1F600}', 'z');
const nameChar = fc.constantFrom('a', 'b', 'c', '-', '!', '^', ']', '[', '\\', '/', '.', 'é', '\u{1F600}', 'z', '\n');
const str = (c: fc.Arbitrary<string>, max: number) => fc.array(c, { maxLength: max }).map((a) => a.join(''));

const sizeValue = fc.oneof(
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  fc.integer({ min: 0, max: 2 ** 53 }),
  fc.double({ min: 0, max: 2 ** 45, noNaN: true }),
  fc.integer({ min: 0, max: 200_000 }).map((n) => n + 0.5),
  fc.integer({ min: 1, max: 10_000 }).map((n) => n * 1024 + 512),
);

// What CPython's oracle prints: the value, or {error: 'IndexError'} when the call raised.
function attempt<T>(fn: () => T): T | { error: string } {
  try {
    return fn();
  } catch (e) {
    if (e instanceof TracemallocError) return { error: e.pythonType };
    throw e;
  }
}

function makeFilter(f: FilterSpec): Filter | DomainFilter {
  return f.type === 'DomainFilter' ? new DomainFilter(f.inclusive, f.domain) : new Filter(f.inclusive, f.pattern, f.lineno, f.all_frames, f.domain);
}

test('random snapshots, filters, globs and sizes give CPython 3.11 tracemalloc strings', () => {
  // depth 0 too: empty tracebacks make CPython raise IndexError in some calls, and so must we
  const snapshots = fc.sample(fc.record({ new: rawTraces(0), old: rawTraces(0), filters: fc.array(filterSpec, { maxLength: 3 }) }), { seed: SEED, numRuns: 120 });
  const globs = fc.sample(fc.tuple(str(nameChar, 5), str(globChar, 6)), { seed: SEED, numRuns: 600 });
  const sizes = fc.sample(fc.tuple(sizeValue, fc.boolean()), { seed: SEED, numRuns: 400 });

  const oracle = JSON.parse(
    execFileSync('python3', [join(here, 'cpython-diff.py')], { input: JSON.stringify({ snapshots, fnmatch: globs, format_size: sizes }), maxBuffer: 64 << 20 }).toString(),
  );

  snapshots.forEach((c, i) => {
    const newer = new Snapshot(c.new, 5);
    const older = new Snapshot(c.old, 5);
    const want = oracle.snapshots[i];
    for (const label of Object.keys(want)) {
      if (label === 'filtered' || label === 'reprs') continue;
      const [key, cum] = label.split('/') as [KeyType, string];
      const cumulative = cum === 'True';
      expect(attempt(() => newer.statistics(key, cumulative).map(String)), `case ${i} ${label} statistics`).toEqual(want[label].stats);
      expect(attempt(() => newer.compareTo(older, key, cumulative).map(String)), `case ${i} ${label} compareTo`).toEqual(want[label].diffs);
    }
    const traces = Array.from(newer.traces);
    expect([...traces.map((t) => t.traceback.repr()), ...traces.slice(0, 3).map((t) => t.repr())], `case ${i} repr`).toEqual(want.reprs);
    const kept = attempt(() => Array.from(newer.filterTraces(c.filters.map(makeFilter)).traces, (t) => [t.domain, t.size, Array.from(t.traceback, (f) => [f.filename, f.lineno])]));
    expect(kept, `case ${i} filterTraces`).toEqual(want.filtered);
  });

  expect(globs.map(([name, pat]) => fnmatch(name, pat))).toEqual(oracle.fnmatch);
  expect(sizes.map(([size, sign]) => formatSize(size, sign))).toEqual(oracle.format_size);
});
