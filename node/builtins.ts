// Node's built-in modules as their own objects (process.getBuiltinModule, Node ≥ 20.16; before
// that, require), not through `import … from 'node:fs'`: a built-in's ESM facade reads every
// export when it is made (fs's lazy `promises` and `ReadStream` getters load fs/promises and the
// streams stack), which a traced start paid before the program ran. Take what you use from these
// objects when your module loads (as a named import would), or at the call where a later patch of
// the module must be seen (register's own reads of .wasm files go through its fs wrapper).
import { createRequire } from 'node:module';

const load = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule ?? createRequire(import.meta.url);
export const fs = load('node:fs') as typeof import('node:fs');
export const path = load('node:path') as typeof import('node:path');
export const url = load('node:url') as typeof import('node:url');
export const os = load('node:os') as typeof import('node:os');
export const events = load('node:events') as typeof import('node:events');
/** node:v8 when called (on Node 20 it loads the streams stack: ~30 M instructions of a start that prints nothing). */
export const v8 = (): typeof import('node:v8') => load('node:v8') as typeof import('node:v8');
/** node:worker_threads when called: loading it costs the main thread's start 7–40 M instructions,
 * and it is needed there only once the program uses it (node/threads.ts). */
export const workerThreads = (): typeof import('node:worker_threads') => load('node:worker_threads') as typeof import('node:worker_threads');
/** Node's list of the built-in modules loaded so far, `process.moduleLoadList` (undefined where there
 * is none): what a start can tell without loading a module (node/threads.ts, node/wasi-fast-calls.ts). */
export const loadedBuiltins = (): readonly string[] | undefined => {
  const list = (process as { moduleLoadList?: unknown }).moduleLoadList;
  return Array.isArray(list) ? (list as string[]) : undefined;
};
