// @swc/wasm: Rust through wasm-bindgen, a large (~20 MB) release module; transforms TypeScript.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const swc = require('@swc/wasm');
let out = 0;
for (let i = 0; i < 20; i++) out += swc.transformSync(`const f${i} = (a: number): number => a * ${i}; export default f${i};`, { jsc: { parser: { syntax: 'typescript' }, target: 'es5' } }).code.length;
console.log('swc', out);
