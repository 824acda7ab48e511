// The binary site table (abi/site-codec.ts): every fixture's table and two npm modules' survive
// encode → decode site for site (file string, line, column, function, kind, original offset,
// inlined frames), and damaged sections give one-line errors.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSiteTable, encodeSiteTable, siteTableOf, type SiteTable } from '../../abi';
import { lzUnpack } from '../../abi/lz';
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

const tables: [string, () => Promise<SiteTable>][] = [
  ...listFixtures().map((name: string) => [`fixture ${name}`, async () => {
    const fx = await loadFixture(name);
    return instrument(fx.wasmBytes, { sourceMapBaseDir: relative(root, fx.dir), readFile }).sites;
  }] as [string, () => Promise<SiteTable>]),
  ['sql.js (names)', async () => instrument(readFileSync(join(root, 'node_modules/sql.js/dist/sql-wasm.wasm')), { alloc: ['Ia'], free: ['Ja'] }).sites],
  ['brotli-wasm', async () => instrument(readFileSync(join(root, 'node_modules/brotli-wasm/pkg.node/brotli_wasm_bg.wasm'))).sites],
];

describe('site table codec', () => {
  it.each(tables)('%s: every site reads the same after encode → decode, in fewer bytes than JSON', async (_, make) => {
    const table = await make();
    const bytes = encodeSiteTable(table);
    expect(siteRows(siteTableOf(decodeSiteTable(bytes)))).toEqual(siteRows(table));
    expect(bytes.length).toBeLessThan(new TextEncoder().encode(JSON.stringify(table)).length);
  });

  it('rejects a damaged section in one line', async () => {
    const fx = await loadFixture('c');
    const bytes = encodeSiteTable(instrument(fx.wasmBytes, { sourceMapBaseDir: 'fixtures/c', readFile }).sites);
    expect(() => decodeSiteTable(bytes.subarray(0, bytes.length - 3))).toThrow(/^truncated at byte \d+$/);
    expect(() => decodeSiteTable(new Uint8Array([...bytes, 0]))).toThrow(/^1 bytes after the table$/);
    expect(() => decodeSiteTable(new TextEncoder().encode('{"version":1}'))).toThrow(/^version 1 \(JSON, an older wasm-tracemalloc\); instrument the original module again$/);
    expect(() => decodeSiteTable(new Uint8Array([9]))).toThrow(/^version 9; expected 3$/);
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
    expect(bytes[0]).toBe(3);
    expect(siteRows(siteTableOf(decodeSiteTable(bytes)))).toEqual(siteRows(named));
    expect(bytes.length).toBeLessThan(encodeVersion2(bytes).length);
  });

  it('still reads version 2 (the pool as plain strings)', () => {
    const version2 = encodeVersion2(encodeSiteTable(named));
    expect(version2[0]).toBe(2);
    expect(siteRows(siteTableOf(decodeSiteTable(version2)))).toEqual(siteRows(named));
  });

  it('rejects a damaged pool in one line', () => {
    // version 3, resolver "", 1 string of 5 bytes: 1 literal (the length 4), then a match 9 back
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 5, 1, 4, 0, 9]))).toThrow(/^a match of 4 bytes 9 back from 1 of 5 at byte 6$/);
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 5, 9, 4]))).toThrow(/^9 literal bytes past the end at byte 5$/);
    // the unpacked bytes hold a string longer than they are
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 2, 2, 7, 0x61]))).toThrow(/^truncated string at byte 1$/);
  });
});

/** The same table in version 2: the v3 pool unpacked and written as a plain vec(str). */
function encodeVersion2(v3: Uint8Array): Uint8Array {
  let p = 1;
  const u = () => { let v = 0; for (let shift = 1; ; shift *= 128) { const b = v3[p++]!; v += (b & 0x7f) * shift; if (b < 0x80) return v; } };
  const leb = (v: number): number[] => { const out: number[] = []; do { let b = v & 0x7f; v = Math.floor(v / 128); if (v) b |= 0x80; out.push(b); } while (v); return out; };
  const resolverLength = u();
  const resolver = [...v3.subarray(p, (p += resolverLength))];
  const count = u();
  const size = u();
  const { data, end } = lzUnpack(v3, p, size);
  return new Uint8Array([2, ...leb(resolverLength), ...resolver, ...leb(count), ...data, ...v3.subarray(end)]);
}
