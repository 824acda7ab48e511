// node run.mjs [N=3] [GROW=1]: instantiates preinit.wasm under WASI (its constructor already ran at
// build time) and calls run(N, GROW): N frees of the constructor's blocks, a realloc of the next
// one when GROW, a block of its own kept. The module prints what it did.
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
const [n = 3, grow = 1] = process.argv.slice(2).map(Number);
const wasi = new WASI({ version: 'preview1', args: ['preinit'], env: {}, returnOnExit: true });
const module = new WebAssembly.Module(readFileSync(new URL('preinit.wasm', import.meta.url)));
const instance = new WebAssembly.Instance(module, wasi.getImportObject());
wasi.initialize(instance);
instance.exports.run(n, grow);
