// @bytecodealliance/jco: Rust components (wasm-tools, js-component-bindgen) transpiled to core
// modules: one memory shared by each component's main module and its shim module.
import { parse, print, transpile } from '@bytecodealliance/jco';
const wat = `(component
  (core module $m
    (memory (export "memory") 1)
    (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
  (core instance $i (instantiate $m))
  (func $add (param "a" u32) (param "b" u32) (result u32) (canon lift (core func $i "add")))
  (export "add" (func $add)))`;
let files;
for (let i = 0; i < 5; i++) {
  const bytes = await parse(wat);
  const text = await print(bytes);
  ({ files } = await transpile(bytes, { name: `c${i}`, noTypescript: false }));
  if (i === 4) console.log('jco', bytes.length, text.split('\n').length, Object.keys(files).sort().join(','));
}
