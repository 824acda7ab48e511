// The `wasm-tracemalloc.sites` section's bytes (docs/hook-abi.md, "The site table"): written by
// instrument/, read by runtime/, both through this file. Binary, not JSON: a 39 MB C++ module
// (DuckDB) has ~570 k sites, 4.1 MB in version 3, 1.9 MB here (at ~280 k sites: 17 MB as JSON).
//
//   u8 5 (version) · str resolver · u count · u size · lz(count × str) · vec(u) files · vec(u) functions
//   vec(u) marks: the lengths of the runs of functions, unmarked and marked in turn (unmarked first)
//   u count (site 0 included) · u size · lz(rows: `size` bytes once unpacked), the rows being
//     the columns of count-1 sites (from site 1), one after the other:
//       s line delta … · u (column·2 + kind) … · s function delta … · s offset delta … · u file …
//     u count · inlined entries: u site-id delta · vec(frame: u file · u line · u column · u function+1)
//     s objectKeyOffset (the live table's key minus the pointer the program holds; AssemblyScript -16)
// u = unsigned LEB128, s = zigzag LEB128, str = u length + UTF-8, vec = u count + items.
// A marked function's name is kept as the module spells it (its name section, symbol map, glue or
// export names: `_ZN6duckdb…`), and readers show it demangled (demangle.ts, on first use); an
// unmarked one is shown as it is (DWARF's, a source map's, a fallback, a name demangle() would
// leave as it is). Demangling ~40 k names cost the instrumenter ~15 % of its work on DuckDB; a
// snapshot shows a few hundred.
// Files and functions index one string pool (a function's name is often its file's fallback),
// sorted and packed (lz.ts: `size` bytes once unpacked): a C++ module's ~43 k names share
// namespaces, classes and template arguments (DuckDB's demangled: 6.3 MB as plain strings, 0.8 MB
// packed). The rows are packed too, column by column so that alike values sit together (DuckDB's
// 570 k rows: 3.0 MB → 0.8 MB; its line column is all zeros, its column·kind column mostly 0 and 1).
// A row's `file` is 0 for unknown, 1 for "the function's name + '+0x' + hex" (the name-section
// fallback `make_node+0x1a`, built from the next u: the offset in the function), 2 for the same
// fallback whose offset in the function is the previous row's plus the offset delta (the next
// call in that function: nothing more to store), else index+3 into `files`. Lines, functions and
// offsets are deltas from the previous site (the function from -1, the offset from 0): the
// instrumenter numbers sites in code order, so they stay one byte or two.
// Still read: version 4 (the same, every function shown as it is: demangled at instrument time),
// version 3 (the same rows, row by row: u file · s line delta · u (column·2 + kind) ·
// s function delta · s offset delta, not packed, then the inlined entries and objectKeyOffset
// unpacked), and version 2 (the pool as a plain vec(str); rows: u file (0, 1, else index+2) ·
// s line delta · u column · u function+1 · u8 kind · s offset delta).
import { UNKNOWN_SITE_ROW, type InlinedRow, type SiteRow, type SiteTable } from './sites';
import { lzPack, lzUnpack } from './lz';
import { demangle } from './demangle';
import { Writer } from './writer';

/** Zigzag: a signed delta as an unsigned LEB128 (small either way). */
const zigzag = (v: number): number => (v < 0 ? -2 * v - 1 : 2 * v);

export const SITES_FORMAT_VERSION = 5;

/**
 * A list of the table's strings, each decoded on first use: a C++ module's ~43 k names took
 * ~0.2 s to decode at once, at every traced start, though a snapshot names a few hundred. Those
 * kept as the module spells them (`mangled`, a function's) are demangled on first use too.
 */
