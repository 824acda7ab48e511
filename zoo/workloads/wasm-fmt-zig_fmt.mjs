// @wasm-fmt/zig_fmt: Zig's own std.zig.Ast/render built by Zig for wasm32-freestanding (no
// imports; exports alloc/free_all/format: an arena the JS frees whole). Formats a generated Zig
// source three times, and one syntax error.
import init, { format } from '@wasm-fmt/zig_fmt';
import { createHash } from 'node:crypto';
await init();
let src = 'const std = @import("std");\n';
for (let i = 0; i < 300; i++) {
  src += `pub fn f${i}(a:u32,b:  u32)u32{ var x:u32=a+%${i};if(x>b){x-%=b;}else{ x= b ;}\nreturn x*%2;}\n`;
  src += `const S${i}=struct{a:i32=${i},b:[]const u8="s${i}",  pub fn m(self:*const S${i})i32{return self.a;}};\n`;
}
let out = '';
for (let round = 0; round < 3; round++) out = format(src);
let error = '';
try { format('pub fn ('); } catch (e) { error = String(e.message ?? e).split('\n')[0]; }
console.log('zig_fmt', src.length, out.length, createHash('sha256').update(out).digest('hex').slice(0, 16), JSON.stringify(error));
