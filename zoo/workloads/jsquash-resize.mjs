// @jsquash/resize: three Rust crates through wasm-bindgen --target web (squoosh's resize, hqx,
// magic-kernel), loaded in Node: the app compiles each .wasm (WebAssembly.compile) and hands the
// WebAssembly.Module to the glue's init. Resizes a generated RGBA image with six methods.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const lib = require.resolve('@jsquash/resize/package.json').replace(/package\.json$/, 'lib/');
const compile = (p) => WebAssembly.compile(readFileSync(lib + p));
globalThis.ImageData ??= class ImageData { constructor(data, width, height) { Object.assign(this, { data, width, height, colorSpace: 'srgb' }); } };
const { default: resize, initResize, initHqx, initMagicKernel } = await import('@jsquash/resize');
await initResize(await compile('resize/pkg/squoosh_resize_bg.wasm'));
await initHqx(await compile('hqx/pkg/squooshhqx_bg.wasm'));
await initMagicKernel(await compile('magic-kernel/pkg/jsquash_magic_kernel_bg.wasm'));
const w = 120, h = 90;
const px = new Uint8ClampedArray(w * h * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 31 + (i >> 9) * 7) & 255));
for (const method of ['triangle', 'catrom', 'mitchell', 'lanczos3', 'hqx', 'magicKernelSharp2021']) {
  const out = await resize(new ImageData(new Uint8ClampedArray(px), w, h), method === 'hqx' ? { width: w * 2, height: h * 2, method } : { width: 200, height: 150, method });
  console.log(method, out.width, out.height, createHash('sha256').update(out.data).digest('hex').slice(0, 16));
}