export class Strings {
  private readonly cache: (string | undefined)[] = [];
  /** Either the strings themselves, or where each one's UTF-8 lies in `data` ([start, end) per id);
   * `mangled`: per string, 1 when it is shown demangled (null: none is). */
  private constructor(readonly length: number, private readonly plain: readonly string[] | null,
    private readonly data: Uint8Array | null, private readonly bounds: Int32Array | null, private readonly ids: Int32Array | null,
    private readonly mangled: Uint8Array | null) {}

  static of(strings: readonly string[], mangled: Uint8Array | null = null): Strings {
    return new Strings(strings.length, strings, null, null, null, mangled);
  }

  /** Entries `ids` of the pool whose UTF-8 is `data` [bounds[2·id], bounds[2·id+1]) (ASCII, or checked valid). */
  static pooled(data: Uint8Array, bounds: Int32Array, ids: Int32Array, mangled: Uint8Array | null = null): Strings {
    return new Strings(ids.length, null, data, bounds, ids, mangled);
  }

  /** The i-th string as it is shown (demangled when kept mangled); undefined outside [0, length). */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const mangled = this.isMangled(i);
    if (this.plain !== null && !mangled) return this.plain[i];
    let s = this.cache[i];
    if (s === undefined) {
      s = this.kept(i);
      this.cache[i] = s = mangled ? demangle(s) : s;
    }
    return s;
  }

  /** The i-th string as the table keeps it (mangled when `isMangled(i)`); undefined outside [0, length). */
  raw(i: number): string | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    if (!this.isMangled(i)) return this.get(i);
    return this.kept(i);
  }

  /** The i-th string as kept, in range. */
  private kept(i: number): string {
    return this.plain !== null ? this.plain[i]! : this.decode(i);
  }

  private decode(i: number): string {
    const id = this.ids![i]!;
    return utf8(this.data!, this.bounds![2 * id]!, this.bounds![2 * id + 1]!);
  }

  /** Whether the i-th string is kept as the module spells it, and shown demangled. */
  isMangled(i: number): boolean {
    return this.mangled !== null && this.mangled[i] === 1;
  }

  /** Every string as it is shown. */
  toArray(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i)!);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 [start, end) of `b`; short ASCII (most names) without TextDecoder's per-call cost. */
function utf8(b: Uint8Array, start: number, end: number): string {
  if (end - start <= 64) {
    let ascii = true;
    for (let i = start; i < end; i++) if (b[i]! >= 0x80) { ascii = false; break; }
    if (ascii) return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
  }
  return decoder.decode(b.subarray(start, end));
}

/** What a reader gets: columns, one entry per site (site 0 included); strings built on demand. */
export interface SiteColumns {
  resolver: string;
  files: Strings;
  /** `get(i)` as shown; `raw(i)` as kept (the module's own names mangled: `isMangled(i)`). */
  functions: Strings;
  /** -1 unknown; ≤ -2: the fallback `functions[fn]+0x<hex of -(file + 2)>`; else an index into files. */
  file: Int32Array;
  line: Int32Array;
  column: Int32Array;
  func: Int32Array;
  kind: Uint8Array;
  offset: Int32Array;
  inlined: Map<number, InlinedRow[]>;
  objectKeyOffset: number;
}

/** The fallback filename of a site the module has no line for (instrument/names.ts's rule). */
export function fallbackFile(functionName: string, functionOffset: number): string {
  return `${functionName}+0x${functionOffset.toString(16)}`;
}

/**
 * `fallbackOffsets` (optional, per file index): the offset in the function when that file is the
 * fallback `functions[row's function]+0xOFFSET`, else -1 (they are read back from the strings
 * when it is not given).
 */
