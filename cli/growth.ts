// `wasm-tracemalloc growth OLD NEW…`: objgraph's show_growth for linear memory — what grew from
// each snapshot to the next, by allocating function or (--by type) by the type allocated where the
// toolchain's names carry it (runtime/model/growth.ts).

import { flag, num, str, type ParsedArgs } from './args';
import type { Command } from './command';
import { CliError } from './errors';
import { paint, println, type Io } from './io';
import { loadSnapshot } from './snapshots';
import { formatGrowth, type GrowthKey } from '../node/index';

export const growthCommand: Command = {
  spec: {
    name: 'growth',
    summary: 'show what grew between snapshots, by allocating function or by type',
    positionals: [
      { name: 'OLD', help: 'the older snapshot' },
      { name: 'NEW', help: 'newer snapshot(s), each compared with the one before it', variadic: true },
    ],
    options: [
      { name: 'by', kind: 'string', value: 'KEY', choices: ['function', 'type'], help: "group by the allocating function (default) or by the type allocated (AS classes, C++ classes, Rust Box<T>/Vec<T>; library types need `run --library-frames`)" },
      { name: 'limit', kind: 'int', value: 'N', min: 0, help: 'show the N that grew the most (default 10; 0 = all)' },
      { name: 'json', kind: 'flag', help: 'print JSON for scripts instead of text' },
    ],
    examples: ['wasm-tracemalloc growth before.tmsnap after.tmsnap', 'wasm-tracemalloc growth s1 s2 s3 --by type'],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const paths = args.positionals;
    if (paths.length < 2) throw new CliError(`\`growth\` needs at least two snapshots, got ${paths.length}`);
    const key = (str(args, 'by') as GrowthKey | undefined) ?? 'function';
    const limit = num(args, 'limit') ?? 10;
    const snapshots = paths.map((p) => loadSnapshot(p));
    const results = [];
    for (let i = 1; i < snapshots.length; i++) {
      const all = snapshots[i]!.growth(snapshots[i - 1]!, key);
      results.push({ old: paths[i - 1]!, new: paths[i]!, growth: limit > 0 ? all.slice(0, limit) : all, more: limit > 0 ? Math.max(0, all.length - limit) : 0 });
    }
    if (flag(args, 'json')) {
      println(io, JSON.stringify({ by: key, comparisons: results }, null, 2));
      return 0;
    }
    results.forEach((r, i) => {
      if (i > 0) println(io, '');
      println(io, paint(io, 'bold', `[ Growth by ${key}: ${r.old} -> ${r.new} ]`));
      if (r.growth.length === 0) println(io, 'nothing grew');
      for (const line of formatGrowth(r.growth)) println(io, line);
      if (r.more) println(io, `${r.more} more grew`);
    });
    return 0;
  },
};
