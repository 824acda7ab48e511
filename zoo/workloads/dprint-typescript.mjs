// @dprint/typescript: dprint's TypeScript plugin, Rust wasm without wasm-bindgen (dprint's own
// plugin ABI), run by @dprint/formatter.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createFromBuffer } from '@dprint/formatter';
const require = createRequire(import.meta.url);
const { getPath } = require('@dprint/typescript');
const formatter = createFromBuffer(readFileSync(getPath()));
formatter.setConfig({ indentWidth: 2, lineWidth: 80 }, { semiColons: 'always', quoteStyle: 'alwaysSingle' });
let src = '';
for (let i = 0; i < 300; i++) src += `export   function f${i}(a:number,b :string){ const x = {a,b,c:[1,2,3].map(v=>v*${i})}; return  "s"+x.a+b }\n`;
let out = '';
for (let i = 0; i < 5; i++) out = formatter.formatText({ filePath: `file${i}.ts`, fileText: src });
console.log('dprint', out.length, out.split('\n').slice(0, 4).join('|'));
