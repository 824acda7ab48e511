// lz4-wasm-nodejs: Rust through wasm-bindgen, nodejs target (synchronous load).
import lz4 from 'lz4-wasm-nodejs';
const input = new TextEncoder().encode(Array.from({ length: 5000 }, (_, i) => `lz4 ${i % 71}`).join(','));
let total = 0;
for (let i = 0; i < 20; i++) {
  const c = lz4.compress(input.subarray(0, 1000 * (i + 1)));
  const d = lz4.decompress(c);
  total += c.length + d.length;
}
console.log('lz4', total);
