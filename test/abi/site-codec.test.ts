// The binary site table (abi/site-codec.ts): every fixture's table and two npm modules' survive
// encode → decode site for site (file string, line, column, function, kind, original offset,
// inlined frames), and damaged sections give one-line errors.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES_SECTION, decodeSiteTable, encodeSiteColumns, encodeSiteTable, siteTableOf, type SiteTable } from '../../abi';
import { demangle } from '../../abi/demangle';
import { lzPack, lzUnpack } from '../../abi/lz';
import { instrument } from '../../instrument/index';
import { listFixtures, loadFixture } from '../../fixtures/index.mjs';
import { siteRows } from '../instrument/hooks';

const root = join(__dirname, '..', '..');
const readFile = (p: string) => {
  try {
    return readFileSync(join(root, p), 'utf8');
  } catch {
    return undefined;
  }
};

/** instrument()'s table (built from its columns when read) and the section it wrote from those columns. */
const instrumented = (bytes: Uint8Array, options = {}): { table: SiteTable; section: Uint8Array } => {
  const r = instrument(bytes, options);
  const [section] = WebAssembly.Module.customSections(new WebAssembly.Module(r.bytes as Uint8Array<ArrayBuffer>), SITES_SECTION);
  return { table: r.sites, section: new Uint8Array(section!) };
};
const tables: [string, () => Promise<{ table: SiteTable; section: Uint8Array }>][] = [
  ...listFixtures().map((name: string) => [`fixture ${name}`, async () => {
    const fx = await loadFixture(name);
    return instrumented(fx.wasmBytes, { sourceMapBaseDir: relative(root, fx.dir), readFile });
  }] as [string, () => Promise<{ table: SiteTable; section: Uint8Array }>]),
  ['sql.js (names)', async () => instrumented(readFileSync(join(root, 'node_modules/sql.js/dist/sql-wasm.wasm')), { alloc: ['Ia'], free: ['Ja'] })],
  ['brotli-wasm', async () => instrumented(readFileSync(join(root, 'node_modules/brotli-wasm/pkg.node/brotli_wasm_bg.wasm')))],
];

