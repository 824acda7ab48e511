// `wasm-tracemalloc export SNAPSHOT --format pprof|heapprofile|json -o FILE`: hand a snapshot to
// other tools: `go tool pprof` / Speedscope (pprof), Chrome DevTools' Memory panel (.heapprofile),
// or anything that reads JSON.

import { resolve } from 'node:path';
import { str, type ParsedArgs } from './args';
import type { Command } from './command';
import { CliError, oneLine } from './errors';
import { Progress, println, type Io } from './io';
import { loadSnapshot } from './snapshots';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../report/write';

const EXTENSION: Record<ExportFormat, string> = { pprof: 'pb.gz', heapprofile: 'heapprofile', json: 'json' };

export const exportCommand: Command = {
  spec: {
    name: 'export',
    summary: "convert a snapshot to pprof, Chrome's .heapprofile or JSON",
    positionals: [{ name: 'SNAPSHOT', help: 'the snapshot to convert' }],
    options: [
      { name: 'format', short: 'f', kind: 'string', value: 'FORMAT', choices: EXPORT_FORMATS, help: 'pprof (gzip\'d profile.proto), heapprofile (DevTools) or json' },
      { name: 'output', short: 'o', kind: 'string', value: 'FILE', help: 'where to write (default SNAPSHOT with the format\'s extension)' },
    ],
    examples: [
      'wasm-tracemalloc export app.tmsnap --format pprof -o app.pb.gz && go tool pprof -top app.pb.gz',
      'wasm-tracemalloc export app.tmsnap --format heapprofile -o app.heapprofile',
    ],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const format = str(args, 'format') as ExportFormat | undefined;
    if (!format) throw new CliError(`\`export\` needs --format (one of ${EXPORT_FORMATS.join(', ')})`);
    const path = args.positionals[0]!;
    const output = resolve(io.cwd, str(args, 'output') ?? `${path.replace(/\.[^./]*$/, '')}.${EXTENSION[format]}`);
    const progress = new Progress(io);
    progress.update(`reading ${path}`);
    const snapshot = loadSnapshot(path);
    progress.update(`writing ${format}`);
    try {
      const bytes = writeExport(snapshot, format, output);
      progress.done();
      println(io, `wrote ${output} (${format}, ${bytes} bytes)`);
    } catch (error) {
      progress.done();
      throw new CliError(`cannot write '${output}': ${oneLine(error)}`);
    }
    return 0;
  },
};
