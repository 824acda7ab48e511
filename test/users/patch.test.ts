// The README's glue-code path on a program the project was not built around: a loader that
// calls WebAssembly.instantiate itself on raw bytes, traced after setInstrumenter() and
// patchWebAssembly(), with no change to the loader.
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
import { afterEach, expect, it } from 'vitest';
import { instrument } from '../instrument/validate';
import * as tracemalloc from '../../runtime/index';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

afterEach(() => {
  tracemalloc.stop();
  tracemalloc.unpatchWebAssembly();
  tracemalloc.setInstrumenter(null);
});

async function userLoader(): Promise<Record<string, (...args: number[]) => number>> {
  const wasi = new WASI({ version: 'preview1' });
  const bytes = readFileSync(new URL('./data/inventory.wasm', import.meta.url));
  const { instance } = await WebAssembly.instantiate(bytes, wasi.getImportObject() as WebAssembly.Imports);
  wasi.initialize(instance);
  return instance.exports as never;
}

it('traces raw bytes a loader instantiates itself, once an instrumenter is set', async () => {
  // the README's form: instrument()'s whole result (its verdict names the allocator in the module's line)
  expect(readme).toContain('tracemalloc.setInstrumenter((bytes) => instrument(bytes))');
  tracemalloc.setInstrumenter((bytes) => instrument(bytes));
  tracemalloc.patchWebAssembly();
  tracemalloc.start(4);
  const e = await userLoader();
  e.fill!(3); // table 8 B + 3 items of 12 B + names "i0".."i2" + grown buckets 64 B
  const files = tracemalloc.takeSnapshot().statistics('filename').map(String);
  expect(files).toEqual(['test/users/data/inventory.c:0: size=117 B, count=8, average=15 B']);
});

it('leaves raw bytes untraced without an instrumenter (patchWebAssembly alone does not rewrite)', async () => {
  tracemalloc.patchWebAssembly();
  tracemalloc.start(4);
  const e = await userLoader();
  e.fill!(3);
  expect(tracemalloc.getTracedMemory()).toEqual([0, 0]);
});
