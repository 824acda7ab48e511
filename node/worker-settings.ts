// The key of the settings (arena, nframe) the main thread hands its Worker threads after the
// API's start() (node/worker-host.ts sets it, node/worker.ts reads it): a file of its own, so the
// worker's import loads nothing else.
export const WORKER_SETTINGS = 'wasm-tracemalloc:worker';
/** A shared flag (Int32Array of 1): set by the first worker that says its wasm is not traced, so
 * the process says it once whatever the number of workers (node/worker.ts). */
export const WORKER_UNTRACED_SAID = 'wasm-tracemalloc:worker-untraced-said';
