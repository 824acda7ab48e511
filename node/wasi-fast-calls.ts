// A Node 20/22 crash that tracing makes likelier, avoided (bench/README.md, "A rare crash on
// Node 20", has the counts). node:wasi's imports are V8 fast API calls there, made straight from
// wasm; uvwasi's allocations inside them (fd_write's iovec copy, ...) are reported to V8 through
// Isolate::AdjustAmountOfExternalAllocatedMemory, which, while incremental marking runs under
// external memory pressure, can finish the GC right there, inside the fast call, where V8 does
// not update the JS frames beneath the wasm ones (nodejs/node#46777, V8 issue 13753): later a
// keyed load in node:wasi's start() or a stack walk meets a moved object, and the process dies of
// SIGSEGV. The tracer's own memories (a core per module, grown during the run) are external
// memory too, so marking is more often under way while a traced program writes.
// --no-turbo-fast-api-calls makes V8 call those imports the ordinary way (an API call with an
// exit frame, where a GC is safe): same results, ~1 µs more per WASI call. V8 reads the flag
// when a module is instantiated, so it holds for every instance made after this.
// A program that forces the timing (test/node/register-wasi-gc.test.ts's) dies of it on Node
// 20.20, 21.7 and 22.23 (3 of 3 each; none of 3 with the flag), not on 23.11 (0 of 7) or 24.22;
// the gate keeps all of 23 (its earlier releases untested here) at the cost above.
// Register sets the flag only once the program has loaded node:wasi (node:v8, which sets it, costs
// a start that prints nothing ~30 M instructions on Node 20): node:wasi's imports exist only
// once it is loaded, and every instantiation the program makes goes through the patched API,
// which calls the check first (runtime/tracer/patch.ts `setBeforeInstantiate`).
import { loadedBuiltins, v8 } from './builtins'; // v8 loaded only where the flag is set
import { setBeforeInstantiate } from '../runtime/tracer/patch';
import { v8FlagsChanging } from './v8-flags';

/** Node versions whose wasm may call node:wasi's fast API callbacks where a GC is unsafe. */
export function hasUnsafeWasiFastCalls(version: string = process.versions.node): boolean {
  return Number(version.split('.')[0]) < 24;
}

let done = false;

/** Turns V8's fast API calls off on the Node versions above (once per process). */
export function avoidGcInWasiFastCalls(): void {
  if (done) return;
  done = true;
  if (!hasUnsafeWasiFastCalls()) return;
  v8FlagsChanging(); // the tool's code cache is made before (node/v8-flags.ts)
  v8().setFlagsFromString('--no-turbo-fast-api-calls');
}

const WASI = 'NativeModule wasi';

/** As avoidGcInWasiFastCalls, at the first instantiation through the patched WebAssembly API after
 * the program has loaded node:wasi (at once where Node keeps no list of loaded built-ins). */
export function avoidGcInWasiFastCallsOnceWasiLoaded(): void {
  if (done || !hasUnsafeWasiFastCalls()) return;
  const list = loadedBuiltins();
  if (list === undefined || list.includes(WASI)) {
    avoidGcInWasiFastCalls();
    return;
  }
  setBeforeInstantiate(() => {
    if (!list.includes(WASI)) return;
    setBeforeInstantiate(null);
    avoidGcInWasiFastCalls();
  });
}
