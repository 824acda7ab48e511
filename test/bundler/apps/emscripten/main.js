// Emscripten's documented way with a bundler: the glue (emcc -sEXPORT_ES6 -sENVIRONMENT=web) is an
// ES module; the .wasm is an asset whose URL `?url` gives, handed to the glue through locateFile.
import createProgram from './build/program.js';
import wasmUrl from './build/program.wasm?url';

const out = [];
const checkpoints = {};
const tracer = () => globalThis.wasmTracemalloc;

await createProgram({
  locateFile: (path, prefix) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
  print: (line) => out.push(`${line}\n`),
  checkpoint: (n) => {
    const t = tracer();
    if (!t) return;
    checkpoints[n] = {
      traces: [...t.takeSnapshot().traces].map((tr) => ({ size: tr.size, frames: [...tr.traceback].reverse().map((f) => [f.filename, f.lineno]) })),
      memory: t.getTracedMemory(),
    };
  },
});
document.querySelector('#out').textContent = out.join('');
window.appResult = { stdout: out.join(''), checkpoints };
window.appDone = true;
