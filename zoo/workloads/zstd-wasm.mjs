// @bokuweb/zstd-wasm: Emscripten C (zstd), minified exports.
import { init, compress, decompress } from '@bokuweb/zstd-wasm';
await init();
const input = new TextEncoder().encode(Array.from({ length: 4000 }, (_, i) => `line ${i % 97} ${i * 31 % 1000}`).join('\n'));
let total = 0;
for (const level of [1, 3, 9, 15]) {
  const c = compress(input, level);
  const d = decompress(c);
  if (d.length !== input.length) throw new Error('round trip');
  total += c.length;
  console.log('zstd level', level, c.length);
}
console.log('zstd total', total);
