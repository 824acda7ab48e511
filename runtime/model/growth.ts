// objgraph's show_growth for linear memory: what grew between two snapshots, by the function that
// allocated (frame 0's function) or by the type allocated, where the toolchain's names tell it.
// Works on the snapshots' columns per traceback; the two snapshots may have different tables.
import { quote, TracemallocError } from './errors';
import { formatSize } from './format-size';
import type { Snapshot, SnapshotColumns } from './snapshot';

export type GrowthKey = 'function' | 'type';

export interface Growth {
  /** the function name (or `file:line` when the frame has none), or the type name */
  readonly name: string;
  readonly size: number;
  readonly sizeDiff: number;
  readonly count: number;
  readonly countDiff: number;
}

/** Where no name is known: the grouping says so rather than guess. */
export const UNKNOWN_TYPE = '(type not known)';

/**
 * The type a traceback allocates, from the most recent frame whose function name carries one:
 * Rust `Box<T>::new` → `Box<T>`, `Vec<T…>::…` → `Vec<T>`, AssemblyScript `Cls#constructor` →
 * `Cls`, a C++ constructor `ns::Cls::Cls(…)` or method `ns::Cls::m(…)` → `ns::Cls` (the class of
 * operator new's caller; a class is told from a namespace by convention: see below). Free
 * functions name no type, and neither do Rust paths other than Box/Vec/String.
 */
export function typeOfFunction(fn: string): string | null {
  const rustBox = /(?:^|::|<)(?:alloc::boxed::)?Box<(.+)>::(?:new|from|pin)\b/.exec(fn);
  if (rustBox) return `Box<${stripAllocator(rustBox[1]!)}>`;
  const rustVec = /(?:^|::|<)(?:alloc::vec::)?Vec<(.+)>::/.exec(fn);
  if (rustVec) return `Vec<${stripAllocator(rustVec[1]!)}>`;
  if (/(?:^|::)(?:alloc::string::)?String::/.test(fn)) return 'String';
  const as = /([A-Za-z_$][\w$]*(?:<[^#]*>)?)#constructor$/.exec(fn);
  if (as) return as[1]!;
  // C++ (demangled, with its argument list; Rust paths have none and name no class): the
  // qualifier before the last component when it is a class — the constructor's own name, a
  // template, or a capitalised name (namespaces are lower case by convention, std's too)
  if (!/\(/.test(fn)) return null;
  const parts = splitQualified(stripArgs(fn));
  if (parts.length >= 2) {
    const owner = parts[parts.length - 2]!;
    const last = parts[parts.length - 1]!;
    const bareOwner = owner.replace(/<.*$/s, '');
    if (last === bareOwner || last === '~' + bareOwner || owner.includes('<') || /^[A-Z]/.test(bareOwner)) return parts.slice(0, -1).join('::');
  }
  return null;
}

function stripAllocator(t: string): string {
  // Vec<T, A> / Box<T, A>: the allocator parameter is not the type
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '<' || c === '(' || c === '[') depth++;
    else if (c === '>' || c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) return t.slice(0, i).trim();
  }
  return t.trim();
}

function stripArgs(fn: string): string {
  // the first '(' at template depth 0 starts the arguments
  let depth = 0;
  for (let i = 0; i < fn.length; i++) {
    const c = fn[i];
    if (c === '<') depth++;
    else if (c === '>') depth--;
    else if (c === '(' && depth === 0 && i > 0) return fn.slice(0, i);
  }
  return fn;
}

function splitQualified(name: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '<') depth++;
    else if (c === '>') depth--;
    else if (c === ':' && name[i + 1] === ':' && depth === 0) {
      out.push(name.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  out.push(name.slice(start));
  return out.filter((p) => p !== '');
}

/** Size and count per name of one snapshot. */
function groupByName(columns: SnapshotColumns, key: GrowthKey): Map<string, [number, number]> {
  const { tables, size, traceback, count: weight } = columns;
  const nameOfTb = new Map<number, string>();
  const nameOf = (tb: number): string => {
    let name = nameOfTb.get(tb);
    if (name !== undefined) return name;
    const stack = tables.tbStack[tb]!;
    const start = tables.stackStart[stack]!;
    const end = tables.stackStart[stack + 1]!;
    if (start === end) name = key === 'type' ? UNKNOWN_TYPE : '(no frame)';
    else if (key === 'function') {
      const f = tables.stackFrames[start]!;
      const fn = tables.frameFunction[f]!;
      name = fn >= 0 ? tables.strings[fn]! : `${tables.strings[tables.frameFile[f]!]}:${tables.frameLine[f]}`;
    } else {
      name = UNKNOWN_TYPE;
      for (let i = start; i < end; i++) {
        const fn = tables.frameFunction[tables.stackFrames[i]!]!;
        const type = fn >= 0 ? typeOfFunction(tables.strings[fn]!) : null;
        if (type) {
          name = type;
          break;
        }
      }
    }
    nameOfTb.set(tb, name);
    return name;
  };
  const out = new Map<string, [number, number]>();
  for (let i = 0; i < traceback.length; i++) {
    const name = nameOf(traceback[i]!);
    const v = out.get(name) ?? [0, 0];
    v[0] += size[i]!;
    v[1] += weight ? weight[i]! : 1;
    out.set(name, v);
  }
  return out;
}

/** What grew from `older` to `newer` by `key`, biggest growth first (objgraph lists growth only). */
export function growthBetween(newer: Snapshot, older: Snapshot, key: GrowthKey = 'function'): Growth[] {
  if (key !== 'function' && key !== 'type') throw new TracemallocError(`unknown growth key ${quote(key)} (expected 'function' or 'type')`);
  const now = groupByName(newer.columns, key);
  const before = groupByName(older.columns, key);
  const out: Growth[] = [];
  for (const [name, [size, count]] of now) {
    const [s0, c0] = before.get(name) ?? [0, 0];
    if (size > s0 || count > c0) out.push({ name, size, sizeDiff: size - s0, count, countDiff: count - c0 });
  }
  return out.sort((a, b) => b.sizeDiff - a.sizeDiff || b.countDiff - a.countDiff || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** objgraph's line: `name  size (+diff)  count (+diff)`, aligned by the caller. */
export function formatGrowth(list: readonly Growth[]): string[] {
  if (list.length === 0) return [];
  const nameWidth = Math.min(60, Math.max(...list.map((g) => g.name.length)));
  return list.map((g) => `${g.name.padEnd(nameWidth)}  ${String(g.count).padStart(8)} ${`(${g.countDiff >= 0 ? '+' : ''}${g.countDiff})`.padEnd(10)} ${formatSize(g.size, false)} (${formatSize(g.sizeDiff, true)})`);
}
