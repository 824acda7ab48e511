// Rewrite: the sections that name functions or globals by index, after the new imports shifted
// the index spaces (defined functions by K hook imports, defined globals by 2): exports, start,
// elements, globals, tables, data offsets and the name section. Constant expressions go through
// code.ts's renumbering.
//
// Before:  (export "malloc" (func 3))  (elem (i32.const 1) func 3 4)  (global $g i32 (global.get 0))
// After:   (export "malloc" (func 6))  (elem (i32.const 1) func 6 7)  (global $g i32 (global.get 0))
//          ;; K = 3 imported hooks; global 0 is an import, so it keeps its index
//
// The name section follows its functions: NAME$orig takes NAME's local names, the entry keeps
// only its parameters' names; the hooks and the new globals are named. Control case: an index
// below the first new import is written as it was.

import { ByteReader } from '../byte-reader';
import { NO_HELPERS, codeEnv, rewriteInstructions } from './code';
import { readLimits, readValType } from '../wasm/module';
import { Writer } from '../../abi/writer';

export interface IndexMaps {
  fn(old: number): number;
  global(old: number): number;
}

/** A constant expression (up to its `end`), with ref.func / global.get remapped. */
function expr(r: ByteReader, out: Writer, maps: IndexMaps, where: string): void {
  const env = codeEnv({ fn: maps.fn, global: maps.global, call: () => ({ kind: 'keep' }), tracing: 0, indirectSite: -1, helpers: NO_HELPERS });
  rewriteInstructions(r, out, env, 0, where);
}

/** Copies what `read` reads (a value type, limits) as it was. */
function copy(r: ByteReader, out: Writer, read: (r: ByteReader) => unknown): void {
  const at = r.pos;
  read(r);
  out.bytes(r.bytes.subarray(at, r.pos));
}

/** A name as it was when it is ASCII (nothing to decode: a C++ module exports ~100 k mangled names), else decoded and encoded again. */
function copyName(r: ByteReader, out: Writer): void {
  const at = r.pos;
  const len = r.u32leb('name length');
  r.need(len, 'name');
  const b = r.bytes, from = r.pos, to = from + len;
  for (let i = from; i < to; i++) if (b[i]! >= 0x80) { r.pos = at; out.name(r.name()); return; }
  out.uleb(len).range(b, from, to);
  r.pos = to;
}

/** The export section's payload, appended to `out` (in place: a big module's is ~7 MB). */
export function writeExports(r: ByteReader, maps: IndexMaps, out: Writer): void {
  const n = r.u32leb('export count');
  out.uleb(n);
  for (let i = 0; i < n; i++) {
    copyName(r, out);
    const kind = r.u8();
    const index = r.u32leb('export index');
    out.u8(kind).uleb(kind === 0 ? maps.fn(index) : kind === 3 ? maps.global(index) : index);
  }
}

export function rewriteStart(r: ByteReader, maps: IndexMaps): Uint8Array {
  return new Writer(8).uleb(maps.fn(r.u32leb('start function'))).result;
}

export function rewriteElements(r: ByteReader, maps: IndexMaps): Uint8Array {
  const out = new Writer(r.end - r.pos + 64);
  const n = r.u32leb('element segment count');
  out.uleb(n);
  for (let i = 0; i < n; i++) {
    const where = `element segment ${i}`;
    const flags = r.u32leb('element flags');
    out.uleb(flags);
    if (flags & 2 && !(flags & 1)) out.uleb(r.u32leb('table index')); // 2, 6: explicit table
    if (!(flags & 1)) expr(r, out, maps, where); // active: offset
    if (flags & 3) { // 1, 2, 3, 5, 6, 7: element kind or reference type
      if (flags & 4) copy(r, out, readValType);
      else out.u8(r.u8());
    }
    const count = r.u32leb('element count');
    out.uleb(count);
    for (let j = 0; j < count; j++) {
      if (flags & 4) expr(r, out, maps, where);
      else out.uleb(maps.fn(r.u32leb('function index')));
    }
  }
  return out.result;
}

