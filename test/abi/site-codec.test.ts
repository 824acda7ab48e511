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
    expect(() => decodeSiteTable(new Uint8Array([9]))).toThrow(/^version 9; expected 2$/);
  });
});
