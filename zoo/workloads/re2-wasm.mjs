// re2-wasm: Emscripten C++ with embind (Google's RE2), its glue reads the .wasm beside the JS.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { RE2 } = require('re2-wasm');
const re = new RE2('(\\w+)@(\\w+)\\.com', 'gu');
let n = 0, last = '';
for (let i = 0; i < 300; i++) {
  const text = `mail user${i}@host${i % 7}.com and admin@site.com, not me@x.org`;
  re.lastIndex = 0;
  let m;
  while ((m = re.exec(text))) { n++; last = m[2]; }
}
const kept = new RE2('^kept-(\\d+)$', 'u');
console.log('re2', n, last, kept.test('kept-42'));
