// statistics() and compareTo() on integer ids: CPython's `_group_by` and `_compare_grouped_stats`.
// Traces are first summed per traceback id (one pass over the columns), then each traceback's sum
// goes to its key: a line id ('lineno'), a filename string id ('filename') or a line-stack id
// ('traceback'). Only then are the few groups turned into objects and sorted.
import { quote, TracemallocError } from './errors';
import { Frame } from './frame';
import { Statistic, StatisticDiff } from './statistic';
import { Traceback } from './traceback';
import { rankStrings, type Tables } from './tables';
import { SequenceInterner } from './interners';
import type { SnapshotColumns } from './snapshot';
import { stackFrames } from './snapshot';

export type KeyType = 'traceback' | 'filename' | 'lineno';

/** Sums per key. Key ids are in the key space of `tables`; EMPTY (-1) is the key of an empty stack. */
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
    // "cannot by used" (sic) is CPython's wording, kept so messages match tracemalloc's
    throw new TracemallocError(`cumulative mode cannot by used with key type 'traceback' (use 'lineno' or 'filename')`);
  }
  return keyType;
}

// Key of an empty stack for 'lineno' (CPython groups it as Traceback(()); it sorts first).
const EMPTY = -1;

function groupBy(columns: SnapshotColumns, keyType: KeyType, cumulative: boolean): Groups {
  const { tables, size, traceback, count: weight } = columns;
  const nTb = tables.tracebackCount;
  // Pass 1: per traceback id. Float64 sums stay exact up to 2**53 bytes. A row with a weight
  // (peak and totals rows, snapshot.ts) stands for that many blocks.
  const tbSize = new Float64Array(nTb);
  const tbCount = new Float64Array(nTb);
  for (let i = 0, n = traceback.length; i < n; i++) {
    const tb = traceback[i]!;
    tbSize[tb] += size[i]!;
    tbCount[tb] += weight ? weight[i]! : 1;
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

  // CPython's _compare_grouped_stats: join old groups to new ones. Keys are translated from the
  // old tables' id space into the new one (identity when the tables are shared), all numeric.
  const toNew = same ? (key: number) => key : keyTranslator(keyType, groupsNew.tables, groupsOld.tables);
  const nNew = groupsNew.keys.length;
  const nOld = groupsOld.keys.length;
  const groupOfNewKey = new Map<number, number>();
  for (let i = 0; i < nNew; i++) groupOfNewKey.set(groupsNew.keys[i]!, i);
  const oldSize = new Float64Array(nNew);
  const oldCount = new Float64Array(nNew);
  const onlyOld: number[] = [];
  for (let j = 0; j < nOld; j++) {
    const key = groupsOld.keys[j]!;
    const mapped = key === EMPTY ? EMPTY : toNew(key);
    const i = mapped === NOT_FOUND ? undefined : groupOfNewKey.get(mapped);
    if (i === undefined) onlyOld.push(j);
    else {
      oldSize[i] = groupsOld.size[j]!;
      oldCount[i] = groupsOld.count[j]!;
    }
  }

  // Rows in parallel typed arrays (a million diffs must not be a million row objects).
  const n = nNew + onlyOld.length;
  const side = new Uint8Array(n);
  const keys = new Int32Array(n);
  const size = new Float64Array(n);
  const sizeDiff = new Float64Array(n);
  const count = new Float64Array(n);
  const countDiff = new Float64Array(n);
  for (let i = 0; i < nNew; i++) {
    keys[i] = groupsNew.keys[i]!;
    size[i] = groupsNew.size[i]!;
    sizeDiff[i] = groupsNew.size[i]! - oldSize[i]!;
    count[i] = groupsNew.count[i]!;
    countDiff[i] = groupsNew.count[i]! - oldCount[i]!;
  }
  onlyOld.forEach((j, k) => {
    const r = nNew + k;
    side[r] = 1;
    keys[r] = groupsOld.keys[j]!;
    // `0 - x`, not `-x`: an old group of size 0 must give +0 (CPython ints have no -0: "+0 B")
    sizeDiff[r] = 0 - groupsOld.size[j]!;
    countDiff[r] = 0 - groupsOld.count[j]!;
  });
  const idx = Array.from({ length: n }, (_, i) => i);
  // CPython sorts (|sizeDiff|, size, |countDiff|, count, traceback) descending
  idx.sort(
    (a, b) =>
      Math.abs(sizeDiff[b]!) - Math.abs(sizeDiff[a]!) ||
      size[b]! - size[a]! ||
      Math.abs(countDiff[b]!) - Math.abs(countDiff[a]!) ||
      count[b]! - count[a]! ||
      order.compare(side[b]!, keys[b]!, side[a]!, keys[a]!),
  );
  return idx.map((r) => new StatisticDiff(keyTraceback(side[r] === 0 ? groupsNew : groupsOld, keys[r]!), size[r]!, sizeDiff[r]!, count[r]!, countDiff[r]!));
}

const NOT_FOUND = -2;

/** old key id -> the new tables' key id for the same CPython key, or NOT_FOUND. */
function keyTranslator(keyType: KeyType, newTables: Tables, oldTables: Tables): (key: number) => number {
  const stringIds = new Map<string, number>();
  newTables.strings.forEach((text, id) => stringIds.set(text, id));
  const stringMap = Int32Array.from(oldTables.strings, (text) => stringIds.get(text) ?? NOT_FOUND);
  if (keyType === 'filename') return (key) => stringMap[key]!;

  const newLines = newTables.lineIndex();
  const oldLines = oldTables.lineIndex();
  const lineMap = new Int32Array(oldLines.file.length);
  for (let l = 0; l < lineMap.length; l++) {
    const file = stringMap[oldLines.file[l]!]!;
    const found = file === NOT_FOUND ? -1 : newLines.lookup.find(file, oldLines.lineno[l]!);
    lineMap[l] = found < 0 ? NOT_FOUND : found;
  }
  if (keyType === 'lineno') return (key) => lineMap[key]!;

  // 'traceback': line stacks of the new tables by their line-id sequences, then each old line
  // stack translated line by line and looked up
  const lineStacksOf = (t: Tables, lines: typeof newLines, translate: Int32Array | null, visit: (id: number, seq: Int32Array, depth: number) => void) => {
    const reps = t.lineStackIndex().stack;
    let scratch = new Int32Array(16);
    for (let id = 0; id < reps.length; id++) {
      const stack = reps[id]!;
      const start = t.stackStart[stack]!;
      const depth = t.stackStart[stack + 1]! - start;
      if (depth > scratch.length) scratch = new Int32Array(depth * 2);
      for (let i = 0; i < depth; i++) {
        const line = lines.lineOfFrame[t.stackFrames[start + i]!]!;
        scratch[i] = translate ? translate[line]! : line;
      }
      visit(id, scratch, depth);
    }
  };
  const lookup = new SequenceInterner(newTables.lineStackIndex().stack.length);
  lineStacksOf(newTables, newLines, null, (_id, seq, depth) => lookup.intern(seq, 0, depth));
  const stackMap = new Int32Array(oldTables.lineStackIndex().stack.length);
  lineStacksOf(oldTables, oldLines, lineMap, (id, seq, depth) => {
    let ok = true;
    for (let i = 0; i < depth && ok; i++) ok = seq[i] !== NOT_FOUND;
    const found = ok ? lookup.find(seq, 0, depth) : -1;
    stackMap[id] = found < 0 ? NOT_FOUND : found;
  });
  return (key) => stackMap[key]!;
}
