// brotli-wasm: Rust through wasm-bindgen (exports __wbindgen_malloc/__wbindgen_free/__wbindgen_realloc).
import { createRequire } from 'node:module';
// The package's `import` condition is the web build (fetch); Node's is the `require` one.
const brotli = await createRequire(import.meta.url)('brotli-wasm');
const input = new TextEncoder().encode(Array.from({ length: 3000 }, (_, i) => `brotli ${i % 50} ${(i * 17) % 333}`).join('\n'));
for (const quality of [1, 5, 9]) {
  const c = brotli.compress(input, { quality });
  const d = brotli.decompress(c);
  console.log('brotli quality', quality, c.length, d.length === input.length);
}
