// The other views of one snapshot's tables: its peak set and its totals per traceback
// (allocated, temporary). Each is a Snapshot over weighted rows (SnapshotColumns.count), so
// statistics(), compareTo() and filterTraces() need no second code path.
import { quote, TracemallocError } from './errors';
import { MEASURES, Snapshot, type Measure, type SnapshotColumns } from './snapshot';

export function peakOf(columns: SnapshotColumns): Snapshot | null {
  const peak = columns.peak;
  if (!peak) return null;
  let total = 0;
  for (let i = 0; i < peak.size.length; i++) total += peak.size[i]!;
  const metadata = new Map(columns.metadata);
  metadata.set('snapshot', 'peak');
  metadata.set('current', String(total));
  return Snapshot.fromColumns({ ...columns, domain: peak.domain, size: peak.size, traceback: peak.traceback, count: peak.count, peak: undefined, metadata });
}

export function byMeasure(snapshot: Snapshot, measure: Measure): Snapshot {
  if (!MEASURES.includes(measure)) {
    throw new TracemallocError(`unknown measure ${quote(measure)} (expected 'live', 'allocated' or 'temporary')`);
  }
  if (measure === 'live') return snapshot;
  const totals = snapshot.columns.totals;
  if (!totals) {
    throw new TracemallocError(`this snapshot has no totals per traceback (taken by an older version, or from the native domain only): it can only rank live memory`);
  }
  const temporary = measure === 'temporary';
  const sizes = temporary ? totals.tempSize : totals.allocSize;
  const counts = temporary ? totals.tempCount : totals.allocCount;
  let n = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) n++;
  const domain = new Uint32Array(n);
  const traceback = new Int32Array(n);
  const size = new Float64Array(n);
  const count = new Float64Array(n);
  for (let i = 0, j = 0; i < counts.length; i++) {
    if (!(counts[i]! > 0)) continue;
    domain[j] = totals.domain[i]!;
    traceback[j] = totals.traceback[i]!;
    size[j] = sizes[i]!;
    count[j++] = counts[i]!;
  }
  const metadata = new Map(snapshot.columns.metadata);
  metadata.set('measure', measure);
  return Snapshot.fromColumns({ ...snapshot.columns, domain, traceback, size, count, metadata });
}
