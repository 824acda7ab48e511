// Vite's own wasm helper: `?init` gives `init(imports)`, which fetches and instantiates the module.
import init from './pkg/rust_fixture_bg.wasm?init';

const output = [];
const checkpoints = {};
let memory;
const instance = await init({
  env: {
    print: (ptr, len) => output.push(new TextDecoder().decode(new Uint8Array(memory.buffer, ptr >>> 0, len >>> 0))),
    checkpoint: (n) => {
      const t = globalThis.wasmTracemalloc;
      if (t) {
        const traces = [...t.takeSnapshot().traces].map((tr) => ({ size: tr.size, frames: [...tr.traceback].reverse().map((f) => [f.filename, f.lineno]) }));
        checkpoints[n] = { traces, memory: t.getTracedMemory() };
      }
    },
  },
});
memory = instance.exports.memory;
instance.exports.run();
document.querySelector('#out').textContent = output.join('');
window.appResult = { rust: { stdout: output.join(''), checkpoints } };
window.appDone = true;
