// The text of `top` and `compare`, as the tracemalloc docs' display_top prints it: a header, one
// line per statistic exactly as String(Statistic) / String(StatisticDiff), with the formatted
// traceback under each one for --key traceback, then "N more" and the total. Also the JSON form.

import { chainHead, formatSize, type Snapshot, type Statistic, type StatisticDiff } from '../node/index';
import { paint, type Io } from './io';

export type KeyType = 'lineno' | 'filename' | 'traceback';
export const KEY_TYPES: readonly KeyType[] = ['lineno', 'filename', 'traceback'];

const NOUN: Record<KeyType, string> = { lineno: 'lines', filename: 'files', traceback: 'tracebacks' };

export interface TopResult {
  readonly stats: Statistic[];
  readonly shown: Statistic[];
  readonly total: { size: number; count: number };
  readonly more: { number: number; size: number; count: number };
}

export function computeTop(snapshot: Snapshot, key: KeyType, cumulative: boolean, limit: number): TopResult {
  const stats = snapshot.statistics(key, cumulative);
  const shown = limit > 0 ? stats.slice(0, limit) : stats;
  const rest = stats.slice(shown.length);
  let size = 0;
  let count = 0;
  for (const s of stats) {
    size += s.size;
    count += s.count;
  }
  return {
    stats,
    shown,
    // in cumulative mode a trace is counted once per frame, so the total is the traces' sum
    total: cumulative ? totalOf(snapshot) : { size, count },
    more: { number: rest.length, size: rest.reduce((a, s) => a + s.size, 0), count: rest.reduce((a, s) => a + s.count, 0) },
  };
}

export function totalOf(snapshot: Snapshot): { size: number; count: number } {
  let size = 0;
  let count = 0;
  for (const t of snapshot.traces) {
    size += t.size;
    count += 1;
  }
  return { size, count };
}

/** `a.c:12: size=…` with the location in colour (terminals only). */
function colourStat(io: Pick<Io, 'color'>, line: string): string {
  if (!io.color) return line;
  const at = line.lastIndexOf(': size=');
  if (at < 0) return line;
  const rest = line.slice(at + 2).replace(/\(([+-])([^)]*)\)/g, (_m, sign: string, body: string) =>
    paint(io, sign === '+' ? 'red' : 'green', `(${sign}${body})`),
  );
  return paint(io, 'cyan', line.slice(0, at)) + ': ' + rest;
}

/** A traceback statistic reads as a chain (runtime/helpers/chain.ts): headed by its allocation
 * site, most recent call first; other keys read as CPython prints them. */
function statLines(io: Pick<Io, 'color'>, stat: Statistic | StatisticDiff, key: KeyType): string[] {
  if (key !== 'traceback') return [colourStat(io, String(stat))];
  return [colourStat(io, chainHead(stat)), ...stat.traceback.format(null, true)];
}

export function formatTop(io: Pick<Io, 'color'>, result: TopResult, key: KeyType, title?: string): string[] {
  const lines: string[] = [];
  lines.push(paint(io, 'bold', `[ Top ${result.shown.length} ${NOUN[key]}${title ? ` ${title}` : ''} ]`));
  for (const stat of result.shown) lines.push(...statLines(io, stat, key));
  if (result.more.number > 0) {
    lines.push(`${result.more.number} more: size=${formatSize(result.more.size, false)}, count=${result.more.count}`);
  }
  lines.push(paint(io, 'bold', `Total allocated size: ${formatSize(result.total.size, false)}`));
  return lines;
}

export interface CompareResult {
  readonly diffs: StatisticDiff[];
  readonly shown: StatisticDiff[];
  readonly total: { size: number; sizeDiff: number; count: number; countDiff: number };
  readonly more: { number: number; size: number; sizeDiff: number; count: number; countDiff: number };
}

export function computeCompare(newer: Snapshot, older: Snapshot, key: KeyType, cumulative: boolean, limit: number): CompareResult {
  const diffs = newer.compareTo(older, key, cumulative);
  const shown = limit > 0 ? diffs.slice(0, limit) : diffs;
  const rest = diffs.slice(shown.length);
  const sum = (list: StatisticDiff[]) => {
    const acc = { number: list.length, size: 0, sizeDiff: 0, count: 0, countDiff: 0 };
    for (const d of list) {
      acc.size += d.size;
      acc.sizeDiff += d.sizeDiff;
      acc.count += d.count;
      acc.countDiff += d.countDiff;
    }
    return acc;
  };
  const n = totalOf(newer);
  const o = totalOf(older);
  return {
    diffs,
    shown,
    total: { size: n.size, sizeDiff: n.size - o.size, count: n.count, countDiff: n.count - o.count },
    more: sum(rest),
  };
}

export function formatCompare(io: Pick<Io, 'color'>, result: CompareResult, key: KeyType, title?: string): string[] {
  const lines: string[] = [];
  lines.push(paint(io, 'bold', `[ Top ${result.shown.length} differences${title ? `: ${title}` : ''} ]`));
  for (const diff of result.shown) lines.push(...statLines(io, diff, key));
  const m = result.more;
  if (m.number > 0) {
    lines.push(colourStat(io, `${m.number} more: size=${formatSize(m.size, false)} (${formatSize(m.sizeDiff, true)}), count=${m.count} (${signed(m.countDiff)})`));
  }
  const t = result.total;
  lines.push(paint(io, 'bold', `Total allocated size: ${formatSize(t.size, false)} (${formatSize(t.sizeDiff, true)})`));
  return lines;
}

export function signed(n: number): string {
  return n >= 0 ? `+${n}` : String(n);
}

// ---- JSON (for scripts): the numbers, the frames oldest first, and the exact text line ----

function framesOf(stat: Statistic | StatisticDiff): { filename: string; lineno: number }[] {
  return [...stat.traceback].map((f) => ({ filename: f.filename, lineno: f.lineno }));
}

export function topJson(result: TopResult, key: KeyType, cumulative: boolean, snapshot: string) {
  return {
    snapshot,
    key,
    cumulative,
    statistics: result.shown.map((s) => ({ size: s.size, count: s.count, traceback: framesOf(s), text: String(s) })),
    more: result.more,
    total: result.total,
  };
}

export function compareJson(result: CompareResult, oldPath: string, newPath: string) {
  return {
    old: oldPath,
    new: newPath,
    statistics: result.shown.map((d) => ({
      size: d.size,
      sizeDiff: d.sizeDiff,
      count: d.count,
      countDiff: d.countDiff,
      traceback: framesOf(d),
      text: String(d),
    })),
    more: result.more,
    total: result.total,
  };
}
