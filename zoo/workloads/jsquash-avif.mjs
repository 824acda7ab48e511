// @jsquash/avif: libavif + libaom (encoder) and dav1d (decoder), Emscripten C/C++ with embind;
// in Node the package picks the single-threaded encoder; the app compiles both modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import encode, { init as initEncode } from '@jsquash/avif/encode.js';
import decode, { init as initDecode } from '@jsquash/avif/decode.js';
const require = createRequire(import.meta.url);
const codec = (p) => WebAssembly.compile(readFileSync(require.resolve('@jsquash/avif/' + p)));
await initEncode(await codec('codec/enc/avif_enc.wasm'));
await initDecode(await codec('codec/dec/avif_dec.wasm'));
const w = 48, h = 32, data = new Uint8ClampedArray(w * h * 4).map((_, i) => ((i >> 2) % w) * 5 + (i & 3) * 40);
const avif = await encode({ data, width: w, height: h }, { quality: 60, speed: 8 });
const back = await decode(avif);
console.log('avif', avif.byteLength, back.width, back.height, back.data[4 * 70]);
