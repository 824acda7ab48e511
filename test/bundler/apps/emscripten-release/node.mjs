// The same app under Node (the oracle of the browser test): run with
//   WASM_TRACEMALLOC=16 node --import wasm-tracemalloc/register node.mjs symbols|dwarf
// it reads the build's .wasm through fs (so register knows its file and finds what lies beside it)
// and prints the app's result as JSON.
import { readFileSync } from 'node:fs';
import { takeSnapshot, getTracedMemory } from 'wasm-tracemalloc';
import { runProgram } from './app.js';

const build = process.argv[2];
const { default: create } = await import(`./${build}/program.js`);
const bytes = readFileSync(new URL(`./${build}/program.wasm`, import.meta.url));
const result = await runProgram(create, bytes, () => ({ takeSnapshot, getTracedMemory }));
process.stdout.write(JSON.stringify(result));
