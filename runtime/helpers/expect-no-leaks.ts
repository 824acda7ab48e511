// expectNoLeaks(fn): a leak assertion for test suites (vitest, jest, node:test, mocha — it just
// throws). Runs fn with tracing on; whatever fn allocated and did not free is a leak, reported
// with its lines (String(StatisticDiff)) and the traceback of the biggest one.
// Browser-safe: only the runtime's public API, no Node built-ins.

import * as tracemalloc from '../index';
import type { StatisticDiff } from '../index';
import { formatChain } from './chain';
import { beginTracing, endTracing, type KeyType } from './trace-call';

/** What may stay allocated: a byte budget, filename patterns (fnmatch, as tracemalloc.Filter),
 * or a predicate over each leaking line. */
export type LeakAllowance = number | string | readonly string[] | ((leak: StatisticDiff) => boolean);

export interface ExpectNoLeaksOptions {
  allow?: LeakAllowance;
  /** frames per traceback when tracing is started here (default 16: leaks want the callers) */
  nframe?: number;
  /** how leaks are grouped in the message (default 'traceback') */
  keyType?: KeyType;
  /** leaking lines listed in the message (default 10) */
  limit?: number;
}

export class LeakError extends Error {
  override readonly name = 'LeakError';
  constructor(
    message: string,
    /** every leaking statistic, biggest first */
    readonly leaks: StatisticDiff[],
    /** bytes and blocks left behind */
    readonly size: number,
    readonly count: number,
  ) {
    super(message);
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function check(session: ReturnType<typeof beginTracing>, options: ExpectNoLeaksOptions): void {
  const { after } = endTracing(session);
  const allow = options.allow;
  let newer = after;
  let older = session.before;
  if (typeof allow === 'string' || Array.isArray(allow)) {
    const patterns = typeof allow === 'string' ? [allow] : (allow as readonly string[]);
    const filters = patterns.map((p) => new tracemalloc.Filter(false, p, undefined, true));
    newer = newer.filterTraces(filters);
    older = older.filterTraces(filters);
  }
  const keyType = options.keyType ?? 'traceback';
  let leaks = newer.compareTo(older, keyType).filter((d) => d.sizeDiff > 0 || d.countDiff > 0);
  if (typeof allow === 'function') leaks = leaks.filter((d) => !allow(d));
  const size = leaks.reduce((a, d) => a + Math.max(0, d.sizeDiff), 0);
  const count = leaks.reduce((a, d) => a + Math.max(0, d.countDiff), 0);
  const budget = typeof allow === 'number' ? allow : 0;
  if (leaks.length === 0 || (typeof allow === 'number' && size <= budget)) return;

  const limit = options.limit ?? 10;
  const lines = [
    `expected no leaks, but ${tracemalloc.formatSize(size, false)} in ${count} memory block${count === 1 ? '' : 's'} ${count === 1 ? 'is' : 'are'} still allocated` +
      (budget ? ` (allowed: ${tracemalloc.formatSize(budget, false)})` : '') + ':',
  ];
  for (const d of leaks.slice(0, limit)) {
    if (keyType !== 'traceback' || d.traceback.length === 0) {
      lines.push(`  ${String(d)}`);
      continue;
    }
    // a leak is read from where it was allocated: one chain (chain.ts), most recent call first
    for (const l of formatChain(d)) lines.push(`  ${l}`);
  }
  if (leaks.length > limit) lines.push(`  … and ${leaks.length - limit} more`);
  throw new LeakError(lines.join('\n'), leaks, size, count);
}

/**
 * Throws a LeakError listing the leaking lines when `fn` leaves memory allocated in traced wasm
 * modules; returns what fn returned (a Promise for async fn). Tracing is started with `nframe`
 * when it is off, and stopped again afterwards.
 */
export function expectNoLeaks<T>(fn: () => Promise<T>, options?: ExpectNoLeaksOptions): Promise<T>;
export function expectNoLeaks<T>(fn: () => T, options?: ExpectNoLeaksOptions): T;
export function expectNoLeaks<T>(fn: () => T | Promise<T>, options: ExpectNoLeaksOptions = {}): T | Promise<T> {
  if (typeof fn !== 'function') throw new TypeError(`expectNoLeaks expects a function, got ${typeof fn}`);
  const allow = options.allow;
  if (allow !== undefined && !['number', 'string', 'function'].includes(typeof allow) && !Array.isArray(allow)) {
    throw new TypeError(`expectNoLeaks: allow must be a byte count, a filename pattern, a list of patterns or a function, got ${typeof allow}`);
  }
  if (typeof allow === 'number' && !(allow >= 0)) throw new TypeError(`expectNoLeaks: allow must be >= 0 bytes, got ${allow}`);
  const session = beginTracing(options.nframe ?? 16);
  let value: T | Promise<T>;
  try {
    value = fn();
  } catch (error) {
    if (session.startedHere) tracemalloc.stop();
    throw error;
  }
  if (isThenable(value)) {
    return Promise.resolve(value).then(
      (v) => {
        check(session, options);
        return v as T;
      },
      (error: unknown) => {
        if (session.startedHere) tracemalloc.stop();
        throw error;
      },
    );
  }
  check(session, options);
  return value as T;
}
