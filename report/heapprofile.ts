// `export --format heapprofile`: Chrome DevTools' sampling heap profile (the JSON that the Memory
// panel's "Allocation sampling" saves as `.heapprofile` and loads back; protocol type
// HeapProfiler.SamplingHeapProfile). A call tree from `(root)` down to each allocation site,
// `selfSize` = live bytes allocated exactly there, plus one sample per live trace.
// DevTools' line and column numbers are 0-based; tracemalloc's lines are 1-based.

import type { Frame, Snapshot } from '../runtime/index';
import { describeSnapshot, frameColumn, frameFunction } from './snapshot-info';

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
  const domains = new Set<number>();
  for (const t of snapshot.traces) domains.add(t.domain);
  const byDomain = domains.size > 1;

  // children looked up by frame key; a Map per node keeps building linear in the frames
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
  const frameCall = (f: Frame): CallFrame => {
    let scriptId = scriptIds.get(f.filename);
    if (scriptId === undefined) scriptIds.set(f.filename, (scriptId = String(scriptIds.size + 1)));
    return {
      functionName: frameFunction(f) ?? `${f.filename}:${f.lineno}`,
      scriptId,
      url: f.filename,
      lineNumber: Math.max(0, f.lineno - 1),
      columnNumber: Math.max(0, (frameColumn(f) ?? 1) - 1),
    };
  };

  const samples: HeapProfile['samples'] = [];
  for (const trace of snapshot.traces) {
    let at = head;
    if (byDomain) {
      const name = info.domains[String(trace.domain)] ?? `domain ${trace.domain}`;
      at = child(at, `domain:${trace.domain}`, () => ({ functionName: `(${name})`, scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 }));
    }
    for (const f of trace.traceback) {
      // oldest first: the tree goes from the outermost caller to the allocation site
      at = child(at, `${f.filename}\0${f.lineno}\0${frameFunction(f) ?? ''}`, () => frameCall(f));
    }
    at.selfSize += trace.size;
    samples.push({ size: trace.size, nodeId: at.id, ordinal: samples.length + 1 });
  }
  return { head, samples };
}
