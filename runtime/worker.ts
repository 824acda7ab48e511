// What a page's worker imports before its own script (runtime/tracer/workers.ts: the bootstrap
// calls startWorker with the arena the page made). Browser-safe: no Node built-in.
export { startWorker } from './tracer/workers';
