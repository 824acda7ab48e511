// tiny-secp256k1: libsecp256k1 in Rust built for wasm32 without wasm-bindgen (its own JS
// bindings over static input/output buffers); the ES build reads secp256k1.wasm beside its JS.
import * as ecc from 'tiny-secp256k1';
import { createHash } from 'node:crypto';
let ok = 0, last = '';
for (let i = 0; i < 200; i++) {
  const d = createHash('sha256').update(`key ${i}`).digest();
  const msg = createHash('sha256').update(`message ${i}`).digest();
  const pub = ecc.pointFromScalar(d, true);
  const sig = ecc.sign(msg, d);
  if (ecc.verify(msg, pub, sig)) ok++;
  const sch = ecc.signSchnorr(msg, d, Buffer.alloc(32, i));
  if (ecc.verifySchnorr(msg, ecc.xOnlyPointFromScalar(d), sch)) ok++;
  last = Buffer.from(sig).toString('hex').slice(0, 16);
}
console.log('secp256k1', ok, last);
