// libsodium-wrappers: Emscripten C, the wasm embedded as base64 in the JS.
import _sodium from 'libsodium-wrappers';
await _sodium.ready;
const s = _sodium;
const key = new Uint8Array(s.crypto_secretbox_KEYBYTES).map((_, i) => i);
const nonce = new Uint8Array(s.crypto_secretbox_NONCEBYTES).map((_, i) => 255 - i);
let digest = '';
for (let i = 0; i < 200; i++) {
  const msg = new TextEncoder().encode(`message ${i} `.repeat(i + 1));
  const box = s.crypto_secretbox_easy(msg, nonce, key);
  const open = s.crypto_secretbox_open_easy(box, nonce, key);
  digest = s.to_hex(s.crypto_generichash(16, new Uint8Array([...open, ...box.slice(0, 8)]), digest ? s.from_hex(digest) : null));
}
const seed = new Uint8Array(32).fill(7);
const kp = s.crypto_sign_seed_keypair(seed);
const sig = s.crypto_sign_detached('zoo', kp.privateKey);
console.log('libsodium', digest, s.to_hex(sig).slice(0, 32), s.crypto_sign_verify_detached(sig, 'zoo', kp.publicKey));
