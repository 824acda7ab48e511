// The site table of docs/hook-abi.md (custom section `wasm-tracemalloc.sites`): every site's
// source location, resolved once here from the ORIGINAL module (DWARF, source map or names).
//
// Inlined code: a site's location is the CONCRETE function's line (the user's `v.push_back(x)`,
// not the `<vector>` line the call instruction sits in), so a one-frame traceback names the
// user's line; the inlined frames inside it, innermost first, go to the optional `inlined` map.

import { Strings, UNKNOWN_SITE_ROW, type InlinedRow, type SiteColumns } from '../abi';
import type { Resolver, SourceLocation } from './resolve';
import { displayFilename, shownName } from './resolve';
import { demangle, demangleCheap, mayDemangle } from '../abi/demangle';
import { fallbackFilename } from './names';
import type { FuncBody } from './code-reader';
import { isGlobalAllocatorFrame } from './profiles';

/**
 * The call sites the rewrite numbered (site i is the i-th, from 1), as the columns the site table
 * keeps (offset, kind) and the function holding each: a C++ module has ~570 k of them, and an
 * object each was garbage-collector work; buildSiteColumns() takes the columns over (no copy of
 * them, no second set of fresh pages).
 */
export class SiteList {
  offsets: Int32Array;
  kinds: Uint8Array;
  funcs: Int32Array;
  length = 0;
  /** `capacity`: the sites expected at most (the module's calls); pages past what is written are never touched. */
  constructor(capacity = 4096) {
    const n = Math.max(16, capacity + 1);
    this.offsets = new Int32Array(n);
    this.kinds = new Uint8Array(n);
    this.funcs = new Int32Array(n);
  }
  /** `offset`: module byte offset of the original call (-1 when it could not be matched); `kind`
   * 0 an allocator call, 1 a frame; `funcIndex`: the function (original module) holding it.
   * Returns the site's id. */
  push(offset: number, kind: 0 | 1, funcIndex: number): number {
    const id = this.length + 1;
    if (id === this.offsets.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => { const g = new (a.constructor as new (n: number) => T)(2 * a.length); g.set(a); return g; };
      this.offsets = grow(this.offsets);
      this.kinds = grow(this.kinds);
      this.funcs = grow(this.funcs);
    }
    this.offsets[id] = offset;
    this.kinds[id] = kind;
    this.funcs[id] = funcIndex;
    this.length = id;
    return id;
  }
}

export type { SiteRow, SiteTable, SiteColumns } from '../abi';

/**
 * The key offset of the allocators found: an allocator whose result is adjusted down to the key
 * (AssemblyScript's `__new`: object - 16) hands out pointers the program holds above their key.
 */
export function objectKeyOffset(allocators: { spec: { role: string; resultAdjust?: number } }[]): number {
  return Math.min(0, ...allocators.map((a) => (a.spec.role === 'alloc' ? a.spec.resultAdjust ?? 0 : 0)));
}

/**
 * The site table as columns (abi/site-codec.ts SiteColumns), encoded from them directly; the
 * JSON-shaped SiteTable is built from them only when someone reads instrument()'s `sites`. A C++
 * module has ~280 k sites: an array per row and a `name+0x…` string per fallback were half of
 * instrumenting DuckDB's time, most of it the garbage collector's.
 */
export function buildSiteColumns(sites: SiteList, resolver: Resolver, funcName: (index: number) => string, keyOffset = 0): SiteColumns {
  const files = new Interner(), functions = new Interner();
  // A location with no file but a function: the fallback `function+0xOFFSET`, kept as the offset
  // (file = -2 - offset; the codec and siteTableOf build the string). Inlined frames index files.
  const fileOf = (loc: SourceLocation, fn: number, inlined: boolean): number => {
    const at = loc.functionOffset ?? 0;
    if (loc.file !== null || loc.functionName === null || fn < 0 || at < 0 || at > 2 ** 31 - 3 || inlined) return files.id(displayFilename(loc));
    return -2 - at;
  };
  // The list's columns become the table's: offset and kind as they are; each site's function
  // index is read, then its slot takes the function's id (the list is spent). Zeros (line and
  // column of the sites without a line) are not written: those pages stay untouched.
  const n = sites.length + 1;
  const c: SiteColumns = {
    resolver: resolver.kind, files: Strings.of(files.list), functions: Strings.of(functions.list),
    file: new Int32Array(n), line: new Int32Array(n), column: new Int32Array(n), func: sites.funcs.subarray(0, n),
    kind: sites.kinds.subarray(0, n), offset: sites.offsets.subarray(0, n), inlined: new Map(), objectKeyOffset: keyOffset,
  };
  [c.file[0], c.line[0], c.column[0], c.func[0], c.kind[0]] = UNKNOWN_SITE_ROW;
  c.offset[0] = 0;
  const row = (loc: SourceLocation): InlinedRow => {
    const fn = functions.id(loc.functionName, loc.mangled);
    return [fileOf(loc, fn, true), loc.line, loc.column, fn];
  };
  // one fallback name per function (sites come in code order: a function's one after another),
  // not a `wasm-function[N]` string per site
  let namedIndex = -1, named = '';
  const nameOf = (index: number): string => {
    if (index !== namedIndex) { namedIndex = index; named = funcName(index); }
    return named;
  };
  if (resolver.names) return namesOnly(c, n, resolver.names, files, functions, nameOf);
  for (let id = 1; id < n; id++) {
    const offset = c.offset[id]!, funcIndex = c.func[id]!;
    if (offset < 0) {
      const fn = nameOf(funcIndex);
      c.file[id] = files.id(fn);
      c.func[id] = functions.id(fn);
      continue;
    }
    const loc = resolver.resolve(offset);
    if (loc.functionName === null) {
      loc.functionName = nameOf(funcIndex);
      loc.mangled = false;
    }
    // the concrete function's line (the outermost of an inlined chain); the inlined frames beside it
    const concrete = loc.inlined?.length ? loc.inlined[loc.inlined.length - 1]! : loc;
    const fn = functions.id(concrete.functionName, concrete.mangled);
    c.file[id] = fileOf(concrete, fn, false);
    if (concrete.line !== 0) c.line[id] = concrete.line;
    if (concrete.column !== 0) c.column[id] = concrete.column;
    c.func[id] = fn;
    // (the inlined frames of Rust's global allocator are the allocator's own: left out)
    if (loc.inlined?.length) {
      const rows = [loc, ...loc.inlined.slice(0, -1)].filter((f) => !isGlobalAllocatorFrame(shownName(f)));
      if (rows.length) c.inlined.set(id, rows.map(row));
    }
  }
  // Strings.of keeps the arrays it was given: filled above, they are complete now
  c.files = Strings.of(files.list);
  c.functions = functions.strings();
  return c;
}

