// What the apps do, shared by the Vite and webpack builds: run the Rust program, and compress and
// decompress with brotli-wasm. With a tracer in the page (globalThis.wasmTracemalloc) it also keeps,
// at each checkpoint, every live trace (size and frames, most recent first), and the sizes of the
// allocations a brotli stream call adds.
import init, { run } from './pkg/rust_fixture.js';
import { onCheckpoint, output } from './host.js';

const tracer = () => globalThis.wasmTracemalloc;

function traces() {
  return [...tracer().takeSnapshot().traces].map((t) => ({ size: t.size, frames: [...t.traceback].reverse().map((f) => [f.filename, f.lineno]) }));
}

// FNV-1a over the bytes: the same output on and off the plugin, compared in the tests
function digest(bytes) {
  let h = 2166136261;
  for (const b of bytes) h = Math.imul(h ^ b, 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export async function rustProgram() {
  const checkpoints = {};
  onCheckpoint((n) => {
    if (tracer()) checkpoints[n] = { traces: traces(), memory: tracer().getTracedMemory() };
  });
  await init();
  run();
  return { stdout: output.join(''), checkpoints };
}

export function brotliWork(brotli) {
  const input = new TextEncoder().encode(Array.from({ length: 3000 }, (_, i) => `line ${i}: ${(i * i) % 977}\n`).join(''));
  const compressed = brotli.compress(input, { quality: 9 });
  const back = brotli.decompress(compressed);
  const result = { inputLength: input.length, compressedLength: compressed.length, digest: digest(compressed), roundTrip: digest(back) === digest(input) };
  // A stream's state lives in Rust's heap (found through the call graph behind the exports): the
  // sizes new since before the call while it is live (a multiset), and what is left after free()
  const before = tracer() ? traces().map((t) => t.size) : null;
  const since = () => {
    const added = traces().map((t) => t.size);
    for (const size of before) added.splice(added.indexOf(size), 1);
    return added;
  };
  const stream = new brotli.CompressStream(9);
  const chunk = stream.compress(input.subarray(0, 3001), 65536);
  if (tracer()) result.added = since();
  result.streamOut = chunk.buf.length;
  chunk.free();
  stream.free();
  if (tracer()) result.left = since();
  return result;
}

export function show(result) {
  document.querySelector('#out').textContent = `${result.rust.stdout}brotli: ${result.brotli.inputLength} -> ${result.brotli.compressedLength} bytes, ${result.brotli.digest}, round trip ${result.brotli.roundTrip ? 'ok' : 'FAILED'}\n`;
  window.appResult = result;
  window.appDone = true;
}
