// own.wasm on a shared memory, and a worker that compiles own.wasm itself and runs it on that
// memory (test/node/own-compile.test.ts): `node own-host.cjs HOW [SNAPSHOT]`. The worker
// (own-worker.cjs) frees 3 of main's 8 blocks and makes 2 of its own; the program prints its own
// accounting. HOW: plain (no tool here: run it plain, under `run` or register); early (the API,
// its worker made before start(): not set up); port (the API, the memory posted over a
// MessagePort to a worker made after start()); buffer (as early, but only memory.buffer posted).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const [how, snapshot] = process.argv.slice(2);
const api = how !== 'plain';
let tracemalloc = null;
if (api) {
  tracemalloc = require('wasm-tracemalloc');
  tracemalloc.setInstrumenter((bytes) => require('wasm-tracemalloc/instrument').instrument(bytes, { threads: true }));
  tracemalloc.patchWebAssembly();
}
const { Worker, MessageChannel } = require('node:worker_threads');
const file = join(__dirname, 'built', 'own.wasm');
let worker = how === 'early' || how === 'buffer' ? new Worker(join(__dirname, 'own-worker.cjs'), { workerData: file }) : null;
if (api) {
  tracemalloc.start(16);
  process.on('exit', () => tracemalloc.takeSnapshot().dump(snapshot));
}
worker ??= new Worker(join(__dirname, 'own-worker.cjs'), { workerData: file });

(async () => {
  const memory = new WebAssembly.Memory({ initial: 2, maximum: 256, shared: true });
  const { instance } = await WebAssembly.instantiate(readFileSync(file), { env: { memory } });
  const own = instance.exports;
  const made = own.make(0, 8, 100);
  let to = worker;
  if (how === 'port') {
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ port: port2 }, [port2]);
    to = port1;
  }
  const reply = new Promise((resolve) => (how === 'port' ? to : worker).once('message', resolve));
  to.postMessage(how === 'buffer' ? { buffer: memory.buffer } : { memory });
  const done = await reply;
  console.log(`main made ${made} blocks; worker ${done}`);
  console.log(`main's blocks still held: ${own.held(0, 8, 100)} bytes; worker's: ${own.held(32, 2, 1000)} bytes`);
  await new Promise((resolve) => worker.once('exit', resolve)); // it exits by itself
})();
