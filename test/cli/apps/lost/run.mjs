// node [--expose-gc] run.mjs: runs lost.wasm under WASI; it prints its own count of the blocks it
// kept and lost. The instance is dropped when it returns, and collected (with --expose-gc) before
// exit: a leak check must still see its memory.
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
const wasi = new WASI({ version: 'preview1', args: ['lost'], env: {}, returnOnExit: true });
const module = new WebAssembly.Module(readFileSync(new URL('lost.wasm', import.meta.url)));
process.exitCode = wasi.start(new WebAssembly.Instance(module, wasi.getImportObject()));
globalThis.gc?.();
