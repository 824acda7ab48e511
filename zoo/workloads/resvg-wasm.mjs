// @resvg/resvg-wasm: Rust through wasm-bindgen (the renderer), loaded from its .wasm file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
const require = createRequire(import.meta.url);
await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const circles = Array.from({ length: 40 }, (_, i) => `<circle cx="${(i * 37) % 200}" cy="${(i * 53) % 200}" r="${5 + (i % 20)}" fill="#${((i * 123457) & 0xffffff).toString(16).padStart(6, '0')}" opacity="0.7"/>`).join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200" fill="white"/>${circles}</svg>`;
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 400 } }).render().asPng();
console.log('resvg', png.length, createHash('sha256').update(png).digest('hex').slice(0, 16));
