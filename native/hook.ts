// Domain 0's state and its lifecycle, loaded lazily: importing this module loads no addon, so the
// Node entry (node/index.ts) can offer `tracemalloc.start(n, { native: true })` to every Node
// program and pay for the addon only when a program asks for it. native/index.ts is the public
// face (`wasm-tracemalloc/native`), which loads at once.
import { isMainThread } from 'node:worker_threads';
import * as tracer from '../runtime/tracer/index';
import type { NativeHook } from '../runtime/tracer/tracer';
import { loadBinding, type LoadResult } from './addon';
import { NativeHookError } from './errors';
import { MAX_NATIVE_FRAMES, NativeSource } from './source';
import type { SymbolizeOptions } from './symbolize';

let loaded: (LoadResult & { source: NativeSource | null }) | null = null;

/** The addon, loaded on first use (once per process: the hooks are the process's). */
export function load(): LoadResult & { source: NativeSource | null } {
  if (!loaded) {
    const result = loadBinding();
    loaded = { ...result, source: result.binding ? new NativeSource(result.binding) : null };
  }
  return loaded;
}

let registered = false;
let startedTracer = false;

function requireSource(): NativeSource {
  const { source, reason } = load();
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
  const { source } = load();
  if (!source || !registered) return;
  registered = false;
  tracer.unregisterSource(source);
  if (startedTracer && tracer.isTracing() && tracer.getSources().length === 0) tracer.stop();
  startedTracer = false;
}

/** True while the hooks are installed. */
export function isTracing(): boolean {
  return load().source?.isTracing() ?? false;
}

/** Symbolisation options (e.g. `{ addr2line: false }` to skip file:line lookups). */
export function setSymbolizeOptions(options: SymbolizeOptions): void {
  requireSource().symbolizeOptions = { ...options };
}

/**
 * Diagnostics: which objects have patched slots, how many, the hooked symbols, how many
 * stacks were unwound in full (stack-cache misses) and could not be cached, and how many frees
 * were of blocks not traced (each searched every table), and how many entries were written from
 * the tables' rings of recent allocations into their sets (native/src/records.h).
 */
export function hookInfo(): { objects: string[]; slots: number; functions: string[]; unwinds: number; uncacheable: number; untracedFrees: number; ringWrites: number } {
  const { binding } = load();
  if (!binding) return { objects: [], slots: 0, functions: [], unwinds: 0, uncacheable: 0, untracedFrees: 0, ringWrites: 0 };
  const { unwinds, uncacheable, untracedFrees, ringWrites } = binding.unwindCounters();
  return { objects: binding.patchedObjects(), slots: binding.patchedSlots(), functions: binding.hookedFunctions(), unwinds, uncacheable, untracedFrees, ringWrites };
}

/** runtime's NativeHook, implemented here: what `start(n, { native: true })` asks for. */
export const nativeHook: NativeHook = {
  get available() {
    return load().binding !== null;
  },
  get reason() {
    return load().reason;
  },
  register,
};