/** `extra`: encoded global entries appended after the module's own (new defined globals). */
export function rewriteGlobals(r: ByteReader, maps: IndexMaps, extra: Uint8Array[] = []): Uint8Array {
  const out = new Writer(r.end - r.pos + 16);
  const n = r.u32leb('global count');
  out.uleb(n + extra.length);
  for (let i = 0; i < n; i++) {
    copy(r, out, readValType);
    out.u8(r.u8());
    expr(r, out, maps, `global ${i}`);
  }
  for (const g of extra) out.bytes(g);
  return out.result;
}

export function rewriteTables(r: ByteReader, maps: IndexMaps): Uint8Array {
  const out = new Writer(r.end - r.pos + 16);
  const n = r.u32leb('table count');
  out.uleb(n);
  for (let i = 0; i < n; i++) {
    if (r.bytes[r.pos] === 0x40) { // table with an initializer expression
      out.op(r.u8(), r.u8());
      copy(r, out, readValType);
      copy(r, out, readLimits);
      expr(r, out, maps, `table ${i}`);
    } else {
      copy(r, out, readValType);
      copy(r, out, readLimits);
    }
  }
  return out.result;
}

/** The data section's payload, appended to `out`. */
export function writeData(r: ByteReader, maps: IndexMaps, out: Writer): void {
  const n = r.u32leb('data segment count');
  out.uleb(n);
  for (let i = 0; i < n; i++) {
    const flags = r.u32leb('data flags');
    out.uleb(flags);
    if (flags === 2) out.uleb(r.u32leb('memory index'));
    if (flags !== 1) expr(r, out, maps, `data segment ${i}`);
    const len = r.u32leb('data length');
    out.uleb(len);
    const at = r.pos;
    r.skip(len, 'data segment');
    out.range(r.bytes, at, r.pos);
  }
}

export interface NameAdditions {
  functions: [number, string][];
  globals: [number, string][];
  /** Local names move with a body: new function index -> old function index whose names it takes. */
  localsFrom: Map<number, number>;
  /** Functions whose old local names must be cut to their parameters (entry wrappers). */
  paramsOnly: Map<number, number>;
}

