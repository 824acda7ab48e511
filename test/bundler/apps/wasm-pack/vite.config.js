import { defineConfig } from 'vite';
import wasmTracemalloc from 'wasm-tracemalloc/vite';

export default defineConfig({
  // on only when WASM_TRACEMALLOC=<nframe> is set: the tests build and serve it both ways
  plugins: [wasmTracemalloc()],
  // wasm-pack packages find their .wasm next to their JS (import.meta.url): not pre-bundled
  optimizeDeps: { exclude: ['brotli-wasm'] },
  build: { target: 'es2022' },
  logLevel: 'warn',
});
