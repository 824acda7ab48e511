// The call tree of a snapshot (memray's `tree`): one node per call path, oldest frame at the top,
// each node holding the bytes and blocks of every traceback that passes through it. Built from
// statistics('traceback'), so each node's sums are exactly those of the tracebacks under it.
// Browser-safe; `cli/tree.ts` prints it.
import type { Snapshot } from '../runtime/model/snapshot';

export interface CallNode {
  readonly filename: string;
  readonly lineno: number;
  readonly functionName?: string;
  size: number;
  count: number;
  /** Bytes and blocks of the tracebacks that end here (their allocation site is this frame). */
  selfSize: number;
  selfCount: number;
  /** Biggest first (size, then blocks, then file:line). */
  readonly children: CallNode[];
}

export interface CallTree {
  readonly size: number;
  readonly count: number;
  readonly children: CallNode[];
  /** Whether some traceback was cut at the snapshot's frame limit (deeper callers not kept). */
  readonly truncated: boolean;
}

const NO_FRAME = { filename: '<unknown>', lineno: 0, functionName: undefined } as const;

function sortTree(nodes: CallNode[]): void {
  nodes.sort((a, b) => b.size - a.size || b.count - a.count || (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : a.lineno - b.lineno));
  for (const n of nodes) sortTree(n.children);
}

export function callTree(snapshot: Snapshot): CallTree {
  const top: CallNode[] = [];
  // children by "file:line" per node; frames compare on (filename, lineno) as CPython's do
  const index = new Map<CallNode[], Map<string, CallNode>>();
  let size = 0;
  let count = 0;
  // statistics() keys a traceback by its frames alone: whether one was cut is in the tables. Cut
  // by the limit: as deep as it and deeper in all (a shorter one's total counts folded frames)
  const { tables, traceback: rows, tracebackLimit } = snapshot.columns;
  let truncated = false;
  for (let i = 0; i < rows.length && !truncated; i++) {
    const tb = rows[i]!;
    const stack = tables.tbStack[tb]!;
    const depth = tables.stackStart[stack + 1]! - tables.stackStart[stack]!;
    truncated = depth >= tracebackLimit && tables.tbTotal[tb]! > depth;
  }
  for (const stat of snapshot.statistics('traceback')) {
    size += stat.size;
    count += stat.count;
    const tb = stat.traceback;
    let level = top;
    let node: CallNode | undefined;
    // a traceback without frames (a hand-built snapshot) still counts: under `<unknown>:0`
    for (const frame of tb.length ? tb : [NO_FRAME]) {
      let byKey = index.get(level);
      if (!byKey) index.set(level, (byKey = new Map()));
      const key = `${frame.lineno}:${frame.filename}`;
      node = byKey.get(key);
      if (!node) {
        node = { filename: frame.filename, lineno: frame.lineno, ...(frame.functionName !== undefined ? { functionName: frame.functionName } : {}), size: 0, count: 0, selfSize: 0, selfCount: 0, children: [] };
        byKey.set(key, node);
        level.push(node);
      }
      node.size += stat.size;
      node.count += stat.count;
      level = node.children;
    }
    if (node) {
      node.selfSize += stat.size;
      node.selfCount += stat.count;
    }
  }
  sortTree(top);
  return { size, count, children: top, truncated };
}
