// What the bundler plugin injects into the page, before the app's own code: patch WebAssembly (so
// every loader — wasm-bindgen, Emscripten, instantiateStreaming — meets the instrumented modules
// the plugin serves), start tracing, publish `globalThis.wasmTracemalloc` (console-api.ts), and
// open the overlay when asked. Browser-safe; in a worker everything but the overlay applies. The
// page's workers are not set up for the tool (runtime/tracer/workers.ts `setWorkerTool`).
import { isTracing, patchWebAssembly, start } from '../runtime/index';
import { setWorkerTool } from '../runtime/tracer/workers';
import { consoleApi, type ConsoleApi } from './console-api';
import { showOverlay } from './overlay';
import { installJsSourceMaps } from './js-source-maps';
import { startTimeline } from './timeline';

export interface ClientOptions {
  nframe: number;
  overlay: boolean;
  /** As start(n, { jsFrames }): false, true (the hot-call-site cache) or 'exact'. */
  jsFrames?: boolean | 'exact';
}

declare global {
  var wasmTracemalloc: ConsoleApi | undefined;
}

export function install(options: ClientOptions): void {
  if (globalThis.wasmTracemalloc) return; // injected into several modules: once is enough
  // the bundle carries no worker entry of the tool: the page's workers are left as it makes them
  // (threaded modules are left as built: bundler/wasm-file.ts)
  setWorkerTool(null);
  patchWebAssembly();
  const jsFrames = options.jsFrames ?? false;
  if (jsFrames !== false) installJsSourceMaps(); // the page's scripts' maps, fetched as their frames appear
  if (!isTracing()) start(options.nframe, { jsFrames });
  startTimeline();
  globalThis.wasmTracemalloc = consoleApi();
  if (options.overlay && typeof document !== 'undefined') {
    // the panel needs <html>; a module script can run before the parser built <body>, not <html>
    showOverlay();
  }
}

export { consoleApi, showOverlay };
export type { ConsoleApi };
