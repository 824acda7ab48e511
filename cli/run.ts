// `wasm-tracemalloc run [options] -- node app.mjs …`: runs a program with every wasm module it
// loads instrumented and traced (pytracemalloc's DisplayTop and TakeSnapshot tasks): the top
// lines every --interval seconds, a snapshot every --snapshot-every seconds to a $pid/$timestamp/
// $counter template, the final snapshot with -o, and the memory timeline stored in the snapshots.
// Our own output goes to stderr: stdout belongs to the program.

import { writeFileSync } from 'node:fs';
import { flag, num, str, type ParsedArgs } from './args';
import { NO_CACHE_OPTION, TracedChild, describeExit, expandTemplate, exitCodeOf, sleep } from './child';
import type { Command } from './command';
import { ALLOCATOR_OPTIONS, allocatorOptions } from './allocators';
import { FRAME_OPTIONS, frameOptions } from './frames';
import { computeTop, formatTop, totalOf } from './display';
import { CliError, oneLine } from './errors';
import { paint, wantsColor, type Io } from './io';
import { withMetadata } from './snapshots';
import { LiveView } from './live';
import { snapshotNotes } from '../runtime/tracer/coverage';
import { formatSize, type Snapshot } from '../node/index';
import type { TimelinePoint } from '../report/snapshot-info';

