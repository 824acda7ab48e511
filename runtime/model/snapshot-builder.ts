// SnapshotBuilder: the one way producers (the wasm tracer, the native hook, the Snapshot
// constructor, the file reader) make a Snapshot: columnar, interned by value, never arrays of
// objects. Contract: docs/internals.md.
import { checkSize, checkUint, quote, TracemallocError } from './errors';
import { Tables } from './tables';
import { Snapshot } from './snapshot';

/** Packing (file id, line) into one double needs file ids below 2**21 (see tables.ts). */
export const MAX_STRINGS = 1 << 21;

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
  private readonly frameIds = new Map<string, number>();
  private readonly frameFile: number[] = [];
  private readonly frameLine: number[] = [];
  private readonly frameColumn: number[] = [];
  private readonly frameFunction: number[] = [];
  // hash of a stack's frame ids -> the stack ids with that hash (a number, or an array on collision)
  private readonly stackIds = new Map<number, number | number[]>();
  private readonly stackStart: number[] = [0];
  private readonly stackFrames: number[] = [];
  private readonly tbIds = new Map<number | string, number>();
  private readonly tbStack: number[] = [];
  private readonly tbTotal: number[] = [];
  private readonly traceDomain = new GrowableColumn((n) => new Uint32Array(n));
  private readonly traceSize = new GrowableColumn((n) => new Float64Array(n));
  private readonly traceTb = new GrowableColumn((n) => new Int32Array(n));
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
    const key = `${file},${lineno},${column},${fn}`;
    let id = this.frameIds.get(key);
    if (id !== undefined) return id;
    this.checkString(file, 'frame filename');
    checkUint(lineno, 'frame lineno');
    checkUint(column, 'frame column');
    if (fn !== -1) this.checkString(fn, 'frame functionName');
    id = this.frameFile.length;
    this.frameFile.push(file);
    this.frameLine.push(lineno);
    this.frameColumn.push(column);
    this.frameFunction.push(fn);
    this.frameIds.set(key, id);
    return id;
  }

  /** -> traceback id for frame ids (MOST RECENT first) and CPython's total_nframe (null = None). */
  internTraceback(frames: ArrayLike<number>, totalNframe: number | null = frames.length): number {
    // Numeric hashing, not string keys: a tracer interns every distinct traceback of a snapshot,
    // and building a key string per call cost several microseconds.
    let hash = 0x811c9dc5 ^ frames.length;
    for (let i = 0; i < frames.length; i++) hash = Math.imul(hash ^ frames[i]!, 0x01000193);
    let stack = this.findStack(hash, frames);
    if (stack < 0) {
      for (let i = 0; i < frames.length; i++) {
        const f = frames[i]!;
        if (!Number.isInteger(f) || f < 0 || f >= this.frameFile.length) {
          throw new TracemallocError(`internTraceback(): ${quote(f)} is not a frame id from internFrame()`);
        }
      }
      stack = this.stackStart.length - 1;
      for (let i = 0; i < frames.length; i++) this.stackFrames.push(frames[i]!);
      this.stackStart.push(this.stackFrames.length);
      const bucket = this.stackIds.get(hash);
      if (bucket === undefined) this.stackIds.set(hash, stack);
      else if (typeof bucket === 'number') this.stackIds.set(hash, [bucket, stack]);
      else bucket.push(stack);
    }
    const total = totalNframe ?? -1;
    // one number when it fits exactly (stack < 2**36, total < 65535), else a string
    const tbKey = stack < 2 ** 36 && total < 0xffff ? stack * 65536 + total + 1 : `${stack},${total}`;
    let id = this.tbIds.get(tbKey);
    if (id !== undefined) return id;
    if (total !== -1) checkUint(total, 'totalNframe', 0x7fffffff);
    id = this.tbStack.length;
    this.tbStack.push(stack);
    this.tbTotal.push(total);
    this.tbIds.set(tbKey, id);
    return id;
  }

  private findStack(hash: number, frames: ArrayLike<number>): number {
    const bucket = this.stackIds.get(hash);
    if (bucket === undefined) return -1;
    if (typeof bucket === 'number') return this.stackEquals(bucket, frames) ? bucket : -1;
    for (const s of bucket) if (this.stackEquals(s, frames)) return s;
    return -1;
  }

  private stackEquals(stack: number, frames: ArrayLike<number>): boolean {
    const start = this.stackStart[stack]!;
    if (this.stackStart[stack + 1]! - start !== frames.length) return false;
    for (let i = 0; i < frames.length; i++) if (this.stackFrames[start + i] !== frames[i]) return false;
    return true;
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
