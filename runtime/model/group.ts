// statistics() and compareTo() on integer ids: CPython's `_group_by` and `_compare_grouped_stats`.
// Traces are first summed per traceback id (one pass over the columns), then each traceback's sum
// goes to its key: a line id ('lineno'), a filename string id ('filename') or a line-stack id
// ('traceback'). Only then are the few groups turned into objects and sorted.
import { quote, TracemallocError } from './errors';
import { Frame } from './frame';
import { Statistic, StatisticDiff } from './statistic';
import { Traceback } from './traceback';
import { rankStrings, type Tables } from './tables';
import type { SnapshotColumns } from './snapshot';
import { stackFrames } from './snapshot';

export type KeyType = 'traceback' | 'filename' | 'lineno';

/** Sums per key. Key ids are in the key space of `tables`; `empty` is the key of an empty stack. */
interface Groups {
  readonly tables: Tables;
  readonly keyType: KeyType;
  readonly keys: Int32Array;
  readonly size: Float64Array;
  readonly count: Float64Array;
}

function checkKeyType(keyType: unknown, cumulative: unknown): KeyType {
  if (keyType !== 'traceback' && keyType !== 'filename' && keyType !== 'lineno') {
    throw new TracemallocError(`unknown key_type: ${typeof keyType === 'string' ? `'${keyType}'` : quote(keyType)} (expected 'filename', 'lineno' or 'traceback')`);
  }
  if (typeof cumulative !== 'boolean') {
    throw new TracemallocError(`cumulative must be true or false, not ${quote(cumulative)}`, 'TypeError');
  }
  if (cumulative && keyType === 'traceback') {
    throw new TracemallocError(`cumulative mode cannot by used with key type 'traceback' (use 'lineno' or 'filename')`);
  }
  return keyType;
}

// Key of an empty stack for 'lineno' (CPython groups it as Traceback(()); it sorts first).
const EMPTY = -1;

function groupBy(columns: SnapshotColumns, keyType: KeyType, cumulative: boolean): Groups {
  const { tables, size, traceback } = columns;
  const nTb = tables.tracebackCount;
  // Pass 1: per traceback id. Float64 sums stay exact up to 2**53 bytes.
  const tbSize = new Float64Array(nTb);
  const tbCount = new Float64Array(nTb);
  for (let i = 0, n = traceback.length; i < n; i++) {
    const tb = traceback[i]!;
    tbSize[tb] += size[i]!;
    tbCount[tb]++;
  }
  // Pass 2: per key.
  const { stackStart, stackFrames: frames, tbStack } = tables;
  let nKeys: number;
  let keyOfFrame: Int32Array;
  let keyOfStack: Int32Array | undefined;
  if (keyType === 'traceback') {
    const index = tables.lineStackIndex();
    keyOfStack = index.lineStackOfStack;
    nKeys = index.stack.length;
    keyOfFrame = new Int32Array(0);
  } else if (keyType === 'lineno') {
    const lines = tables.lineIndex();
    keyOfFrame = lines.lineOfFrame;
    nKeys = lines.file.length;
  } else {
    keyOfFrame = tables.frameFile;
    nKeys = tables.strings.length;
  }
  // slot 0 holds the EMPTY key; key k lives at slot k + 1
  const keySize = new Float64Array(nKeys + 1);
  const keyCount = new Float64Array(nKeys + 1);
  for (let tb = 0; tb < nTb; tb++) {
    const count = tbCount[tb]!;
    if (count === 0) continue;
    const s = tbSize[tb]!;
    const stack = tbStack[tb]!;
    const start = stackStart[stack]!;
    const end = stackStart[stack + 1]!;
    if (keyOfStack) {
      const slot = keyOfStack[stack]! + 1;
      keySize[slot] += s;
      keyCount[slot] += count;
    } else if (start === end) {
      // CPython: 'lineno' groups it under Traceback(()); 'filename' reads frame 0 and raises;
      // cumulative mode loops over no frame and counts nothing
      if (cumulative) continue;
      if (keyType === 'filename') {
        throw new TracemallocError(`a trace has an empty traceback: it has no filename to group by`, 'IndexError');
      }
      keySize[0] += s;
      keyCount[0] += count;
    } else if (!cumulative) {
      const slot = keyOfFrame[frames[start]!]! + 1;
      keySize[slot] += s;
      keyCount[slot] += count;
    } else {
      // CPython counts a trace once per frame: a frame repeated in one traceback counts again.
      for (let i = start; i < end; i++) {
        const slot = keyOfFrame[frames[i]!]! + 1;
        keySize[slot] += s;
        keyCount[slot] += count;
      }
    }
  }
  let used = 0;
  for (let k = 0; k <= nKeys; k++) if (keyCount[k]! > 0) used++;
  const keys = new Int32Array(used);
  const sizes = new Float64Array(used);
  const counts = new Float64Array(used);
  for (let k = 0, j = 0; k <= nKeys; k++) {
    if (keyCount[k]! > 0) {
      keys[j] = k - 1;
      sizes[j] = keySize[k]!;
      counts[j++] = keyCount[k]!;
    }
  }
  return { tables, keyType, keys, size: sizes, count: counts };
}