describe('site table codec', () => {
  it.each(tables)('%s: every site reads the same after encode → decode, in fewer bytes than JSON', async (_, make) => {
    const { table, section } = await make();
    const bytes = encodeSiteTable(table);
    expect(siteRows(siteTableOf(decodeSiteTable(bytes)))).toEqual(siteRows(table));
    expect(bytes.length).toBeLessThan(new TextEncoder().encode(JSON.stringify(table)).length);
    // the section instrument() wrote from its columns reads as the JSON-shaped table (whose names
    // are shown ones); where it keeps no name mangled, it is the very bytes that table encodes to
    const c = decodeSiteTable(section);
    expect(siteRows(siteTableOf(c))).toEqual(siteRows(table));
    const mangled = Array.from({ length: c.functions.length }, (_, i) => c.functions.isMangled(i)).some(Boolean);
    if (!mangled) expect(Buffer.from(section).equals(Buffer.from(bytes))).toBe(true);
  });

  it('rejects a damaged section in one line', async () => {
    const fx = await loadFixture('c');
    const bytes = encodeSiteTable(instrument(fx.wasmBytes, { sourceMapBaseDir: 'fixtures/c', readFile }).sites);
    // the packed rows end early (lz.ts says where), or hold a byte more than their rows
    expect(() => decodeSiteTable(bytes.subarray(0, bytes.length - 3))).toThrow(/^\d+ literal bytes past the end at byte \d+$/);
    expect(() => decodeSiteTable(new Uint8Array([...bytes, 0]))).toThrow(/^1 bytes after the table$/);
    // the same header, then the real rows unpacked, cut (`cut` bytes off) or lengthened, packed again
    const rows = (cut: number, extra: number[]) => {
      const head = headerLength(bytes);
      const { data } = lzUnpack(bytes, head.rowsAt, head.size);
      const body = new Uint8Array([...data.subarray(0, data.length - cut), ...extra]);
      return new Uint8Array([...bytes.subarray(0, head.sizeAt), ...leb(body.length), ...lzPack(body)]);
    };
    expect(siteRows(siteTableOf(decodeSiteTable(rows(0, []))))).toEqual(siteRows(siteTableOf(decodeSiteTable(bytes))));
    expect(() => decodeSiteTable(rows(2, []))).toThrow(/^truncated at byte \d+ of the rows$/);
    expect(() => decodeSiteTable(rows(0, [0]))).toThrow(/^1 bytes after the table$/);
    expect(() => decodeSiteTable(new TextEncoder().encode('{"version":1}'))).toThrow(/^version 1 \(JSON, an older wasm-tracemalloc\); instrument the original module again$/);
    expect(() => decodeSiteTable(new Uint8Array([9]))).toThrow(/^version 9; expected 5$/);
  });

  // Version 3 packs the string pool (abi/lz.ts): names that repeat namespaces and template
  // arguments, and non-ASCII names.
  const named: SiteTable = {
    version: 1, resolver: 'dwarf',
    files: ['src/a.cc', 'src/b.cc', 'café.h'],
    functions: ['ns::Klass::run()', 'ns::Klass::grow(int)', 'ns::Other::x', 'cafè()', 'main',
      'std::vector<ns::Klass, std::allocator<ns::Klass> >::push_back(ns::Klass const&)',
      'std::vector<ns::Other, std::allocator<ns::Other> >::push_back(ns::Other const&)'],
    sites: [[-1, 0, 0, -1, 0], [0, 10, 2, 0, 1], [1, 12, 0, 1, 0], [2, 3, 4, 3, 1], [0, 9, 1, 4, 0], [-1, 0, 0, 2, 1], [0, 1, 0, 5, 0], [1, 2, 0, 6, 1]],
    offsets: [0, 100, 120, 90, 300, -1, 310, 330],
  };

  it('packs the pool: names that repeat read back whole, in fewer bytes than version 2', () => {
    const bytes = encodeSiteTable(named);
    expect(bytes[0]).toBe(5);
    expect(siteRows(siteTableOf(decodeSiteTable(bytes)))).toEqual(siteRows(named));
    expect(bytes.length).toBeLessThan(encodeVersion2(named).length);
  });

  it('still reads version 3 (rows one after the other, not packed)', () => {
    const version3 = encodeVersion3(named);
    expect(version3[0]).toBe(3);
    expect(siteRows(siteTableOf(decodeSiteTable(version3)))).toEqual(siteRows(named));
  });

  // Version 4 packs the rows, column by column: a names-only module's rows (every line and
  // column 0, the functions one after another, the next call of a function stored as one code)
  // are mostly the same few bytes. sql.js: ~10 k sites.
  it('packs the rows: sql.js\'s table in under 60 % of version 3\'s bytes, every site the same', () => {
    const { table, section } = instrumented(readFileSync(join(root, 'node_modules/sql.js/dist/sql-wasm.wasm')), { alloc: ['Ia'], free: ['Ja'] });
    expect(section[0]).toBe(5);
    const version3 = encodeVersion3(table);
    expect(siteRows(siteTableOf(decodeSiteTable(version3)))).toEqual(siteRows(table));
    expect(siteRows(siteTableOf(decodeSiteTable(section)))).toEqual(siteRows(table));
    expect(section.length).toBeLessThan(0.6 * version3.length);
  });

  it('still reads version 4 (every function name shown as it is)', () => {
    const version4 = asVersion4(encodeSiteTable(named));
    expect(version4[0]).toBe(4);
    expect(siteRows(siteTableOf(decodeSiteTable(version4)))).toEqual(siteRows(named));
    // a version 4 table's `_Z` names were left raw by the demangler: shown as they are, not demangled now
    const raw = { ...named, functions: [...named.functions.slice(0, -1), '_ZN2ns5Klass3runEv'] };
    const c = decodeSiteTable(asVersion4(encodeSiteTable(raw)));
    expect([c.functions.get(6), c.functions.isMangled(6)]).toEqual(['_ZN2ns5Klass3runEv', false]);
  });

  // Version 5 keeps the module's own names as it spells them (C++, Rust v0: mangled), each function
  // marked; readers demangle them when shown. The instrumenter no longer demangles a C++
  // module's ~40 k names (DuckDB) for the few hundred a snapshot shows.
  it('keeps the module\'s mangled names in the pool, marked, and shows them demangled', () => {
    // the cpp fixture's program without DWARF, its name section mangled (wasm-ld --no-demangle)
    const { table, section } = instrumented(readFileSync(join(root, 'test/runtime/tracer/shown-names/cpp-mangled.wasm')));
    const c = decodeSiteTable(section);
    const pool = lzPool(section);
    expect(table.functions).toEqual(expect.arrayContaining(['leaf(unsigned int)', 'middle(unsigned int)']));
    // the pool holds `_Z4leafj`, not the demangled name; the reader shows the demangled one
    expect(pool).toEqual(expect.arrayContaining(['_Z4leafj', '_Z6middlej']));
    expect(pool).not.toContain('leaf(unsigned int)');
    const i = c.functions.toArray().indexOf('leaf(unsigned int)');
    expect([c.functions.isMangled(i), c.functions.raw(i), c.functions.get(i)]).toEqual([true, '_Z4leafj', 'leaf(unsigned int)']);
    // a name demangle() leaves as it is is kept as it is, unmarked
    const plain = c.functions.toArray().indexOf('__original_main');
    expect([c.functions.isMangled(plain), c.functions.raw(plain)]).toEqual([false, '__original_main']);
    // every marked name is one demangle() reads; encode → decode keeps the marks: the same bytes again
    for (let k = 0; k < c.functions.length; k++) if (c.functions.isMangled(k)) expect(c.functions.get(k)).toBe(demangle(c.functions.raw(k)!));
    expect(Buffer.from(encodeSiteColumns(c)).equals(Buffer.from(section))).toBe(true);
  });

  it('rejects marks that do not add up to the functions', () => {
    const bytes = encodeSiteTable(named); // 7 functions, none marked: one run of 7
    const head = headerLength(bytes);
    const marksEnd = head.sizeAt - leb(named.sites.length).length;
    expect([...bytes.subarray(marksEnd - 2, marksEnd)]).toEqual([1, 7]);
    const withRuns = (runs: number[]) => new Uint8Array([...bytes.subarray(0, marksEnd - 2), ...leb(runs.length), ...runs.flatMap(leb), ...bytes.subarray(marksEnd)]);
    expect(decodeSiteTable(withRuns([2, 5])).functions.isMangled(3)).toBe(true);
    expect(() => decodeSiteTable(withRuns([2, 4]))).toThrow(/^marks for 6 of 7 functions$/);
    expect(() => decodeSiteTable(withRuns([2, 6]))).toThrow(/^marks for 8 of 7 functions$/);
  });

  it('still reads version 2 (the pool as plain strings)', () => {
    const version2 = encodeVersion2(named);
    expect(version2[0]).toBe(2);
    expect(siteRows(siteTableOf(decodeSiteTable(version2)))).toEqual(siteRows(named));
  });

  it('rows of the names fallback (`f+0x1c`): the next call of a function stores no offset, and reads back whole', () => {
    const fallback: SiteTable = {
      version: 1, resolver: 'names',
      files: ['f+0x10', 'f+0x18', 'g+0x4', 'f+0x30', 'f+0x40', 'src/h.c', 'g+0x9'],
      functions: ['f', 'g', 'h'],
      // f then f (continues), g (another function), f at an unknown offset, f again after it,
      // a file row, g whose offset does not follow from the one before
      sites: [[-1, 0, 0, -1, 0], [0, 0, 0, 0, 1], [1, 0, 0, 0, 0], [2, 0, 0, 1, 1], [3, 0, 0, 0, 1], [4, 0, 0, 0, 1], [5, 7, 3, 2, 0], [6, 0, 0, 1, 1]],
      offsets: [0, 100, 108, 200, -1, 140, 300, 400],
    };
    expect(siteRows(siteTableOf(decodeSiteTable(encodeSiteTable(fallback))))).toEqual(siteRows(fallback));
    // site 2 is written as one byte of file (2: continues site 1), the others with their offset
    const continued = encodeSiteTable({ ...fallback, files: ['f+0x10', 'f+0x18'], sites: fallback.sites.slice(0, 3), offsets: [0, 100, 108] });
    const explicit = encodeSiteTable({ ...fallback, files: ['f+0x10', 'f+0x19'], sites: fallback.sites.slice(0, 3), offsets: [0, 100, 108] });
    expect(explicit.length - continued.length).toBe(1);
    expect(siteRows(siteTableOf(decodeSiteTable(explicit)))).toEqual(siteRows({ ...fallback, files: ['f+0x10', 'f+0x19'], sites: fallback.sites.slice(0, 3), offsets: [0, 100, 108] }));
  });

  it('decodes each string on first use, and the same string after', () => {
    const table: SiteTable = { version: 1, files: ['a.c', 'dir/ü.c'], functions: ['main', 'std::vector<int>::push_back(int const&)'],
      sites: [[-1, 0, 0, -1, 0], [0, 3, 1, 0, 0], [1, 4, 2, 1, 1]], resolver: 'dwarf', offsets: [0, 10, 20] };
    const c = decodeSiteTable(encodeSiteTable(table));
    expect([c.files.length, c.functions.length]).toEqual([2, 2]);
    expect([c.files.get(1), c.files.get(0), c.functions.get(1), c.functions.get(0)]).toEqual(['dir/ü.c', 'a.c', 'std::vector<int>::push_back(int const&)', 'main']);
    expect(c.files.get(1)).toBe(c.files.get(1));
    expect([c.files.get(-1), c.files.get(2), c.functions.get(-1)]).toEqual([undefined, undefined, undefined]);
    expect(c.functions.toArray()).toEqual(table.functions);
  });

  it('rejects a damaged pool in one line', () => {
    // version 3, resolver "", 1 string of 5 bytes: 1 literal (the length 4), then a match 9 back
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 5, 1, 4, 0, 9]))).toThrow(/^a match of 4 bytes 9 back from 1 of 5 at byte 6$/);
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 5, 9, 4]))).toThrow(/^9 literal bytes past the end at byte 5$/);
    // the unpacked bytes hold a string longer than they are
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 2, 2, 7, 0x61]))).toThrow(/^truncated string at byte 1$/);
    // a first row that continues the function offset of a row before it
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 2, 2, 1, 0x66, 0, 1, 0, 2, 2, 0, 0, 2, 0, 0, 0]))).toThrow(/^site 1 continues a function offset that is not there$/);
    // f+0x10 at 100, then the next call of f at 50: an offset in the function below 0
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 2, 2, 1, 0x66, 0, 1, 0, 3, 1, 16, 0, 0, 2, 0xc8, 0x01, 2, 0, 0, 0, 99, 0, 0]))).toThrow(/^site 2 has an offset in its function of -34$/);
    // strings are decoded as they are used, but checked as the table is read: bad UTF-8, an id past the pool
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 2, 2, 1, 0xff, 0, 0, 1, 0]))).toThrow(/^The encoded data was not valid for encoding utf-8$/);
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 2, 2, 1, 0x66, 0, 1, 1, 1, 0]))).toThrow(/^string 1 past the pool of 1$/);
    // a pool that claims to unpack to more than 1 GiB
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 0x80, 0x80, 0x80, 0x80, 0x08]))).toThrow(/^1 strings in 2147483648 bytes$/);
  });
});

