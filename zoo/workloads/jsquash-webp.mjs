// @jsquash/webp: Emscripten C++ with embind (libwebp), the app compiles the wasm and the glue makes a sync `new WebAssembly.Instance`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import encode, { init as initEncode } from '@jsquash/webp/encode.js';
import decode, { init as initDecode } from '@jsquash/webp/decode.js';
const require = createRequire(import.meta.url);
const codec = (p) => WebAssembly.compile(readFileSync(require.resolve('@jsquash/webp/' + p)));
await initEncode(await codec('codec/enc/webp_enc_simd.wasm'));
await initDecode(await codec('codec/dec/webp_dec.wasm'));
const w = 64, h = 48, data = new Uint8ClampedArray(w * h * 4).map((_, i) => ((i >> 2) % w) * 4 + (i & 3) * 40);
const webp = await encode({ data, width: w, height: h }, { quality: 80 });
const lossless = await encode({ data, width: w, height: h }, { lossless: 1 });
const back = await decode(lossless);
console.log('webp', webp.byteLength > 0, lossless.byteLength, back.width, back.height, back.data[4 * 70]);