export function encodeSiteTable(table: SiteTable, fallbackOffsets?: Int32Array): Uint8Array {
  const n = table.sites.length;
  const c: SiteColumns = {
    resolver: table.resolver, files: Strings.of(table.files), functions: Strings.of(table.functions),
    file: new Int32Array(n), line: new Int32Array(n), column: new Int32Array(n), func: new Int32Array(n),
    kind: new Uint8Array(n), offset: new Int32Array(n),
    inlined: new Map(Object.entries(table.inlined ?? {}).map(([k, v]) => [Number(k), v])), objectKeyOffset: table.objectKeyOffset ?? 0,
  };
  for (let i = 0; i < n; i++) {
    const [file, l, column, fn, kind] = table.sites[i]!;
    if (kind !== 0 && kind !== 1) throw new Error(`site ${i} has kind ${kind}; expected 0 or 1`);
    const at = i === 0 ? -1 : fallbackOffsets ? (file >= 0 && fn >= 0 ? fallbackOffsets[file] ?? -1 : -1) : fallbackOffset(table, file, fn);
    c.file[i] = at >= 0 ? -2 - at : file;
    c.line[i] = l;
    c.column[i] = column;
    c.func[i] = fn;
    c.kind[i] = kind;
    c.offset[i] = table.offsets[i] ?? -1;
  }
  return encodeSiteColumns(c);
}

/** The section's bytes from columns (what instrument() builds, and decodeSiteTable gives back). */
export function encodeSiteColumns(c: SiteColumns): Uint8Array {
  const pool: string[] = [];
  const ids = new Map<string, number>();
  const intern = (s: string) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = pool.push(s) - 1));
    return id;
  };
  // a function's name as the table keeps it (mangled ones demangled only by whoever shows them)
  const functions: number[] = [];
  for (let i = 0; i < c.functions.length; i++) functions.push(intern(c.functions.raw(i)!));
  // only the files a row or an inlined frame names by index are written (fallbacks are rebuilt)
  const files: number[] = [];
  const fileIds = new Map<number, number>();
  const fileId = (file: number) => {
    if (file < 0) return -1;
    let id = fileIds.get(file);
    if (id === undefined) fileIds.set(file, (id = files.push(intern(c.files.get(file)!)) - 1));
    return id;
  };
  // the rows column by column (each column's values alike, next to each other: what lzPack finds),
  // the file codes last (a reader decodes them knowing each row's function and offset)
  const n = c.file.length;
  const rows = new Writer(8 * n + 1024); // (a row takes ~5 bytes: sized once)
  deltas(rows, c.line, n, 0);
  columnKinds(rows, c.column, c.kind, n);
  deltas(rows, c.func, n, -1);
  deltas(rows, c.offset, n, 0);
  fileCodes(rows, c, n, fileId);
  const inlined = [...c.inlined].sort((a, b) => a[0] - b[0]);
  rows.uleb(inlined.length);
  let previous = 0;
  for (const [site, frames] of inlined) {
    rows.uleb(site - previous).uleb(frames.length);
    for (const [file, l, column, fn] of frames) rows.uleb(fileId(file) + 1).uleb(l).uleb(column).uleb(fn + 1);
    previous = site;
  }
  rows.uleb(zigzag(c.objectKeyOffset));
  const packedRows = lzPack(rows.result);
  // the pool sorted (neighbours share their namespaces and classes), then packed; `rank` renumbers the ids
  // (the default sort compares code units as `<` does, in the engine: a comparator in JS took
  // ~0.1 s on DuckDB's 43 k names; the pool holds each string once, so there are no ties)
  const sorted = pool.slice().sort();
  const rank = new Int32Array(pool.length);
  let size = 16;
  sorted.forEach((s, i) => { rank[ids.get(s)!] = i; size += s.length + 5; });
  const strings = new Writer(size);
  for (const s of sorted) strings.name(s);
  const packed = lzPack(strings.result);
  const out = new Writer(packed.length + packedRows.length + 10 * (files.length + functions.length) + 3 * c.resolver.length + 64);
  out.u8(SITES_FORMAT_VERSION);
  out.name(c.resolver);
  out.uleb(pool.length).uleb(strings.len).bytes(packed);
  out.uleb(files.length);
  for (const id of files) out.uleb(rank[id]!);
  out.uleb(functions.length);
  for (const id of functions) out.uleb(rank[id]!);
  const runs: number[] = []; // the marks: lengths of the runs, unmarked first
  for (let i = 0, marked = false, run = 0; i <= functions.length; i++, run++) {
    if (i === functions.length || c.functions.isMangled(i) !== marked) {
      runs.push(run);
      marked = !marked;
      run = 0;
    }
  }
  out.uleb(runs.length);
  for (const run of runs) out.uleb(run);
  out.uleb(n).uleb(rows.len);
  return out.bytes(packedRows).result; // (a view of a writer sized to it: no copy)
}

