// The call tree behind the flame graph: live memory by traceback, from the outermost caller down
// to the allocation site. Built from statistics('traceback') (one entry per distinct traceback,
// already aggregated by the model) so a million traces cost a million additions, not a million
// tree walks. With several domains the first level is the domain.

import { DomainFilter, type Snapshot, type Statistic } from '../runtime/index';
import { describeSnapshot, frameFunction } from './snapshot-info';

export interface FrameInfo {
  file: string;
  line: number;
  fn?: string;
}

export interface TreeNode {
  frame: number; // index into frames; -1 for the root and domain nodes
  label: string;
  size: number;
  count: number;
  oldSize: number;
  oldCount: number;
  children: Map<string, TreeNode>;
}

export class FrameTable {
  readonly frames: FrameInfo[] = [];
  private readonly ids = new Map<string, number>();
  intern(file: string, line: number, fn?: string): number {
    const key = `${file}\0${line}\0${fn ?? ''}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.frames.length;
      this.frames.push(fn ? { file, line, fn } : { file, line });
      this.ids.set(key, id);
    }
    return id;
  }
}

const newNode = (frame: number, label: string): TreeNode => ({ frame, label, size: 0, count: 0, oldSize: 0, oldCount: 0, children: new Map() });

function statsByDomain(snapshot: Snapshot): [domain: number, stats: Statistic[]][] {
  const domains = new Set<number>();
  for (const t of snapshot.traces) domains.add(t.domain);
  if (domains.size <= 1) return [[[...domains][0] ?? 0, snapshot.statistics('traceback')]];
  return [...domains].sort((a, b) => a - b).map((d) => [d, snapshot.filterTraces([new DomainFilter(true, d)]).statistics('traceback')]);
}

/** Adds a snapshot to the tree: into size/count, or (old = true) into oldSize/oldCount. */
export function addSnapshot(root: TreeNode, frames: FrameTable, snapshot: Snapshot, old = false): void {
  const groups = statsByDomain(snapshot);
  const names = describeSnapshot(snapshot).domains;
  const multi = groups.length > 1;
  for (const [domain, stats] of groups) {
    let top = root;
    if (multi) {
      const label = names[String(domain)] ? `${names[String(domain)]} (domain ${domain})` : `domain ${domain}`;
      top = child(root, `d${domain}`, () => newNode(-1, label));
      bump(top, old, stats.reduce((a, s) => a + s.size, 0), stats.reduce((a, s) => a + s.count, 0));
    }
    for (const stat of stats) {
      bump(root, old, stat.size, stat.count);
      let at = top;
      for (const f of stat.traceback) {
        const id = frames.intern(f.filename, f.lineno, frameFunction(f));
        at = child(at, String(id), () => newNode(id, labelOf(frames.frames[id]!)));
        bump(at, old, stat.size, stat.count);
      }
    }
  }
}

function child(parent: TreeNode, key: string, make: () => TreeNode): TreeNode {
  let n = parent.children.get(key);
  if (!n) parent.children.set(key, (n = make()));
  return n;
}

function bump(n: TreeNode, old: boolean, size: number, count: number): void {
  if (old) {
    n.oldSize += size;
    n.oldCount += count;
  } else {
    n.size += size;
    n.count += count;
  }
}

export function labelOf(f: FrameInfo): string {
  return f.fn && !f.file.startsWith(f.fn) ? `${f.fn} ${f.file}:${f.line}` : `${f.file}:${f.line}`;
}

export function buildTree(snapshot: Snapshot, old?: Snapshot): { root: TreeNode; frames: FrameTable } {
  const frames = new FrameTable();
  const root = newNode(-1, 'all');
  addSnapshot(root, frames, snapshot);
  if (old) addSnapshot(root, frames, old, true);
  return { root, frames };
}

/** Compact nested arrays for the page: [frame, label-or-null, size, count, oldSize, oldCount, children]. */
export type PackedNode = [number, string | null, number, number, number, number, PackedNode[]];

export function packTree(n: TreeNode): PackedNode {
  const kids = [...n.children.values()].sort((a, b) => b.size - a.size || b.oldSize - a.oldSize).map(packTree);
  return [n.frame, n.frame < 0 ? n.label : null, n.size, n.count, n.oldSize, n.oldCount, kids];
}
