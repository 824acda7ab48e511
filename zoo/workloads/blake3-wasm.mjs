// blake3-wasm: BLAKE3 in Rust through wasm-bindgen (no name section); its Node entry loads
// the wasm-bindgen nodejs build (dist/wasm/nodejs/blake3_js_bg.wasm).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { hash, createHash, createKeyed } = require('blake3-wasm');
const data = Buffer.alloc(1 << 20).map((_, i) => (i * 2654435761) >>> 24);
let out = hash(data).toString('hex').slice(0, 16);
const h = createHash();
for (let i = 0; i < 64; i++) h.update(data.subarray(i * 16384, (i + 1) * 16384));
out += ' ' + h.digest('hex').slice(0, 16);
const k = createKeyed(Buffer.alloc(32, 7));
k.update('wasm-tracemalloc');
out += ' ' + k.digest('hex').slice(0, 16);
console.log('blake3', out);
