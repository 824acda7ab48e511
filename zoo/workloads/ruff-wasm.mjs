// @astral-sh/ruff-wasm-nodejs: Ruff (Rust) through wasm-bindgen --target nodejs.
import { Workspace, PositionEncoding } from '@astral-sh/ruff-wasm-nodejs';
const ws = new Workspace({ 'line-length': 88, lint: { select: ['E', 'F', 'W', 'B'] } }, PositionEncoding.Utf16);
let src = 'import os, sys\n';
for (let i = 0; i < 300; i++) src += `def f${i}(a, b = [ ] ):\n    x=a+b;  y = {  'k' : ${i} }\n    return x  \n`;
let diags, out;
for (let i = 0; i < 5; i++) { diags = ws.check(src); out = ws.format(src); }
console.log('ruff', diags.length, [...new Set(diags.map((d) => d.code))].sort().join(','), out.length);