const leb = (v: number): number[] => { const out: number[] = []; do { let b = v & 0x7f; v = Math.floor(v / 128); if (v) b |= 0x80; out.push(b); } while (v); return out; };
const zz = (v: number) => leb(v < 0 ? -2 * v - 1 : 2 * v);
const str = (x: string) => { const b = [...new TextEncoder().encode(x)]; return [...leb(b.length), ...b]; };
const readLeb = (b: Uint8Array, p: number): [number, number] => { let v = 0; for (let s = 1; ; s *= 128) { const x = b[p++]!; v += (x & 0x7f) * s; if (x < 0x80) return [v, p]; } };

/** Where a version 4 or 5 section's rows begin: [sizeAt, rowsAt) holds their unpacked size. */
function headerLength(v4: Uint8Array): { sizeAt: number; size: number; rowsAt: number } {
  let [n, p] = readLeb(v4, 1); // resolver
  p += n;
  [, p] = readLeb(v4, p); // string count
  let size: number;
  [size, p] = readLeb(v4, p);
  p = lzUnpack(v4, p, size).end;
  for (let k = 0; k < 2; k++) { [n, p] = readLeb(v4, p); for (let i = 0; i < n; i++) [, p] = readLeb(v4, p); } // files, functions
  if (v4[0]! >= 5) { [n, p] = readLeb(v4, p); for (let i = 0; i < n; i++) [, p] = readLeb(v4, p); } // marks
  [, p] = readLeb(v4, p); // site count
  const sizeAt = p;
  [size, p] = readLeb(v4, p);
  return { sizeAt, size, rowsAt: p };
}

