// `wasm-tracemalloc top SNAPSHOT`: the biggest allocators of one snapshot, grouped by line, file
// or traceback, as the tracemalloc docs' display_top prints them.

import { flag, list, num, str, type OptionSpec, type ParsedArgs } from './args';
import type { Command } from './command';
import { computeTop, formatTop, KEY_TYPES, topJson, type KeyType } from './display';
import { CliError } from './errors';
import { Progress, println, type Io } from './io';
import { applyFilters, buildFilters, loadSnapshot } from './snapshots';
import { MEASURES, type Measure, type Snapshot } from '../node/index';
import { caveatLines, coverageOf, jsEnteredLines, threadLines, unmatchedLines, untracedLines } from '../runtime/tracer/coverage';
import { recordedUnmatched } from '../node/index';

export const KEY_OPTION: OptionSpec = { name: 'key', kind: 'string', value: 'KEY', choices: KEY_TYPES, help: 'group by lineno (default), filename or traceback' };
export const FILTER_OPTIONS: OptionSpec[] = [
  { name: 'include', kind: 'list', value: 'PAT', help: "keep traces whose most recent frame's file matches PAT (fnmatch; PAT:LINE for one line)" },
  { name: 'exclude', kind: 'list', value: 'PAT', help: 'drop traces whose most recent frame matches PAT (fnmatch; PAT:LINE for one line)' },
  { name: 'domain', kind: 'int', value: 'N', min: 0, help: 'keep only domain N (0 = native, 1.. = wasm instances)' },
];

export const BY_OPTION: OptionSpec = {
  name: 'by',
  kind: 'string',
  value: 'WHAT',
  choices: MEASURES,
  help: 'rank live memory (default), bytes allocated since tracing started, or temporary allocations (freed before the next allocation)',
};

/** The snapshot seen through --by (live: itself); one line naming the file when it has no totals. */
export function measured(snapshot: Snapshot, args: ParsedArgs, path: string): Snapshot {
  const by = (str(args, 'by') as Measure | undefined) ?? 'live';
  if (by !== 'live' && !snapshot.hasTotals) {
    throw new CliError(`'${path}' has no totals per traceback (an older snapshot or JSON export): '--by ${by}' needs one written by \`run\` or takeSnapshot()`);
  }
  return snapshot.by(by);
}

export function keyOf(args: ParsedArgs): KeyType {
  return (str(args, 'key') as KeyType | undefined) ?? 'lineno';
}

export function checkCumulative(key: KeyType, cumulative: boolean): void {
  if (cumulative && key === 'traceback') throw new CliError("'--cumulative' cannot be used with '--key traceback' (every frame of a traceback is already shown)");
}

export function filtersOf(args: ParsedArgs) {
  return buildFilters({ include: list(args, 'include'), exclude: list(args, 'exclude'), domain: num(args, 'domain') });
}

export const topCommand: Command = {
  spec: {
    name: 'top',
    summary: 'show the lines (or files, or tracebacks) that hold the most memory in a snapshot',
    positionals: [{ name: 'SNAPSHOT', help: 'a snapshot file written by `run -o` or Snapshot.dump()' }],
    options: [
      KEY_OPTION,
      BY_OPTION,
      { name: 'cumulative', kind: 'flag', help: 'count each trace in every frame of its traceback, not only the most recent one' },
      { name: 'limit', kind: 'int', value: 'N', min: 0, help: 'show the N biggest (default 10; 0 = all)' },
      ...FILTER_OPTIONS,
      { name: 'json', kind: 'flag', help: 'print JSON for scripts instead of text' },
    ],
    examples: [
      'wasm-tracemalloc top app.tmsnap',
      "wasm-tracemalloc top app.tmsnap --key traceback --limit 3 --include 'src/*'",
      'wasm-tracemalloc top app.tmsnap --by temporary',
    ],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const key = keyOf(args);
    const cumulative = flag(args, 'cumulative');
    checkCumulative(key, cumulative);
    const filters = filtersOf(args);
    const path = args.positionals[0]!;
    const progress = new Progress(io);
    progress.update(`reading ${path}`);
    let result;
    let coverage;
    let jsEntered: string[] = [];
    let unmatched: string[] = [];
    let unmatchedJson = null;
    try {
      const loaded = loadSnapshot(path);
      coverage = coverageOf(loaded);
      unmatched = unmatchedLines(loaded);
      unmatchedJson = recordedUnmatched(loaded.metadata);
      const snapshot = applyFilters(measured(loaded, args, path), filters);
      progress.update('grouping');
      result = computeTop(snapshot, key, cumulative, num(args, 'limit') ?? 10);
      jsEntered = jsEnteredLines(snapshot);
    } finally {
      progress.done();
    }
    const by = (str(args, 'by') as Measure | undefined) ?? 'live';
    if (flag(args, 'json')) println(io, JSON.stringify({ ...topJson(result, key, cumulative, path), by, untraced: coverage.untraced, unmatched: unmatchedJson }, null, 2));
    else for (const line of [...formatTop(io, result, key, undefined, by), ...untracedLines(coverage), ...threadLines(coverage), ...caveatLines(coverage), ...unmatched, ...jsEntered]) println(io, line);
    return 0;
  },
};
