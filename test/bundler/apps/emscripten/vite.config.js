import { defineConfig } from 'vite';
import wasmTracemalloc from 'wasm-tracemalloc/vite';

export default defineConfig({
  // the overlay opens at load; on only when WASM_TRACEMALLOC=<nframe> is set
  plugins: [wasmTracemalloc({ overlay: true })],
  build: { target: 'es2022' },
  logLevel: 'warn',
});
