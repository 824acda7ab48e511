// Each site's weight for the core (how many frames it shows once library frames are folded) is
// counted straight from the site table's columns (SiteTable.shownCounts, asking the rule once
// per file): the same counts, site for site, as expanding every site's frames and asking
// isLibraryFrame of each frame, on real instrumented modules and under every folding option.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeSiteTable, type SiteTable as RawTable } from '../../../abi';
import { instrument } from '../../../instrument/index';
import { loadFixture } from '../../../fixtures/index.mjs';
import { type LibraryFrameOptions, isLibraryFrame } from '../../../runtime/tracer/library-frames';
import { SiteTable } from '../../../runtime/tracer/site-table';

const root = join(__dirname, '..', '..', '..');
const readFile = (p: string) => {
  try {
    return readFileSync(join(root, p), 'utf8');
  } catch {
    return undefined;
  }
};

const folds: [string, LibraryFrameOptions][] = [
  ['default', {}],
  ['libraryFrames', { libraryFrames: true }],
  ['userPaths over the table', { userPaths: ['libc-top-half/', /c\+\+\/v1/, 'src/'] }],
  ['libraryPaths', { libraryPaths: ['src/', /\.rs$/, '+0x'] }],
];

/** The oracle: every frame made and asked about, as the weights were computed before. */
function byFrames(table: SiteTable, fold: LibraryFrameOptions): number[] {
  const out: number[] = [];
  for (let site = 0; site < table.size; site++) {
    const frames = table.frames(site);
    const n = fold.libraryFrames ? frames.length : frames.filter((f) => !isLibraryFrame(f.filename, f.lineno, fold)).length;
    out.push(Math.min(n, 255));
  }
  return out;
}

const shown = (table: SiteTable, fold: LibraryFrameOptions) =>
  [...table.shownCounts(fold.libraryFrames ? null : (file, line) => isLibraryFrame(file, line, fold))];

const modules: [string, () => Promise<RawTable>][] = [
  ...['c', 'cpp', 'rust', 'emscripten-g', 'as-minimal'].map((name) => [`fixture ${name}`, async () => {
    const fx = await loadFixture(name);
    return instrument(fx.wasmBytes, { sourceMapBaseDir: relative(root, fx.dir), readFile }).sites;
  }] as [string, () => Promise<RawTable>]),
  ['sql.js (names)', async () => instrument(readFileSync(join(root, 'node_modules/sql.js/dist/sql-wasm.wasm')), { alloc: ['Ia'], free: ['Ja'] }).sites],
  ['brotli-wasm', async () => instrument(readFileSync(join(root, 'node_modules/brotli-wasm/pkg.node/brotli_wasm_bg.wasm'))).sites],
];

describe('site weights from the columns', () => {
  it.each(modules)('%s: the same counts as every frame asked about, under every folding option', async (_, make) => {
    const table = SiteTable.parse(encodeSiteTable(await make()), 'm');
    expect(table.size).toBeGreaterThan(1);
    for (const [, fold] of folds) expect(shown(table, fold)).toEqual(byFrames(table, fold));
  });

  // Every kind of row: no file, a names fallback with and without a line, a file with and without
  // a line, inlined frames (one with no file, one without a line) and a site of only library code.
  const raw: RawTable = {
    version: 1, resolver: 'dwarf',
    files: ['src/a.c', 'libc-top-half/musl/src/string/strdup.c', 'f+0x10', 'g+0x4'],
    functions: ['f', 'g', 'strdup'],
    sites: [[-1, 0, 0, -1, 0], [0, 10, 2, 0, 1], [1, 12, 0, 2, 0], [2, 0, 0, 0, 1], [3, 7, 0, 1, 0], [-1, 0, 0, 1, 0], [0, 0, 0, 0, 0], [1, 3, 0, 2, 1]],
    offsets: [0, 100, 120, 0x10, 0x4, -1, 310, 330],
    inlined: { 1: [[1, 4, 0, 2], [-1, 0, 0, -1], [0, 9, 1, 0]], 7: [[1, 5, 0, 2]] },
  } as RawTable;

  it('a table of every kind of row: the same counts, and a library-only site weighs 0', () => {
    const table = SiteTable.parse(encodeSiteTable(raw), 'm');
    for (const [, fold] of folds) expect(shown(table, fold)).toEqual(byFrames(table, fold));
    expect(shown(table, {})).toEqual([0, 2, 0, 0, 1, 0, 0, 0]);
    expect(shown(table, { libraryFrames: true })).toEqual([1, 4, 1, 1, 1, 1, 1, 2]);
  });
});
