/**
 * Threaded modules outside register (docs/hook-abi.md, "Threaded modules"): the tool in every
 * worker, started before the worker's own script, so that each thread's instance of a threaded
 * module feeds its group's core. The thread that calls start() makes the arena (threads.ts
 * `shareArenaWithWorkers`) and its host starts `startWorker` in each worker it makes from then on:
 * Node's worker_threads (node/worker-host.ts, through `--import`), a page's `Worker` (below).
 * Browser-safe: no Node built-in.
 */
import { patchThreadedInstances } from './patch';
import { setSharedArena, setWorkerHost, type WorkerHost, type WorkerSettings } from './threads';
import { start } from './tracer';

/** In a worker: the arena of the thread that made it, and tracing started. Only threaded modules'
 * instances are traced here (they arrive compiled, instrumented: their group's owner collects
 * them); everything else the worker runs passes through untouched and unreported. */
export function startWorker(settings: WorkerSettings): void {
  setSharedArena(settings.arena);
  patchThreadedInstances();
  start(settings.nframe);
}

/** The message key the bootstrap below reads its settings under. */
const KEY = 'wasm-tracemalloc:worker';

/**
 * The worker a page makes runs this first (a blob: URL), then the page's script: it takes the
 * first message (ours, posted as the worker is made, before any of the page's), imports the tool
 * (dist/runtime/worker.js) and starts it, then loads the script (importScripts, or import() for a
 * module worker), holding the page's messages that arrive meanwhile and handing them on in order.
 * Relative URLs resolve against the script, as they would have: those given to importScripts,
 * fetch, Request, XMLHttpRequest, nested Worker / SharedWorker, EventSource and WebSocket, and
 * `self.location` is the script's (a WorkerLocation's fields; `new URL('.', location)` works). A
 * tool that cannot be loaded is said in one line; the script runs anyway.
 */
const BOOTSTRAP = (module: boolean): string => `(() => {
  let settings = null;
  const held = [];
  const run = () => {
    removeEventListener('message', hold);
    for (const m of held) dispatchEvent(new MessageEvent('message', { data: m.data, ports: [...m.ports] }));
  };
  const begin = (s) => {
    // the script's relative URLs resolve against it, as they would have (this worker's own URL is a blob:)
    const abs = (u) => (typeof u === 'string' || u instanceof URL ? new URL(u, s.script).href : u);
    const own = self.importScripts;
    if (own) self.importScripts = (...urls) => own(...urls.map(abs));
    const ownFetch = self.fetch;
    if (ownFetch) self.fetch = function fetch(input, init) { return ownFetch.call(this, abs(input), init); };
    const Req = self.Request;
    if (Req) self.Request = class Request extends Req { constructor(input, init) { super(abs(input), init); } };
    const ownOpen = self.XMLHttpRequest && XMLHttpRequest.prototype.open;
    if (ownOpen) XMLHttpRequest.prototype.open = function open(method, url, ...rest) { return ownOpen.call(this, method, abs(url), ...rest); };
    for (const name of ['Worker', 'SharedWorker', 'EventSource', 'WebSocket']) {
      const Own = self[name];
      if (Own) self[name] = { [name]: class extends Own { constructor(url, ...rest) { super(abs(url), ...rest); } } }[name];
    }
    const url = new URL(s.script);
    const location = Object.create(Object.getPrototypeOf(self.location));
    for (const key of ['href', 'origin', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) Object.defineProperty(location, key, { value: url[key], enumerable: true });
    Object.defineProperty(location, 'toString', { value: () => url.href });
    Object.defineProperty(self, 'location', { value: location, configurable: true, enumerable: true });
    import(s.tool).then((tool) => tool.startWorker(s), (error) => {
      console.warn('wasm-tracemalloc: this worker could not load the tool (' + s.tool + ': ' + error + '): its thread is not traced, and the numbers of its threaded modules are not exact');
    }).then(() => ${module ? 'import(s.script).then(run)' : '(importScripts(s.script), run())'});
  };
  function hold(e) {
    e.stopImmediatePropagation();
    if (settings === null) begin(settings = e.data[${JSON.stringify(KEY)}]);
    else held.push(e);
  }
  addEventListener('message', hold);
})();
`;

