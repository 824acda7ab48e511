// The binary site table (abi/site-codec.ts): every fixture's table and two npm modules' survive
// encode → decode site for site (file string, line, column, function, kind, original offset,
// inlined frames), and damaged sections give one-line errors.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSiteTable, encodeSiteTable, siteTableOf, type SiteTable } from '../../abi';
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

  // Version 3 front-codes the string pool (sorted, each string = a prefix of the previous one's
  // UTF-8 bytes + its suffix): names sharing prefixes, one cut inside a two-byte character.
  const named: SiteTable = {
    version: 1, resolver: 'dwarf',
    files: ['src/a.cc', 'src/b.cc', 'café.h'],
    functions: ['ns::Klass::run()', 'ns::Klass::grow(int)', 'ns::Other::x', 'cafè()', 'main'],
    sites: [[-1, 0, 0, -1, 0], [0, 10, 2, 0, 1], [1, 12, 0, 1, 0], [2, 3, 4, 3, 1], [0, 9, 1, 4, 0], [-1, 0, 0, 2, 1]],
    offsets: [0, 100, 120, 90, 300, -1],
  };

  it('front-codes the pool: names that share prefixes (and a prefix cut inside a UTF-8 character) read back whole', () => {
    const bytes = encodeSiteTable(named);
    expect(bytes[0]).toBe(3);
    expect(siteRows(siteTableOf(decodeSiteTable(bytes)))).toEqual(siteRows(named));
    // the pool takes fewer bytes than its strings written out in full
    const plain = [...named.files, ...named.functions].reduce((n, s) => n + 1 + new TextEncoder().encode(s).length, 0);
    const version2 = encodeVersion2(bytes);
    expect(bytes.length).toBeLessThan(version2.length);
    expect(version2.length - bytes.length).toBeLessThan(plain);
  });

  it('still reads version 2 (the pool as plain strings)', () => {
    const version2 = encodeVersion2(encodeSiteTable(named));
    expect(version2[0]).toBe(2);
    expect(siteRows(siteTableOf(decodeSiteTable(version2)))).toEqual(siteRows(named));
  });

  it('rejects a front-coded string that shares more bytes than the previous one has', () => {
    // version 3, resolver "", 1 string sharing 5 bytes of nothing
    expect(() => decodeSiteTable(new Uint8Array([3, 0, 1, 5, 1, 0x61]))).toThrow(/^a string sharing 5 bytes of one of 0 at byte 3$/);
  });
});

/** The same table in version 2: the v3 pool rewritten as plain strings (independent of the encoder). */
function encodeVersion2(v3: Uint8Array): Uint8Array {
  let p = 1;
  const u = () => { let v = 0; for (let shift = 1; ; shift *= 128) { const b = v3[p++]!; v += (b & 0x7f) * shift; if (b < 0x80) return v; } };
  const leb = (v: number): number[] => { const out: number[] = []; do { let b = v & 0x7f; v = Math.floor(v / 128); if (v) b |= 0x80; out.push(b); } while (v); return out; };
  const resolverLength = u();
  const resolver = [...v3.subarray(p, (p += resolverLength))];
  const count = u();
  const strings: number[][] = [];
  let previous: number[] = [];
  for (let i = 0; i < count; i++) {
    const shared = u();
    const n = u();
    const s = [...previous.slice(0, shared), ...v3.subarray(p, (p += n))];
    strings.push(s);
    previous = s;
  }
  return new Uint8Array([2, ...leb(resolverLength), ...resolver, ...leb(count), ...strings.flatMap((s) => [...leb(s.length), ...s]), ...v3.subarray(p)]);
}
