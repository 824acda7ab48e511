// `globalThis.wasmTracemalloc`: the runtime's whole API for people who live in DevTools, plus
//   top(limit = 10, keyType = 'lineno')  prints the top statistics, returns them
//   compare(old?)                        prints what grew since `old` (default: the previous
//                                        compare(), or tracing's start), returns the diffs
//   dump(filename?)                      downloads a .tmsnap for `wasm-tracemalloc report`
//   report()                             opens the HTML report of the current snapshot
//   showOverlay() / hideOverlay()        the in-page panel (overlay.ts)
//   sourceMapsLoaded()                   a promise: the JS files' maps asked for so far are in (a
//                                        script's JS frames read as the engine reports them until
//                                        its map, fetched at its first frame, has loaded)
// Every printing function takes its own snapshot, as CPython's examples do. Browser-safe.
import * as tracemalloc from '../runtime/index';
import type { KeyType, Snapshot, Statistic, StatisticDiff } from '../runtime/index';
import { downloadSnapshot, openReport } from './save';
import { withTimeline } from './timeline';
import { hideOverlay, showOverlay } from './overlay';
import { loaded as sourceMapsLoaded } from './js-source-maps';

const KEY_TYPES: readonly string[] = ['lineno', 'filename', 'traceback'];

function checkKeyType(keyType: unknown): KeyType {
  if (typeof keyType !== 'string' || !KEY_TYPES.includes(keyType)) {
    throw new tracemalloc.TracemallocError(`keyType = ${JSON.stringify(keyType)}: expected 'lineno', 'filename' or 'traceback'`);
  }
  return keyType as KeyType;
}

function checkLimit(limit: unknown): number {
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw new tracemalloc.TracemallocError(`limit = ${JSON.stringify(limit)}: expected a positive integer`);
  }
  return limit;
}

/** The snapshot every console helper starts from: the live set now, with the timeline so far. */
function snapshotNow(): Snapshot {
  return withTimeline(tracemalloc.takeSnapshot());
}

let previous: Snapshot | null = null;

export function top(limit = 10, keyType: KeyType = 'lineno'): Statistic[] {
  const stats = snapshotNow().statistics(checkKeyType(keyType)).slice(0, checkLimit(limit));
  const [current, peak] = tracemalloc.getTracedMemory();
  console.log(`[ Top ${stats.length} ] current ${tracemalloc.formatSize(current)}, peak ${tracemalloc.formatSize(peak)}\n${stats.map(String).join('\n')}`);
  return stats;
}

export function compare(old?: Snapshot, limit = 10, keyType: KeyType = 'lineno'): StatisticDiff[] {
  if (old !== undefined && !(old instanceof tracemalloc.Snapshot)) {
    throw new tracemalloc.TracemallocError(`compare(old): expected a Snapshot (from takeSnapshot()), got ${typeof old}`);
  }
  const now = snapshotNow();
  const base = old ?? previous ?? new tracemalloc.Snapshot([], now.tracebackLimit);
  previous = now;
  const diffs = now.compareTo(base, checkKeyType(keyType)).slice(0, checkLimit(limit));
  console.log(`[ Top ${diffs.length} differences ]\n${diffs.map(String).join('\n')}`);
  return diffs;
}

export function dump(filename?: string): Snapshot {
  const snapshot = snapshotNow();
  console.log(`wasm-tracemalloc: downloading ${downloadSnapshot(snapshot, filename)} (open it with \`wasm-tracemalloc report FILE\`)`);
  return snapshot;
}

export function report(): Window | null {
  return openReport(snapshotNow());
}

export type ConsoleApi = typeof tracemalloc & {
  top: typeof top;
  compare: typeof compare;
  dump: typeof dump;
  report: typeof report;
  showOverlay: typeof showOverlay;
  hideOverlay: typeof hideOverlay;
  sourceMapsLoaded: typeof sourceMapsLoaded;
};

export function consoleApi(): ConsoleApi {
  return Object.freeze({ ...tracemalloc, top, compare, dump, report, showOverlay, hideOverlay, sourceMapsLoaded }) as ConsoleApi;
}
