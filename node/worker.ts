// Loaded (`--import`) by each worker_threads Worker made after the API's start() in the main
// thread (node/worker-host.ts): the tool starts there with the main thread's arena, before the
// worker's own script, so its instances of threaded modules feed their groups.
import { getEnvironmentData } from 'node:worker_threads';
import type { WorkerSettings } from '../runtime/tracer/threads';
import { startWorker } from '../runtime/tracer/workers';
import { WORKER_SETTINGS } from './worker-host';

const settings = getEnvironmentData(WORKER_SETTINGS) as WorkerSettings | undefined;
if (settings && settings.arena instanceof WebAssembly.Memory) startWorker(settings);
