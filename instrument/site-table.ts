// The site table of docs/hook-abi.md (custom section `wasm-tracemalloc.sites`): every site's
// source location, resolved once here from the ORIGINAL module (DWARF, source map or names).
//
// Inlined code: a site's location is the CONCRETE function's line (the user's `v.push_back(x)`,
// not the `<vector>` line the call instruction sits in), so a one-frame traceback names the
// user's line; the inlined frames inside it, innermost first, go to the optional `inlined` map.

import { UNKNOWN_SITE_ROW, type InlinedRow, type SiteTable } from '../abi';
import type { Resolver, SourceLocation } from './resolve';
import { displayFilename } from './resolve';

export interface Site {
  /** Module byte offset of the original call instruction, or -1 when it could not be matched. */
  offset: number;
  kind: 0 | 1;
  /** Function index (original module) holding the call. */
  funcIndex: number;
}

export type { SiteRow, SiteTable } from '../abi';

/**
 * The key offset of the allocators found: an allocator whose result is adjusted down to the key
 * (AssemblyScript's `__new`: object - 16) hands out pointers the program holds above their key.
 */
export function objectKeyOffset(allocators: { spec: { role: string; resultAdjust?: number } }[]): number {
  return Math.min(0, ...allocators.map((a) => (a.spec.role === 'alloc' ? a.spec.resultAdjust ?? 0 : 0)));
}

/**
 * Per table buildSiteTable made: for each file index that is a `function+0xOFFSET` fallback, the
 * offset (else -1), so the encoder stores (function, offset) without reading the string back.
 */
const fallbackOffsets = new WeakMap<SiteTable, Int32Array>();
export const fallbackOffsetsOf = (table: SiteTable): Int32Array | undefined => fallbackOffsets.get(table);

export function buildSiteTable(sites: Site[], resolver: Resolver, funcName: (index: number) => string, keyOffset = 0): SiteTable {
  const files: string[] = [];
  const functions: string[] = [];
  const fileIds = new Map<string, number>();
  const fnIds = new Map<string, number>();
  // Fallbacks are one per call site (a C++ module has ~280 k, each a demangled name + '+0x…'):
  // listed as they come, never hashed (two equal ones, of two functions of one name, both list).
  let offsets = new Int32Array(1024);
  const intern = (list: string[], ids: Map<string, number>, s: string | null) => {
    if (s === null) return -1;
    let id = ids.get(s);
    if (id === undefined) { id = list.length; list.push(s); ids.set(s, id); }
    return id;
  };
  const fileOf = (loc: SourceLocation, fn: number): number => {
    const at = loc.functionOffset ?? 0;
    if (loc.file !== null || loc.functionName === null || fn < 0 || at < 0 || at >= 2 ** 31) return intern(files, fileIds, displayFilename(loc));
    const id = files.push(displayFilename(loc)) - 1;
    if (id >= offsets.length) { const grown = new Int32Array(2 * id).fill(-1); grown.set(offsets); offsets = grown; }
    offsets[id] = at;
    return id;
  };
  offsets.fill(-1);
  const table: SiteTable = { version: 1, files, functions, sites: [[...UNKNOWN_SITE_ROW]], resolver: resolver.kind, offsets: [0] };
  const row = (loc: SourceLocation): InlinedRow => {
    const fn = intern(functions, fnIds, loc.functionName);
    return [fileOf(loc, fn), loc.line, loc.column, fn];
  };
  sites.forEach((site, i) => {
    const id = i + 1;
    table.offsets.push(site.offset);
    if (site.offset < 0) {
      const fn = funcName(site.funcIndex);
      table.sites.push([intern(files, fileIds, fn), 0, 0, intern(functions, fnIds, fn), site.kind]);
      return;
    }
    const loc = resolver.resolve(site.offset);
    if (loc.functionName === null) loc.functionName = funcName(site.funcIndex);
    const chain = loc.inlined?.length ? [loc, ...loc.inlined] : [loc];
    const concrete = chain[chain.length - 1]!;
    table.sites.push([...row(concrete), site.kind]);
    if (chain.length > 1) (table.inlined ??= {})[id] = chain.slice(0, -1).map(row);
  });
  if (keyOffset !== 0) table.objectKeyOffset = keyOffset;
  fallbackOffsets.set(table, offsets.subarray(0, files.length));
  return table;
}
