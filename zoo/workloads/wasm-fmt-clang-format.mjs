// @wasm-fmt/clang-format: LLVM's clang-format (C++) built with Emscripten and embind; its
// Node entry reads clang-format.wasm and hands the bytes to the glue (`createModule({ wasm })`).
import { format, version } from '@wasm-fmt/clang-format';
import { createHash } from 'node:crypto';
let src = '#include <vector>\n#include <map>\n#include <string>\n';
for (let i = 0; i < 200; i++) {
  src += `namespace n${i}{ template<class T> struct S${i} { std::vector<T> v; std::map<std::string,int> m;\n`;
  src += `int f(int a,int b){if(a>b){return a-b;}else{for(int k=0;k<a;++k){v.push_back(T(k));}return (int)v.size()+${i};}} };}\n`;
}
const h = createHash('sha256');
const sizes = [];
for (const style of ['LLVM', 'Google', 'Mozilla', 'WebKit']) {
  const out = format(src, 'main.cc', style);
  sizes.push(out.length);
  h.update(out);
}
const js = format('function f ( a,b ){return a+b}', 'main.js', 'Chromium');
console.log('clang-format', typeof version(), src.length, sizes.join(','), h.digest('hex').slice(0, 16), JSON.stringify(js));
