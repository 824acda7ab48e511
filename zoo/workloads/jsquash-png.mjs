// @jsquash/png: Rust through wasm-bindgen (Squoosh's PNG codec), initialised with the wasm bytes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const dir = require.resolve('@jsquash/png/codec/pkg/squoosh_png.js').replace(/squoosh_png\.js$/, '');
const codec = await import(dir + 'squoosh_png.js');
await codec.default(readFileSync(dir + "squoosh_png_bg.wasm"));
const w = 64, h = 64, px = new Uint8ClampedArray(w * h * 4).map((_, i) => (i * 7) & 255);
const png = codec.encode(px, w, h, 8);
const back = codec.decode(png.buffer ? png : new Uint8Array(png));
console.log('png', png.length, back.width, back.height);
