// tally.c's Emscripten glue run under the API alone, without register
// (test/node/api-threaded.test.ts): `node api-tally.mjs SNAPSHOT`. The glue instantiates by itself
// (on the main thread through the patched WebAssembly and the instrumenter given here; on its
// pthreads' workers from the module the main thread posts them); the snapshot is taken at exit.
import { createRequire } from 'node:module';
import * as tracemalloc from 'wasm-tracemalloc';
import { instrument } from 'wasm-tracemalloc/instrument';

tracemalloc.setInstrumenter((bytes) => instrument(bytes, { threads: true }));
tracemalloc.patchWebAssembly();
tracemalloc.start(16);
process.on('exit', () => tracemalloc.takeSnapshot().dump(process.argv[2]));
createRequire(import.meta.url)('./built/tally-O2.js');
