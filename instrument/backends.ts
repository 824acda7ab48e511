// Optional rewrite backends, registered by their own modules so that the default entry point
// does not load their dependencies (binaryen/index.ts registers 'binaryen' when imported).

import type { CodeLayout } from './code-reader';
import type { Preflight } from './preflight';
import type { InstrumentOptions, InstrumentResult } from './result';

export type Backend = (bytes: Uint8Array, pre: Preflight, layout: CodeLayout, options: InstrumentOptions, t0: number) => InstrumentResult;

// On globalThis under a registered symbol: bundles that do not share chunks (tsup's CJS output)
// may hold two copies of this module, and the backend must be found from either.
const KEY = Symbol.for('wasm-tracemalloc.instrument.backends');
const holder = globalThis as unknown as Record<symbol, Map<string, Backend> | undefined>;
export const backends: Map<string, Backend> = (holder[KEY] ??= new Map<string, Backend>());

export function registerBackend(name: string, backend: Backend): void {
  backends.set(name, backend);
}
