// @wasm-fmt/lua_fmt: a Lua formatter in Rust, wasm-bindgen (no name section); its heap is the
// `dlmalloc` crate (Rust std's allocator on wasm32-unknown-unknown: `dlmalloc-0.2.11` in its
// panic paths). The Node entry makes a synchronous `new WebAssembly.Instance`.
import { format } from '@wasm-fmt/lua_fmt';
import { createHash } from 'node:crypto';
let src = '';
for (let i = 0; i < 400; i++) {
  src += `local function f${i}(a,b) if a>b then return a-b else local t={} for k=1,a do t[#t+1]={k,"v${i}"} end return #t end end\n`;
  src += `local tbl${i} = {  x=${i}, y = "s${i}",  z={1,2,3}}\n`;
}
let out = '';
for (let round = 0; round < 3; round++) out = format(src, { indent_style: 'space', indent_width: 2 });
let error = '';
try { format('local function ('); } catch (e) { error = String(e?.message ?? e).split('\n')[0].slice(0, 60); }
console.log('lua_fmt', src.length, out.length, createHash('sha256').update(out).digest('hex').slice(0, 16), JSON.stringify(error));
