// `wasm-tracemalloc leaks -- node app.mjs`: runs the program traced with deep tracebacks and, when
// it exits, prints what is still allocated in its wasm modules, grouped by traceback (the whole
// call chain of each leak, headed by its allocation site, most recent call first: runtime/helpers/chain.ts).

import { writeFileSync } from 'node:fs';
import { flag, num, str, type ParsedArgs } from './args';
import { NO_CACHE_OPTION, TracedChild, describeExit, exitCodeOf, type ExitStatus } from './child';
import { coverageOf, snapshotNotes, type Coverage } from '../runtime/tracer/coverage';
import { recordedUnmatched } from '../node/index';
import type { Command } from './command';
import { ALLOCATOR_OPTIONS, allocatorOptions } from './allocators';
import { FRAME_OPTIONS, frameOptions } from './frames';
import { computeTop, topJson, type TopResult } from './display';
import { CliError, oneLine } from './errors';
import { formatChain, formatSize } from '../node/index';
import { paint, println, type Io } from './io';
import { NO_FREE } from '../abi/errors';

/** `leaks --fail`: the program exited 0 but blocks were still allocated (cli/main.ts's exit codes). */
export const LEAKS_FOUND = 3;

export const leaksCommand: Command = {
  spec: {
    name: 'leaks',
    summary: 'run a Node program and show what its wasm modules still hold at exit, by traceback',
    positionals: [],
    command: true,
    options: [
      { name: 'nframe', kind: 'int', value: 'N', min: 1, help: 'frames per traceback (default 16; up to 64)' },
      { name: 'limit', kind: 'int', value: 'N', min: 0, help: 'show the N biggest tracebacks (default 10; 0 = all)' },
      { name: 'native', kind: 'flag', help: "also trace the Node process's own malloc (domain 0)" },
      ...FRAME_OPTIONS,
      { name: 'output', short: 'o', kind: 'string', value: 'FILE', help: 'also write the exit snapshot there' },
      { name: 'json', kind: 'flag', help: "print JSON for scripts instead of text: alone on stdout (the program's own stdout goes to stderr)" },
      { name: 'fail', kind: 'flag', help: 'exit with code 3 when anything is still allocated at exit (CI; a failed program still gives 1)' },
      NO_CACHE_OPTION,
      ...ALLOCATOR_OPTIONS,
    ],
    examples: ['wasm-tracemalloc leaks -- node app.mjs', 'wasm-tracemalloc leaks --nframe 32 --limit 3 -- node test.mjs', 'wasm-tracemalloc leaks --alloc Ia --free Ja -- node sql-app.js', 'wasm-tracemalloc leaks --fail --limit 3 -- node test.mjs'],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const nframe = num(args, 'nframe') ?? 16;
    if (nframe > 64) throw new CliError(`option '--nframe' must be <= 64, got '${nframe}'`);
    const instrument = allocatorOptions(args);
    const json = flag(args, 'json');
    // --json must parse: the program's stdout goes to stderr, so ours holds the JSON alone
    const child = new TracedChild({ command: args.command, nframe, native: flag(args, 'native'), frames: frameOptions(args), instrument, cache: !flag(args, 'no-cache'), env: io.env, cwd: io.cwd, stdoutToStderr: json });
    let status;
    try {
      status = await child.exited;
    } catch (error) {
      child.cleanup();
      throw error;
    }
    const snapshot = child.readSnapshot();
    child.cleanup();
    const code = exitCodeOf(status);
    if (!snapshot) {
      if (code !== 0) {
        io.err.write(`wasm-tracemalloc: '${args.command.join(' ')}' failed (${describeExit(status)}) before writing a snapshot\n`);
        return code;
      }
      throw new CliError(`'${args.command[0]}' wrote no snapshot: is it a Node program? (tracing works through NODE_OPTIONS --import)`);
    }
    const output = str(args, 'output');
    if (output !== undefined) {
      try {
        writeFileSync(output, snapshot.serialize());
      } catch (error) {
        throw new CliError(`cannot write snapshot '${output}': ${oneLine(error)}`);
      }
    }
    const result = computeTop(snapshot, 'traceback', false, num(args, 'limit') ?? 10);
    const coverage = coverageOf(snapshot);
    // "No leaks" only when it is known: the program exited 0 and every module that loaded was traced.
    const verdict = leakVerdict(coverage, code, status, flag(args, 'native'));
    // traced whole, but with allocator code that could not be hooked: no plain "No leaks", and
    // what is listed is not claimed exact (a block whose free is not hooked stays listed)
    const caveats = coverage.traced.flatMap((m) => m.caveats ?? []);
    if (json) {
      println(io, JSON.stringify({ ...topJson(result, 'traceback', false, output ?? ''), exit: code, traced: coverage.traced, untraced: coverage.untraced, unmatched: recordedUnmatched(snapshot.metadata), complete: verdict === null, exact: verdict === null && caveats.length === 0 }, null, 2));
    } else {
      const caveat = caveats.length ? 'Nothing traced is still allocated, but some allocator code could not be hooked (see below).' : null;
      if (result.stats.length === 0) println(io, verdict ?? caveat ?? paint(io, 'green', 'No leaks: nothing traced is still allocated at exit.'));
      else for (const line of formatLeaks(io, result, caveats)) println(io, line);
      const note = snapshotNotes(snapshot);
      if (note.length) println(io);
      for (const line of note) println(io, line);
    }
    // The program's own failure wins: CI must see a crash as a crash, not as a leak.
    if (code === 0 && flag(args, 'fail') && result.total.count > 0) return LEAKS_FOUND;
    return code;
  },
};

