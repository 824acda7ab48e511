// @wasm-fmt/dart_fmt: dart_style compiled by dart2wasm: a WasmGC module (struct/array types, a
// Tag section, 3 814 imports from its JS support file); Dart's objects live in the engine's GC
// heap, not in a linear memory. Formats a generated Dart source three times, and one syntax error.
import { format } from '@wasm-fmt/dart_fmt';
import { createHash } from 'node:crypto';
let src = 'import "dart:math";\n';
for (let i = 0; i < 150; i++) {
  src += `class C${i}{final int a;final List<String> b;C${i}(this.a,this.b);int m(int x){if(x>a){return x-a;}else{return b.length+x*${i};}}}\n`;
  src += `int f${i}(int a,int b)=>a>b?max(a,b):min(a,b)+${i};\n`;
}
let out = '';
for (let round = 0; round < 3; round++) out = format(src, 'gen.dart');
let error = '';
try { format('class {', 'bad.dart'); } catch (e) { error = String(e.message ?? e).split('\n')[0].slice(0, 80); }
console.log('dart_fmt', src.length, out.length, createHash('sha256').update(out).digest('hex').slice(0, 16), JSON.stringify(error));
