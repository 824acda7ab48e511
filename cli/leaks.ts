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
import { NO_FREE, SHARED_WITH_UNSET_WORKER } from '../abi/errors';
import { framesKey, recordedReachability, unreachableByTraceback, type DomainReachability } from '../runtime/tracer/reachability';
import { Statistic } from '../runtime/model/statistic';
import type { Snapshot } from '../runtime/model/snapshot';

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
      { name: 'unreachable', kind: 'flag', help: "list only the blocks no pointer in the module's memory reaches any more (lost, as LeakSanitizer says), not the still reachable ones" },
      { name: 'fail', kind: 'flag', help: 'exit with code 3 when anything is still allocated at exit, or with --unreachable anything unreachable (CI; a failed program still gives 1)' },
      NO_CACHE_OPTION,
      ...ALLOCATOR_OPTIONS,
    ],
    examples: ['wasm-tracemalloc leaks -- node app.mjs', 'wasm-tracemalloc leaks --nframe 32 --limit 3 -- node test.mjs', 'wasm-tracemalloc leaks --alloc Ia --free Ja -- node sql-app.js', 'wasm-tracemalloc leaks --fail --limit 3 -- node test.mjs', 'wasm-tracemalloc leaks --unreachable --fail -- node test.mjs'],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const nframe = num(args, 'nframe') ?? 16;
    if (nframe > 64) throw new CliError(`option '--nframe' must be <= 64, got '${nframe}'`);
    const instrument = allocatorOptions(args);
    const json = flag(args, 'json');
    // --json must parse: the program's stdout goes to stderr, so ours holds the JSON alone
    const onlyLost = flag(args, 'unreachable');
    const child = new TracedChild({ command: args.command, nframe, native: flag(args, 'native'), frames: frameOptions(args), instrument, cache: !flag(args, 'no-cache'), env: io.env, cwd: io.cwd, stdoutToStderr: json, reachability: true });
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
    const reach = recordedReachability(snapshot.metadata);
    const lost = lostOf(snapshot, reach);
    const result = onlyLost ? lostTop(lost, num(args, 'limit') ?? 10) : computeTop(snapshot, 'traceback', false, num(args, 'limit') ?? 10);
    const unchecked = (reach ?? []).filter((d) => !d.checked).map((d) => ({ name: d.name, why: d.checked ? '' : d.why }));
    const coverage = coverageOf(snapshot);
    // "No leaks" only when it is known: the program exited 0 and every module that loaded was traced.
    const verdict = leakVerdict(coverage, code, status, flag(args, 'native'));
    // traced whole, but with allocator code that could not be hooked: no plain "No leaks", and
    // what is listed is not claimed exact (a block whose free is not hooked stays listed)
    const caveats = coverage.traced.flatMap((m) => m.caveats ?? []);
    if (json) {
      const json = topJson(result, 'traceback', false, output ?? '');
      const statistics = json.statistics.map((j, i) => ({ ...j, unreachable: lost.of(result.shown[i]!) ?? { blocks: 0, bytes: 0 } }));
      const unreachable = reach ? { blocks: lost.blocks, bytes: lost.bytes, unchecked } : null;
      println(io, JSON.stringify({ ...json, statistics, unreachable, exit: code, traced: coverage.traced, untraced: coverage.untraced, unmatched: recordedUnmatched(snapshot.metadata), complete: verdict === null, exact: verdict === null && caveats.length === 0 }, null, 2));
    } else {
      const caveat = caveats.length === 0 ? null : caveats.some((c) => c.startsWith(SHARED_WITH_UNSET_WORKER))
        ? 'Nothing traced is still allocated, but a worker the tool did not set up shares the memory (see below).'
        : 'Nothing traced is still allocated, but some allocator code could not be hooked (see below).';
      if (onlyLost && result.stats.length === 0) println(io, noLost(io, computeTop(snapshot, 'traceback', false, 0).total, verdict ?? caveat, unchecked.length > 0));
      else if (result.stats.length === 0) println(io, verdict ?? caveat ?? paint(io, 'green', 'No leaks: nothing traced is still allocated at exit.'));
      else for (const line of formatLeaks(io, result, caveats, reach ? lost : null, onlyLost)) println(io, line);
      for (const u of unchecked) println(io, `Reachability not checked in ${u.name}: ${u.why}.`);
      const note = snapshotNotes(snapshot);
      if (note.length) println(io);
      for (const line of note) println(io, line);
    }
    // The program's own failure wins: CI must see a crash as a crash, not as a leak.
    if (code === 0 && flag(args, 'fail') && (onlyLost ? lost.blocks : result.total.count) > 0) return LEAKS_FOUND;
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
export function formatLeaks(io: Pick<Io, 'color'>, result: TopResult, caveats: readonly string[] = [], lost: Lost | null = null, onlyLost = false): string[] {
  const blocks = result.total.count;
  const n = result.stats.length;
  const s = (k: number) => (k === 1 ? '' : 's');
  const lines = [paint(io, 'bold', onlyLost
    ? `${blocks} memory block${s(blocks)} unreachable at exit (no pointer to them is left in the module's memory), from ${n} traceback${s(n)}:`
    : `${blocks} memory block${s(blocks)} still allocated at exit, from ${n} traceback${s(n)}:`)];
  // said before the list, not only under it: these may not all be leaks
  if (caveats.some((c) => c.startsWith(SHARED_WITH_UNSET_WORKER))) lines.push('Not exact: a worker the tool did not set up shares the memory (see below): its blocks are not listed, and some of these blocks may have been freed there.');
  else if (caveats.some((c) => c.startsWith(NO_FREE))) lines.push('Not exact: some frees could not be hooked (see below), so some of these blocks may have been freed.');
  else if (caveats.length) lines.push('Not exact: some allocator code could not be hooked (see below).');
  if (lost && !onlyLost) {
    const others = lost.complete ? 'the others are still reachable' : 'the others are reachable or in a module not checked (see below)';
    lines.push(lost.blocks > 0
      ? `${lost.blocks} of them (${formatSize(lost.bytes, false)}) are unreachable: no pointer to them is left in the module's memory, so they are lost (unless JavaScript holds their address); ${others} (--unreachable lists only the lost ones).`
      : lost.complete
        ? 'All of them are still reachable: a pointer to each is left in the module\'s memory (globals, caches, containers never freed before exit).'
        : 'None of them is unreachable in the modules checked; some were not checked (see below).');
  }
  result.shown.forEach((stat, i) => {
    const [head, ...chain] = formatChain(stat);
    const site = String(stat.traceback.at(-1));
    const l = lost?.of(stat);
    const mark = l && !onlyLost ? paint(io, 'red', `; unreachable: ${l.blocks} block${s(l.blocks)}, ${formatSize(l.bytes, false)}`) : '';
    lines.push('', `#${i + 1}: ${paint(io, 'cyan', site)}${head.slice(site.length)}${mark}`, ...chain);
  });
  if (result.more.number > 0) {
    lines.push('', `${result.more.number} more: size=${formatSize(result.more.size, false)}, count=${result.more.count}`);
  }
  lines.push('', paint(io, 'bold', `Total allocated size: ${formatSize(result.total.size, false)}`));
  if (lost) lines.push(UNREACHABLE_CAVEAT);
  return lines;
}

