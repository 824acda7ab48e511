// node name-one.mjs IN OUT INDEX NAME: IN (no name section) with a name section that names only
// function INDEX, as wasm-bindgen leaves one naming only its own helpers.
import { readFileSync, writeFileSync } from 'node:fs';
const [input, output, index, name] = process.argv.slice(2);
const leb = (n) => { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return out; };
const str = (s) => { const b = [...Buffer.from(s)]; return [...leb(b.length), ...b]; };
const functionNames = [...leb(1), ...leb(Number(index)), ...str(name)]; // one entry
const sub = [1, ...leb(functionNames.length), ...functionNames]; // subsection 1: function names
const body = [...str('name'), ...sub];
writeFileSync(output, Buffer.concat([readFileSync(input), Buffer.from([0, ...leb(body.length), ...body])]));
