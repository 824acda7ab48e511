// One error class per layer: TracemallocError for a caller's bad argument (CPython
// raises ValueError/TypeError/IndexError there; `pythonType` says which), SnapshotFormatError for a
// snapshot file that cannot be read. Messages quote the bad value and what was expected.

export type PythonErrorType = 'ValueError' | 'TypeError' | 'IndexError';

export class TracemallocError extends Error {
  override name = 'TracemallocError';
  /** The exception CPython's tracemalloc raises in the same situation. */
  readonly pythonType: PythonErrorType;
  constructor(message: string, pythonType: PythonErrorType = 'ValueError') {
    super(message);
    this.pythonType = pythonType;
  }
}

export class SnapshotFormatError extends Error {
  override name = 'SnapshotFormatError';
  /** Byte offset in the file where the problem was found (-1 when it is about the whole file). */
  readonly offset: number;
  constructor(what: string, offset: number) {
    super(offset >= 0 ? `invalid snapshot file: ${what} at byte ${offset}` : `invalid snapshot file: ${what}`);
    this.offset = offset;
  }
}

/** A value quoted for an error message: strings in Python's repr style, others as JSON-ish text. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return String(value);
    return text.length > 80 ? text.slice(0, 77) + '...' : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export function checkUint(value: unknown, what: string, max = 0xffffffff): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new TracemallocError(
      `${what} must be an integer from 0 to ${max}, not ${quote(value)}`,
      typeof value === 'number' ? 'ValueError' : 'TypeError',
    );
  }
  return value;
}

/** Sizes: non-negative integers up to 2**53 (a Float64 column holds them exactly). */
export function checkSize(value: unknown, what = 'size'): number {
  return checkUint(value, what, Number.MAX_SAFE_INTEGER);
}
