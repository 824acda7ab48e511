// node run.mjs [FILE.wasm]: runs inventory.stripped.wasm (or the file named) under WASI.
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
const file = process.argv[2] ?? 'inventory.stripped.wasm';
const wasi = new WASI({ version: 'preview1', args: ['inventory'], env: {}, returnOnExit: true });
const module = new WebAssembly.Module(readFileSync(new URL(file, import.meta.url)));
process.exitCode = wasi.start(new WebAssembly.Instance(module, wasi.getImportObject()));
