// `node --import wasm-tracemalloc/register app.mjs` — Python's PYTHONTRACEMALLOC for wasm:
//
//   WASM_TRACEMALLOC=<nframe>          patch WebAssembly, instrument modules as they load, start
//                                      tracing with nframe frames (unset, empty or 0: do nothing)
//   WASM_TRACEMALLOC_SNAPSHOT=<path>   write a snapshot there at exit, on SIGUSR2 (the program goes
//                                      on), and on SIGINT/SIGTERM (then the signal's default runs)
//   WASM_TRACEMALLOC_NATIVE=1          also trace this process's own malloc (domain 0)
//
// Node-only. Binaryen is loaded here, before the program runs, and only when tracing is asked
// for: `new WebAssembly.Module(bytes)` is synchronous, so the instrumenter must be ready by then.
// Snapshot files are written whole, then renamed over the path, so a reader never sees half.
import { renameSync, writeFileSync } from 'node:fs';
import {
  MAX_NFRAME,
  isTracing,
  patchWebAssembly,
  setInstrumenter,
  start,
  takeSnapshot,
} from './tracer/index';

function fail(message: string): never {
  process.stderr.write(`wasm-tracemalloc: ${message}\n`);
  process.exit(2);
}

const spec = (process.env.WASM_TRACEMALLOC ?? '').trim();
if (spec !== '' && spec !== '0') {
  const nframe = Number(spec);
  if (!/^\d+$/.test(spec) || nframe < 1 || nframe > MAX_NFRAME) {
    fail(`WASM_TRACEMALLOC=${JSON.stringify(spec)}: expected a number of frames from 1 to ${MAX_NFRAME} (or 0 for off)`);
  }

  const { instrument } = await import('../instrument/index');
  setInstrumenter(
    (bytes) => instrument(bytes, { allowNoAllocator: true }).bytes as Uint8Array<ArrayBuffer>,
  );
  patchWebAssembly();

  if (process.env.WASM_TRACEMALLOC_NATIVE === '1') {
    const native = await import('../native/index');
    if (native.available) native.register();
    else process.stderr.write(`wasm-tracemalloc: native tracing unavailable: ${native.reason}\n`);
  }

  start(nframe);

  const path = process.env.WASM_TRACEMALLOC_SNAPSHOT;
  if (path) {
    const write = (): void => {
      if (!isTracing()) return; // the program stopped tracing itself: nothing to write
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, takeSnapshot().serialize());
      renameSync(temporary, path);
    };
    process.on('exit', write);
    process.on('SIGUSR2', write);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const onSignal = (): void => {
        write();
        process.off(signal, onSignal);
        // Keep the signal's meaning: if nobody else handles it, die of it as Node would have.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      };
      process.on(signal, onSignal);
    }
  }
}
