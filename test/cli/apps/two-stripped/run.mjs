// node run.mjs [a|b]: loads a.wasm and b.wasm in one process (or only the one named); each keeps
// one block (1000 and 2000 bytes).
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
const only = process.argv[2];
for (const [name, n] of [['a.wasm', 1000], ['b.wasm', 2000]]) {
  if (only && name !== `${only}.wasm`) continue;
  const wasi = new WASI({ version: 'preview1', args: [name], env: {}, returnOnExit: true });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(new URL(name, import.meta.url))), wasi.getImportObject());
  wasi.initialize(instance);
  instance.exports.run(n);
  console.log(`${name}: kept 1 block of ${n} bytes`);
}
