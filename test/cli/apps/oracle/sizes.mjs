// Runs sizes.wasm (sizes.c), whose stdout is its own accounting as JSON. Usage: node sizes.mjs
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';

const wasi = new WASI({ version: 'preview1', args: ['sizes'], env: {}, returnOnExit: true });
const { instance } = await WebAssembly.instantiate(readFileSync(new URL('./sizes.wasm', import.meta.url)), wasi.getImportObject());
process.exitCode = wasi.start(instance);
