// `wasm-tracemalloc tree SNAPSHOT`: memray's `tree`: the call paths that hold the most memory, as a
// terminal tree (report/call-tree.ts), oldest frame at the top, biggest branch first; the children
// of a node below the threshold fold into one line. Lines fit the terminal's width on a terminal.

import { flag, num, str, type ParsedArgs } from './args';
import type { Command } from './command';
import { CliError } from './errors';
import { paint, println, type Io } from './io';
import { loadSnapshot, applyFilters } from './snapshots';
import { BY_OPTION, FILTER_OPTIONS, filtersOf, measured } from './top';
import { peakOrSelf } from './stats';
import { formatSize, type Measure } from '../node/index';
import { callTree, type CallNode, type CallTree } from '../report/call-tree';

export interface TreeOptions {
  /** children below this share of the total (percent) fold into one line */
  readonly threshold: number;
  /** frames below this depth are not shown (Infinity: all) */
  readonly depth: number;
  /** longest line, in characters (Infinity: no limit) */
  readonly width: number;
}

const WHAT: Record<Measure, string> = { live: 'live memory', allocated: 'bytes allocated since tracing started', temporary: 'temporary allocations' };

function share(part: number, total: number): string {
  return total > 0 ? `${((part / total) * 100).toFixed(1)} %` : '0.0 %';
}

function blocks(n: number, by: Measure = 'live'): string {
  const noun = by === 'live' ? 'block' : 'allocation';
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Cuts the plain text to `width` characters, with `…` where it was cut. */
function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : chars.slice(0, Math.max(1, width - 1)).join('') + '…';
}

export function formatTree(io: Pick<Io, 'color'>, tree: CallTree, by: Measure, options: TreeOptions, title: string): string[] {
  const lines: string[] = [];
  const total = tree.size;
  // each line: the connectors (dim), the numbers, the location (cyan); cut to the width first
  const emit = (prefix: string, numbers: string, where: string) => {
    const plain = fit(`${prefix}${numbers}${where ? `  ${where}` : ''}`, options.width);
    if (!io.color) return lines.push(plain);
    const p = [...prefix].length;
    const n = [...numbers].length;
    const chars = [...plain];
    const painted = paint(io, 'dim', chars.slice(0, p).join('')) + paint(io, 'bold', chars.slice(p, p + n).join('')) + (chars.length > p + n ? paint(io, 'cyan', chars.slice(p + n).join('')) : '');
    return lines.push(painted);
  };
  lines.push(paint(io, 'bold', fit(`[ Call tree of ${WHAT[by]}${title}: ${formatSize(total, false)} in ${blocks(tree.count, by)} ]`, options.width)));
  const walk = (nodes: CallNode[], indent: string, depth: number) => {
    const shown = nodes.filter((n) => total > 0 && (n.size / total) * 100 >= options.threshold);
    const folded = nodes.slice(shown.length); // sorted biggest first: the rest are all below
    shown.forEach((node, i) => {
      const last = i === shown.length - 1 && folded.length === 0;
      const fn = node.functionName ? `${node.functionName}  ` : '';
      emit(`${indent}${last ? '└── ' : '├── '}`, `${formatSize(node.size, false)}, ${blocks(node.count, by)}, ${share(node.size, total)}`, `${fn}${node.filename}:${node.lineno}`);
      const below = `${indent}${last ? '    ' : '│   '}`;
      if (depth + 1 < options.depth) walk(node.children, below, depth + 1);
      else if (node.children.length) emit(below + '└── ', `${node.children.length} deeper call${node.children.length === 1 ? '' : 's'} not shown (--depth)`, '');
    });
    if (folded.length) {
      const size = folded.reduce((a, n) => a + n.size, 0);
      const count = folded.reduce((a, n) => a + n.count, 0);
      emit(`${indent}└── `, `${formatSize(size, false)}, ${blocks(count, by)}, ${share(size, total)}`, `${folded.length} smaller branch${folded.length === 1 ? '' : 'es'} (below ${options.threshold} % each)`);
    }
  };
  walk(tree.children, '', 0);
  if (tree.truncated) lines.push(fit('Some call paths were cut at the snapshot\'s frame limit: their oldest callers were not kept (run with a larger --nframe).', options.width));
  return lines;
}

