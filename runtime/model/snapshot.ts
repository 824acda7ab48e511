// Snapshot: CPython's `tracemalloc.Snapshot`, columnar. Per trace, three typed columns (domain,
// size, traceback id) over shared interned tables; Trace/Traceback/Frame objects exist only when
// read. Grouping, diffing and filtering work on integer ids (group.ts, filter-traces.ts); the
// file format is in codec.ts.
import { quote, TracemallocError } from './errors';
import type { RawTrace } from './trace';
import type { RawFrame } from './frame';
import { Trace } from './trace';
import { Frame } from './frame';
import { Traceback } from './traceback';
import type { Tables } from './tables';
import { SnapshotBuilder } from './snapshot-builder';
import { compareSnapshots, statisticsOf, type KeyType } from './group';
import { filterSnapshot } from './filter-traces';
import type { AnyFilter } from './filter';
import type { Statistic, StatisticDiff } from './statistic';
import { decodeSnapshot, encodeSnapshot } from './codec';
import { fileIO } from './file-io';
import { byMeasure, peakOf } from './measures';
import { growthBetween, type Growth, type GrowthKey } from './growth';

/** Rows of (domain, size, traceback id); `count`, when present, is the blocks each row stands for
 * (a peak row sums a traceback's blocks); absent, every row is one block. */
export interface TraceColumns {
  readonly domain: Uint32Array;
  readonly size: Float64Array;
  readonly traceback: Int32Array;
  readonly count?: Float64Array;
}

/** Per (domain, traceback id), since tracing started: bytes and blocks allocated, and the
 * temporary ones (freed before the next allocation: heaptrack's definition). */
export interface TotalsColumns {
  readonly domain: Uint32Array;
  readonly traceback: Int32Array;
  readonly allocSize: Float64Array;
  readonly allocCount: Float64Array;
  readonly tempSize: Float64Array;
  readonly tempCount: Float64Array;
}

/** Every allocation since tracing started (wasm domains), by log2 size class: class b holds the
 * sizes of bit length b (0: 0 B; b ≥ 1: 2^(b-1) to 2^b - 1); `bytes[b]` and `count[b]`. */
export interface SizeClasses {
  readonly bytes: Float64Array;
  readonly count: Float64Array;
}

/** What `top --by` and `Snapshot.by()` rank: live blocks, all allocations, or temporary ones. */
export type Measure = 'live' | 'allocated' | 'temporary';
export const MEASURES: readonly Measure[] = ['live', 'allocated', 'temporary'];

export interface SnapshotColumns extends TraceColumns {
  readonly tables: Tables;
  /** Totals per traceback (wasm domains), when the producer kept them. */
  readonly totals?: TotalsColumns;
  /** The live set at the high-water mark (one weighted row per traceback), when known. */
  readonly peak?: TraceColumns;
  /** Every allocation since tracing started by size class (wasm domains), when the producer kept them. */
  readonly sizeClasses?: SizeClasses;
  readonly tracebackLimit: number;
  readonly domainNames: ReadonlyMap<number, string>;
  readonly metadata: ReadonlyMap<string, string>;
  /** Creation time, milliseconds since the epoch. */
  readonly timestamp: number;
}

export class Snapshot {
  /** The traces: a lazy sequence (`length`, `traces[i]`, `at(i)`, iteration). */
  declare readonly traces: Traces;
  /** The traceback limit the tracer used (CPython's `traceback_limit`). */
  declare readonly tracebackLimit: number;
  /** Names of the domains (0 = the native hook, 1.. = wasm instances), when known. */
  declare readonly domainNames: ReadonlyMap<number, string>;
  /** Free-form key/values stored with the snapshot (command line, module names, ...). */
  declare readonly metadata: ReadonlyMap<string, string>;
  /** Creation time, milliseconds since the epoch. */
  declare readonly timestamp: number;
  /** The columns and interned tables, for exporters that want ids rather than objects. */
  declare readonly columns: SnapshotColumns;

