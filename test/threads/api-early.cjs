// tally.c's Emscripten glue under the API alone, its pool of workers made before the tool was
// set up (test/node/api-threaded.test.ts): `node api-early.cjs WHEN SNAPSHOT [DIR]`, WHEN one of
// before-start (the tool loaded first, start() after the glue made its pool), before-import (the
// glue loaded before the tool itself), never (no start() at all, no snapshot). The glue instantiates after
// start() (it reads its .wasm, then instantiates, in later microtasks), so the main thread has the
// module instrumented for threads, and the workers, which did not get the tool, are posted it.
// Instrumented on the fly from built/, or, with DIR, ahead of time (DIR holds the glue and its
// .wasm instrumented with threads: true; no instrumenter then).
const { join } = require('node:path');
const [when, snapshot, ahead] = process.argv.slice(2);
const glue = () => require(join(ahead ?? join(__dirname, 'built'), 'tally-O2.js'));
if (when === 'before-import') glue();
const tracemalloc = require('wasm-tracemalloc');
if (!ahead) tracemalloc.setInstrumenter((bytes) => require('wasm-tracemalloc/instrument').instrument(bytes, { threads: true }));
tracemalloc.patchWebAssembly();
if (when !== 'before-import') glue();
if (when !== 'never') {
  tracemalloc.start(16);
  process.on('exit', () => tracemalloc.takeSnapshot().dump(snapshot));
}