/** What the conservative scan cannot see (runtime/tracer/reachability.ts), said once under the header. */
const UNREACHABLE_CAVEAT = 'Reachable or not: a conservative scan of the module\'s memory, as LeakSanitizer\'s (a stale copy of a pointer keeps a lost block reachable; an address held only by JavaScript, or stored disguised, is not seen).';

/** The unreachable blocks of a snapshot's statistics by traceback. */
interface Lost {
  readonly blocks: number;
  readonly bytes: number;
  /** A statistic's (by traceback) unreachable blocks, if any. */
  of(stat: Statistic): { blocks: number; bytes: number } | undefined;
  /** The statistics that have any, most unreachable bytes first. */
  readonly stats: readonly Statistic[];
  /** Whether every domain was checked. */
  readonly complete: boolean;
}

// a statistic's traceback is oldest first; an entry's frames are most recent first
const keyOf = (stat: Statistic): string => framesKey([...stat.traceback].reverse());

function lostOf(snapshot: Snapshot, reach: readonly DomainReachability[] | null): Lost {
  const byKey = reach ? unreachableByTraceback(reach) : new Map<string, { blocks: number; bytes: number }>();
  const of = (stat: Statistic) => byKey.get(keyOf(stat));
  const stats = reach ? snapshot.statistics('traceback').filter((stat) => of(stat) !== undefined) : [];
  stats.sort((a, b) => of(b)!.bytes - of(a)!.bytes || of(b)!.blocks - of(a)!.blocks);
  const sum = (k: 'blocks' | 'bytes') => stats.reduce((a, stat) => a + of(stat)![k], 0);
  return { blocks: sum('blocks'), bytes: sum('bytes'), of, stats, complete: (reach ?? []).every((d) => d.checked) };
}

/** `--unreachable`: the lost blocks as statistics (each traceback's unreachable share). */
function lostTop(lost: Lost, limit: number): TopResult {
  const stats = lost.stats.map((s) => new Statistic(s.traceback, lost.of(s)!.bytes, lost.of(s)!.blocks));
  const shown = limit > 0 ? stats.slice(0, limit) : stats;
  const rest = stats.slice(shown.length);
  const sum = (xs: readonly Statistic[], k: 'size' | 'count') => xs.reduce((a, x) => a + x[k], 0);
  return { stats, shown, total: { size: lost.bytes, count: lost.blocks }, more: { number: rest.length, size: sum(rest, 'size'), count: sum(rest, 'count') } };
}

/** `--unreachable` and nothing is: said with what is still allocated, or why it cannot be said. */
function noLost(io: Pick<Io, 'color'>, total: { size: number; count: number }, verdict: string | null, unchecked: boolean): string {
  if (verdict) return verdict;
  if (unchecked) return 'Nothing unreachable in the modules that were checked (see below).';
  const held = total.count ? ` (${total.count} block${total.count === 1 ? '' : 's'}, ${formatSize(total.size, false)}, still allocated and reachable)` : '';
  return paint(io, 'green', `No lost blocks: every block still allocated at exit is reachable${held}.`);
}
