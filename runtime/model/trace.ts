// Trace: one live allocation. CPython's `Trace((domain, size, raw_frames, total_nframe))`.
// Traces read from a Snapshot are made on access and build their Traceback only when asked.
import { checkSize, checkUint, quote, TracemallocError } from './errors';
import type { RawFrame } from './frame';
import { formatSize } from './format-size';
import { Traceback } from './traceback';

/** `[domain, size, rawFrames (most recent first), totalNframe]`. */
export type RawTrace = readonly [domain: number, size: number, rawFrames: readonly RawFrame[], totalNframe?: number | null];

export class Trace {
  readonly domain: number;
  readonly size: number;
  private tracebackOrMaker: Traceback | (() => Traceback);

  constructor(trace: RawTrace) {
    if (!Array.isArray(trace) || trace.length < 3) {
      throw new TracemallocError(`a trace must be [domain, size, rawFrames, totalNframe], not ${quote(trace)}`, 'TypeError');
    }
    this.domain = checkUint(trace[0], 'trace domain');
    this.size = checkSize(trace[1], 'trace size');
    this.tracebackOrMaker = new Traceback(trace[2], trace[3] ?? null);
  }

  /** A trace whose traceback is built on first access (reads from a validated snapshot). */
  static lazy(domain: number, size: number, makeTraceback: () => Traceback): Trace {
    const trace = Object.create(Trace.prototype) as { domain: number; size: number; tracebackOrMaker: unknown };
    trace.domain = domain;
    trace.size = size;
    trace.tracebackOrMaker = makeTraceback;
    return trace as unknown as Trace;
  }

  get traceback(): Traceback {
    if (typeof this.tracebackOrMaker === 'function') this.tracebackOrMaker = this.tracebackOrMaker();
    return this.tracebackOrMaker;
  }

  equals(other: Trace): boolean {
    return (
      other instanceof Trace &&
      other.domain === this.domain &&
      other.size === this.size &&
      other.traceback.totalNframe === this.traceback.totalNframe &&
      other.traceback.equals(this.traceback)
    );
  }

  /** CPython's `str(trace)`: `oldest-frame: size`. */
  toString(): string {
    return `${this.traceback.toString()}: ${formatSize(this.size, false)}`;
  }

  repr(): string {
    return `<Trace domain=${this.domain} size=${formatSize(this.size, false)}, traceback=${this.traceback.repr()}>`;
  }

  /** The raw tuple `[domain, size, rawFrames, totalNframe]`. */
  toRaw(): [number, number, [string, number][], number | null] {
    const tb = this.traceback;
    return [this.domain, this.size, tb.toRaw(), tb.totalNframe];
  }
}