/**
 * The loop above for the name-section resolver (no DWARF, no source map: a release build such as
 * DuckDB's, ~570 k sites), with no location object per site: each row is its function's name and
 * the fallback `name+0xOFFSET` (the offset in the function). The same rows as the loop above.
 */
function namesOnly(c: SiteColumns, n: number, names: NonNullable<Resolver['names']>, files: Interner, functions: Interner,
  nameOf: (index: number) => string): SiteColumns {
  // a function's sites come one after another: its name and id are looked up once per run of them
  let body: FuncBody | null | undefined, func = -1, named = false, name = '', fn = -1;
  for (let id = 1; id < n; id++) {
    const offset = c.offset[id]!, funcIndex = c.func[id]!;
    if (offset < 0) {
      const fallback = nameOf(funcIndex);
      c.file[id] = files.id(fallback);
      c.func[id] = functions.id(fallback);
      continue;
    }
    const b = names.bodyAt(offset);
    if (b !== body || (!named && funcIndex !== func)) {
      body = b;
      func = funcIndex;
      const own = b ? names.nameOf(b.index) : null;
      named = own !== null;
      name = own ?? nameOf(funcIndex);
      fn = functions.id(name, named); // (the module's own name: kept as it spells it, demangled when shown)
    }
    const at = b ? offset - b.bodyStart : 0;
    c.file[id] = at > 2 ** 31 - 3 ? files.id(fallbackFilename(named ? demangle(name) : name, b ? b.index : -1, at)) : -2 - at;
    c.func[id] = fn;
  }
  c.files = Strings.of(files.list);
  c.functions = functions.strings();
  return c;
}

/**
 * Strings → ids in first-seen order. The last string is remembered: a function's sites come
 * one after another with its name (one string per function), so most look-ups skip the map.
 * A function name is interned with whether it is the module's symbol as spelled (`mangled`):
 * kept so and marked (shown demangled, abi/site-codec.ts `Strings`) when demangle() may change
 * it, except where demangling is a cheap read (`demangleCheap`: Rust legacy names, v0 names printed
 * with their crate hashes), demangled here: their hashes would keep apart functions that read the
 * same (Rust's generic instances: ~2× the pool of a Rust module) in bytes that do not pack.
 * Marked and unmarked, the same text is two entries.
 */
class Interner {
  readonly list: string[] = [];
  private readonly mangled: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly mangledIds = new Map<string, number>();
  private last: string | null = null;
  private lastMangled = false;
  private lastId = -1;
  id(s: string | null, mangled = false): number {
    if (s === null) return -1;
    if (s === this.last && mangled === this.lastMangled) return this.lastId;
    let kept = s, marked = mangled;
    if (mangled) {
      const cheap = demangleCheap(s);
      if (cheap !== null) { kept = cheap; marked = false; } else marked = mayDemangle(s);
    }
    const ids = marked ? this.mangledIds : this.ids;
    let id = ids.get(kept);
    if (id === undefined) { id = this.list.length; this.list.push(kept); this.mangled.push(marked ? 1 : 0); ids.set(kept, id); }
    this.last = s;
    this.lastMangled = mangled;
    this.lastId = id;
    return id;
  }
  /** The list as the table's Strings (the mangled ones shown demangled). */
  strings(): Strings {
    return Strings.of(this.list, this.mangledIds.size ? Uint8Array.from(this.mangled) : null);
  }
}