  /** `rawTraces`: `[domain, size, rawFrames (most recent first), totalNframe][]`, as CPython takes them. */
  constructor(rawTraces: Iterable<RawTrace>, tracebackLimit: number) {
    if (rawTraces == null || typeof (rawTraces as Iterable<RawTrace>)[Symbol.iterator] !== 'function' || typeof rawTraces === 'string') {
      throw new TracemallocError(`traces must be an array of [domain, size, rawFrames, totalNframe], not ${quote(rawTraces)}`, 'TypeError');
    }
    const builder = new SnapshotBuilder();
    // filename -> lineno -> frame id for plain [filename, lineno] frames: numeric keys, so a trace
    // costs a few map lookups and one hash of its frame ids, and no string is built
    const plainFrames = new Map<string, Map<number, number>>();
    const frames: number[] = [];
    let index = 0;
    for (const trace of rawTraces) {
      if (!Array.isArray(trace) || trace.length < 3 || !Array.isArray(trace[2])) {
        throw new TracemallocError(`trace #${index} must be [domain, size, rawFrames, totalNframe], not ${quote(trace)}`, 'TypeError');
      }
      const raw = trace[2] as readonly RawFrame[];
      frames.length = raw.length;
      for (let i = 0; i < raw.length; i++) frames[i] = internRawFrame(builder, plainFrames, raw[i], index, i);
      builder.addTrace(trace[0], trace[1], builder.internTraceback(frames, trace[3] ?? null));
      index++;
    }
    initSnapshot(this, builder.build(tracebackLimit).columns);
  }

  /** A snapshot over existing columns (no copy, no validation: builder and codec validated). */
  static fromColumns(columns: SnapshotColumns): Snapshot {
    const snapshot = Object.create(Snapshot.prototype) as Snapshot;
    initSnapshot(snapshot, columns);
    return snapshot;
  }

  /**
   * Groups the traces by `'filename'`, `'lineno'` or `'traceback'`, biggest first. In cumulative
   * mode every frame of a traceback counts (not only the most recent one).
   */
  statistics(keyType: KeyType, cumulative = false): Statistic[] {
    return statisticsOf(this.columns, keyType, cumulative);
  }

  /** Differences from `oldSnapshot`, grouped by `keyType`, biggest change first. */
  compareTo(oldSnapshot: Snapshot, keyType: KeyType, cumulative = false): StatisticDiff[] {
    if (!(oldSnapshot instanceof Snapshot)) {
      throw new TracemallocError(`compareTo() needs a Snapshot, not ${quote(oldSnapshot)}`, 'TypeError');
    }
    return compareSnapshots(this.columns, oldSnapshot.columns, keyType, cumulative);
  }

  /**
   * The live set at the high-water mark of traced memory since start()/resetPeak(), when this
   * snapshot carries it (wasm domains): one trace per traceback, its size the sum of the blocks
   * live then (statistics count the blocks). Its metadata `current` is its total.
   */
  get peak(): Snapshot | null {
    return peakOf(this.columns);
  }

  /** Whether this snapshot carries totals per traceback (allocations since tracing started). */
  get hasTotals(): boolean {
    return this.columns.totals !== undefined;
  }

  /**
   * The same tables seen through another measure: 'live' is this snapshot; 'allocated' has one
   * row per traceback with the bytes and blocks allocated there since tracing started;
   * 'temporary' the same for temporary allocations. statistics()/compareTo()/filterTraces() work
   * on it as on live traces. A snapshot without totals throws.
   */
  by(measure: Measure): Snapshot {
    return byMeasure(this, measure);
  }

  /**
   * objgraph's show_growth: what grew since `oldSnapshot`, by the allocating function (frame 0's)
   * or by the type allocated where function names carry it (growth.ts), biggest growth first.
   */
  growth(oldSnapshot: Snapshot, key: GrowthKey = 'function'): Growth[] {
    if (!(oldSnapshot instanceof Snapshot)) {
      throw new TracemallocError(`growth() needs a Snapshot, not ${quote(oldSnapshot)}`, 'TypeError');
    }
    return growthBetween(this, oldSnapshot, key);
  }

  /** A new Snapshot with the traces the filters keep (it shares this one's interned tables). */
  filterTraces(filters: Iterable<AnyFilter>): Snapshot {
    return Snapshot.fromColumns(filterSnapshot(this.columns, filters));
  }

  /** The snapshot in the binary format of docs/snapshot-format.md. */
  serialize(): Uint8Array {
    return encodeSnapshot(this.columns);
  }

  /** Reads `serialize()`'s bytes; a damaged file throws a SnapshotFormatError naming the byte offset. */
  static deserialize(bytes: Uint8Array): Snapshot {
    return Snapshot.fromColumns(decodeSnapshot(bytes));
  }

  /** Writes the snapshot to a file (Node only). */
  dump(path: string): void {
    fileIO('dump').writeFile(path, this.serialize());
  }

  /** Reads a file written by `dump()` (Node only). */
  static load(path: string): Snapshot {
    return Snapshot.deserialize(fileIO('load').readFile(path));
  }
}

