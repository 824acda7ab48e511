// @chainsafe/as-chacha20poly1305: AssemblyScript 0.9-era with the stub runtime (a bump allocator,
// `~lib/rt/stub/__alloc`, never freed; not exported; names only in the package's untouched build);
// the optimized wasm is embedded in the JS as a byte array and compiled synchronously.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
const require = createRequire(import.meta.url);
const { ChaCha20Poly1305, newInstance } = require('@chainsafe/as-chacha20poly1305');
const ctx = newInstance();
const aead = new ChaCha20Poly1305(ctx);
const key = new Uint8Array(32).map((_, i) => i * 7);
const h = createHash('sha256');
let opened = 0;
for (let i = 0; i < 300; i++) {
  const nonce = new Uint8Array(12).map((_, j) => (i + j) & 255);
  const plain = new Uint8Array(64 + i * 13).map((_, j) => (i * j) & 255);
  const sealed = aead.seal(key, nonce, plain, new Uint8Array([i & 255, 1, 2]));
  h.update(sealed);
  const back = aead.open(key, nonce, sealed, new Uint8Array([i & 255, 1, 2]));
  if (back && Buffer.compare(Buffer.from(back), Buffer.from(plain)) === 0) opened++;
}
console.log('as-chacha20poly1305', opened, h.digest('hex').slice(0, 16));
