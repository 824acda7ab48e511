// The key of the settings (arena, nframe) the main thread hands its Worker threads after the
// API's start() (node/worker-host.ts sets it, node/worker.ts reads it): a file of its own, so the
// worker's import loads nothing else.
export const WORKER_SETTINGS = 'wasm-tracemalloc:worker';
