// rabin-wasm: AssemblyScript 0.9-era ARC runtime (__alloc/__retain/__release), through
// @assemblyscript/loader; content-defined chunking of a generated buffer.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const Rabin = require('rabin-wasm/src/rabin.js');
const load = require('rabin-wasm/dist/rabin-wasm.node.js');
const wasm = await load();
const rabin = new Rabin(wasm, 8, 64, 256, 64, 97);
const buf = new Uint8Array(200_000).map((_, i) => (i * 2654435761) >>> 24);
const sizes = rabin.fingerprint(buf);
console.log('rabin', sizes.length, sizes.slice(0, 5).join(','), sizes.reduce((a, b) => a + b, 0));
