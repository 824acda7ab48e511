// The release-build Emscripten app: the glue (emcc -O2 -sEXPORT_ES6 -sENVIRONMENT=web) is an ES
// module, the .wasm an asset whose URL the entry gets from its bundler, handed over through
// locateFile (or, in Node, its bytes as wasmBinary). With a tracer present, checkpoints keep the
// live traces, each frame as [filename, lineno].
export async function runProgram(createProgram, wasm, tracer) {
  const out = [];
  const checkpoints = {};
  await createProgram({
    ...(typeof wasm === 'string' ? { locateFile: (path, prefix) => (path.endsWith('.wasm') ? wasm : prefix + path) } : { wasmBinary: wasm }),
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
  return { stdout: out.join(''), checkpoints };
}
