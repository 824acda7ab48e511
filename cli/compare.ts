// `wasm-tracemalloc compare SNAP1 SNAP2 [SNAP3…]`: what changed between snapshots, each against
// the previous one (or, with --first, against the first), as `python -m tracemalloc` did.

import { flag, num, type ParsedArgs } from './args';
import type { Command } from './command';
import { compareJson, computeCompare, formatCompare } from './display';
import { CliError } from './errors';
import { Progress, println, type Io } from './io';
import { applyFilters, loadSnapshot } from './snapshots';
import { checkCumulative, FILTER_OPTIONS, filtersOf, KEY_OPTION, keyOf } from './top';

export const compareCommand: Command = {
  spec: {
    name: 'compare',
    summary: 'show what grew or shrank between two or more snapshots',
    positionals: [
      { name: 'SNAP1', help: 'the older snapshot' },
      { name: 'SNAP2', help: 'newer snapshot(s), each compared with the one before it', variadic: true },
    ],
    options: [
      { name: 'first', kind: 'flag', help: 'compare every snapshot with SNAP1 instead of the previous one' },
      KEY_OPTION,
      { name: 'cumulative', kind: 'flag', help: 'count each trace in every frame of its traceback' },
      { name: 'limit', kind: 'int', value: 'N', min: 0, help: 'show the N biggest differences (default 10; 0 = all)' },
      ...FILTER_OPTIONS,
      { name: 'json', kind: 'flag', help: 'print JSON for scripts instead of text' },
    ],
    examples: ['wasm-tracemalloc compare before.tmsnap after.tmsnap', 'wasm-tracemalloc compare s1 s2 s3 --first --key filename'],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const paths = args.positionals;
    if (paths.length < 2) throw new CliError(`\`compare\` needs at least two snapshots, got ${paths.length} ('${paths.join("', '")}')`);
    const key = keyOf(args);
    const cumulative = flag(args, 'cumulative');
    checkCumulative(key, cumulative);
    const filters = filtersOf(args);
    const limit = num(args, 'limit') ?? 10;
    // load everything first: a damaged third file must fail before anything is printed
    const progress = new Progress(io);
    let snapshots;
    try {
      snapshots = paths.map((p) => {
        progress.update(`reading ${p}`);
        return applyFilters(loadSnapshot(p), filters);
      });
    } finally {
      progress.done();
    }
    const json = [];
    for (let i = 1; i < snapshots.length; i++) {
      const base = flag(args, 'first') ? 0 : i - 1;
      const result = computeCompare(snapshots[i]!, snapshots[base]!, key, cumulative, limit);
      if (flag(args, 'json')) {
        json.push(compareJson(result, paths[base]!, paths[i]!));
        continue;
      }
      if (i > 1) println(io);
      const title = snapshots.length > 2 ? `${paths[i]} vs ${paths[base]}` : undefined;
      for (const line of formatCompare(io, result, key, title)) println(io, line);
    }
    if (flag(args, 'json')) println(io, JSON.stringify({ key, cumulative, comparisons: json }, null, 2));
    return 0;
  },
};
