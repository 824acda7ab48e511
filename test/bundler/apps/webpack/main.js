// brotli-wasm's `browser` entry is its wasm-bindgen `--target bundler` build: `import * as wasm
// from './brotli_wasm_bg.wasm'`, which webpack 5 loads with experiments.asyncWebAssembly. (Its
// `import` condition is the --target web build: `require` reaches the bundler one, so this folder's
// package.json has no "type": webpack then lets ES imports and require() mix.)
import { brotliWork, rustProgram, show } from '../wasm-pack/work.js';

const brotliReady = require('brotli-wasm');

(async () => {
  const rust = await rustProgram();
  show({ rust, brotli: brotliWork(await brotliReady) });
})();
