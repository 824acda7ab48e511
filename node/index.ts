// The Node entry of wasm-tracemalloc (`import 'wasm-tracemalloc'` in Node): everything of the
// browser-safe runtime/index.ts, plus the file system for Snapshot.dump()/load() and for the
// source lines Traceback.format() shows, and the native hook for start(n, { native: true }),
// whose addon is loaded only when a program asks for it.
import { readFileSync } from 'node:fs';
import { nativeHook } from '../native/hook';
import { installFileIO } from '../runtime/model/file-io';
import { installFileReader } from '../runtime/model/line-source';
import { setNativeHook } from '../runtime/tracer/tracer';
import { captureStderr } from './diagnostics-fd';
import { writeAside } from './write-aside';
import { installJsSourceMaps } from './js-source-maps';
import { avoidGcInWasiFastCalls } from './wasi-fast-calls';
import { setWorkerHost } from '../runtime/tracer/threads';
import { nodeWorkerHost } from './worker-host';

export * from '../runtime/index';

setNativeHook(() => nativeHook);

// Threaded modules: start() in the main thread starts the tool in the Worker threads made from
// then on (node/worker-host.ts), in place of the page's host runtime/index.ts installed.
setWorkerHost(nodeWorkerHost(import.meta.url));

captureStderr(); // our diagnostics through fd 2 as it was at startup (diagnostics-fd.ts)

installFileIO({
  readFile: (path) => {
    const data = readFileSync(path);
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  },
  // write aside, then rename: a crash or a full disk never leaves a half-written snapshot under
  // the real name (a reader would reject it, but the previous good file would be gone)
  writeFile: (path, bytes) => writeAside(path, [bytes]),
});

installFileReader((filename) => {
  try {
    return readFileSync(filename, 'utf8');
  } catch {
    return undefined;
  }
});

installJsSourceMaps(); // JS frames through the JS files' source maps (node/js-source-maps.ts)

avoidGcInWasiFastCalls(); // Node 20/22: no GC inside node:wasi's fast API calls (node/wasi-fast-calls.ts)
