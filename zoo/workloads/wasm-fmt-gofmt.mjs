// @wasm-fmt/gofmt: Go's go/format built with TinyGo for wasm-unknown (no imports at all;
// `//go:wasmexport` alloc/format/dispose); TinyGo's own GC manages the heap. Its Node entry
// reads gofmt.wasm beside its JS and makes a synchronous `new WebAssembly.Instance`.
import { format } from '@wasm-fmt/gofmt';
import { createHash } from 'node:crypto';
let src = 'package main\n\nimport (\n"fmt"\n"strings"\n)\n\n';
for (let i = 0; i < 300; i++) {
  src += `type T${i} struct{A int;B   string\nC []map[string]int}\n`;
  src += `func (t *T${i}) M${i}(x,y int)(int,error){ if x>y {return x-y,nil}\nfor i:=0;i<x;i++{ t.C=append(t.C,map[string]int{"k":i}) }\nreturn strings.Count(fmt.Sprint(x),"1"),nil}\n`;
}
let out = '';
for (let round = 0; round < 3; round++) out = format(src);
let error = '';
try { format('package main\nfunc {'); } catch (e) { error = String(e.message).split('\n')[0]; }
console.log('gofmt', src.length, out.length, createHash('sha256').update(out).digest('hex').slice(0, 16), JSON.stringify(error));
