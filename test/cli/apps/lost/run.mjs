// node run.mjs: runs lost.wasm under WASI; it prints its own count of the blocks it kept and lost.
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
const wasi = new WASI({ version: 'preview1', args: ['lost'], env: {}, returnOnExit: true });
const module = new WebAssembly.Module(readFileSync(new URL('lost.wasm', import.meta.url)));
process.exitCode = wasi.start(new WebAssembly.Instance(module, wasi.getImportObject()));
