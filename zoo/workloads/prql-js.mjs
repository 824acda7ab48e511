// prql-js: the PRQL compiler (Rust) through wasm-bindgen --target nodejs (no name section);
// the Node build reads prql_js_bg.wasm beside its JS.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
const require = createRequire(import.meta.url);
const prql = require('prql-js');
const h = createHash('sha256');
let n = 0;
for (let i = 0; i < 60; i++) {
  const q = `from employees\nfilter salary > ${1000 + i}\nderive {gross = salary + benefits, tax = gross * 0.${i % 9 + 1}}\ngroup {dept} (aggregate {total = sum gross, n = count this})\nsort {-total}\ntake ${i + 1}`;
  const sql = prql.compile(q, new prql.CompileOptions());
  n += sql.length; h.update(sql);
}
let err = '';
try { prql.compile('from x | select {'); } catch (e) { err = String(e.message ?? e).split('\n')[0].slice(0, 40); }
console.log('prql', n, h.digest('hex').slice(0, 16), err.length > 0);