/** Why "no leaks" cannot be said, or null when it can. */
function leakVerdict(coverage: Coverage, code: number, status: ExitStatus, native: boolean): string | null {
  if (code !== 0) return `Nothing traced is still allocated, but the program failed (${describeExit(status)}): this is not a leak report.`;
  if (native) return null; // the process's own malloc was traced whatever the modules
  if (coverage.traced.length === 0) {
    if (coverage.runningThreads.length) return 'Cannot tell: its modules were traced in worker threads that handed in nothing (see below).';
    return coverage.untraced.length ? 'Cannot tell: no module was traced (see below).' : 'Cannot tell: the program loaded no WebAssembly module with memory to trace.';
  }
  if (coverage.runningThreads.length) return 'Nothing traced is still allocated here; some worker threads handed in nothing (see below).';
  if (coverage.untraced.length) return 'Nothing traced is still allocated; some modules were not traced (see below).';
  return null;
}

/** Each leak as a chain (runtime/helpers/chain.ts): headed by where it was allocated, then its
 * traceback, most recent call first. */
export function formatLeaks(io: Pick<Io, 'color'>, result: TopResult, caveats: readonly string[] = []): string[] {
  const blocks = result.total.count;
  const n = result.stats.length;
  const lines = [paint(io, 'bold', `${blocks} memory block${blocks === 1 ? '' : 's'} still allocated at exit, from ${n} traceback${n === 1 ? '' : 's'}:`)];
  // said before the list, not only under it: these may not all be leaks
  if (caveats.some((c) => c.startsWith(NO_FREE))) lines.push('Not exact: some frees could not be hooked (see below), so some of these blocks may have been freed.');
  else if (caveats.length) lines.push('Not exact: some allocator code could not be hooked (see below).');
  result.shown.forEach((stat, i) => {
    const [head, ...chain] = formatChain(stat);
    const site = String(stat.traceback.at(-1));
    lines.push('', `#${i + 1}: ${paint(io, 'cyan', site)}${head.slice(site.length)}`, ...chain);
  });
  if (result.more.number > 0) {
    lines.push('', `${result.more.number} more: size=${formatSize(result.more.size, false)}, count=${result.more.count}`);
  }
  lines.push('', paint(io, 'bold', `Total allocated size: ${formatSize(result.total.size, false)}`));
  return lines;
}
