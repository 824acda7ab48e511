// `export --format heapprofile`: Chrome DevTools' sampling heap profile (the JSON that the Memory
// panel's "Allocation sampling" saves as `.heapprofile` and loads back; protocol type
// HeapProfiler.SamplingHeapProfile). A call tree from `(root)` down to each allocation site,
// `selfSize` = live bytes allocated exactly there, plus one sample per live trace.
// DevTools' line and column numbers are 0-based; tracemalloc's lines are 1-based.

import type { Snapshot } from '../runtime/index';
import { SnapshotColumnsView } from './columns';
import { describeSnapshot } from './snapshot-info';

export interface CallFrame {
  functionName: string;
  scriptId: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface HeapProfileNode {
  callFrame: CallFrame;
  selfSize: number;
  id: number;
  children: HeapProfileNode[];
}

export interface HeapProfile {
  head: HeapProfileNode;
  samples: { size: number; nodeId: number; ordinal: number }[];
}

export function buildHeapProfile(snapshot: Snapshot): HeapProfile {
  let nextId = 1;
  const scriptIds = new Map<string, string>();
  const node = (callFrame: CallFrame): HeapProfileNode => ({ callFrame, selfSize: 0, id: nextId++, children: [] });
  const head = node({ functionName: '(root)', scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 });
  const info = describeSnapshot(snapshot);
  const view = new SnapshotColumnsView(snapshot);
  const domains = new Set<number>(view.domain);
  const byDomain = domains.size > 1;

  // children looked up by frame id; a Map per node keeps building linear in the frames
  const index = new Map<HeapProfileNode, Map<string, HeapProfileNode>>();
  const child = (parent: HeapProfileNode, key: string, make: () => CallFrame): HeapProfileNode => {
    let kids = index.get(parent);
    if (!kids) index.set(parent, (kids = new Map()));
    let n = kids.get(key);
    if (!n) {
      n = node(make());
      kids.set(key, n);
      parent.children.push(n);
    }
    return n;
  };
  const frameCall = (id: number): CallFrame => {
    const f = view.frame(id);
    let scriptId = scriptIds.get(f.file);
    if (scriptId === undefined) scriptIds.set(f.file, (scriptId = String(scriptIds.size + 1)));
    return {
      functionName: f.fn ?? `${f.file}:${f.line}`,
      scriptId,
      url: f.file,
      lineNumber: Math.max(0, f.line - 1),
      columnNumber: Math.max(0, (f.column || 1) - 1),
    };
  };
  // the node of each (domain, traceback), walked once: oldest frame first, from the outermost
  // caller down to the allocation site (a frame key is its file, line and function, as DevTools
  // merges them)
  const leafOf = new Map<number, HeapProfileNode>();
  const tbCount = view.tracebackCount + 1;
  const leaf = (domain: number, tb: number): HeapProfileNode => {
    const key = domain * tbCount + tb;
    let at = leafOf.get(key);
    if (at) return at;
    at = head;
    if (byDomain) {
      const name = info.domains[String(domain)] ?? `domain ${domain}`;
      at = child(at, `domain:${domain}`, () => ({ functionName: `(${name})`, scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 }));
    }
    const frames = view.framesOf(tb);
    for (let i = frames.length - 1; i >= 0; i--) {
      const id = frames[i]!;
      const f = view.frame(id);
      at = child(at, `${f.file}\0${f.line}\0${f.fn ?? ''}`, () => frameCall(id));
    }
    leafOf.set(key, at);
    return at;
  };

  const samples: HeapProfile['samples'] = new Array(view.count);
  for (let i = 0; i < view.count; i++) {
    const at = leaf(view.domain[i]!, view.traceback[i]!);
    const size = view.size[i]!;
    at.selfSize += size;
    samples[i] = { size, nodeId: at.id, ordinal: i + 1 };
  }
  return { head, samples };
}
