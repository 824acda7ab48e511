// The Emscripten app: the glue (emcc -sEXPORT_ES6 -sENVIRONMENT=web) is an ES module, the .wasm an
// asset whose URL the entry gets from its bundler, handed to the glue through locateFile (the way
// Emscripten documents for bundlers). With a tracer present, checkpoints keep the live traces.
import createProgram from './build/program.js';

export async function runProgram(wasmUrl) {
  await runWith(createProgram, { locateFile: (path, prefix) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) });
}

/** Runs one build of the program (`factory`: its glue's default export) with `options` added. */
export async function runWith(factory, options) {
  const out = [];
  const checkpoints = {};
  const tracer = () => globalThis.wasmTracemalloc;
  await factory({
    ...options,
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
}