type WorkerConstructor = new (url: string | URL, options?: { type?: string }) => Worker;
interface PageScope {
  Worker?: WorkerConstructor;
  crossOriginIsolated?: boolean;
  WorkerGlobalScope?: unknown;
  location?: { href: string };
}

/**
 * A page's worker host: `Worker` wrapped once, so that each worker made from then on runs the
 * bootstrap with the latest settings. Only where the page is cross-origin isolated (COOP/COEP:
 * a threaded page needs it anyway for its shared memory) and not itself a worker.
 */
export function pageWorkerHost(tool: () => string | null): WorkerHost {
  const scope = globalThis as PageScope;
  let settings: WorkerSettings | null = null;
  const urls = new Map<boolean, string>();
  const setUp = new WeakSet<object>(); // the workers made with the bootstrap
  return {
    posts: {
      prototypes: () => [scope.Worker?.prototype, (globalThis as { MessagePort?: { prototype: object } }).MessagePort?.prototype].filter((p): p is object => p !== undefined),
      setUp: (target) => setUp.has(target),
      channels(made) {
        const Own = (globalThis as { MessageChannel?: new () => { port1: object; port2: object } }).MessageChannel;
        if (!Own) return;
        (globalThis as { MessageChannel?: unknown }).MessageChannel = { MessageChannel: class extends Own {
          constructor() {
            super();
            made(this.port1, this.port2);
          }
        } }.MessageChannel;
      },
    },
    canShare: () => typeof scope.Worker === 'function' && scope.WorkerGlobalScope === undefined && scope.crossOriginIsolated === true && tool() !== null,
    traceWorkers(next) {
      const wrap = settings === null;
      settings = next;
      if (!wrap) return;
      const Original = scope.Worker!;
      const Traced = function (this: unknown, url: string | URL, options?: { type?: string }): Worker {
        if (new.target === undefined) throw new TypeError("Failed to construct 'Worker': Please use the 'new' operator");
        const module = options?.type === 'module';
        let boot = urls.get(module);
        if (!boot) urls.set(module, (boot = URL.createObjectURL(new Blob([BOOTSTRAP(module)], { type: 'text/javascript' }))));
        const script = new URL(String(url), scope.location?.href).href;
        const worker = Reflect.construct(Original, [boot, options], new.target) as Worker;
        setUp.add(worker);
        Original.prototype.postMessage.call(worker, { [KEY]: { ...settings!, tool: tool(), script } });
        return worker;
      };
      Object.defineProperty(Traced, 'name', { value: 'Worker' });
      Traced.prototype = Original.prototype;
      Object.setPrototypeOf(Traced, Original);
      scope.Worker = Traced as unknown as WorkerConstructor;
    },
  };
}

/**
 * The URL of one of our dist entries (`runtime/worker.js`) from `here`, this file's URL once built:
 * its code sits in a shared chunk at dist/'s top (`chunk-*.js`) or in an entry one folder down.
 */
export function distEntryUrl(entry: string, here: string): string {
  return new URL(/\/chunk-[^/]*\.c?js$/.test(new URL(here).pathname) ? entry : `../${entry}`, here).href;
}

/**
 * Where a page's workers import the tool from: by default `dist/runtime/worker.js` beside this
 * file. null: nowhere, and then no worker is set up (they run as the page made them; a threaded
 * module goes to them as compiled, or unhooked, plain-for-workers.ts). The bundler plugins' client
 * says null: a bundle carries no worker entry of the tool (its code moved into the page's chunks),
 * so a worker's bootstrap could only fail to import one.
 */
let workerTool: string | null | undefined;
export function setWorkerTool(url: string | null): void {
  workerTool = url;
}

/** Installs the page's host (runtime/index.ts, the browser entry; node/index.ts then installs Node's). */
export function installPageWorkerHost(): void {
  const here = import.meta.url;
  setWorkerHost(pageWorkerHost(() => (workerTool === undefined ? distEntryUrl('runtime/worker.js', here) : workerTool)), true);
}