/** JSON for scripts: the whole tree, nothing folded, each node with its own sums. */
function nodeJson(node: CallNode): unknown {
  return {
    filename: node.filename,
    lineno: node.lineno,
    ...(node.functionName !== undefined ? { function: node.functionName } : {}),
    size: node.size,
    count: node.count,
    selfSize: node.selfSize,
    selfCount: node.selfCount,
    children: node.children.map(nodeJson),
  };
}

/** The terminal's width when stdout is one (`--width` wins; 0 = no limit). */
function widthOf(io: Io, asked: number | undefined): number {
  if (asked !== undefined) return asked === 0 ? Infinity : asked;
  if (io.out.isTTY !== true) return Infinity;
  const columns = io.out.columns ?? Number(io.env.COLUMNS);
  return Number.isFinite(columns) && columns! > 0 ? columns! : 80;
}

export const treeCommand: Command = {
  spec: {
    name: 'tree',
    summary: 'show the call paths that hold the most memory as a tree, biggest branch first',
    positionals: [{ name: 'SNAPSHOT', help: 'a snapshot file written by `run -o`, `run --peak` or Snapshot.dump()' }],
    options: [
      BY_OPTION,
      { name: 'peak', kind: 'flag', help: 'the live set at the peak this snapshot carries, instead of the live set when it was taken' },
      { name: 'threshold', kind: 'number', value: 'PCT', min: 0, help: 'fold the branches below PCT % of the total into one line (default 1)' },
      { name: 'depth', kind: 'int', value: 'N', min: 1, help: 'show N levels of calls at most (default: all)' },
      { name: 'width', kind: 'int', value: 'N', min: 0, help: "cut lines at N characters (default: the terminal's width on a terminal, else no limit; 0 = no limit)" },
      ...FILTER_OPTIONS,
      { name: 'json', kind: 'flag', help: 'print the whole tree as JSON for scripts (nothing folded; each node with its sums and those of the tracebacks ending there)' },
    ],
    examples: ['wasm-tracemalloc tree app.tmsnap', 'wasm-tracemalloc tree app.tmsnap --peak --threshold 5', 'wasm-tracemalloc tree app.tmsnap --by allocated --depth 4'],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const path = args.positionals[0]!;
    const peak = flag(args, 'peak');
    const by = (str(args, 'by') as Measure | undefined) ?? 'live';
    if (peak && by !== 'live') throw new CliError(`'--peak' and '--by ${by}' cannot be used together (the peak set is live memory; totals are since tracing started)`);
    const loaded = loadSnapshot(path);
    const snapshot = applyFilters(peak ? peakOrSelf(loaded, true, path) : measured(loaded, args, path), filtersOf(args));
    const tree = callTree(snapshot);
    if (flag(args, 'json')) {
      println(io, JSON.stringify({ snapshot: path, by, peak, size: tree.size, count: tree.count, truncated: tree.truncated, children: tree.children.map(nodeJson) }, null, 2));
      return 0;
    }
    const isPeak = peak || snapshot.metadata.get('snapshot') === 'peak';
    const threshold = num(args, 'threshold') ?? 1;
    if (threshold > 100) throw new CliError(`option '--threshold' is a share of the total in percent, from 0 to 100, got '${threshold}'`);
    const options = { threshold, depth: num(args, 'depth') ?? Infinity, width: widthOf(io, num(args, 'width')) };
    for (const line of formatTree(io, tree, by, options, isPeak ? ' at the peak' : '')) println(io, line);
    return 0;
  },
};
