// @oxc-parser/binding-wasm32-wasi: Rust through napi-rs on wasm32-wasip1-threads (emnapi, a shared memory).
import { createRequire } from "node:module"; const require = createRequire(import.meta.url);
const b = require('@oxc-parser/binding-wasm32-wasi');
let n = 0;
for (let i = 0; i < 20; i++) n += b.parseSync('a.ts', `const x${i}: number = ${i}; function f(a) { return a + x${i} }\n`.repeat(20)).program.length;
console.log('oxc', n);
