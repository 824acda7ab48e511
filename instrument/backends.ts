// Optional rewrite backends, registered by their own modules so that the default entry point
// does not load their dependencies (binaryen-backend.ts registers 'binaryen' when imported).

import type { CodeLayout } from './code-reader';
import type { Preflight } from './preflight';
import type { InstrumentOptions, InstrumentResult } from './result';

export type Backend = (bytes: Uint8Array, pre: Preflight, layout: CodeLayout, options: InstrumentOptions, t0: number) => InstrumentResult;

export const backends = new Map<string, Backend>();

export function registerBackend(name: string, backend: Backend): void {
  backends.set(name, backend);
}
