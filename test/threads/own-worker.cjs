// own-host.cjs's worker: it reads and compiles own.wasm itself (unless it is posted the module),
// instantiates it on the memory it is posted, frees 3 of main's blocks and makes 2 of its own
// (own.c), and says so.
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const onMessage = (port) => (message) => {
  if (message.port) return message.port.once('message', onMessage(message.port));
  if (!message.memory) {
    port.postMessage(`got a buffer of ${message.buffer.byteLength} bytes`);
    return port === parentPort || port.close();
  }
  const module = message.module ?? new WebAssembly.Module(readFileSync(workerData.file));
  const own = new WebAssembly.Instance(module, { env: { memory: message.memory } }).exports;
  port.postMessage(`freed ${own.drop(0, 3)} of them and made ${own.make(32, 2, 1000)} of its own`);
  if (port !== parentPort) port.close(); // then the worker exits by itself
};
if (workerData.port) workerData.port.once('message', onMessage(workerData.port));
else parentPort.once('message', onMessage(parentPort));
