// traceCall(fn): what people hand-roll as a `MemoryTrace` decorator around tracemalloc — start
// tracing (unless it already is), snapshot, run fn, snapshot again, and report the top lines, the
// biggest new traceback, the diff and current/peak during the call. Works with sync and async fn.
// Browser-safe: only the runtime's public API, no Node built-ins.

import * as tracemalloc from '../index';
import type { Snapshot, Statistic, StatisticDiff } from '../index';
import { formatChain } from './chain';

export type KeyType = 'lineno' | 'filename' | 'traceback';

export interface TraceCallOptions {
  /** how the top lines and the diff are grouped (default 'lineno') */
  keyType?: KeyType;
  /** how many lines to keep in `top` and `diff` (default 10; 0 = all) */
  limit?: number;
  /** frames per traceback when traceCall starts tracing itself (default 1; ignored if already tracing) */
  nframe?: number;
  /** print the result: true uses console.log, or give a function that takes each line */
  print?: boolean | ((line: string) => void);
}

export interface TraceCallResult<T> {
  /** what fn returned (resolved, for async fn) */
  value: T;
  /** the biggest statistics after the call, by keyType */
  top: Statistic[];
  /** after.compareTo(before, keyType): what the call left behind, biggest first */
  diff: StatisticDiff[];
  /** the traceback that grew the most during the call (by traceback), or null if nothing grew */
  biggest: StatisticDiff | null;
  /** traced memory right after the call, and the peak during the call, in bytes */
  current: number;
  peak: number;
  before: Snapshot;
  after: Snapshot;
  /** the printable summary (what `print` writes) */
  format(): string[];
}

function cut<T>(list: T[], limit: number): T[] {
  return limit > 0 ? list.slice(0, limit) : list;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

interface Session {
  startedHere: boolean;
  before: Snapshot;
}

export function beginTracing(nframe: number | undefined): Session {
  const startedHere = !tracemalloc.isTracing();
  if (startedHere) tracemalloc.start(nframe ?? 1);
  const before = tracemalloc.takeSnapshot();
  tracemalloc.resetPeak();
  return { startedHere, before };
}

export function endTracing(session: Session): { after: Snapshot; current: number; peak: number } {
  const after = tracemalloc.takeSnapshot();
  const [current, peak] = tracemalloc.getTracedMemory();
  if (session.startedHere) tracemalloc.stop();
  return { after, current, peak };
}

function finish<T>(value: T, session: Session, options: TraceCallOptions): TraceCallResult<T> {
  const { after, current, peak } = endTracing(session);
  const keyType = options.keyType ?? 'lineno';
  const limit = options.limit ?? 10;
  const grew = after.compareTo(session.before, 'traceback').find((d) => d.sizeDiff > 0) ?? null;
  const result: TraceCallResult<T> = {
    value,
    top: cut(after.statistics(keyType), limit),
    diff: cut(after.compareTo(session.before, keyType), limit),
    biggest: grew,
    current,
    peak,
    before: session.before,
    after,
    format: () => formatTraceCall(result),
  };
  if (options.print) {
    const write = typeof options.print === 'function' ? options.print : (line: string) => console.log(line);
    for (const line of result.format()) write(line);
  }
  return result;
}

export function formatTraceCall(r: TraceCallResult<unknown>): string[] {
  const size = (n: number) => tracemalloc.formatSize(n, false);
  const lines = [`[ Top ${r.top.length} ]`, ...r.top.map(String), '', `[ Top ${r.diff.length} differences ]`, ...r.diff.map(String)];
  if (r.biggest) {
    lines.push('', `[ Biggest new traceback: ${r.biggest.countDiff} memory blocks, ${tracemalloc.formatSize(r.biggest.sizeDiff, true)} ]`);
    lines.push(...formatChain(r.biggest));
  }
  lines.push('', `Current memory: ${size(r.current)}; peak during the call: ${size(r.peak)}`);
  return lines;
}

/**
 * Runs `fn` with tracing on and returns what it allocated. If tracing was off, traceCall starts
 * it with `nframe` and stops it afterwards (stop() clears every trace, as in CPython); if it was
 * on, it is left on. The peak is reset at the start, so `peak` is the high-water mark of the call.
 */
export function traceCall<T>(fn: () => Promise<T>, options?: TraceCallOptions): Promise<TraceCallResult<T>>;
export function traceCall<T>(fn: () => T, options?: TraceCallOptions): TraceCallResult<T>;
export function traceCall<T>(fn: () => T | Promise<T>, options: TraceCallOptions = {}): TraceCallResult<T> | Promise<TraceCallResult<T>> {
  if (typeof fn !== 'function') throw new TypeError(`traceCall expects a function, got ${typeof fn}`);
  const session = beginTracing(options.nframe);
  let value: T | Promise<T>;
  try {
    value = fn();
  } catch (error) {
    if (session.startedHere) tracemalloc.stop();
    throw error;
  }
  if (isThenable(value)) {
    return Promise.resolve(value).then(
      (v) => finish(v as T, session, options),
      (error: unknown) => {
        if (session.startedHere) tracemalloc.stop();
        throw error;
      },
    );
  }
  return finish(value as T, session, options);
}
