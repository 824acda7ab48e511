// Traceback: a sequence of Frames, OLDEST first (CPython reverses the raw most-recent-first
// tuple). Frames are set as index properties, so `tb[0]`, `tb.length` and iteration all work.
import { Frame, type RawFrame } from './frame';
import { quote, TracemallocError } from './errors';
import { getLine } from './line-source';

export class Traceback implements Iterable<Frame> {
  readonly [index: number]: Frame;
  declare readonly length: number;
  /** How many frames the stack really had (CPython's `total_nframe`); null when unknown. */
  declare readonly totalNframe: number | null;

  /** `rawFrames` is `[filename, lineno][]`, most recent first, as CPython's tracemalloc returns it. */
  constructor(rawFrames: readonly RawFrame[], totalNframe: number | null = null) {
    if (!Array.isArray(rawFrames)) {
      throw new TracemallocError(`a traceback must be an array of [filename, lineno] frames, not ${quote(rawFrames)}`, 'TypeError');
    }
    if (totalNframe !== null && totalNframe !== undefined && (!Number.isInteger(totalNframe) || totalNframe < 0)) {
      throw new TracemallocError(`totalNframe must be a non-negative integer or null, not ${quote(totalNframe)}`);
    }
    const frames: Frame[] = [];
    for (let i = rawFrames.length - 1; i >= 0; i--) frames.push(new Frame(rawFrames[i]!));
    initTraceback(this, frames, totalNframe ?? null);
  }

  /** From Frames already in traceback order (oldest first), without copying or checking. */
  static fromFrames(frames: readonly Frame[], totalNframe: number | null): Traceback {
    const tb = Object.create(Traceback.prototype) as Traceback;
    initTraceback(tb, frames, totalNframe);
    return tb;
  }

  *[Symbol.iterator](): Iterator<Frame> {
    for (let i = 0; i < this.length; i++) yield this[i]!;
  }

  /** Python's `tb[i]` with negative indexes. */
  at(index: number): Frame | undefined {
    const i = index < 0 ? this.length + index : index;
    return i >= 0 && i < this.length ? this[i] : undefined;
  }

  /** CPython's `str(traceback)`: its OLDEST frame. An empty traceback raises (IndexError). */
  toString(): string {
    if (this.length === 0) throw new TracemallocError('str() of an empty traceback: it has no frame', 'IndexError');
    return this[0]!.toString();
  }

  repr(): string {
    const items = Array.from(this, (f) => f.repr());
    const tuple = items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    return this.totalNframe === null ? `<Traceback ${tuple}>` : `<Traceback ${tuple} total_nframe=${this.totalNframe}>`;
  }

  /** Raw frames, most recent first (CPython's constructor argument). */
  toRaw(): [string, number][] {
    const raw: [string, number][] = [];
    for (let i = this.length - 1; i >= 0; i--) raw.push(this[i]!.toRaw());
    return raw;
  }

  equals(other: Traceback): boolean {
    if (!(other instanceof Traceback) || other.length !== this.length) return false;
    for (let i = 0; i < this.length; i++) if (!this[i]!.equals(other[i]!)) return false;
    return true;
  }

  /** Python's tuple order, frame by frame, oldest first; a prefix sorts first. */
  static compare(a: Traceback, b: Traceback): number {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = Frame.compare(a[i]!, b[i]!);
      if (c) return c;
    }
    return a.length - b.length < 0 ? -1 : a.length === b.length ? 0 : 1;
  }

  /**
   * CPython's `format(limit, most_recent_first)`: `limit > 0` keeps the last `limit` (most recent)
   * frames, `limit <= 0` slices `[:limit]`; each frame gives `  File "f", line n` and, when the
   * line source knows it, the stripped source line indented by four spaces.
   */
  format(limit: number | null = null, mostRecentFirst = false): string[] {
    let frames = Array.from(this);
    if (limit !== null && limit !== undefined) {
      if (!Number.isInteger(limit)) throw new TracemallocError(`limit must be an integer or null, not ${quote(limit)}`, 'TypeError');
      frames = limit > 0 ? frames.slice(Math.max(0, frames.length - limit)) : frames.slice(0, pySliceEnd(limit, frames.length));
    }
    if (mostRecentFirst) frames.reverse();
    const lines: string[] = [];
    for (const frame of frames) {
      lines.push(`  File "${frame.filename}", line ${frame.lineno}`);
      const line = getLine(frame.filename, frame.lineno);
      if (line) lines.push(`    ${line}`);
    }
    return lines;
  }
}

// `seq[:end]` for end <= 0: 0 gives nothing, -k drops the last k.
function pySliceEnd(end: number, length: number): number {
  return end === 0 ? 0 : Math.max(0, length + end);
}

function initTraceback(tb: Traceback, frames: readonly Frame[], totalNframe: number | null): void {
  // Plain assignments: statistics('traceback') makes one Traceback per group, and
  // Object.defineProperty per object was a measurable share of its time.
  const target = tb as unknown as Record<string | number, unknown>;
  for (let i = 0; i < frames.length; i++) target[i] = frames[i];
  target.length = frames.length;
  target.totalNframe = totalNframe;
}