function initSnapshot(snapshot: Snapshot, columns: SnapshotColumns): void {
  const props: PropertyDescriptorMap = {
    columns: { value: columns },
    traces: { value: makeTraces(columns), enumerable: true },
    tracebackLimit: { value: columns.tracebackLimit, enumerable: true },
    domainNames: { value: columns.domainNames },
    metadata: { value: columns.metadata },
    timestamp: { value: columns.timestamp },
  };
  Object.defineProperties(snapshot, props);
}

function internRawFrame(builder: SnapshotBuilder, plain: Map<string, Map<number, number>>, f: RawFrame | undefined, trace: number, i: number): number {
  if (!Array.isArray(f) || typeof f[0] !== 'string') {
    throw new TracemallocError(`trace #${trace}: frame ${i} must be [filename, lineno], not ${quote(f)}`, 'TypeError');
  }
  const hasExtras = (f[2] !== undefined && f[2] !== 0) || f[3] !== undefined;
  if (!hasExtras) {
    let byLine = plain.get(f[0]);
    const cached = byLine?.get(f[1]);
    if (cached !== undefined) return cached;
    const id = builder.internFrame(builder.internString(f[0]), f[1]);
    if (!byLine) plain.set(f[0], (byLine = new Map()));
    byLine.set(f[1], id);
    return id;
  }
  const fn = f[3] === undefined ? undefined : builder.internString(String(f[3]));
  return builder.internFrame(builder.internString(f[0]), f[1], { column: f[2] ?? 0, functionName: fn });
}

/** Builds the Traceback of traceback id `tb` (frames oldest first). */
export function tracebackOf(tables: Tables, tb: number): Traceback {
  const stack = tables.tbStack[tb]!;
  const total = tables.tbTotal[tb]!;
  return Traceback.fromFrames(stackFrames(tables, stack), total < 0 ? null : total);
}

/** The Frames of a stack, oldest first. */
export function stackFrames(tables: Tables, stack: number): Frame[] {
  const start = tables.stackStart[stack]!;
  const end = tables.stackStart[stack + 1]!;
  const frames: Frame[] = [];
  for (let i = end - 1; i >= start; i--) frames.push(frameOf(tables, tables.stackFrames[i]!));
  return frames;
}

export function frameOf(tables: Tables, frame: number): Frame {
  const fn = tables.frameFunction[frame]!;
  return Frame.fromParts(tables.strings[tables.frameFile[frame]!]!, tables.frameLine[frame]!, tables.frameColumn[frame]!, fn < 0 ? undefined : tables.strings[fn]);
}

/** The sequence behind `snapshot.traces`. */
export class Traces implements Iterable<Trace> {
  readonly [index: number]: Trace;
  private readonly source: SnapshotColumns;

  constructor(source: SnapshotColumns) {
    this.source = source;
  }

  get length(): number {
    return this.source.traceback.length;
  }

  /** The i-th trace (negative counts from the end, like Python); undefined when out of range. */
  at(index: number): Trace | undefined {
    const { domain, size, traceback, tables } = this.source;
    const i = index < 0 ? traceback.length + index : index;
    if (!(i >= 0 && i < traceback.length)) return undefined;
    const tb = traceback[i]!;
    return Trace.lazy(domain[i]!, size[i]!, () => tracebackOf(tables, tb));
  }

  *[Symbol.iterator](): Iterator<Trace> {
    const n = this.length;
    for (let i = 0; i < n; i++) yield this.at(i)!;
  }

  /** Python's `traces[start:end]` (negative indexes count from the end): an array of Traces. */
  slice(start = 0, end = this.length): Trace[] {
    const n = this.length;
    const from = start < 0 ? Math.max(0, n + start) : Math.min(start, n);
    const to = end < 0 ? Math.max(0, n + end) : Math.min(end, n);
    const out: Trace[] = [];
    for (let i = from; i < to; i++) out.push(this.at(i)!);
    return out;
  }

  /** CPython's `trace in snapshot.traces`. */
  includes(trace: Trace): boolean {
    for (const t of this) if (t.equals(trace)) return true;
    return false;
  }

  repr(): string {
    return `<Traces len=${this.length}>`;
  }
}

const INDEX = /^(?:0|[1-9]\d*)$/;

// `snapshot.traces[i]` like a Python sequence: a Proxy turns index reads into at(i); everything
// else goes to the object itself (with `this` = the target, so no trap on internal reads).
function makeTraces(columns: SnapshotColumns): Traces {
  const target = new Traces(columns);
  return new Proxy(target, {
    get(t, prop) {
      if (typeof prop === 'string' && INDEX.test(prop)) return t.at(Number(prop));
      const value = Reflect.get(t, prop, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
    has(t, prop) {
      if (typeof prop === 'string' && INDEX.test(prop)) return Number(prop) < t.length;
      return Reflect.has(t, prop);
    },
  });
}
