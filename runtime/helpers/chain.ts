// One way to print a call chain for people — the CLI (top, compare, leaks, demo), the report and
// the helpers' messages: headed by the allocation site with the statistic's numbers, then one
// line per frame, most recent call first, with the source line under it where it is known.
// The API keeps CPython's exact str(): String() of a traceback statistic names its OLDEST frame
// (usually the program's entry point), which is why people-facing output does not use it.
import type { Statistic, StatisticDiff } from '../model/index';

/** `site.c:12: size=… count=…`: String(stat) with the most recent frame in place of the oldest. */
export function chainHead(stat: Statistic | StatisticDiff): string {
  const text = String(stat);
  const tb = stat.traceback;
  if (tb.length === 0) return text;
  return `${String(tb.at(-1))}${text.slice(String(tb).length)}`;
}

/** The head, then the chain most recent call first (Traceback.format(null, true)): lines to print. */
export function formatChain(stat: Statistic | StatisticDiff): string[] {
  return [chainHead(stat), ...stat.traceback.format(null, true)];
}
