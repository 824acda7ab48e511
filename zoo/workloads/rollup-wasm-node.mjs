// @rollup/wasm-node: Rust through wasm-bindgen (rollup's parser and hashing), new export naming (__wbindgen_export, …2, …3).
import { rollup } from '@rollup/wasm-node';
const files = {
  'main.js': "import { a } from './a.js'; import { b } from './b.js'; export const out = a() + b(); console.log(out);",
  'a.js': "export function a() { return [1,2,3].map((x) => x * 2).reduce((s, x) => s + x, 0); } export const unused = 1;",
  'b.js': "import { a } from './a.js'; export function b() { return a() * 10; }",
};
const virtual = { name: 'virtual', resolveId: (id) => id.replace(/^\.\//, ''), load: (id) => files[id] };
const bundle = await rollup({ input: 'main.js', plugins: [virtual] });
const { output } = await bundle.generate({ format: 'esm' });
await bundle.close();
console.log('rollup', output.length, output[0].code.split('\n').length, output[0].code.includes('unused'));
