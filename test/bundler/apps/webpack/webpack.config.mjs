import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wasmTracemalloc from 'wasm-tracemalloc/webpack';

const here = dirname(fileURLToPath(import.meta.url));

// a function, as webpack allows: the plugin reads WASM_TRACEMALLOC when the config is made
export default () => ({
  mode: 'production',
  context: here,
  entry: './main.js',
  output: { path: join(here, 'dist'), filename: 'main.js', publicPath: '' },
  experiments: { asyncWebAssembly: true },
  // on only when WASM_TRACEMALLOC=<nframe> is set: the tests build it both ways
  plugins: [wasmTracemalloc()],
  performance: { hints: false },
});