/** The strings of a section's pool (version ≥ 3), unpacked. */
function lzPool(section: Uint8Array): string[] {
  let [n, p] = readLeb(section, 1); // resolver
  p += n;
  let count: number, size: number;
  [count, p] = readLeb(section, p);
  [size, p] = readLeb(section, p);
  const { data } = lzUnpack(section, p, size);
  const out: string[] = [];
  for (let i = 0, q = 0; i < count; i++) {
    const [len, at] = readLeb(data, q);
    out.push(new TextDecoder().decode(data.subarray(at, at + len)));
    q = at + len;
  }
  return out;
}

/** A version 5 section as version 4 wrote it: the version byte, and no marks after the functions (none may be marked). */
function asVersion4(v5: Uint8Array): Uint8Array {
  let [n, p] = readLeb(v5, 1); // resolver
  p += n;
  [, p] = readLeb(v5, p); // string count
  let size: number;
  [size, p] = readLeb(v5, p);
  p = lzUnpack(v5, p, size).end;
  for (let k = 0; k < 2; k++) { [n, p] = readLeb(v5, p); for (let i = 0; i < n; i++) [, p] = readLeb(v5, p); } // files, functions
  const marksAt = p;
  let runs: number;
  [runs, p] = readLeb(v5, p);
  for (let k = 0; k < runs; k++) {
    let run: number;
    [run, p] = readLeb(v5, p);
    if (k % 2 === 1 && run > 0) throw new Error('a function kept mangled: version 4 cannot say it');
  }
  return new Uint8Array([4, ...v5.subarray(1, marksAt), ...v5.subarray(p)]);
}

