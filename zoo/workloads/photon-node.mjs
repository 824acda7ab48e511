// @silvia-odwyer/photon-node: image processing in Rust through wasm-bindgen --target nodejs
// (a name section); the Node build reads photon_rs_bg.wasm beside its JS.
// ZOO_PHOTON_KEEP=1 keeps the first image alive to exit (its w×h×4 pixel buffer: the outside check).
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
const require = createRequire(import.meta.url);
const photon = require('@silvia-odwyer/photon-node');
const w = 320, h = 240;
const px = new Uint8Array(w * h * 4).map((_, i) => (i & 3) === 3 ? 255 : ((i >> 2) % w) * 3 + ((i >> 2) / w | 0) * (i & 3));
const hash = createHash('sha256');
let kept;
for (let round = 0; round < 3; round++) {
  const img = new photon.PhotonImage(px, w, h);
  photon.gaussian_blur(img, 3);
  photon.grayscale(img);
  photon.sharpen(img);
  const small = photon.resize(img, 160, 120, 1);
  hash.update(small.get_raw_pixels());
  small.free();
  if (round === 0 && process.env.ZOO_PHOTON_KEEP) kept = img; else img.free();
}
console.log('photon', hash.digest('hex').slice(0, 16), kept ? kept.get_width() : 0);