/** The name section with every index remapped and the new functions named. */
export function rewriteNames(r: ByteReader, maps: IndexMaps, add: NameAdditions): Uint8Array {
  const sub = new Map<number, Uint8Array>();
  const order: number[] = [];
  while (!r.done) {
    const id = r.u8();
    const size = r.u32leb('name subsection size');
    const at = r.pos;
    r.skip(size, 'name subsection');
    sub.set(id, r.bytes.subarray(at, r.pos));
    order.push(id);
  }
  const nameMap = (payload: Uint8Array | undefined, map: (i: number) => number, extra: [number, string][]) => {
    const copied = payload && asciiNameMap(payload, map, extra);
    if (copied) return copied;
    const entries: [number, string][] = [...extra];
    if (payload) {
      const pr = new ByteReader(payload);
      const n = pr.u32leb('name count');
      for (let i = 0; i < n; i++) { const idx = pr.u32leb('index'); entries.push([map(idx), pr.name()]); }
    }
    entries.sort((a, b) => a[0] - b[0]);
    const w = new Writer();
    w.uleb(entries.length);
    for (const [i, s] of entries) w.uleb(i).name(s);
    return w.result.slice();
  };
  const indirect = (payload: Uint8Array, localsFrom?: Map<number, number>, paramsOnly?: Map<number, number>) => {
    const pr = new ByteReader(payload);
    const n = pr.u32leb('count');
    const groups = new Map<number, Uint8Array>();
    const byOld = new Map<number, Uint8Array>();
    for (let i = 0; i < n; i++) {
      const idx = pr.u32leb('function index');
      const at = pr.pos;
      const m = pr.u32leb('count');
      for (let j = 0; j < m; j++) { pr.u32leb('index'); pr.name(); }
      const body = payload.subarray(at, pr.pos);
      byOld.set(idx, body);
      groups.set(maps.fn(idx), body);
    }
    for (const [to, from] of localsFrom ?? []) { const g = byOld.get(from); if (g) groups.set(to, g); }
    for (const [fn, params] of paramsOnly ?? []) {
      const g = groups.get(fn);
      if (!g) continue;
      const gr = new ByteReader(g);
      const m = gr.u32leb('count');
      const keep: [number, string][] = [];
      for (let j = 0; j < m; j++) { const li = gr.u32leb('index'); const s = gr.name(); if (li < params) keep.push([li, s]); }
      const w = new Writer();
      w.uleb(keep.length);
      for (const [li, s] of keep) w.uleb(li).name(s);
      groups.set(fn, w.result.slice());
    }
    const w = new Writer(payload.length + 64);
    const sorted = [...groups.entries()].sort((a, b) => a[0] - b[0]);
    w.uleb(sorted.length);
    for (const [i, g] of sorted) w.uleb(i).bytes(g);
    return w.result.slice();
  };
  if (!order.includes(1)) order.push(1);
  if (add.globals.length && !order.includes(7)) order.push(7);
  order.sort((a, b) => a - b);
  const payloads: [number, Uint8Array][] = [];
  for (const id of order) {
    let payload = sub.get(id);
    if (id === 1) payload = nameMap(payload, maps.fn, add.functions);
    else if (id === 2 && payload) payload = indirect(payload, add.localsFrom, add.paramsOnly);
    else if (id === 3 && payload) payload = indirect(payload);
    else if (id === 7) payload = nameMap(payload, maps.global, add.globals);
    if (payload) payloads.push([id, payload]);
  }
  // (sized once: a grown writer of a big name section is the section copied again, into fresh pages)
  const out = new Writer(payloads.reduce((n, [, p]) => n + p.length + 6, 16));
  for (const [id, payload] of payloads) out.u8(id).uleb(payload.length).bytes(payload);
  return out.result;
}

/**
 * A name map (the name section's function or global names) with its indices remapped and `extra`
 * merged in, as rewriteNames()'s decode, sort and encode writes it, when every name of `payload`
 * is ASCII and its indices increase: the names are copied as bytes, with no string each (a Rust
 * module's name section: Biome's 7.7 MB, ~36 k names). Else null (the caller decodes).
 */
export function asciiNameMap(payload: Uint8Array, map: (i: number) => number, extra: [number, string][]): Uint8Array | null {
  const pr = new ByteReader(payload);
  const n = pr.u32leb('name count');
  if (n > payload.length) return null; // (not a count: the decoding path says what is wrong)
  const index = new Int32Array(n), from = new Int32Array(n), to = new Int32Array(n);
  let previous = -1;
  for (let k = 0; k < n; k++) {
    const idx = map(pr.u32leb('index'));
    const len = pr.u32leb('name length');
    pr.need(len, 'name');
    const at = pr.pos, end = at + len;
    for (let p = at; p < end; p++) if (payload[p]! >= 0x80) return null;
    if (idx <= previous) return null;
    previous = idx;
    index[k] = idx; from[k] = at; to[k] = end;
    pr.pos = end;
  }
  // (the decoding path's stable sort of [...extra, ...names] by index: on a tie the extra first)
  const added = extra.map((e, i) => [e, i] as const).sort((a, b) => a[0][0] - b[0][0] || a[1] - b[1]).map(([e]) => e);
  const w = new Writer(payload.length + 16 + added.reduce((s, [, name]) => s + 3 * name.length + 10, 0));
  w.uleb(n + added.length);
  let e = 0;
  for (let k = 0; k < n; k++) {
    for (; e < added.length && added[e]![0] <= index[k]!; e++) w.uleb(added[e]![0]).name(added[e]![1]);
    w.uleb(index[k]!).uleb(to[k]! - from[k]!).range(payload, from[k]!, to[k]!);
  }
  for (; e < added.length; e++) w.uleb(added[e]![0]).name(added[e]![1]);
  return w.result;
}
