// `wasm-tracemalloc lines SNAPSHOT FILE [--function NAME]`: memory_profiler's line-by-line table,
// exact — each source line with the bytes and blocks allocated on it and the bytes allocated in
// calls made from it (runtime/model/lines.ts). The text comes from the file on disk (or a source
// map's sourcesContent registered by the runtime); without it, only the lines with memory.

import { str, type ParsedArgs } from './args';
import type { Command } from './command';
import { CliError, oneLine } from './errors';
import { println, type Io } from './io';
import { loadSnapshot } from './snapshots';
import { BY_OPTION, measured } from './top';
import { formatLineListing, lineListing, matchFiles, TracemallocError } from '../node/index';

export const linesCommand: Command = {
  spec: {
    name: 'lines',
    summary: 'show a source file (or one function) line by line with the memory allocated on each line',
    positionals: [
      { name: 'SNAPSHOT', help: 'a snapshot file written by `run -o`, `run --peak` or Snapshot.dump()' },
      { name: 'FILE', help: "the source file, as the snapshot names it or by its end ('app.c' for 'src/app.c')" },
    ],
    options: [
      { name: 'function', kind: 'string', value: 'NAME', help: 'only the lines of function NAME (its full or short name)' },
      BY_OPTION,
    ],
    description:
      'Columns: Size and Count, allocated on the line itself (it is the most recent frame);\n' +
      'Under calls, allocated in calls made from the line (it is a deeper frame: needs --nframe 2\n' +
      'or more when the snapshot was taken). Run it where the source paths resolve (usually the\n' +
      'project root) so the text can be shown.',
    examples: ['wasm-tracemalloc lines app.tmsnap src/list.c', 'wasm-tracemalloc lines app.tmsnap list.c --function make_node'],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const [path, file] = args.positionals as [string, string];
    const snapshot = measured(loadSnapshot(path), args, path);
    const names = matchFiles(snapshot, file);
    if (names.length === 0) throw new CliError(`no frame of '${path}' is in a file named '${file}' (see \`wasm-tracemalloc top ${path} --key filename\`)`);
    if (names.length > 1) throw new CliError(`'${file}' names ${names.length} files of '${path}': ${names.slice(0, 5).map((n) => `'${n}'`).join(', ')} (give more of the path)`);
    let listing;
    try {
      listing = lineListing(snapshot, names[0]!, str(args, 'function'));
    } catch (error) {
      if (error instanceof TracemallocError) throw new CliError(oneLine(error));
      throw error;
    }
    for (const line of formatLineListing(listing)) println(io, line);
    return 0;
  },
};
