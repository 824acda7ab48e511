// sh-syntax: mvdan/sh (Go) built with TinyGo for wasip1 (imports wasi_snapshot_preview1 through
// TinyGo's own wasm_exec.js, not node:wasi), asyncify; exports malloc/free/calloc/realloc for C
// interop while the Go code allocates through TinyGo's GC (runtime.alloc). Parses and prints a
// generated shell script three times, and one syntax error.
import { parse, print } from 'sh-syntax';
import { createHash } from 'node:crypto';
let src = '#!/bin/bash\nset -eu\n';
for (let i = 0; i < 200; i++) {
  src += `f${i}() {\n  local x=$1;if [ "$x" -gt ${i} ];then echo "big ${i}"|tr a-z A-Z;else for y in a b c;do echo $y$x;done;fi\n}\n`;
  src += `arr${i}=(one two "three ${i}")\ncase "$1" in a${i}) f${i} 1;; *) : ;; esac\n`;
}
let out = '';
for (let round = 0; round < 3; round++) out = await print(src, { filepath: 'gen.sh' });
const ast = await parse(src);
let error = '';
try { await print('if then fi', { filepath: 'bad.sh' }); } catch (e) { error = String(e.message).split('\n')[0]; }
console.log('sh', src.length, out.length, createHash('sha256').update(out).digest('hex').slice(0, 16), ast.Stmts.length, JSON.stringify(error));