/** The rows' file codes (after the other columns: a reader decodes them knowing each row's function and offset). */
function fileCodes(rows: Writer, c: SiteColumns, n: number, fileId: (file: number) => number): void {
  let inFunction = -1; // the previous row's offset in its function, when it was a fallback (else -1)
  for (let i = 1; i < n; i++) {
    const file = c.file[i]!, fn = c.func[i]!, o = c.offset[i]!;
    const func = i === 1 ? -1 : c.func[i - 1]!, offset = i === 1 ? 0 : c.offset[i - 1]!;
    const at = file <= -2 ? -(file + 2) : -1;
    if (at >= 0) {
      // the next call of the same function: its offset in the function follows from the offsets
      if (inFunction >= 0 && fn === func && o >= 0 && offset >= 0 && at === inFunction + (o - offset)) rows.uleb(2);
      else rows.uleb(1).uleb(at);
      inFunction = at;
    } else {
      rows.uleb(file < 0 ? 0 : fileId(file) + 3);
      inFunction = -1;
    }
  }
}

// The row columns, written straight into the writer's buffer (~570 k rows: a method call per
// value was a good part of encoding DuckDB's table). Writer.uleb's encoding, byte for byte.

/** `column[i] - column[i-1]` zigzagged for i in [1, n), the first against `first`. */
// (Each loop in a function whose code after it is a `return`: TurboFan compiles a long loop
// while it runs (OSR), and code after it that had not yet run, such as a property store, threw
// that compiled code away when reached.)
function deltas(w: Writer, column: Int32Array, n: number, first: number): void {
  w.reserve(5 * n);
  w.len = putDeltas(w.buf, w.len, column, n, first);
}

function putDeltas(buf: Uint8Array, at: number, column: Int32Array, n: number, first: number): number {
  for (let i = 1, previous = first; i < n; previous = column[i++]!) at = putUleb(buf, at, zigzag(column[i]! - previous));
  return at;
}

/** `column·2 + kind` for i in [1, n). */
function columnKinds(w: Writer, column: Int32Array, kind: Uint8Array, n: number): void {
  w.reserve(5 * n);
  w.len = putColumnKinds(w.buf, w.len, column, kind, n);
}

function putColumnKinds(buf: Uint8Array, at: number, column: Int32Array, kind: Uint8Array, n: number): number {
  for (let i = 1; i < n; i++) at = putUleb(buf, at, column[i]! * 2 + kind[i]!);
  return at;
}

/** `v` (unsigned 32-bit) as LEB128 at `buf[at]`, room already reserved; returns the end. */
function putUleb(buf: Uint8Array, at: number, v: number): number {
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v) byte |= 0x80;
    buf[at++] = byte;
  } while (v);
  return at;
}

/** The offset in the function when `files[file]` is `functions[fn]+0xOFFSET`, else -1. */
function fallbackOffset(table: SiteTable, file: number, fn: number): number {
  const fileName = table.files[file];
  const prefix = fn >= 0 && fileName !== undefined ? `${table.functions[fn]}+0x` : undefined;
  const hex = prefix && fileName!.startsWith(prefix) ? fileName!.slice(prefix.length) : '';
  return /^(0|[1-9a-f][0-9a-f]{0,6})$/.test(hex) ? parseInt(hex, 16) : -1;
}

