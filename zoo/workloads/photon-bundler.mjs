// @silvia-odwyer/photon: Rust through wasm-pack --target bundler: photon_rs_bg.js does
// `import * as wasm from './photon_rs_bg.wasm'` and the module imports its functions back from
// './photon_rs_bg.js' (a cycle), so only Node's own WebAssembly ES module integration loads it
// (Node 24; Node 22 with --experimental-wasm-modules): no JS compiles or instantiates it.
// Filters, blurs and resizes a generated image; frees each PhotonImage.
import { createHash } from 'node:crypto';
const photon = await import('@silvia-odwyer/photon/photon_rs.js');
const { memory } = await import('@silvia-odwyer/photon/photon_rs_bg.wasm');
// Node's integration exports the stack pointer global as a number, which the glue's retptr code
// (get_raw_pixels) writes `.value` on: the package's own limit. The pixels are read instead from
// the PhotonImage's Vec<u8> (the words at its pointer: a capacity, a data pointer, a length).
const pixels = (img) => {
  const words = new Uint32Array(memory.buffer, img.__wbg_ptr, 5);
  const len = img.get_width() * img.get_height() * 4;
  const at = [0, 1, 2].find((i) => words[i] !== len && words[i] > 1024);
  return new Uint8Array(memory.buffer, words[at], len);
};
const w = 160, h = 120;
const px = new Uint8Array(w * h * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 13 + (i >> 8)) & 255));
const digest = createHash('sha256');
for (const op of ['gaussian_blur', 'sharpen', 'emboss', 'invert', 'resize']) {
  const img = new photon.PhotonImage(px, w, h);
  if (op === 'gaussian_blur') photon.gaussian_blur(img, 3);
  else if (op === 'resize') { const r = photon.resize(img, 80, 60, 1); digest.update(pixels(r)); r.free(); }
  else photon[op](img);
  const raw = pixels(img);
  digest.update(raw);
  console.log(op, img.get_width(), img.get_height(), raw.length);
  img.free();
}
console.log('photon', digest.digest('hex').slice(0, 16));