/**
 * A table in version 3's bytes, written here from its layout (site-codec.ts's header): version
 * 4's pool, then rows one after the other (the names fallback as a file of its own: code 1 and
 * its offset, without the continuation code 2, which version 3 reads the same way).
 */
function encodeVersion3(table: SiteTable): Uint8Array {
  const v4 = asVersion4(encodeSiteTable(table));
  const head = headerLength(v4);
  const c = decodeSiteTable(v4);
  const out = [3, ...v4.subarray(1, head.sizeAt)];
  let line = 0, func = -1, offset = 0;
  for (let i = 1; i < c.file.length; i++) {
    const file = c.file[i]!;
    if (file <= -2) out.push(1, ...leb(-(file + 2)));
    else if (file === -1) out.push(0);
    else out.push(...leb(file + 3)); // (the decoder's file index is the section's file id)
    out.push(...zz(c.line[i]! - line), ...leb(c.column[i]! * 2 + c.kind[i]!), ...zz(c.func[i]! - func), ...zz(c.offset[i]! - offset));
    line = c.line[i]!; func = c.func[i]!; offset = c.offset[i]!;
  }
  const inlined = [...c.inlined].sort((a, b) => a[0] - b[0]);
  out.push(...leb(inlined.length));
  let previous = 0;
  for (const [site, frames] of inlined) {
    out.push(...leb(site - previous), ...leb(frames.length));
    for (const [file, l, column, fn] of frames) out.push(...leb(file + 1), ...leb(l), ...leb(column), ...leb(fn + 1));
    previous = site;
  }
  out.push(...zz(c.objectKeyOffset));
  return new Uint8Array(out);
}

/** A table in version 2's bytes, written here from its layout (site-codec.ts's header). */
function encodeVersion2(table: SiteTable): Uint8Array {
  const pool = [...table.files, ...table.functions];
  const out = [2, ...str(table.resolver), ...leb(pool.length), ...pool.flatMap(str)];
  out.push(...leb(table.files.length), ...table.files.flatMap((_, i) => leb(i)));
  out.push(...leb(table.functions.length), ...table.functions.flatMap((_, i) => leb(table.files.length + i)));
  out.push(...leb(table.sites.length));
  let line = 0;
  let offset = 0;
  table.sites.slice(1).forEach(([file, l, column, fn, kind], i) => {
    const o = table.offsets[i + 1]!;
    out.push(...leb(file < 0 ? 0 : file + 2), ...zz(l - line), ...leb(column), ...leb(fn + 1), kind, ...zz(o - offset));
    line = l;
    offset = o;
  });
  out.push(0, 0); // no inlined frames, objectKeyOffset 0
  return new Uint8Array(out);
}
