// The glue with the module inside it (emcc -sSINGLE_FILE): no .wasm asset, no locateFile.
import createProgram from './build/program-single.js';
import { runWith } from './app.js';

await runWith(createProgram, {});
