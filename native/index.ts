// wasm-tracemalloc/native: the Node process's own malloc in domain 0 of the same snapshots.
//
//   import * as native from 'wasm-tracemalloc/native';
//   if (native.available) native.start(16);      // or tracemalloc.start(16, { native: true })
//   ... tracemalloc.takeSnapshot() now has domain 0 ...
//   native.stop();
//
// Linux x64/arm64 only; elsewhere (or when the addon did not build) `available` is false,
// `reason` says why in one sentence and start() throws NativeHookError with that sentence.
import { isMainThread } from 'node:worker_threads';
import * as tracer from '../runtime/tracer/index';
import { loadBinding } from './addon';
import { NativeHookError } from './errors';
import { MAX_NATIVE_FRAMES, NativeSource } from './source';
import type { SymbolizeOptions } from './symbolize';

export { NativeHookError } from './errors';
export { NativeSource, NATIVE_DOMAIN, MAX_NATIVE_FRAMES } from './source';
export type { NativeFrame, SymbolizeOptions } from './symbolize';

const loaded = loadBinding();
const binding = loaded.binding;

/** True when the addon is built and loaded: start() can hook this process. */
export const available: boolean = binding !== null;
/** Why the hook is not available (one sentence), or '' when it is. */
export const reason: string = loaded.reason;
/** Domain 0's TraceSource, or null when not available. */
export const source: NativeSource | null = binding ? new NativeSource(binding) : null;

let registered = false;
let startedTracer = false;

function requireSource(): NativeSource {
  if (!source) throw new NativeHookError(`the native hook is not available: ${reason}`);
  return source;
}

/**
 * Registers domain 0 with the tracer (idempotent), without starting anything: the tracer starts
 * it with its own traceback limit when it starts (or at once when it is already tracing). This is
 * what `tracemalloc.start(nframe, { native: true })` calls. On a worker thread it does nothing:
 * domain 0 is the main thread's.
 */
export function register(): void {
  const s = requireSource();
  // The hooks and their table are the process's and belong to the main thread's tracer; a
  // worker's tracer (e.g. `--import wasm-tracemalloc/register` runs in workers too) leaves them.
  if (!isMainThread) return;
  if (registered && tracer.getSources().includes(s)) return;
  registered = true;
  tracer.registerSource(s);
}

/**
 * Hooks this process's malloc family and traces it into domain 0. Starts the tracer with nframe
 * when it is not tracing yet; when it is, the tracer's traceback limit applies.
 */
export function start(nframe: number = 1): void {
  const s = requireSource();
  // Each worker has its own tracer: two owners would stop each other's hooks.
  if (!isMainThread) throw new NativeHookError('the native hook is process-wide: start it from the main thread, not a worker');
  // One traceback limit per snapshot: the tracer's bound, within what the addon can capture.
  const max = Math.min(MAX_NATIVE_FRAMES, tracer.MAX_NFRAME);
  if (typeof nframe !== 'number' || !Number.isInteger(nframe) || nframe < 1 || nframe > max) {
    throw new NativeHookError(`nframe must be an integer in [1; ${max}], got ${typeof nframe === 'number' ? String(nframe) : typeof nframe}`);
  }
  register();
  if (!tracer.isTracing()) {
    tracer.start(nframe);
    startedTracer = true;
  } else if (!s.isTracing()) {
    s.start(tracer.getTracebackLimit());
  }
}

/**
 * Removes the hooks (every patched slot is restored) and forgets the native traces. Stops the
 * tracer too when native.start() started it and nothing else is traced.
 */
export function stop(): void {
  if (!source || !registered) return;
  registered = false;
  tracer.unregisterSource(source);
  if (startedTracer && tracer.isTracing() && tracer.getSources().length === 0) tracer.stop();
  startedTracer = false;
}

/** True while the hooks are installed. */
export function isTracing(): boolean {
  return source ? source.isTracing() : false;
}

/** Symbolisation options (e.g. `{ addr2line: false }` to skip file:line lookups). */
export function setSymbolizeOptions(options: SymbolizeOptions): void {
  requireSource().symbolizeOptions = { ...options };
}

/**
 * Diagnostics: which objects have patched slots, how many, the hooked symbols, and how many
 * stacks were unwound in full (stack-cache misses) and could not be cached.
 */
export function hookInfo(): { objects: string[]; slots: number; functions: string[]; unwinds: number; uncacheable: number } {
  if (!binding) return { objects: [], slots: 0, functions: [], unwinds: 0, uncacheable: 0 };
  const { unwinds, uncacheable } = binding.unwindCounters();
  return { objects: binding.patchedObjects(), slots: binding.patchedSlots(), functions: binding.hookedFunctions(), unwinds, uncacheable };
}

/**
 * Where the browser-safe tracer finds this module without importing Node code: importing
 * `wasm-tracemalloc/native` (or `runtime/register.ts` doing it) publishes it here, and
 * `tracemalloc.start(nframe, { native: true })` can call `register()` synchronously.
 */
export const GLOBAL_KEY = Symbol.for('wasm-tracemalloc/native');
(globalThis as Record<symbol, unknown>)[GLOBAL_KEY] = { available, reason, register, start, stop, isTracing };
