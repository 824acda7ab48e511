// wabt: the WebAssembly Binary Toolkit (C++) through Emscripten, MODULARIZE + SINGLE_FILE (the
// wasm is base64 inside index.js, a CommonJS module). Parses a generated WAT module, validates
// it, writes the binary, reads that back with names and prints it as text, destroying each module.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const wabt = await require('wabt')();
const hash = (b) => createHash('sha256').update(b).digest('hex').slice(0, 16);
let wat = '(module\n  (memory (export "mem") 1)\n  (global $g (mut i32) (i32.const 0))\n';
for (let i = 0; i < 400; i++) {
  wat += `  (func $f${i} (export "f${i}") (param $a i32) (param $b i32) (result i32)\n` +
    `    (local $t i32)\n    (local.set $t (i32.add (local.get $a) (i32.const ${i})))\n` +
    `    (if (i32.gt_s (local.get $t) (local.get $b)) (then (global.set $g (local.get $t))))\n` +
    `    (i32.store (i32.const ${(i * 4) % 65536}) (local.get $t))\n    (i32.mul (local.get $t) (local.get $b)))\n`;
}
wat += ')\n';
let binary, text;
for (let round = 0; round < 3; round++) {
  const mod = wabt.parseWat('gen.wat', wat);
  mod.resolveNames();
  mod.validate();
  binary = mod.toBinary({ log: false, write_debug_names: true }).buffer;
  mod.destroy();
  const back = wabt.readWasm(binary, { readDebugNames: true });
  back.applyNames();
  text = back.toText({ foldExprs: true, inlineExport: true });
  back.destroy();
}
let error = '';
try { wabt.parseWat('bad.wat', '(module (func (i32.add)))').validate(); } catch (e) { error = String(e.message).split('\n')[0]; }
console.log('wabt', wat.length, binary.length, hash(binary), text.length, hash(text), JSON.stringify(error));