/** Reads the section; throws a one-line Error (what was wrong) on anything malformed. */
export function decodeSiteTable(bytes: Uint8Array): SiteColumns {
  const r = new ByteReader(bytes);
  const version = r.byte();
  if (version !== SITES_FORMAT_VERSION && version !== 4 && version !== 3 && version !== 2) {
    throw new Error(bytes[0] === 0x7b ? 'version 1 (JSON, an older wasm-tracemalloc); instrument the original module again' : `version ${version}; expected ${SITES_FORMAT_VERSION}`);
  }
  const resolver = r.str();
  let files: Strings;
  let functions: Strings;
  if (version === 2) {
    const pool = r.vec(() => r.str());
    const at = (id: number) => {
      if (id >= pool.length) throw new Error(`string ${id} past the pool of ${pool.length}`);
      return pool[id]!;
    };
    files = Strings.of(r.vec(() => at(r.u())));
    functions = Strings.of(r.vec(() => at(r.u())));
  } else {
    const { data, bounds } = r.packedStrings();
    const ids = () => {
      const n = r.u();
      if (n > bytes.length - r.p) throw new Error(`${n} items in ${bytes.length - r.p} bytes`);
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const id = r.u();
        if (id >= bounds.length / 2) throw new Error(`string ${id} past the pool of ${bounds.length / 2}`);
        out[i] = id;
      }
      return out;
    };
    files = Strings.pooled(data, bounds, ids());
    const functionIds = ids();
    functions = Strings.pooled(data, bounds, functionIds, version >= 5 ? r.marks(functionIds.length) : null);
  }
  const n = r.u();
  // version 4's and 5's rows are packed: `size` bytes once unpacked, ≥ 5 a row
  const packed = version >= 4;
  const size = packed ? r.u() : 0;
  if (n < 1 || (packed ? n - 1 > size / 5 || size > 2 ** 30 : n > bytes.length)) throw new Error(`${n} sites in ${packed ? size : bytes.length} bytes`);
  const c: SiteColumns = {
    resolver, files, functions,
    file: new Int32Array(n), line: new Int32Array(n), column: new Int32Array(n), func: new Int32Array(n),
    kind: new Uint8Array(n), offset: new Int32Array(n), inlined: new Map(), objectKeyOffset: 0,
  };
  [c.file[0], c.line[0], c.column[0], c.func[0], c.kind[0]] = UNKNOWN_SITE_ROW;
  let rows = r;
  if (packed) {
    const { data, end } = lzUnpack(bytes, r.p, size);
    if (end !== bytes.length) throw new Error(`${bytes.length - end} bytes after the table`);
    rows = new ByteReader(data, ' of the rows');
  }
  // each version's rows in a function of its own: V8 optimises a hot loop by compiling its whole
  // function, and a start may decode every row (a C++ module: ~450 k) while that is still under way
  if (version === 2) rowsV2(rows, c, n, files.length, functions.length);
  else if (version === 3) rowsV3(rows, c, n, files.length, functions.length);
  else rowsV4(rows, c, n, files.length, functions.length);
  let site = 0;
  for (let k = rows.u(); k > 0; k--) {
    site += rows.u();
    c.inlined.set(site, rows.vec(() => [rows.u() - 1, rows.u(), rows.u(), rows.u() - 1] as InlinedRow));
  }
  c.objectKeyOffset = rows.s();
  if (rows.p !== rows.length) throw new Error(`${rows.length - rows.p} bytes after the table`);
  return c;
}

