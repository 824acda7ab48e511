// The Rust program instantiated by the page itself (no wasm-pack glue): `instantiate(imports)` is
// how the entry gets its instance. Checkpoints keep the live traces when a tracer is present.
export async function runDirect(instantiate) {
  const output = [];
  const checkpoints = {};
  let memory;
  const instance = await instantiate({
    env: {
      print: (ptr, len) => output.push(new TextDecoder().decode(new Uint8Array(memory.buffer, ptr >>> 0, len >>> 0))),
      checkpoint: (n) => {
        const t = globalThis.wasmTracemalloc;
        if (!t) return;
        const traces = [...t.takeSnapshot().traces].map((tr) => ({ size: tr.size, frames: [...tr.traceback].reverse().map((f) => [f.filename, f.lineno]) }));
        checkpoints[n] = { traces, memory: t.getTracedMemory() };
      },
    },
  });
  memory = instance.exports.memory;
  instance.exports.run();
  document.querySelector('#out').textContent = output.join('');
  window.appResult = { rust: { stdout: output.join(''), checkpoints } };
  window.appDone = true;
}