export const runCommand: Command = {
  spec: {
    name: 'run',
    summary: 'run a Node program with its wasm modules traced; show the top lines, write snapshots',
    description:
      'Every WebAssembly module the program loads is instrumented as it loads and traced\n' +
      '(node --import wasm-tracemalloc/register, through NODE_OPTIONS). Without -o or --top,\n' +
      'the 10 biggest lines still allocated at exit are printed. Output goes to stderr.\n' +
      'Snapshots carry the memory timeline seen so far (`report` draws it). Ctrl-C stops the\n' +
      'program and its snapshot is still written; SIGUSR2 to `run` writes the snapshots of the\n' +
      'program\'s traced processes to -o (or prints their top lines) and lets it go on.\n' +
      'Exit code 1 when the program fails.\n' +
      '--alloc/--free/… name the allocator of a stripped or minified module (as `instrument`).',
    positionals: [],
    command: true,
    options: [
      { name: 'nframe', kind: 'int', value: 'N', min: 1, help: 'frames per traceback (default 16; up to 64)' },
      { name: 'native', kind: 'flag', help: "also trace the Node process's own malloc (native hook, domain 0)" },
      ...FRAME_OPTIONS,
      { name: 'output', short: 'o', kind: 'string', value: 'FILE', help: 'write the snapshot at exit there; with --snapshot-every, a template with $pid, $timestamp, $counter' },
      { name: 'peak', kind: 'string', value: 'FILE', help: 'write the peak snapshot there: what was live at the high-water mark (within 0.8 %)' },
      { name: 'live', kind: 'flag', help: 'show a live view refreshed every second (keys: k key, b measure, q stop); plain lines when not a terminal' },
      { name: 'top', kind: 'int', value: 'N', min: 1, help: 'print the N biggest lines at exit (and every --interval seconds)' },
      { name: 'interval', kind: 'number', value: 'S', min: 0.05, help: 'with --top: also print them every S seconds while the program runs' },
      { name: 'snapshot-every', kind: 'number', value: 'S', min: 0.05, help: 'write a snapshot every S seconds to the -o template' },
      NO_CACHE_OPTION,
      ...ALLOCATOR_OPTIONS,
    ],
    examples: [
      'wasm-tracemalloc run -o app.tmsnap -- node app.mjs',
      'wasm-tracemalloc run --nframe 1 --top 5 --interval 2 -- node server.mjs',
      "wasm-tracemalloc run --snapshot-every 10 -o 'snap-$pid-$counter.tmsnap' -- node app.mjs",
      'wasm-tracemalloc run --alloc Ia --free Ja -o sql.tmsnap -- node sql-app.js',
      'wasm-tracemalloc run --peak peak.tmsnap -- node app.mjs',
      'wasm-tracemalloc run --live --nframe 4 -- node server.mjs',
    ],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const output = str(args, 'output');
    const top = num(args, 'top');
    const interval = num(args, 'interval');
    const every = num(args, 'snapshot-every');
    const nframe = num(args, 'nframe') ?? 16;
    if (nframe > 64) throw new CliError(`option '--nframe' must be <= 64, got '${nframe}'`);
    if (interval !== undefined && top === undefined) throw new CliError("option '--interval' needs '--top N' (what to print every interval)");
    if (every !== undefined && output === undefined) throw new CliError("option '--snapshot-every' needs '-o TEMPLATE' (where to write, e.g. 'snap-$counter.tmsnap')");
    const liveMode = flag(args, 'live');
    if (liveMode && interval !== undefined) throw new CliError("'--live' and '--interval' both print while the program runs: choose one");
    const err: Io = { ...io, out: io.err, color: wantsColor(io.err, io.env) };
    const instrument = allocatorOptions(args);
    // the full-screen view needs a terminal on stderr (where it draws) and stdin (its keys)
    const terminal = liveMode && io.err.isTTY === true && process.stdin.isTTY === true && io.env.TERM !== 'dumb';

    const child = new TracedChild({ command: args.command, nframe, native: flag(args, 'native'), frames: frameOptions(args), instrument, cache: !flag(args, 'no-cache'), env: io.env, cwd: io.cwd, captureOutput: terminal });
    const captured: [stream: 'out' | 'err', text: string][] = [];
    const live = liveMode
      ? new LiveView(err, terminal, args.command.join(' '), () => child.running && child.child.kill('SIGINT'), process.stdin)
      : null;
    for (const [name, stream] of [['out', child.child.stdout], ['err', child.child.stderr]] as const) {
      stream?.setEncoding('utf8');
      stream?.on('data', (text: string) => {
        captured.push([name, text]);
        live?.programOutput(text);
      });
    }
    live?.open();
    const timeline: TimelinePoint[] = [];
    let peak = 0;
    let counter = 0;
    const record = (snapshot: Snapshot) => {
      const current = totalOf(snapshot).size;
      peak = Math.max(peak, current, peakOf(snapshot));
      timeline.push([Number(child.elapsed().toFixed(3)), current, peak]);
    };
    const save = (snapshot: Snapshot, template: string, pid?: number) => {
      const path = expandTemplate(template, { pid: pid ?? child.child.pid ?? process.pid, counter: ++counter });
      try {
        writeFileSync(path, withMetadata(snapshot, { timeline: JSON.stringify(timeline), command: args.command.join(' ') }).serialize());
      } catch (error) {
        throw new CliError(`cannot write snapshot '${path}': ${oneLine(error)}`);
      }
      return path;
    };

    // periodic work: one loop, ticking at the smallest period asked for
    const periods = [every, interval, liveMode ? 1 : undefined].filter((p): p is number => p !== undefined);
    const tick = periods.length ? Math.min(...periods) : 0;
    let nextTop = interval ?? Infinity;
    let nextSave = every ?? Infinity;
    let nextLive = liveMode ? 1 : Infinity;
    let loopError: unknown = null;
    const loop = (async () => {
      if (!tick) return;
      while (child.running) {
        await Promise.race([sleep(tick * 1000), child.exited.catch(() => undefined)]);
        if (!child.running) break;
        const t = child.elapsed();
        if (t + 1e-3 < Math.min(nextTop, nextSave, nextLive)) continue;
        const snapshot = await child.requestSnapshot();
        if (!snapshot) continue;
        record(snapshot);
        if (live && t + 1e-3 >= nextLive) {
          live.update(snapshot, t);
          while (nextLive <= t + 1e-3) nextLive += 1;
        }
        if (t + 1e-3 >= nextSave && every !== undefined) {
          const path = save(snapshot, output!);
          err.out.write(paint(err, 'dim', `wasm-tracemalloc: wrote ${path}`) + '\n');
          nextSave += every;
        }
        if (t + 1e-3 >= nextTop && interval !== undefined) {
          writeTop(err, snapshot, top!, `at ${t.toFixed(1)} s`);
          nextTop += interval;
        }
      }
    })().catch((error: unknown) => {
      // e.g. a snapshot that cannot be written: stop the program rather than run on unrecorded
      loopError = error;
      if (child.running) child.child.kill('SIGTERM');
    });

    // SIGUSR2 to `run` (as to a program under register): every traced process of the run writes
    // its snapshot and goes on; with -o they are saved there (the template's $pid tells them
    // apart; a plain path keeps the one that traced the most), else their top lines are printed.
    let pending: Promise<void> = Promise.resolve();
    const onUsr2 = (): void => {
      pending = pending.then(async () => {
        const got = await child.requestAll();
        if (got.length === 0) return;
        const perPid = output !== undefined && /\$\{?pid\b/.test(output);
        const chosen = perPid ? got : [got.reduce((a, b) => (b.snapshot.traces.length > a.snapshot.traces.length ? b : a))];
        for (const { pid, snapshot } of chosen) {
          record(snapshot);
          if (output !== undefined) {
            const path = save(snapshot, output, pid);
            err.out.write(paint(err, 'dim', `wasm-tracemalloc: wrote ${path} (SIGUSR2)`) + '\n');
          } else writeTop(err, snapshot, top ?? 10, `at ${child.elapsed().toFixed(1)} s (SIGUSR2)`);
        }
      }).catch((error: unknown) => {
        err.out.write(`wasm-tracemalloc: ${oneLine(error)}\n`);
      });
    };
    process.on('SIGUSR2', onUsr2);

    let status;
    try {
      status = await child.exited;
      process.off('SIGUSR2', onUsr2);
      await pending;
      await loop;
      if (loopError) throw loopError;
    } catch (error) {
      process.off('SIGUSR2', onUsr2);
      child.cleanup();
      throw error;
    } finally {
      live?.close();
      // what the program wrote while the view had the screen, now that it is gone
      for (const [name, text] of captured) (name === 'out' ? io.out : io.err).write(text);
    }
    const final = child.readSnapshot();
    child.cleanup();
    const code = exitCodeOf(status);
    if (!final) {
      if (code !== 0) {
        err.out.write(`wasm-tracemalloc: '${args.command.join(' ')}' failed (${describeExit(status)}) before writing a snapshot\n`);
        return code;
      }
      throw new CliError(`'${args.command[0]}' wrote no snapshot: is it a Node program? (tracing works through NODE_OPTIONS --import)`);
    }
    record(final);
    if (output !== undefined) {
      const path = save(final, output);
      err.out.write(`wasm-tracemalloc: wrote ${path}\n`);
    }
    const peakPath = str(args, 'peak');
    if (peakPath !== undefined) {
      // every snapshot the runtime takes carries its peak set (runtime/model/measures.ts)
      const path = save(final.peak ?? final, peakPath);
      err.out.write(`wasm-tracemalloc: wrote ${path} (peak: ${formatSize(totalOf(final.peak ?? final).size, false)})\n`);
    }
    if (top !== undefined || (output === undefined && peakPath === undefined)) writeTop(err, final, top ?? 10, 'at exit');
    if (code !== 0) {
      err.out.write(`wasm-tracemalloc: '${args.command.join(' ')}' failed (${describeExit(status)})\n`);
    }
    return code;
  },
};

function writeTop(io: Io, snapshot: Snapshot, limit: number, when: string): void {
  const result = computeTop(snapshot, 'lineno', false, limit);
  const note = when === 'at exit' ? snapshotNotes(snapshot) : [];
  for (const line of [...formatTop(io, result, 'lineno', when), ...note]) io.out.write(line + '\n');
}

/** The peak the tracer recorded in the snapshot's metadata, when it did. */
function peakOf(snapshot: Snapshot): number {
  const meta = (snapshot as unknown as { metadata?: Record<string, string> | Map<string, string> }).metadata;
  const raw = meta instanceof Map ? meta.get('peak') : meta?.peak;
  const n = Number(raw);
  return Number.isFinite(n) ? n : 0;
}
