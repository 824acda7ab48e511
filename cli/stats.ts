// `wasm-tracemalloc stats SNAPSHOT`: memray's `stats` / heaptrack's summary of one snapshot
// (report/stats.ts computes it): allocations since tracing started, what is live, the peak, a
// histogram of the live blocks' sizes, the locations that allocated the most bytes and the most
// blocks, and which modules were traced.

import { flag, num, type ParsedArgs } from './args';
import type { Command } from './command';
import { CliError } from './errors';
import { paint, println, type Io } from './io';
import { loadSnapshot } from './snapshots';
import { formatSize, type Snapshot } from '../node/index';
import { sizeClassLabel, snapshotStats, type LocationTotal, type SizeBucket, type SnapshotStats } from '../report/stats';

const BAR = 30;

/** The snapshot, or the peak set it carries (`--peak`); one line when it carries none. */
export function peakOrSelf(snapshot: Snapshot, peak: boolean, path: string): Snapshot {
  if (!peak) return snapshot;
  const set = snapshot.peak;
  if (!set) throw new CliError(`'${path}' carries no peak set (an older snapshot or JSON export, a peak file itself, or native memory only): '--peak' needs one written by \`run -o\` or takeSnapshot()`);
  return set;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function histogramLines(io: Io, buckets: SizeBucket[]): string[] {
  const most = Math.max(1, ...buckets.map((b) => b.count));
  const labels = buckets.map(sizeClassLabel);
  const w = Math.max(...labels.map((l) => l.length));
  const cw = Math.max(...buckets.map((b) => String(b.count).length));
  return buckets.map((b, i) => {
    const bar = '█'.repeat(Math.ceil((b.count / most) * BAR));
    const size = b.count ? `  ${formatSize(b.bytes, false)}` : '';
    return `  ${labels[i]!.padStart(w)}  ${String(b.count).padStart(cw)} ${paint(io, 'cyan', bar.padEnd(BAR))}${size}`.trimEnd();
  });
}

function locationLine(l: LocationTotal, noun: string): string {
  const fn = l.functionName ? ` (${l.functionName})` : '';
  return `  ${l.filename}:${l.lineno}${fn}: ${formatSize(l.bytes, false)} in ${plural(l.count, noun)}`;
}

export function formatStats(io: Io, s: SnapshotStats, path: string): string[] {
  const lines: string[] = [];
  const head = (text: string) => lines.push(paint(io, 'bold', text));
  head(`[ Stats of ${path}${s.kind === 'peak' ? ' (the live set at the peak)' : ''} ]`);
  if (s.allocated) {
    lines.push(`Allocations since tracing started: ${s.allocated.count} (${formatSize(s.allocated.bytes, false)})`);
    lines.push(`Temporary allocations (freed before the next one): ${s.temporary!.count} (${formatSize(s.temporary!.bytes, false)})`);
  } else {
    lines.push('Allocations since tracing started: not recorded (an older snapshot or JSON export, or native memory only)');
  }
  lines.push(`${s.kind === 'peak' ? 'Live at the peak' : 'Live'}: ${plural(s.live.blocks, 'block')}, ${formatSize(s.live.bytes, false)}`);
  if (s.peakBytes !== null) lines.push(`Peak of traced memory: ${formatSize(s.peakBytes, false)}`);
  lines.push('');
  if (s.allocationHistogram === null) {
    lines.push('Sizes of all allocations: not recorded (a snapshot of format version 1 or 2, an older JSON export, or native memory only)');
  } else if (s.allocationHistogram.length) {
    head(`Sizes of the ${plural(s.allocationHistogram.reduce((a, b) => a + b.count, 0), 'allocation')} since tracing started (log2 classes, from – up to: allocations, their bytes):`);
    lines.push(...histogramLines(io, s.allocationHistogram));
    lines.push('');
  }
  if (s.liveHistogram === null) {
    lines.push('Sizes of the live blocks: not known apart (each row of a peak set sums the blocks of one traceback)');
  } else if (s.liveHistogram.length === 0) {
    lines.push('Sizes of the live blocks: none live');
  } else {
    head(`Sizes of the ${plural(s.live.blocks, 'live block')} (log2 classes, from – up to: blocks, their bytes):`);
    lines.push(...histogramLines(io, s.liveHistogram));
  }
  const noun = s.topOf === 'allocated' ? 'allocation' : 'block';
  const what = s.topOf === 'allocated' ? 'allocated since tracing started' : 'live';
  if (s.topBySize.length) {
    lines.push('');
    head(`Top ${s.topBySize.length} locations by bytes ${what}:`);
    lines.push(...s.topBySize.map((l) => locationLine(l, noun)));
    head(`Top ${s.topByCount.length} locations by ${s.topOf === 'allocated' ? 'allocations' : 'live blocks'}:`);
    lines.push(...s.topByCount.map((l) => locationLine(l, noun)));
  }
  lines.push('');
  if (s.modules === null) {
    lines.push('Modules: not recorded in this snapshot');
  } else {
    lines.push(`Modules traced: ${s.modules.traced.length}${s.modules.traced.length ? ` (${s.modules.traced.join(', ')})` : ''}`);
    lines.push(`Modules not traced: ${s.modules.untraced.length}${s.modules.untraced.length ? ' (their memory is not in these numbers):' : ''}`);
    lines.push(...s.modules.untraced.map((m) => `  ${m.source}: ${m.detail}`));
  }
  return lines;
}

export const statsCommand: Command = {
  spec: {
    name: 'stats',
    summary: "summarize a snapshot: allocations since start, live and peak memory, a histogram of sizes, the top locations, the modules",
    positionals: [{ name: 'SNAPSHOT', help: 'a snapshot file written by `run -o`, `run --peak` or Snapshot.dump()' }],
    options: [
      { name: 'peak', kind: 'flag', help: 'the live set at the peak this snapshot carries, instead of the live set when it was taken' },
      { name: 'limit', kind: 'int', value: 'N', min: 1, help: 'how many top locations to list (default 5)' },
      { name: 'json', kind: 'flag', help: 'print JSON for scripts instead of text' },
    ],
    examples: ['wasm-tracemalloc stats app.tmsnap', 'wasm-tracemalloc stats app.tmsnap --peak --json'],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const path = args.positionals[0]!;
    const snapshot = peakOrSelf(loadSnapshot(path), flag(args, 'peak'), path);
    const stats = snapshotStats(snapshot, num(args, 'limit') ?? 5);
    if (flag(args, 'json')) println(io, JSON.stringify({ snapshot: path, ...stats }, null, 2));
    else for (const line of formatStats(io, stats, path)) println(io, line);
    return 0;
  },
};