/** Compares keys of one key type, possibly from two tables, in CPython's Traceback order. */
class KeyOrder {
  constructor(
    private readonly keyType: KeyType,
    private readonly tables: readonly Tables[],
    private readonly ranks: readonly Int32Array[],
  ) {}

  compare(sideA: number, a: number, sideB: number, b: number): number {
    if (a === EMPTY || b === EMPTY) return a === EMPTY ? (b === EMPTY ? 0 : -1) : 1;
    const ta = this.tables[sideA]!;
    const tb = this.tables[sideB]!;
    const ra = this.ranks[sideA]!;
    const rb = this.ranks[sideB]!;
    if (this.keyType === 'filename') return ra[a]! - rb[b]!;
    if (this.keyType === 'lineno') {
      const la = ta.lineIndex();
      const lb = tb.lineIndex();
      return ra[la.file[a]!]! - rb[lb.file[b]!]! || la.lineno[a]! - lb.lineno[b]!;
    }
    // 'traceback': frame by frame, oldest first (stacks are stored most recent first)
    const sa = ta.lineStackIndex().stack[a]!;
    const sb = tb.lineStackIndex().stack[b]!;
    let i = ta.stackStart[sa + 1]! - 1;
    let j = tb.stackStart[sb + 1]! - 1;
    const iEnd = ta.stackStart[sa]!;
    const jEnd = tb.stackStart[sb]!;
    for (; i >= iEnd && j >= jEnd; i--, j--) {
      const fa = ta.stackFrames[i]!;
      const fb = tb.stackFrames[j]!;
      const c = ra[ta.frameFile[fa]!]! - rb[tb.frameFile[fb]!]! || ta.frameLine[fa]! - tb.frameLine[fb]!;
      if (c) return c;
    }
    return i >= iEnd ? 1 : j >= jEnd ? -1 : 0;
  }
}

function keyTraceback(groups: Groups, key: number): Traceback {
  const { tables, keyType } = groups;
  if (key === EMPTY) return Traceback.fromFrames([], null);
  if (keyType === 'filename') return Traceback.fromFrames([Frame.fromParts(tables.strings[key]!, 0, 0, undefined)], null);
  if (keyType === 'lineno') {
    const lines = tables.lineIndex();
    const fn = tables.frameFunction[lines.frame[key]!]!;
    return Traceback.fromFrames([Frame.fromParts(tables.strings[lines.file[key]!]!, lines.lineno[key]!, 0, fn < 0 ? undefined : tables.strings[fn])], null);
  }
  return Traceback.fromFrames(stackFrames(tables, tables.lineStackIndex().stack[key]!), null);
}

export function statisticsOf(columns: SnapshotColumns, keyType: KeyType, cumulative: boolean): Statistic[] {
  const groups = groupBy(columns, checkKeyType(keyType, cumulative), cumulative);
  const order = new KeyOrder(groups.keyType, [groups.tables], [groups.tables.stringRanks()]);
  const { keys, size, count } = groups;
  const idx = Array.from({ length: keys.length }, (_, i) => i);
  // CPython sorts (size, count, traceback) descending
  idx.sort((a, b) => size[b]! - size[a]! || count[b]! - count[a]! || order.compare(0, keys[b]!, 0, keys[a]!));
  return idx.map((i) => new Statistic(keyTraceback(groups, keys[i]!), size[i]!, count[i]!));
}

