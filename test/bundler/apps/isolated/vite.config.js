import { defineConfig } from 'vite';
import wasmTracemalloc from 'wasm-tracemalloc/vite';

export default defineConfig({
  // on only when WASM_TRACEMALLOC=<nframe> is set: the test builds it both ways
  plugins: [wasmTracemalloc()],
  worker: { format: 'es' },
  build: { target: 'es2022' },
  logLevel: 'warn',
});
