// Frame: one (filename, lineno) location. CPython's `Frame((filename, lineno))`; equality and
// order use only filename and lineno, so the richer fields (column, function name, which the
// builder may supply) never change a CPython string, a grouping or a sort.
import { checkUint, quote, TracemallocError } from './errors';
import { compareCodePoints, pyRepr } from './text';

/** `[filename, lineno]`, optionally followed by column (1-based, 0 = unknown) and function name. */
export type RawFrame = readonly [filename: string, lineno: number, column?: number, functionName?: string];

export class Frame {
  readonly filename: string;
  readonly lineno: number;
  /** 1-based column, when the producer knows it (never part of CPython's strings). */
  readonly column?: number;
  /** Function name, when the producer knows it (never part of CPython's strings). */
  readonly functionName?: string;

  constructor(frame: RawFrame) {
    if (!Array.isArray(frame) || typeof frame[0] !== 'string') {
      throw new TracemallocError(`a frame must be [filename: string, lineno: number], not ${quote(frame)}`, 'TypeError');
    }
    this.filename = frame[0];
    this.lineno = checkUint(frame[1], 'frame lineno');
    if (frame[2] !== undefined && frame[2] !== 0) this.column = checkUint(frame[2], 'frame column');
    if (frame[3] !== undefined) this.functionName = String(frame[3]);
  }

  /** Built from interned tables without re-validating (the builder validated already). */
  static fromParts(filename: string, lineno: number, column: number, functionName: string | undefined): Frame {
    const frame = Object.create(Frame.prototype) as { -readonly [K in keyof Frame]: Frame[K] };
    frame.filename = filename;
    frame.lineno = lineno;
    if (column) frame.column = column;
    if (functionName !== undefined) frame.functionName = functionName;
    return frame as Frame;
  }

  equals(other: Frame): boolean {
    return other instanceof Frame && this.filename === other.filename && this.lineno === other.lineno;
  }

  /** Python's tuple order on (filename, lineno); strings by code point. */
  static compare(a: Frame, b: Frame): number {
    return compareCodePoints(a.filename, b.filename) || (a.lineno < b.lineno ? -1 : a.lineno > b.lineno ? 1 : 0);
  }

  /** CPython's `str(frame)`: `filename:lineno`. */
  toString(): string {
    return `${this.filename}:${this.lineno}`;
  }

  /** CPython's `repr(frame)`. */
  repr(): string {
    return `<Frame filename=${pyRepr(this.filename)} lineno=${this.lineno}>`;
  }

  /** The raw `[filename, lineno]` tuple (CPython's `frame._frame`). */
  toRaw(): [string, number] {
    return [this.filename, this.lineno];
  }
}
