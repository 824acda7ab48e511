// esbuild (loader `file`) and Rollup (@rollup/plugin-url): importing the .wasm gives its URL.
import wasmUrl from './build/program.wasm';
import { runProgram } from './app.js';

runProgram(new URL(wasmUrl, document.baseURI).href);