/** The columns back as the JSON-shaped SiteTable instrument() returns (tests, tools). */
export function siteTableOf(c: SiteColumns): SiteTable {
  const files = c.files.toArray();
  const functions = c.functions.toArray();
  const ids = new Map(files.map((f, i) => [f, i]));
  const sites: SiteRow[] = [];
  for (let i = 0; i < c.file.length; i++) {
    let file = c.file[i]!;
    if (file <= -2) {
      const name = fallbackFile(functions[c.func[i]!]!, -(file + 2));
      file = ids.get(name) ?? files.push(name) - 1;
      ids.set(name, file);
    }
    sites.push([file, c.line[i]!, c.column[i]!, c.func[i]!, c.kind[i]!]);
  }
  const table: SiteTable = { version: 1, files, functions, sites, resolver: c.resolver, offsets: [...c.offset] };
  if (c.inlined.size) table.inlined = Object.fromEntries(c.inlined);
  if (c.objectKeyOffset !== 0) table.objectKeyOffset = c.objectKeyOffset;
  return table;
}


class ByteReader {
  p = 0;
  private readonly text = new TextDecoder('utf-8', { fatal: true });
  /** `where`: after "at byte N" in errors (" of the rows": the unpacked rows of version 4). */
  constructor(private readonly b: Uint8Array, private readonly where = '') {}
  get length(): number {
    return this.b.length;
  }
  byte(): number {
    if (this.p >= this.b.length) throw new Error(`truncated at byte ${this.p}${this.where}`);
    return this.b[this.p++]!;
  }
  u(): number {
    let v = 0;
    for (let shift = 1; ; shift *= 128) {
      const b = this.byte();
      v += (b & 0x7f) * shift;
      if (b < 0x80) return v;
      if (shift > 2 ** 28) throw new Error(`a number past 2^35 at byte ${this.p}${this.where}`);
    }
  }
  s(): number {
    const v = this.u();
    return v % 2 ? -(v + 1) / 2 : v / 2;
  }
  str(): string {
    const n = this.u();
    if (this.p + n > this.b.length) throw new Error(`truncated string at byte ${this.p}`);
    const s = this.text.decode(this.b.subarray(this.p, (this.p += n)));
    return s;
  }
  /**
   * Version 3's pool: u count · u size · the strings (u length · UTF-8 each), packed (lz.ts).
   * Unpacked and checked here (lengths, UTF-8), decoded by Strings on use: [start, end) per string.
   */
  packedStrings(): { data: Uint8Array; bounds: Int32Array } {
    const count = this.u();
    const size = this.u();
    if (count > size || size > 2 ** 30) throw new Error(`${count} strings in ${size} bytes`);
    const { data, end } = lzUnpack(this.b, this.p, size);
    this.p = end;
    const strings = new ByteReader(data);
    const bounds = new Int32Array(2 * count);
    for (let i = 0; i < count; i++) {
      const n = strings.u();
      const start = strings.p;
      if (start + n > size) throw new Error(`truncated string at byte ${start}`);
      let ascii = true;
      for (let k = start; k < start + n; k++) if (data[k]! >= 0x80) { ascii = false; break; }
      if (!ascii) decoder.decode(data.subarray(start, start + n)); // throws on invalid UTF-8, as reading it did
      bounds[2 * i] = start;
      bounds[2 * i + 1] = strings.p = start + n;
    }
    if (strings.p !== size) throw new Error(`${size - strings.p} bytes after the strings`);
    return { data, bounds };
  }
  /** Version 5's marks of `n` functions: the lengths of their runs, unmarked first; null when none is marked. */
  marks(n: number): Uint8Array | null {
    const runs = this.u();
    if (runs > this.b.length - this.p) throw new Error(`${runs} runs in ${this.b.length - this.p} bytes`);
    let marks: Uint8Array | null = null;
    let at = 0;
    for (let k = 0; k < runs; k++) {
      const run = this.u();
      if (run > n - at) throw new Error(`marks for ${at + run} of ${n} functions`);
      if (k % 2 === 1 && run > 0) (marks ??= new Uint8Array(n)).fill(1, at, at + run);
      at += run;
    }
    if (at !== n) throw new Error(`marks for ${at} of ${n} functions`);
    return marks;
  }
  vec<T>(item: () => T): T[] {
    return this.vecOf(this.u(), item);
  }
  vecOf<T>(n: number, item: () => T): T[] {
    if (n > this.b.length - this.p) throw new Error(`${n} items in ${this.b.length - this.p} bytes`);
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(item());
    return out;
  }
}

