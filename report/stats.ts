// The summary of one snapshot that `memray stats` and heaptrack's closing lines give: allocations
// and bytes since tracing started (the totals per traceback), what is live, the peak, a histogram
// of the live blocks' sizes, the locations that allocated the most bytes and the most blocks, and
// which modules were traced. Browser-safe (the HTML report can show it); `cli/stats.ts` prints it.
import type { Snapshot } from '../runtime/model/snapshot';
import type { Statistic } from '../runtime/model/statistic';
import { coverageOf } from '../runtime/tracer/coverage';

/** Sizes `low..high` inclusive: bucket 0 holds size 0, bucket b ≥ 1 holds [2^(b-1), 2^b - 1]. */
export interface SizeBucket {
  readonly low: number;
  readonly high: number;
  readonly count: number;
  readonly bytes: number;
}

export interface LocationTotal {
  readonly filename: string;
  readonly lineno: number;
  readonly functionName?: string;
  readonly bytes: number;
  readonly count: number;
}

export interface SnapshotStats {
  /** 'peak' when the snapshot is a peak set (`run --peak`, `--peak` here), else 'snapshot'. */
  readonly kind: 'snapshot' | 'peak';
  readonly live: { readonly blocks: number; readonly bytes: number };
  /** The high-water mark of traced memory the tracer recorded (metadata `peak`), when known. */
  readonly peakBytes: number | null;
  /** Since tracing started (wasm domains with totals); null when the snapshot has no totals. */
  readonly allocated: { readonly count: number; readonly bytes: number } | null;
  readonly temporary: { readonly count: number; readonly bytes: number } | null;
  /** Log2 buckets of the sizes of every allocation since tracing started (the tracer core counts
   * them: SnapshotColumns.sizeClasses); null when the snapshot has none (format version < 3). */
  readonly allocationHistogram: SizeBucket[] | null;
  /** Log2 buckets of the live blocks' sizes, smallest to largest non-empty; null when rows stand
   * for several blocks (a peak set: one row per traceback), whose sizes are not known apart. */
  readonly liveHistogram: SizeBucket[] | null;
  /** Locations (frame 0) by bytes and by blocks: of all allocations when the snapshot has
   * totals (memray's), else of the live blocks. */
  readonly topOf: 'allocated' | 'live';
  readonly topBySize: LocationTotal[];
  readonly topByCount: LocationTotal[];
  readonly modules: { readonly traced: string[]; readonly untraced: { source: string; detail: string }[] } | null;
  readonly domains: { readonly domain: number; readonly name: string }[];
}

/** The bucket of a size: 0 for 0, else its bit length (1 → 1, 2..3 → 2, 4..7 → 3, …). */
export function sizeBucket(size: number): number {
  if (size <= 0) return 0;
  // sizes reach 2^53 (Float64 columns): Math.clz32 only sees 32 bits
  return size < 2 ** 32 ? 32 - Math.clz32(size) : Math.floor(Math.log2(size)) + 1;
}

export function bucketRange(b: number): { low: number; high: number } {
  return b === 0 ? { low: 0, high: 0 } : { low: 2 ** (b - 1), high: 2 ** b - 1 };
}

/** A power of two in the largest unit it is whole in: 512 B, 1 KiB, 64 MiB. */
function powerOfTwo(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${n} ${units[u]}`;
}

/** A class as people read it: `0 B`, `1 B`, then `from – up to (not including)`: `8 KiB – 16 KiB`. */
export function sizeClassLabel(bucket: { low: number; high: number }): string {
  return bucket.low === bucket.high ? powerOfTwo(bucket.low) : `${powerOfTwo(bucket.low)} – ${powerOfTwo(bucket.high + 1)}`;
}

function liveHistogram(sizes: Float64Array, weight: Float64Array | undefined): SizeBucket[] | null {
  const counts: number[] = [];
  const bytes: number[] = [];
  for (let i = 0; i < sizes.length; i++) {
    if (weight && weight[i] !== 1) return null;
    const b = sizeBucket(sizes[i]!);
    counts[b] = (counts[b] ?? 0) + 1;
    bytes[b] = (bytes[b] ?? 0) + sizes[i]!;
  }
  return buckets(counts, bytes);
}

/** The buckets from the first non-empty one to the last, empty ones between at 0. */
function buckets(counts: ArrayLike<number | undefined>, bytes: ArrayLike<number | undefined>): SizeBucket[] {
  const out: SizeBucket[] = [];
  let first = -1;
  let last = -1;
  for (let b = 0; b < counts.length; b++) {
    if (!counts[b]) continue;
    if (first < 0) first = b;
    last = b;
  }
  if (first < 0) return out;
  for (let b = first; b <= last; b++) out.push({ ...bucketRange(b), count: counts[b] ?? 0, bytes: bytes[b] ?? 0 });
  return out;
}

function location(stat: Statistic): LocationTotal {
  const frame = stat.traceback.at(-1)!;
  return {
    filename: frame.filename,
    lineno: frame.lineno,
    ...(frame.functionName !== undefined ? { functionName: frame.functionName } : {}),
    bytes: stat.size,
    count: stat.count,
  };
}

function sumOf(counts: Float64Array, sizes: Float64Array): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (let i = 0; i < counts.length; i++) {
    count += counts[i]!;
    bytes += sizes[i]!;
  }
  return { count, bytes };
}

/** The live blocks by size class; null when rows stand for several blocks (a peak set). */
export function liveSizeHistogram(snapshot: Snapshot): SizeBucket[] | null {
  return liveHistogram(snapshot.columns.size, snapshot.columns.count);
}

/** Every allocation since tracing started by size class; null when the snapshot has none. */
export function allocationSizeHistogram(snapshot: Snapshot): SizeBucket[] | null {
  const classes = snapshot.columns.sizeClasses;
  return classes ? buckets(classes.count, classes.bytes) : null;
}

export function snapshotStats(snapshot: Snapshot, limit = 5): SnapshotStats {
  const { size, count: weight, totals, metadata, domainNames } = snapshot.columns;
  let blocks = 0;
  let bytes = 0;
  for (let i = 0; i < size.length; i++) {
    bytes += size[i]!;
    blocks += weight ? weight[i]! : 1;
  }
  const peakText = metadata.get('peak');
  const peakBytes = peakText !== undefined && /^\d+$/.test(peakText) ? Number(peakText) : null;
  const ranked = totals ? snapshot.by('allocated') : snapshot;
  const byLine = ranked.statistics('lineno');
  const bySize = byLine.slice(0, limit).map(location);
  const byCount = [...byLine].sort((a, b) => b.count - a.count || b.size - a.size).slice(0, limit).map(location);
  const coverage = coverageOf(snapshot);
  return {
    kind: metadata.get('snapshot') === 'peak' ? 'peak' : 'snapshot',
    live: { blocks, bytes },
    peakBytes,
    allocated: totals ? sumOf(totals.allocCount, totals.allocSize) : null,
    temporary: totals ? sumOf(totals.tempCount, totals.tempSize) : null,
    allocationHistogram: allocationSizeHistogram(snapshot),
    liveHistogram: liveSizeHistogram(snapshot),
    topOf: totals ? 'allocated' : 'live',
    topBySize: bySize,
    topByCount: byCount,
    modules: coverage.modules
      ? { traced: coverage.traced.map((m) => m.source), untraced: coverage.untraced.map((m) => ({ source: m.source, detail: m.detail })) }
      : null,
    domains: [...domainNames].sort((a, b) => a[0] - b[0]).map(([domain, name]) => ({ domain, name })),
  };
}
