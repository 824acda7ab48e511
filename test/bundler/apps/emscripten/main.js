// Vite: `?url` gives the asset's URL.
import wasmUrl from './build/program.wasm?url';
import { runProgram } from './app.js';

await runProgram(wasmUrl);
