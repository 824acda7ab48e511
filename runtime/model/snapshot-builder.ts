// SnapshotBuilder: the one way producers (the wasm tracer, the native hook, the Snapshot
// constructor, the file reader) make a Snapshot: columnar, interned by value, never arrays of
// objects. Contract: docs/internals.md.
import { checkSize, checkUint, quote, TracemallocError } from './errors';
import { Tables } from './tables';
import { Snapshot } from './snapshot';
import { SequenceInterner, TupleInterner } from './interners';

/** Packing (file id, line) into one double needs file ids below 2**21 (see tables.ts). */
export const MAX_STRINGS = 1 << 21;
/** Size classes of a snapshot: bit lengths 0..63 (wasm32 sizes use 0..32). */
export const MAX_SIZE_CLASSES = 64;

export interface FrameExtras {
  /** 1-based column; 0 or absent = unknown. */
  column?: number;
  /** String id (from internString) of the function name. */
  functionName?: number;
}

class GrowableColumn<T extends Uint32Array | Int32Array | Float64Array> {
  data: T;
  length = 0;
  constructor(private readonly make: (n: number) => T, capacity = 1024) {
    this.data = make(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  /** A right-sized copy (the builder stays usable after build()). */
  snapshot(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export class SnapshotBuilder {
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly frameIds = new TupleInterner(4, 1024);
  private readonly frameFile: number[] = [];
  private readonly frameLine: number[] = [];
  private readonly frameColumn: number[] = [];
  private readonly frameFunction: number[] = [];
  private readonly stackIds = new SequenceInterner(1024);
  private readonly stackStart: number[] = [0];
  private readonly stackFrames: number[] = [];
  private readonly tbIds = new TupleInterner(2, 1024);
  private readonly tbStack: number[] = [];
  private readonly tbTotal: number[] = [];
  private readonly traceDomain = new GrowableColumn((n) => new Uint32Array(n));
  private readonly traceSize = new GrowableColumn((n) => new Float64Array(n));
  private readonly traceTb = new GrowableColumn((n) => new Int32Array(n));
  private readonly totals = {
    domain: new GrowableColumn((n) => new Uint32Array(n), 64),
    traceback: new GrowableColumn((n) => new Int32Array(n), 64),
    allocSize: new GrowableColumn((n) => new Float64Array(n), 64),
    allocCount: new GrowableColumn((n) => new Float64Array(n), 64),
    tempSize: new GrowableColumn((n) => new Float64Array(n), 64),
    tempCount: new GrowableColumn((n) => new Float64Array(n), 64),
  };
  private hasTotals = false;
  private sizeClasses: { bytes: number[]; count: number[] } | undefined;
  private readonly peak = {
    domain: new GrowableColumn((n) => new Uint32Array(n), 64),
    size: new GrowableColumn((n) => new Float64Array(n), 64),
    traceback: new GrowableColumn((n) => new Int32Array(n), 64),
    count: new GrowableColumn((n) => new Float64Array(n), 64),
  };
  private hasPeak = false;
  private readonly domainNames = new Map<number, string>();
  private readonly metadata = new Map<string, string>();
  private timestamp: number | undefined;

  /** -> string id; the same text always gives the same id. */
  internString(text: string): number {
    let id = this.stringIds.get(text);
    if (id !== undefined) return id;
    if (typeof text !== 'string') throw new TracemallocError(`internString() needs a string, not ${quote(text)}`, 'TypeError');
    if (this.strings.length >= MAX_STRINGS) throw new TracemallocError(`too many distinct strings: at most ${MAX_STRINGS}`);
    id = this.strings.length;
    this.strings.push(text);
    this.stringIds.set(text, id);
    return id;
  }

  /** -> frame id for (filename string id, line number, optional column and function name id). */
  internFrame(file: number, lineno: number, extras?: FrameExtras): number {
    const column = extras?.column ?? 0;
    const fn = extras?.functionName ?? -1;
    // ids are dense in insertion order in the interner and in the columns alike
    const id = this.frameIds.find(file, lineno, column, fn);
    // (the interner compares int32 bit patterns: the exact check keeps 1.5 from matching 1)
    if (id >= 0 && this.frameFile[id] === file && this.frameLine[id] === lineno && this.frameColumn[id] === column && this.frameFunction[id] === fn) return id;
    this.checkString(file, 'frame filename');
    checkUint(lineno, 'frame lineno');
    checkUint(column, 'frame column');
    if (fn !== -1) this.checkString(fn, 'frame functionName');
    this.frameIds.intern(file, lineno, column, fn);
    this.frameFile.push(file);
    this.frameLine.push(lineno);
    this.frameColumn.push(column);
    this.frameFunction.push(fn);
    return this.frameFile.length - 1;
  }

  /** -> traceback id for frame ids (MOST RECENT first) and CPython's total_nframe (null = None). */
  internTraceback(frames: ArrayLike<number>, totalNframe: number | null = frames.length): number {
    // validate first: the interners compare int32 bit patterns, so 0.5 would find frame 0
    const nFrames = this.frameFile.length;
    for (let i = 0; i < frames.length; i++) {
      const f = frames[i]!;
      if (!(f >= 0 && f < nFrames && (f | 0) === f)) {
        throw new TracemallocError(`internTraceback(): ${quote(f)} is not a frame id from internFrame()`);
      }
    }
    let stack = this.stackIds.find(frames);
    if (stack < 0) {
      stack = this.stackIds.intern(frames);
      for (let i = 0; i < frames.length; i++) this.stackFrames.push(frames[i]!);
      this.stackStart.push(this.stackFrames.length);
    }
    const total = totalNframe ?? -1;
    if (total !== -1) checkUint(total, 'totalNframe', 0x7fffffff);
    const id = this.tbIds.find(stack, total);
    if (id >= 0) return id;
    this.tbIds.intern(stack, total);
    this.tbStack.push(stack);
    this.tbTotal.push(total);
    return this.tbStack.length - 1;
  }

  /** One live allocation: domain (0 = native, 1.. = wasm instances), size in bytes, traceback id. */
  addTrace(domain: number, size: number, traceback: number): void {
    if ((domain >>> 0) !== domain) checkUint(domain, 'trace domain');
    if (!(size >= 0 && size <= Number.MAX_SAFE_INTEGER && Math.floor(size) === size)) checkSize(size, 'trace size');
    if (!(traceback >= 0 && traceback < this.tbStack.length && (traceback | 0) === traceback)) {
      throw new TracemallocError(`addTrace(): ${quote(traceback)} is not a traceback id from internTraceback()`);
    }
    this.traceDomain.push(domain);
    this.traceSize.push(size);
    this.traceTb.push(traceback);
  }

  /** Totals of one traceback since tracing started (see TotalsColumns). */
  addTotals(domain: number, traceback: number, allocSize: number, allocCount: number, tempSize: number, tempCount: number): void {
    checkUint(domain, 'totals domain');
    this.checkTraceback(traceback, 'addTotals()');
    for (const [v, what] of [[allocSize, 'allocated size'], [allocCount, 'allocations'], [tempSize, 'temporary size'], [tempCount, 'temporary allocations']] as const) {
      checkSize(v, `totals ${what}`);
    }
    const t = this.totals;
    t.domain.push(domain);
    t.traceback.push(traceback);
    t.allocSize.push(allocSize);
    t.allocCount.push(allocCount);
    t.tempSize.push(tempSize);
    t.tempCount.push(tempCount);
    this.hasTotals = true;
  }

  /** Allocations by log2 size class (SizeClasses) of one domain, added to those of the others. */
  addSizeClasses(bytes: readonly number[], count: readonly number[]): void {
    if (bytes.length !== count.length || bytes.length > MAX_SIZE_CLASSES) {
      throw new TracemallocError(`size classes: ${bytes.length} sizes and ${count.length} counts (expected as many of each, at most ${MAX_SIZE_CLASSES})`);
    }
    const c = (this.sizeClasses ??= { bytes: [], count: [] });
    bytes.forEach((v, b) => {
      checkSize(v, 'size class bytes');
      checkSize(count[b]!, 'size class count');
      c.bytes[b] = (c.bytes[b] ?? 0) + v;
      c.count[b] = (c.count[b] ?? 0) + count[b]!;
    });
  }

  /** Marks the snapshot as carrying totals even when no traceback has any (nothing allocated yet). */
  keepTotals(): void {
    this.hasTotals = true;
  }

  /** One row of the peak set: `count` blocks of `size` bytes in all, allocated at `traceback`. */
  addPeak(domain: number, size: number, count: number, traceback: number): void {
    checkUint(domain, 'peak domain');
    checkSize(size, 'peak size');
    checkSize(count, 'peak count');
    this.checkTraceback(traceback, 'addPeak()');
    this.peak.domain.push(domain);
    this.peak.size.push(size);
    this.peak.traceback.push(traceback);
    this.peak.count.push(count);
    this.hasPeak = true;
  }

  /** Marks the snapshot as carrying a peak set even when it is empty. */
  keepPeak(): void {
    this.hasPeak = true;
  }

  private checkTraceback(traceback: number, what: string): void {
    if (!(traceback >= 0 && traceback < this.tbStack.length && (traceback | 0) === traceback)) {
      throw new TracemallocError(`${what}: ${quote(traceback)} is not a traceback id from internTraceback()`);
    }
  }

  get traceCount(): number {
    return this.traceTb.length;
  }

  setDomainName(domain: number, name: string): void {
    checkUint(domain, 'domain');
    this.domainNames.set(domain, String(name));
  }

  setMetadata(key: string, value: string): void {
    this.metadata.set(String(key), String(value));
  }

  /** Creation time, milliseconds since the epoch (default: when build() runs). */
  setTimestamp(ms: number): void {
    if (!Number.isFinite(ms)) throw new TracemallocError(`timestamp must be a finite number of milliseconds, not ${quote(ms)}`);
    this.timestamp = ms;
  }

  build(tracebackLimit: number): Snapshot {
    checkUint(tracebackLimit, 'tracebackLimit', 0x7fffffff);
    const tables = new Tables({
      strings: this.strings.slice(),
      frameFile: Int32Array.from(this.frameFile),
      frameLine: Uint32Array.from(this.frameLine),
      frameColumn: Uint32Array.from(this.frameColumn),
      frameFunction: Int32Array.from(this.frameFunction),
      stackStart: Uint32Array.from(this.stackStart),
      stackFrames: Int32Array.from(this.stackFrames),
      tbStack: Int32Array.from(this.tbStack),
      tbTotal: Int32Array.from(this.tbTotal),
    });
    return Snapshot.fromColumns({
      tables,
      domain: this.traceDomain.snapshot(),
      size: this.traceSize.snapshot(),
      traceback: this.traceTb.snapshot(),
      tracebackLimit,
      totals: this.hasTotals
        ? {
            domain: this.totals.domain.snapshot(),
            traceback: this.totals.traceback.snapshot(),
            allocSize: this.totals.allocSize.snapshot(),
            allocCount: this.totals.allocCount.snapshot(),
            tempSize: this.totals.tempSize.snapshot(),
            tempCount: this.totals.tempCount.snapshot(),
          }
        : undefined,
      sizeClasses: this.sizeClasses
        ? { bytes: Float64Array.from(this.sizeClasses.bytes, (v) => v ?? 0), count: Float64Array.from(this.sizeClasses.count, (v) => v ?? 0) }
        : undefined,
      peak: this.hasPeak
        ? { domain: this.peak.domain.snapshot(), size: this.peak.size.snapshot(), traceback: this.peak.traceback.snapshot(), count: this.peak.count.snapshot() }
        : undefined,
      domainNames: new Map(this.domainNames),
      metadata: new Map(this.metadata),
      timestamp: this.timestamp ?? Date.now(),
    });
  }

  private checkString(id: number, what: string): void {
    if (!Number.isInteger(id) || id < 0 || id >= this.strings.length) {
      throw new TracemallocError(`${what}: ${quote(id)} is not a string id from internString()`);
    }
  }
}
