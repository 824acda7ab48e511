// Statistic and StatisticDiff: one group of `Snapshot.statistics()` / `compareTo()`.
// Each class owns its sort key (CPython's `_sort_key`), compared descending by the snapshot.
import { formatSize } from './format-size';
import { quote, TracemallocError } from './errors';
import { Traceback } from './traceback';

function checkTraceback(traceback: unknown): Traceback {
  if (!(traceback instanceof Traceback)) {
    throw new TracemallocError(`traceback must be a Traceback, not ${quote(traceback)}`, 'TypeError');
  }
  return traceback;
}

// Totals may pass 2**53 in principle (CPython's ints have no limit): any integral double is
// accepted here, where a single trace's size must stay exact.
function checkInt(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new TracemallocError(`${what} must be an integer, not ${quote(value)}`, 'TypeError');
  }
  return value;
}

function checkTotal(value: unknown, what: string): number {
  if (checkInt(value, what) < 0) throw new TracemallocError(`${what} must not be negative, not ${quote(value)}`);
  return value as number;
}

function average(size: number, count: number): string {
  return count ? `, average=${formatSize(size / count, false)}` : '';
}

function signed(value: number): string {
  return value < 0 ? String(value) : `+${value}`;
}

export class Statistic {
  readonly traceback: Traceback;
  readonly size: number;
  readonly count: number;

  constructor(traceback: Traceback, size: number, count: number) {
    this.traceback = checkTraceback(traceback);
    this.size = checkTotal(size, 'size');
    this.count = checkTotal(count, 'count');
  }

  /** CPython's `str(stat)`: `a.c:1: size=5 B, count=2, average=2 B`. */
  toString(): string {
    return `${this.traceback.toString()}: size=${formatSize(this.size, false)}, count=${this.count}${average(this.size, this.count)}`;
  }

  repr(): string {
    return `<Statistic traceback=${this.traceback.repr()} size=${this.size} count=${this.count}>`;
  }

  equals(other: Statistic): boolean {
    return other instanceof Statistic && other.size === this.size && other.count === this.count && other.traceback.equals(this.traceback);
  }

  /** CPython's order on `(size, count, traceback)`, ascending (statistics() sorts descending). */
  static compare(a: Statistic, b: Statistic): number {
    return a.size - b.size || a.count - b.count || Traceback.compare(a.traceback, b.traceback);
  }
}

export class StatisticDiff {
  readonly traceback: Traceback;
  readonly size: number;
  readonly sizeDiff: number;
  readonly count: number;
  readonly countDiff: number;

  constructor(traceback: Traceback, size: number, sizeDiff: number, count: number, countDiff: number) {
    this.traceback = checkTraceback(traceback);
    this.size = checkTotal(size, 'size');
    this.sizeDiff = checkInt(sizeDiff, 'sizeDiff');
    this.count = checkTotal(count, 'count');
    this.countDiff = checkInt(countDiff, 'countDiff');
  }

  /** CPython's `str(diff)`: `a.c:1: size=5002 B (+5000 B), count=2 (+1), average=2501 B`. */
  toString(): string {
    return (
      `${this.traceback.toString()}: size=${formatSize(this.size, false)} (${formatSize(this.sizeDiff, true)}), ` +
      `count=${this.count} (${signed(this.countDiff)})${average(this.size, this.count)}`
    );
  }

  repr(): string {
    return `<StatisticDiff traceback=${this.traceback.repr()} size=${this.size} (${signed(this.sizeDiff)}) count=${this.count} (${signed(this.countDiff)})>`;
  }

  equals(other: StatisticDiff): boolean {
    return (
      other instanceof StatisticDiff &&
      other.size === this.size &&
      other.sizeDiff === this.sizeDiff &&
      other.count === this.count &&
      other.countDiff === this.countDiff &&
      other.traceback.equals(this.traceback)
    );
  }

  /** CPython's order on `(|sizeDiff|, size, |countDiff|, count, traceback)`, ascending. */
  static compare(a: StatisticDiff, b: StatisticDiff): number {
    return (
      Math.abs(a.sizeDiff) - Math.abs(b.sizeDiff) ||
      a.size - b.size ||
      Math.abs(a.countDiff) - Math.abs(b.countDiff) ||
      a.count - b.count ||
      Traceback.compare(a.traceback, b.traceback)
    );
  }
}
