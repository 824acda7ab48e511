// @jsquash/jxl: libjxl (C++) built with Emscripten and embind, two modules (encoder, decoder);
// in Node the package picks the single-threaded encoder; the app compiles both modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import encode, { init as initEncode } from '@jsquash/jxl/encode.js';
import decode, { init as initDecode } from '@jsquash/jxl/decode.js';
const require = createRequire(import.meta.url);
const codec = (p) => WebAssembly.compile(readFileSync(require.resolve('@jsquash/jxl/' + p)));
await initEncode(await codec('codec/enc/jxl_enc.wasm'));
await initDecode(await codec('codec/dec/jxl_dec.wasm'));
const w = 96, h = 64, data = new Uint8ClampedArray(w * h * 4).map((_, i) => (i & 3) === 3 ? 255 : ((i >> 2) % w) * 2 + (i & 3) * 50);
const lossy = await encode({ data, width: w, height: h }, { quality: 75, effort: 3 });
const lossless = await encode({ data, width: w, height: h }, { lossless: true, effort: 2 });
const back = await decode(lossy);
const exact = await decode(lossless);
let same = 0;
for (let i = 0; i < data.length; i++) if (exact.data[i] === data[i]) same++;
console.log('jxl', lossy.byteLength, lossless.byteLength, back.width, back.height, same === data.length);