export function compareSnapshots(newColumns: SnapshotColumns, oldColumns: SnapshotColumns, keyType: KeyType, cumulative: boolean): StatisticDiff[] {
  checkKeyType(keyType, cumulative);
  const groupsNew = groupBy(newColumns, keyType, cumulative);
  const groupsOld = groupBy(oldColumns, keyType, cumulative);
  const same = groupsNew.tables === groupsOld.tables;
  const ranks = same ? [groupsNew.tables.stringRanks(), groupsNew.tables.stringRanks()] : rankStrings([groupsNew.tables.strings, groupsOld.tables.strings]);
  const order = new KeyOrder(keyType, [groupsNew.tables, groupsOld.tables], ranks);

  // Join old groups to new ones by a canonical key: the id itself when the tables are shared,
  // otherwise a key built from the shared string order (ranks), which identifies the same text.
  const canonical = same ? (_side: number, key: number) => key : canonicalKey(keyType, [groupsNew.tables, groupsOld.tables], ranks);
  const oldIndex = new Map<number | string, number>();
  for (let j = 0; j < groupsOld.keys.length; j++) oldIndex.set(canonical(1, groupsOld.keys[j]!), j);
  const matchedOld = new Uint8Array(groupsOld.keys.length);

  interface Row { side: number; key: number; size: number; sizeDiff: number; count: number; countDiff: number }
  const rows: Row[] = [];
  for (let i = 0; i < groupsNew.keys.length; i++) {
    const key = groupsNew.keys[i]!;
    const j = oldIndex.get(canonical(0, key));
    const s = groupsNew.size[i]!;
    const c = groupsNew.count[i]!;
    if (j === undefined) rows.push({ side: 0, key, size: s, sizeDiff: s, count: c, countDiff: c });
    else {
      matchedOld[j] = 1;
      rows.push({ side: 0, key, size: s, sizeDiff: s - groupsOld.size[j]!, count: c, countDiff: c - groupsOld.count[j]! });
    }
  }
  for (let j = 0; j < groupsOld.keys.length; j++) {
    // `0 - x`, not `-x`: an old group of size 0 must give +0 (CPython ints have no -0: "+0 B")
    if (!matchedOld[j]) rows.push({ side: 1, key: groupsOld.keys[j]!, size: 0, sizeDiff: 0 - groupsOld.size[j]!, count: 0, countDiff: 0 - groupsOld.count[j]! });
  }
  // CPython sorts (|sizeDiff|, size, |countDiff|, count, traceback) descending
  rows.sort(
    (a, b) =>
      Math.abs(b.sizeDiff) - Math.abs(a.sizeDiff) ||
      b.size - a.size ||
      Math.abs(b.countDiff) - Math.abs(a.countDiff) ||
      b.count - a.count ||
      order.compare(b.side, b.key, a.side, a.key),
  );
  return rows.map((r) => new StatisticDiff(keyTraceback(r.side === 0 ? groupsNew : groupsOld, r.key), r.size, r.sizeDiff, r.count, r.countDiff));
}

function canonicalKey(keyType: KeyType, tables: readonly Tables[], ranks: readonly Int32Array[]): (side: number, key: number) => number | string {
  if (keyType === 'filename') return (side, key) => (key === EMPTY ? -1 : ranks[side]![key]!);
  if (keyType === 'lineno') {
    return (side, key) => {
      if (key === EMPTY) return -1;
      const lines = tables[side]!.lineIndex();
      // ranks < 2**22 (two string tables of < 2**21) and lines < 2**32 pack exactly
      return ranks[side]![lines.file[key]!]! * 4294967296 + lines.lineno[key]!;
    };
  }
  return (side, key) => {
    const t = tables[side]!;
    const r = ranks[side]!;
    const stack = t.lineStackIndex().stack[key]!;
    let text = '';
    for (let i = t.stackStart[stack]!; i < t.stackStart[stack + 1]!; i++) {
      const f = t.stackFrames[i]!;
      text += r[t.frameFile[f]!] + ':' + t.frameLine[f] + ',';
    }
    return text;
  };
}
