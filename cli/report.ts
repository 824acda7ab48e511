// `wasm-tracemalloc report SNAPSHOT [--diff OLD] -o report.html`: the self-contained HTML report
// (flame graph, top tables, diff, memory over time). Opens from disk, no network.

import { resolve } from 'node:path';
import { num, str, type ParsedArgs } from './args';
import type { Command } from './command';
import { CliError, oneLine } from './errors';
import { Progress, println, type Io } from './io';
import { loadSnapshot } from './snapshots';
import { snapshotNotes } from '../runtime/tracer/coverage';
import { writeReport } from '../report/write';

export const reportCommand: Command = {
  spec: {
    name: 'report',
    summary: 'write a self-contained HTML report: flame graph, top lines and files, diff, memory over time',
    positionals: [{ name: 'SNAPSHOT', help: 'the snapshot to show; several (a series, oldest first): the last is shown, and a time range selected on the chart diffs the snapshots at its ends', variadic: true }],
    options: [
      { name: 'output', short: 'o', kind: 'string', value: 'FILE', help: 'where to write the HTML (default report.html)' },
      { name: 'diff', kind: 'string', value: 'OLD', help: 'an older snapshot: adds the diff view and colours growth red, shrink green' },
      { name: 'limit', kind: 'int', value: 'N', min: 1, help: 'rows in the top tables (default 25)' },
    ],
    examples: [
      'wasm-tracemalloc report app.tmsnap -o report.html',
      'wasm-tracemalloc report after.tmsnap --diff before.tmsnap -o diff.html',
      "wasm-tracemalloc report snap-*.tmsnap -o series.html",
    ],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const paths = args.positionals;
    const path = paths[paths.length - 1]!;
    const output = resolve(io.cwd, str(args, 'output') ?? 'report.html');
    const progress = new Progress(io);
    progress.update(`reading ${path}`);
    const snapshot = loadSnapshot(path);
    const series = paths.slice(0, -1).map((p) => ({ snapshot: loadSnapshot(p), title: p }));
    const oldPath = str(args, 'diff');
    const old = oldPath === undefined ? undefined : loadSnapshot(oldPath);
    progress.update('building the report');
    try {
      const bytes = writeReport(snapshot, output, { title: path, old, oldTitle: oldPath, limit: num(args, 'limit'), series });
      progress.done();
      println(io, `wrote ${output} (${Math.ceil(bytes / 1024)} KiB)`);
      for (const line of snapshotNotes(snapshot)) println(io, line);
    } catch (error) {
      progress.done();
      throw new CliError(`cannot write '${output}': ${oneLine(error)}`);
    }
    return 0;
  },
};
