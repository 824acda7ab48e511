// node run.mjs: runs wild.wasm (wild.rs) under WASI: one block allocated and freed, then two
// frees of static data (wild frees: nothing allocated them).
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
const wasi = new WASI({ version: 'preview1', args: ['wild'], env: {}, returnOnExit: true });
const { instance } = await WebAssembly.instantiate(readFileSync(new URL('wild.wasm', import.meta.url)), wasi.getImportObject());
process.exitCode = wasi.start(instance);
