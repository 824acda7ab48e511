// The site table's weights handed over with the instrumented bytes (InstrumentedModule.weights, as
// Node's cache of instrumented modules keeps them): a start under the default folding reads them
// and decodes no row of the site table before a snapshot needs frames; the snapshots are those
// of a start that decodes the table, site for site, under the default folding and under others
// (which ignore the given weights).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { instrument } from '../../../instrument/index';
import { loadFixture } from '../../../fixtures/index.mjs';
import * as tracemalloc from '../../../runtime/tracer/index';
import { type LibraryFrameOptions } from '../../../runtime/tracer/library-frames';
import { SITES_SECTION, defaultWeights } from '../../../runtime/tracer/site-table';

const root = join(__dirname, '..', '..', '..');
const readFile = (p: string) => {
  try {
    return readFileSync(join(root, p), 'utf8');
  } catch {
    return undefined;
  }
};

afterEach(() => {
  tracemalloc.stop();
  tracemalloc.unpatchWebAssembly();
  tracemalloc.setInstrumenter(null);
  vi.restoreAllMocks();
});

interface Run {
  /** statistics('traceback') per checkpoint, as text. */
  snapshots: string[][];
  /** Reads of the site table before the first snapshot. */
  readsBeforeSnapshot: number;
}

async function traced(name: string, instrumented: Uint8Array, weights: Uint8Array | undefined, fold: LibraryFrameOptions): Promise<Run> {
  const fx = await loadFixture(name);
  const sections = vi.spyOn(WebAssembly.Module, 'customSections');
  const reads = () => sections.mock.calls.filter(([, section]) => section === SITES_SECTION).length;
  tracemalloc.setInstrumenter(() => ({ bytes: instrumented, traced: true, detail: 'test', ...(weights ? { weights } : {}) }));
  tracemalloc.patchWebAssembly();
  tracemalloc.start(16, fold);
  const snapshots: string[][] = [];
  let readsBeforeSnapshot = -1;
  await fx.run(fx.wasmBytes, {
    onCheckpoint: () => {
      if (readsBeforeSnapshot < 0) readsBeforeSnapshot = reads();
      snapshots.push(tracemalloc.takeSnapshot().statistics('traceback').map((s) => `${s.traceback.format().join('|')} ${String(s)}`));
    },
  });
  tracemalloc.stop();
  tracemalloc.unpatchWebAssembly();
  tracemalloc.setInstrumenter(null);
  sections.mockRestore();
  return { snapshots, readsBeforeSnapshot };
}

const folds: [string, LibraryFrameOptions][] = [
  ['libraryFrames', { libraryFrames: true }],
  ['userPaths', { userPaths: ['libc-top-half/', 'dlmalloc/'] }],
  ['libraryPaths', { libraryPaths: ['fixtures/'] }],
];

describe('weights given with the instrumented bytes', () => {
  it.each(['c', 'cpp', 'rust'])('%s: read instead of the site table, the same snapshots; ignored under other foldings', async (name) => {
    const fx = await loadFixture(name);
    const bytes = instrument(fx.wasmBytes, { sourceMapBaseDir: relative(root, fx.dir), readFile }).bytes;
    const weights = defaultWeights(bytes)!;
    // library frames folded away (0) and program frames shown (1 or more): the weights matter
    expect(weights.some((w, site) => site > 0 && w === 0)).toBe(true);
    expect(weights.some((w) => w >= 1)).toBe(true);

    const decoded = await traced(name, bytes, undefined, {});
    const given = await traced(name, bytes, weights, {});
    expect(decoded.snapshots.length).toBeGreaterThan(0);
    expect(decoded.readsBeforeSnapshot).toBeGreaterThan(0); // a start reads the table to weigh its sites
    expect(given.readsBeforeSnapshot).toBe(0); // the given weights instead
    expect(given.snapshots).toEqual(decoded.snapshots);

    for (const [, fold] of folds) {
      const without = await traced(name, bytes, undefined, fold);
      const withWeights = await traced(name, bytes, weights, fold);
      expect(withWeights.readsBeforeSnapshot).toBeGreaterThan(0); // not the default folding: weighed from the table
      expect(withWeights.snapshots).toEqual(without.snapshots);
    }
  }, 60_000);
});
