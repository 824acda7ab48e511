// Snapshot.filterTraces() on ids: CPython's `_filter_trace` / `Filter._match`. A filter's verdict on
// a traceback depends only on its frames, so it is computed once per traceback id (and filename
// matches once per string id); the per-trace loop is then array lookups.
import { quote, TracemallocError } from './errors';
import { DomainFilter, Filter, type AnyFilter } from './filter';
import type { Tables } from './tables';
import type { SnapshotColumns } from './snapshot';

function checkFilters(filters: unknown): AnyFilter[] {
  if (filters == null || typeof filters === 'string' || typeof (filters as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new TracemallocError(`filters must be a list of filters, not ${quote(filters)}`, 'TypeError');
  }
  const list = Array.from(filters as Iterable<unknown>);
  list.forEach((f, i) => {
    if (!(f instanceof Filter) && !(f instanceof DomainFilter)) {
      throw new TracemallocError(`filters[${i}] must be a Filter or a DomainFilter, not ${quote(f)}`, 'TypeError');
    }
  });
  return list as AnyFilter[];
}

/** Per traceback id: CPython's `Filter._match_traceback` (inclusive flag applied), computed lazily. */
function tracebackMatcher(filter: Filter, tables: Tables): (tb: number) => boolean {
  const fileMatch = new Int8Array(tables.strings.length).fill(-1);
  const tbMatch = new Int8Array(tables.tracebackCount).fill(-1);
  const { frameFile, frameLine, stackStart, stackFrames, tbStack, strings } = tables;
  const lineno = filter.lineno;
  const matchFrame = (frame: number): boolean => {
    const file = frameFile[frame]!;
    let m = fileMatch[file]!;
    if (m < 0) fileMatch[file] = m = filter.matchFilename(strings[file]!) ? 1 : 0;
    return m === 1 && (lineno === null || frameLine[frame] === lineno);
  };
  return (tb) => {
    const cached = tbMatch[tb]!;
    if (cached >= 0) return cached === 1;
    const stack = tbStack[tb]!;
    const start = stackStart[stack]!;
    const end = stackStart[stack + 1]!;
    let result: boolean;
    if (filter.allFrames) {
      let any = false;
      for (let i = start; i < end && !any; i++) any = matchFrame(stackFrames[i]!);
      result = any ? filter.inclusive : !filter.inclusive;
    } else {
      // the most recent frame: CPython reads traceback[0], which raises on an empty traceback
      if (start === end) {
        throw new TracemallocError(`a trace has an empty traceback: Filter(allFrames=false) has no most recent frame to match`, 'IndexError');
      }
      const m = matchFrame(stackFrames[start]!);
      result = m !== !filter.inclusive;
    }
    tbMatch[tb] = result ? 1 : 0;
    return result;
  };
}

type TraceMatcher = (domain: number, tb: number) => boolean;

function traceMatcher(filter: AnyFilter, tables: Tables): TraceMatcher {
  if (filter instanceof DomainFilter) {
    const d = filter.domain;
    return filter.inclusive ? (domain) => domain === d : (domain) => domain !== d;
  }
  const matchTb = tracebackMatcher(filter, tables);
  const d = filter.domain;
  if (d === null) return (_domain, tb) => matchTb(tb);
  // the traceback first, as CPython does (it may raise on an empty traceback), then the domain
  return filter.inclusive ? (domain, tb) => matchTb(tb) && domain === d : (domain, tb) => matchTb(tb) || domain !== d;
}

export function filterSnapshot(columns: SnapshotColumns, filters: Iterable<AnyFilter>): SnapshotColumns {
  const list = checkFilters(filters);
  if (list.length === 0) return columns;
  const include = list.filter((f) => f.inclusive).map((f) => traceMatcher(f, columns.tables));
  const exclude = list.filter((f) => !f.inclusive).map((f) => traceMatcher(f, columns.tables));
  const { domain, size, traceback } = columns;
  const n = traceback.length;
  const keep = new Uint8Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const d = domain[i]!;
    const tb = traceback[i]!;
    let ok = include.length === 0;
    for (let k = 0; k < include.length && !ok; k++) ok = include[k]!(d, tb);
    for (let k = 0; k < exclude.length && ok; k++) ok = exclude[k]!(d, tb);
    if (ok) {
      keep[i] = 1;
      kept++;
    }
  }
  const newDomain = new Uint32Array(kept);
  const newSize = new Float64Array(kept);
  const newTraceback = new Int32Array(kept);
  const count = columns.count;
  const newCount = count ? new Float64Array(kept) : undefined;
  for (let i = 0, j = 0; i < n; i++) {
    if (keep[i]) {
      newDomain[j] = domain[i]!;
      newSize[j] = size[i]!;
      if (newCount) newCount[j] = count![i]!;
      newTraceback[j++] = traceback[i]!;
    }
  }
  // the filtered snapshot holds the traces kept; totals and peak describe the whole run: dropped
  return { ...columns, domain: newDomain, size: newSize, traceback: newTraceback, count: newCount, totals: undefined, peak: undefined, sizeClasses: undefined };
}
