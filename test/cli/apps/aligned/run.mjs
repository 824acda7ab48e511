// Runs aligned.wasm under Node's WASI (as `node run.mjs`), stdout and exit code passed through.
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
const wasi = new WASI({ version: 'preview1', args: ['aligned'], env: {}, returnOnExit: true });
const { instance } = await WebAssembly.instantiate(readFileSync(new URL('aligned.wasm', import.meta.url)), wasi.getImportObject());
process.exitCode = wasi.start(instance);
