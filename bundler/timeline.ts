// Memory over time in the page: traced current and peak, sampled every half second from install
// (one getTracedMemory() call: no snapshot, nothing per allocation). The overlay draws it and every
// snapshot the page saves carries it in its metadata, where `wasm-tracemalloc report` draws it too
// (report/snapshot-info.ts: TIMELINE_KEY). Browser-safe.
import { getTracedMemory, isTracing, Snapshot } from '../runtime/index';
import { TIMELINE_KEY, type TimelinePoint } from '../report/snapshot-info';

const INTERVAL_MS = 500;
/** Past this many points, every other one is dropped: the chart keeps its whole span. */
const MAX_POINTS = 1200;

const points: TimelinePoint[] = [];
let t0 = 0;
let timer: ReturnType<typeof setInterval> | null = null;

export function sample(): TimelinePoint[] {
  if (!isTracing()) return points;
  const [current, peak] = getTracedMemory();
  points.push([Math.round(performance.now() - t0) / 1000, current, peak]);
  if (points.length > MAX_POINTS) {
    const kept = points.filter((_, i) => i % 2 === 0 || i === points.length - 1);
    points.splice(0, points.length, ...kept);
  }
  return points;
}

export function startTimeline(): void {
  if (timer !== null) return;
  t0 = performance.now();
  sample();
  timer = setInterval(sample, INTERVAL_MS);
}

export function timeline(): readonly TimelinePoint[] {
  return points;
}

/** The snapshot with the timeline so far (and the page it came from) in its metadata. */
export function withTimeline(snapshot: Snapshot): Snapshot {
  const metadata = new Map(snapshot.metadata);
  metadata.set(TIMELINE_KEY, JSON.stringify(sample()));
  if (typeof location !== 'undefined') metadata.set('command', `page ${location.href}`);
  return Snapshot.fromColumns({ ...snapshot.columns, metadata });
}