function rowsV2(r: ByteReader, c: SiteColumns, n: number, files: number, functions: number): void {
  let line = 0;
  let offset = 0;
  for (let i = 1; i < n; i++) {
    const f = r.u();
    c.file[i] = f === 0 ? -1 : f === 1 ? -2 - r.u() : f - 2;
    c.line[i] = line += r.s();
    c.column[i] = r.u();
    c.func[i] = r.u() - 1;
    c.kind[i] = r.byte();
    c.offset[i] = offset += r.s();
    if (c.file[i]! >= files || c.func[i]! >= functions || c.func[i]! < -1 || (f === 1 && c.func[i]! < 0)) throw new Error(`site ${i} names a file or function past the table`);
  }
}

function rowsV3(r: ByteReader, c: SiteColumns, n: number, files: number, functions: number): void {
  let line = 0;
  let offset = 0;
  let func = -1;
  let inFunction = -1;
  for (let i = 1; i < n; i++) {
    const f = r.u();
    const at = f === 1 ? r.u() : -1;
    c.line[i] = line += r.s();
    const columnKind = r.u();
    c.column[i] = Math.floor(columnKind / 2);
    c.kind[i] = columnKind % 2;
    c.func[i] = func += r.s();
    const before = offset;
    c.offset[i] = offset += r.s();
    if (f === 2) {
      if (inFunction < 0 || before < 0 || offset < 0) throw new Error(`site ${i} continues a function offset that is not there`);
      inFunction += offset - before;
    } else inFunction = at;
    if ((f === 1 || f === 2) && (inFunction < 0 || inFunction > 2 ** 31 - 3)) throw new Error(`site ${i} has an offset in its function of ${inFunction}`);
    c.file[i] = f === 0 ? -1 : f <= 2 ? -2 - inFunction : f - 3;
    if (c.file[i]! >= files || c.func[i]! >= functions || c.func[i]! < -1 || ((f === 1 || f === 2) && c.func[i]! < 0)) throw new Error(`site ${i} names a file or function past the table`);
  }
}

/** Versions 4 and 5: the same values as version 3's rows, column by column, the file codes last. */
function rowsV4(r: ByteReader, c: SiteColumns, n: number, files: number, functions: number): void {
  for (let i = 1, line = 0; i < n; i++) c.line[i] = line += r.s();
  for (let i = 1; i < n; i++) {
    const columnKind = r.u();
    c.column[i] = Math.floor(columnKind / 2);
    c.kind[i] = columnKind % 2;
  }
  for (let i = 1, func = -1; i < n; i++) c.func[i] = func += r.s();
  for (let i = 1, offset = 0; i < n; i++) c.offset[i] = offset += r.s();
  let inFunction = -1;
  for (let i = 1; i < n; i++) {
    const f = r.u();
    if (f === 2) {
      const before = i === 1 ? 0 : c.offset[i - 1]!, offset = c.offset[i]!;
      if (inFunction < 0 || before < 0 || offset < 0) throw new Error(`site ${i} continues a function offset that is not there`);
      inFunction += offset - before;
    } else inFunction = f === 1 ? r.u() : -1;
    if ((f === 1 || f === 2) && (inFunction < 0 || inFunction > 2 ** 31 - 3)) throw new Error(`site ${i} has an offset in its function of ${inFunction}`);
    c.file[i] = f === 0 ? -1 : f <= 2 ? -2 - inFunction : f - 3;
    if (c.file[i]! >= files || c.func[i]! >= functions || c.func[i]! < -1 || ((f === 1 || f === 2) && c.func[i]! < 0)) throw new Error(`site ${i} names a file or function past the table`);
  }
}
