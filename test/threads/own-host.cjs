// own.wasm on a shared memory, and a worker that compiles own.wasm itself and runs it on that
// memory (test/node/own-compile.test.ts): `node own-host.cjs HOW [SNAPSHOT]`. The worker
// (own-worker.cjs) frees 3 of main's 8 blocks and makes 2 of its own; the program prints its own
// accounting. HOW: plain (no tool here: run it plain, under `run` or register); early (the API,
// its worker made before start(): not set up); buffer (as early, but only memory.buffer posted);
// port-module (the API, its worker made after start(), posted the compiled module with the memory
// over a MessagePort whose other end was posted to it: the worker then compiles nothing itself);
// port-data (the same, the port's other end given to the worker with its workerData).
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
const file = join(__dirname, 'built', 'own.wasm');
const makeWorker = (port) => new (require('node:worker_threads').Worker)(join(__dirname, 'own-worker.cjs'), port ? { workerData: { file, port }, transferList: [port] } : { workerData: { file } });
let worker = how === 'early' || how === 'buffer' ? makeWorker() : null;
if (api) {
  tracemalloc.start(16);
  process.on('exit', () => tracemalloc.takeSnapshot().dump(snapshot));
}
const { MessageChannel } = require('node:worker_threads'); // after start(), as Worker above
const channel = how.startsWith('port-') ? new MessageChannel() : null;
worker ??= makeWorker(how === 'port-data' ? channel.port2 : undefined);

(async () => {
  const memory = new WebAssembly.Memory({ initial: 2, maximum: 256, shared: true });
  const { module, instance } = await WebAssembly.instantiate(readFileSync(file), { env: { memory } });
  const own = instance.exports;
  const made = own.make(0, 8, 100);
  let to = worker;
  if (how === 'port-module') worker.postMessage({ port: channel.port2 }, [channel.port2]);
  if (channel) to = channel.port1;
  const reply = new Promise((resolve) => to.once('message', resolve));
  to.postMessage(how === 'buffer' ? { buffer: memory.buffer } : channel ? { module, memory } : { memory });
  const done = await reply;
  console.log(`main made ${made} blocks; worker ${done}`);
  console.log(`main's blocks still held: ${own.held(0, 8, 100)} bytes; worker's: ${own.held(32, 2, 1000)} bytes`);
  await new Promise((resolve) => worker.once('exit', resolve)); // it exits by itself
})();
