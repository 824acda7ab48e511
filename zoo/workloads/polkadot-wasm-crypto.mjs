// @polkadot/wasm-crypto: Rust (schnorrkel, ed25519, bip39, hashes) with its own bindings, the wasm
// embedded in JS (compressed, base64).
import { waitReady, bip39ToSeed, sr25519KeypairFromSeed, ed25519KeypairFromSeed, blake2b, keccak256, sha512, twox, pbkdf2, scrypt } from '@polkadot/wasm-crypto';
import { createHash } from 'node:crypto';
await waitReady();
const phrase = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
const seed = bip39ToSeed(phrase, '');
const h = createHash('sha256');
for (let i = 0; i < 50; i++) {
  const s = blake2b(new Uint8Array([...seed.slice(0, 31), i]), new Uint8Array(), 32);
  h.update(sr25519KeypairFromSeed(s));
  h.update(ed25519KeypairFromSeed(s));
  h.update(keccak256(s)); h.update(sha512(s)); h.update(twox(s, 2));
}
const big = new Uint8Array(1 << 20).map((_, i) => i * 31);
h.update(blake2b(big, new Uint8Array(), 64));
h.update(pbkdf2(seed, new Uint8Array(16), 64));
h.update(scrypt(seed, new Uint8Array(16), 10, 8, 1));
console.log('polkadot', h.digest('hex').slice(0, 16));
