// wasm-tracemalloc/native: the Node process's own malloc in domain 0 of the same snapshots.
//
//   import * as native from 'wasm-tracemalloc/native';
//   if (native.available) native.start(16);      // or tracemalloc.start(16, { native: true })
//   ... tracemalloc.takeSnapshot() now has domain 0 ...
//   native.stop();
//
// Linux x64/arm64 only; elsewhere (or when the addon did not build) `available` is false,
// `reason` says why in one sentence and start() throws NativeHookError with that sentence.
// `tracemalloc.start(n, { native: true })` needs no import of this module: the Node entry loads
// the addon through hook.ts when asked. This entry loads it at once, to say `available`.
import { setNativeHook } from '../runtime/tracer/tracer';
import { load, nativeHook } from './hook';
import type { NativeSource } from './source';

export { NativeHookError } from './errors';
export { NativeSource, NATIVE_DOMAIN, MAX_NATIVE_FRAMES } from './source';
export type { NativeFrame, SymbolizeOptions } from './symbolize';
export { register, start, stop, isTracing, setSymbolizeOptions, hookInfo } from './hook';

const loaded = load();

/** True when the addon is built and loaded: start() can hook this process. */
export const available: boolean = loaded.binding !== null;
/** Why the hook is not available (one sentence), or '' when it is. */
export const reason: string = loaded.reason;
/** Domain 0's TraceSource, or null when not available. */
export const source: NativeSource | null = loaded.source;

// Also under the browser entry (`wasm-tracemalloc/browser` in Node), importing this module is
// enough for start(n, { native: true }).
setNativeHook(() => nativeHook);
