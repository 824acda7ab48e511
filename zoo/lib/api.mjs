// The API path: `node lib/api.mjs WORKLOAD REPORT.json`. Instruments every module the workload
// loads through setInstrumenter + patchWebAssembly (the README's glue-code path), handing
// instrument() the JS glue that compiles the bytes (found on the stack with scriptFromStack, as
// register does), runs the workload unchanged, and at exit writes what was traced to REPORT.json
// (never to the workload's stdout).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { types } from 'node:util';
import { summarize } from './summary.mjs';

// The linear memories the program's instances export or import (older Emscripten glue makes the
// memory in JS): their size at exit bounds any heap figure. Wrapped first, before wasm-tracemalloc
// keeps WebAssembly's functions as it finds them, so that its lines name the program's glue.
const memories = new Set();
const isProxy = (v) => types.isProxy(v);
const noteMemories = (instance, imports) => {
  // not the tracer's own core (one per traced instance, instantiated inside the program's call)
  if (new Error().stack.includes('at new TracerCore ')) return;
  for (const v of Object.values(instance.exports)) if (v instanceof WebAssembly.Memory) memories.add(v);
  // (a Proxy is left alone: Emscripten's dynamic linking makes a GOT entry for every name read)
  if (imports && !isProxy(imports)) {
    for (const ns of Object.values(imports)) if (ns && typeof ns === 'object' && !isProxy(ns)) for (const v of Object.values(ns)) if (v instanceof WebAssembly.Memory) memories.add(v);
  }
};
for (const name of ['instantiate', 'instantiateStreaming']) {
  const original = WebAssembly[name];
  if (!original) continue;
  WebAssembly[name] = async function (...args) {
    const r = await original.apply(this, args);
    noteMemories(r.instance ?? r, args[1]);
    return r;
  };
}
const OriginalInstance = WebAssembly.Instance;
WebAssembly.Instance = new Proxy(OriginalInstance, {
  construct(target, args, newTarget) {
    const instance = Reflect.construct(target, args, newTarget);
    noteMemories(instance, args[1]);
    return instance;
  },
});
const tracemalloc = await import('wasm-tracemalloc');
const { instrument, scriptFromStack } = await import('wasm-tracemalloc/instrument');

const [workload, reportPath] = process.argv.slice(2);
process.argv.splice(2, 2); // the workload sees the argv it would see alone
const modules = [];
const self = fileURLToPath(import.meta.url);
const dist = dirname(dirname(fileURLToPath(import.meta.resolve('wasm-tracemalloc/instrument')))) + '/'; // dist/ and its chunks
tracemalloc.setInstrumenter((bytes) => {
  try {
    // As register does: the script compiling the bytes is their glue (instrument option `glue`).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 64;
    const script = scriptFromStack(new Error().stack, (f) => f.startsWith(dist) || f === self);
    Error.stackTraceLimit = limit;
    const glue = script ? readFileSync(script, 'utf8') : undefined;
    const r = instrument(bytes, { allowNoAllocator: true, glue });
    modules.push({ bytes: bytes.length, profile: r.profile, allocators: r.stats.allocators, discovery: r.stats.discovery ?? null, warnings: r.stats.warnings });
    return r; // the result as it is: the module's line says which allocator and how (README)
  } catch (error) {
    modules.push({ bytes: bytes.length, profile: 'error', error: String(error?.message ?? error).split('\n')[0] });
    throw error;
  }
});
tracemalloc.patchWebAssembly();
tracemalloc.start(16);
process.on('exit', () => {
  const [current, peak] = tracemalloc.isTracing() ? tracemalloc.getTracedMemory() : [0, 0];
  const snapshot = tracemalloc.isTracing() ? tracemalloc.takeSnapshot() : null;
  // frames named and top frames: of the live set at the peak where the runtime has takePeakSnapshot
  // (the live set at exit may be empty), else of the live set at exit
  const atPeak = tracemalloc.isTracing() && typeof tracemalloc.takePeakSnapshot === 'function' ? summarize(tracemalloc.takePeakSnapshot()) : null;
  const memory = [...memories].reduce((n, m) => n + m.buffer.byteLength, 0);
  writeFileSync(reportPath, JSON.stringify({ modules, current, peak, memory, ...(snapshot ? summarize(snapshot) : {}),
    ...(atPeak ? { frames: atPeak.frames, named: atPeak.named, top: atPeak.top } : {}) }));
});
await import(pathToFileURL(workload).href);
