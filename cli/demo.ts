// `wasm-tracemalloc demo`: the whole pipeline on a bundled fixture, offline — a real C program
// (fixtures/c/basic.c, clang + wasi-libc, with DWARF) is instrumented, run traced in this process,
// snapshotted at each of its checkpoints, and shown: the top lines, a diff between two
// checkpoints with its call chains, the leak left at exit, and report.html.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tracemalloc from '../node/index';
import { formatChain, formatSize, type Snapshot } from '../node/index';
import { writeReport } from '../report/write';
import type { TimelinePoint } from '../report/snapshot-info';
import { num, str, type ParsedArgs } from './args';
import { packageRoot } from './child';
import type { Command } from './command';
import { computeCompare, computeTop, formatCompare, formatTop } from './display';
import { CliError, oneLine } from './errors';
import { instrumentWasm } from './instrument';
import { paint, Progress, println, type Io } from './io';
import { withMetadata } from './snapshots';

interface Harness {
  run(bytes: Uint8Array, options: {
    instantiate: (bytes: Uint8Array, imports: WebAssembly.Imports) => Promise<WebAssembly.Instance>;
    onCheckpoint: (n: number) => void;
  }): Promise<{ stdout: string; exitCode?: number }>;
}

export const demoCommand: Command = {
  spec: {
    name: 'demo',
    summary: 'instrument and trace a bundled C program: top lines, a diff, the leak, report.html',
    positionals: [],
    options: [
      { name: 'output', short: 'o', kind: 'string', value: 'FILE', help: 'where to write the HTML report (default report.html)' },
      { name: 'nframe', kind: 'int', value: 'N', min: 1, help: 'frames per traceback (default 8)' },
      { name: 'snapshots', kind: 'string', value: 'DIR', help: 'also save the checkpoint snapshots there, to try `top` and `compare`' },
    ],
    examples: ['wasm-tracemalloc demo', 'wasm-tracemalloc demo -o /tmp/report.html --snapshots /tmp/demo'],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const root = packageRoot();
    const dir = join(root, 'fixtures', 'c');
    const wasmPath = join(dir, 'basic.wasm');
    if (!existsSync(wasmPath)) throw new CliError(`the bundled demo program is missing: '${wasmPath}' (is the package installed completely?)`);
    const nframe = num(args, 'nframe') ?? 8;
    if (nframe > 64) throw new CliError(`option '--nframe' must be <= 64, got '${nframe}'`);
    const output = resolve(io.cwd, str(args, 'output') ?? 'report.html');
    const progress = new Progress(io);

    progress.update('instrumenting fixtures/c/basic.wasm');
    const original = new Uint8Array(readFileSync(wasmPath));
    const summary = await instrumentWasm(original, {});
    const traced = summary.bytes;
    // Traceback.format() shows source lines: the fixture's files are relative to the package root
    tracemalloc.setLineSource((filename, lineno) => sourceLine(root, filename, lineno));

    progress.update('running it traced');
    const restoreWarnings = quietWasiWarning(); // node:wasi warns when the harness imports it
    const harness = (await import(pathToFileURL(join(dir, 'run.mjs')).href)) as Harness;
    const snapshots = new Map<number, Snapshot>();
    const timeline: TimelinePoint[] = [[0, 0, 0]]; // tracing starts empty
    const t0 = performance.now();
    const wasTracing = tracemalloc.isTracing();
    tracemalloc.start(nframe);
    let result;
    try {
      result = await harness.run(traced, {
        instantiate: async (bytes, imports) => (await tracemalloc.instantiate(bytes, imports, { name: 'basic.wasm' })).instance,
        onCheckpoint: (n) => {
          snapshots.set(n, tracemalloc.takeSnapshot());
          const [current, peak] = tracemalloc.getTracedMemory();
          timeline.push([(performance.now() - t0) / 1000, current, peak]);
          tracemalloc.resetPeak(); // each point's peak is the high-water mark since the previous one
        },
      });
    } finally {
      if (!wasTracing) tracemalloc.stop();
      restoreWarnings();
      progress.done();
    }
    if (result.exitCode) throw new CliError(`the demo program failed with exit code ${result.exitCode}`, 1);
    const [s1, s2, s3, s4] = [1, 2, 3, 4].map((n) => snapshots.get(n));
    if (!s1 || !s2 || !s3 || !s4) throw new CliError(`the demo program reached checkpoints ${[...snapshots.keys()].join(', ') || 'none'}, expected 1, 2, 3, 4`, 1);

    const h = (text: string) => println(io, paint(io, 'bold', text));
    println(io, `${paint(io, 'bold', 'wasm-tracemalloc demo')}: fixtures/c/basic.c, compiled by clang to wasm32-wasi with DWARF,`);
    println(io, `instrumented (allocator ${summary.profile}, ${summary.allocSites} allocation sites, ${summary.frameSites} frame sites) and traced with ${nframe} frames per traceback.`);
    println(io, 'Its output:');
    for (const line of result.stdout.trimEnd().split('\n')) println(io, paint(io, 'dim', `  | ${line}`));
    println(io);
    h('1. Checkpoint 1: every allocator entry point (malloc, calloc, posix_memalign, strdup, realloc)');
    for (const line of formatTop(io, computeTop(s1, 'lineno', false, 10), 'lineno')) println(io, line);
    println(io);
    h('2. Checkpoint 3 vs 2: what phase 3 added');
    for (const line of formatCompare(io, computeCompare(s3, s2, 'lineno', false, 3), 'lineno')) println(io, line);
    const chains = s3.compareTo(s2, 'traceback').filter((d) => d.sizeDiff > 0);
    println(io, `It came through ${chains.length} call chain${chains.length === 1 ? '' : 's'} (most recent call first):`);
    for (const d of chains) {
      const [head, ...chain] = formatChain(d);
      println(io, paint(io, 'red', `  ${head}`));
      for (const line of chain) println(io, `  ${line}`);
    }
    println(io);
    h('3. At exit (checkpoint 4): still allocated — the leak');
    for (const line of formatTop(io, computeTop(s4, 'lineno', false, 5), 'lineno')) println(io, line);
    println(io, 'Where they were allocated (most recent call first):');
    for (const stat of s4.statistics('traceback').slice(0, 3)) for (const line of formatChain(stat)) println(io, `  ${line}`);
    println(io);

    const points = timeline.map(([t, c, p]): TimelinePoint => [Number(t.toFixed(4)), c, p]);
    // a snapshot's own timeline ends at its checkpoint (point 0 is the start, point n checkpoint n)
    const meta = (n: number) => ({ command: 'wasm-tracemalloc demo', timeline: JSON.stringify(points.slice(0, n + 1)) });
    try {
      // the report shows the whole run's memory over time
      writeReport(withMetadata(s3, meta(3)), output, { title: 'basic.wasm, checkpoint 3', old: s2, oldTitle: 'checkpoint 2', timeline: points });
    } catch (error) {
      throw new CliError(`cannot write '${output}': ${oneLine(error)}`);
    }
    println(io, `Wrote ${paint(io, 'cyan', output)}: flame graph, top lines and files, the diff 2 → 3, memory over time.`);
    const snapDir = str(args, 'snapshots');
    if (snapDir !== undefined) {
      const d = resolve(io.cwd, snapDir);
      mkdirSync(d, { recursive: true });
      for (const [n, s] of snapshots) writeFileSync(join(d, `checkpoint-${n}.tmsnap`), withMetadata(s, meta(n)).serialize());
      println(io, `Saved checkpoint-1..4.tmsnap in ${d}; try: wasm-tracemalloc compare ${join(snapDir, 'checkpoint-2.tmsnap')} ${join(snapDir, 'checkpoint-3.tmsnap')}`);
    }
    println(io, paint(io, 'dim', 'Your own program: wasm-tracemalloc run -o app.tmsnap -- node app.mjs, then top, compare or report.'));
    return 0;
  },
};

const sources = new Map<string, string[] | null>();
function sourceLine(root: string, filename: string, lineno: number): string | undefined {
  let lines = sources.get(filename);
  if (lines === undefined) {
    try {
      lines = readFileSync(isAbsolute(filename) ? filename : join(root, filename), 'utf8').split('\n');
    } catch {
      lines = null;
    }
    sources.set(filename, lines);
  }
  return lines?.[lineno - 1];
}

/** node:wasi prints "WASI is an experimental feature" on first use: noise in a demo's output.
 * Node's default printer is a 'warning' listener; route around it for that one warning. */
function quietWasiWarning(): () => void {
  const listeners = process.listeners('warning');
  process.removeAllListeners('warning');
  const filter = (warning: Error) => {
    if (/WASI is an experimental feature/.test(warning.message)) return;
    for (const l of listeners) l(warning);
  };
  process.on('warning', filter);
  // the warning is emitted on a later tick: restore the printers only once the run is over
  return () => {
    setTimeout(() => {
      process.off('warning', filter);
      for (const l of listeners) process.on('warning', l);
    }, 0);
  };
}
