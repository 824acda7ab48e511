// argon2-browser: Argon2 built with Emscripten (older glue). In Node 20 that glue would fetch() a
// path (global fetch exists), so the app hands it the bytes (`wasmBinary`), the package's own hook.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const wasm = require.resolve('argon2-browser/dist/argon2.wasm');
globalThis.loadArgon2WasmModule = () => new Promise((resolve) => {
  globalThis.self = globalThis;
  globalThis.Module = { wasmBinary: readFileSync(wasm) };
  resolve(require('argon2-browser/dist/argon2.js'));
});
const argon2 = require('argon2-browser');
let r;
for (let i = 0; i < 6; i++) {
  r = await argon2.hash({ pass: `password${i}`, salt: 'somesalt12345678', time: 2, mem: 4096 * (1 + i % 3), hashLen: 32, parallelism: 1, type: argon2.ArgonType.Argon2id });
}
const ok = await argon2.verify({ pass: 'password5', encoded: r.encoded, type: argon2.ArgonType.Argon2id });
console.log('argon2', r.hashHex, r.encoded.length, ok === undefined ? 'verified' : ok);
