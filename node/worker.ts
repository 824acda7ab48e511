// Preloaded (`--require dist/node/worker.cjs`) by each worker_threads Worker made after the API's
// start() in the main thread (node/worker-host.ts), before the worker's own script. CommonJS, and
// it loads nothing until a threaded module is instantiated in the worker (a preloaded ES module
// would start the ES module loader there: ~60 M instructions of every Worker): WebAssembly.Instance
// and instantiate are wrapped, and at the first instance of a module instrumented for threads
// (THREADS_SECTION; it arrives compiled, by message) the wrappers are taken out, the tool is
// required (dist/runtime/worker.cjs) and started with the main thread's arena
// (runtime/tracer/workers.ts `startWorker`), whose patch then handles the instance.
//
// Any other module with a linear memory runs untraced here (the API traces the thread that called
// start()): the first one in the process says so, in one line (xmllint-wasm runs its module in a
// fresh Worker per call; nothing was said).
import { createRequire } from 'node:module';
import { getEnvironmentData, threadId } from 'node:worker_threads';
import { THREADS_SECTION } from '../abi/sites';
import type { WorkerSettings } from '../runtime/tracer/threads';
import { WORKER_SETTINGS, WORKER_UNTRACED_SAID } from './worker-settings';

const settings = getEnvironmentData(WORKER_SETTINGS) as WorkerSettings | undefined;
if (settings && settings.arena instanceof WebAssembly.Memory) {
  const wa = WebAssembly as unknown as Record<'Instance' | 'instantiate', unknown>;
  const { Instance, instantiate } = WebAssembly;
  const threaded = (module: unknown): boolean => module instanceof WebAssembly.Module && WebAssembly.Module.customSections(module, THREADS_SECTION).length > 0;
  const said = getEnvironmentData(WORKER_UNTRACED_SAID) as Int32Array | undefined;
  /** The module runs untraced here: said once per process, of a module with a linear memory. */
  const untraced = (module: unknown): void => {
    if (!(module instanceof WebAssembly.Module) || !said || Atomics.load(said, 0) !== 0) return;
    const memory = (d: { kind: string }) => d.kind === 'memory';
    if (!WebAssembly.Module.exports(module).some(memory) && !WebAssembly.Module.imports(module).some(memory)) return;
    if (Atomics.compareExchange(said, 0, 0, 1) !== 0) return;
    console.warn(`wasm-tracemalloc: worker thread ${threadId}: a module instantiated there is not traced: the API traces the thread that called start(); \`wasm-tracemalloc run\` or \`node --import wasm-tracemalloc/register\` traces every thread`);
  };
  const startTool = (): void => {
    wa.Instance = Instance;
    wa.instantiate = instantiate;
    // dist/node/worker.cjs → dist/runtime/worker.cjs (this file is CommonJS: __filename is its own,
    // where import.meta.url would be the shared chunk of its shim)
    (createRequire(__filename)('../runtime/worker.cjs') as typeof import('../runtime/worker')).startWorker(settings);
  };
  const LazyInstance = function (this: unknown, module: WebAssembly.Module, imports?: WebAssembly.Imports) {
    if (new.target === undefined) return Reflect.apply(Instance, this, [module, imports]); // V8's own error
    // a module not instrumented for threads goes to the Instance found here: WebAssembly.Instance
    // is this wrapper until a threaded one arrives (constructing it again would recurse)
    if (!threaded(module)) {
      untraced(module);
      return Reflect.construct(Instance, [module, imports], new.target) as object;
    }
    startTool();
    return Reflect.construct(WebAssembly.Instance, [module, imports], new.target) as object;
  };
  LazyInstance.prototype = Instance.prototype;
  Object.setPrototypeOf(LazyInstance, Instance);
  Object.defineProperty(LazyInstance, 'name', { value: 'Instance' });
  wa.Instance = LazyInstance;
  wa.instantiate = (source: unknown, imports?: WebAssembly.Imports) => {
    if (!threaded(source)) {
      const made = (instantiate as (s: unknown, i?: WebAssembly.Imports) => Promise<WebAssembly.Instance | WebAssembly.WebAssemblyInstantiatedSource>)(source, imports);
      untraced(source instanceof WebAssembly.Module ? source : undefined);
      return source instanceof WebAssembly.Module ? made : made.then((r) => { untraced((r as WebAssembly.WebAssemblyInstantiatedSource).module); return r; });
    }
    startTool();
    return (WebAssembly.instantiate as (s: unknown, i?: WebAssembly.Imports) => unknown)(source, imports);
  };
}
