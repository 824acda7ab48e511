// tally.c's Emscripten glue under the API alone, its pool of workers made before the tool was
// set up (test/node/api-threaded.test.ts): `node api-early.cjs WHEN SNAPSHOT`, WHEN one of
// before-start (the tool loaded first, start() after the glue made its pool) and before-import
// (the glue loaded before the tool itself). Either way the glue instantiates after start() (it
// reads its .wasm, then instantiates, in later microtasks), so the main thread instruments the
// module for threads, and the workers, which did not get the tool, are posted it.
const [when, snapshot] = process.argv.slice(2);
const glue = () => require('./built/tally-O2.js');
if (when === 'before-import') glue();
const tracemalloc = require('wasm-tracemalloc');
const { instrument } = require('wasm-tracemalloc/instrument');
tracemalloc.setInstrumenter((bytes) => instrument(bytes, { threads: true }));
tracemalloc.patchWebAssembly();
if (when === 'before-start') glue();
tracemalloc.start(16);
process.on('exit', () => tracemalloc.takeSnapshot().dump(snapshot));
