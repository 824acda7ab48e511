// Every instrumented output the tests make is checked by two validators that share no code with
// the rewriter: Binaryen's, with every feature it knows but CompactImports (an import encoding
// Node 20's V8 does not read: a module using it would not run here), and V8's own compile. Tests
// import `instrument` from here, not from instrument/index, so no output escapes the check.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import binaryen from 'binaryen';
import { instrument as instrumentUnchecked, type InstrumentOptions, type InstrumentResult } from '../../instrument/index';

const F = binaryen.Features as typeof binaryen.Features & { CompactImports?: number };
/** Every proposal Binaryen knows, as Node 20's V8 reads imports (no compact import encoding). */
export const BINARYEN_FEATURES = F.All & ~(F.CompactImports ?? 0);

/**
 * Throws unless Binaryen's validator accepts `bytes`, and — when the engine accepts `input`
 * (Node 20 cannot compile typed function references, GC…) — unless V8 compiles it too.
 */
export function expectValidOutput(bytes: Uint8Array, input?: Uint8Array): void {
  const m = (binaryen.readBinary as (b: Uint8Array, f: number) => binaryen.Module)(bytes, BINARYEN_FEATURES);
  try {
    m.setFeatures(BINARYEN_FEATURES);
    if (!m.validate()) throw new Error('Binaryen rejects the instrumented module (its reasons are on stderr)');
  } finally {
    m.dispose();
  }
  if (input !== undefined && !WebAssembly.validate(input as Uint8Array<ArrayBuffer>)) return;
  new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>); // throws with V8's reason
}

/** instrument(), with its output validated as above (even with `validate: false`). */
export function instrument(bytes: Uint8Array, options: InstrumentOptions = {}): InstrumentResult {
  const result = instrumentUnchecked(bytes, options);
  expectValidOutput(result.bytes, bytes);
  return result;
}

export { InstrumentError, type InstrumentOptions, type InstrumentResult } from '../../instrument/index';

/** `bytes` read by Binaryen (every feature above) and handed to `use`; the module is freed after. */
function withBinaryen<T>(bytes: Uint8Array, use: (m: binaryen.Module) => T): T {
  const m = (binaryen.readBinary as (b: Uint8Array, f: number) => binaryen.Module)(bytes, BINARYEN_FEATURES);
  try {
    m.setFeatures(BINARYEN_FEATURES);
    return use(m);
  } finally {
    m.dispose();
  }
}

/** Binaryen's text of `bytes`. */
export const binaryenText = (bytes: Uint8Array): string => withBinaryen(bytes, (m) => m.emitText());

/** The legacy exception encoding translated to try_table / exnref by Binaryen (wasm-opt
 * --translate-to-exnref), the name section kept (the helpers are told by their names). */
export function toExnref(bytes: Uint8Array): Uint8Array {
  const debugInfo = binaryen.getDebugInfo();
  binaryen.setDebugInfo(true);
  try {
    return withBinaryen(bytes, (m) => {
      m.runPasses(['translate-to-exnref']);
      return m.emitBinary();
    });
  } finally {
    binaryen.setDebugInfo(debugInfo);
  }
}

/** Every `.wasm` under `dir` smaller than 8 MB: the modules the repository holds, as test input. */
export function wasmFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) wasmFiles(path, out);
    else if (e.name.endsWith('.wasm') && statSync(path).size < 8e6) out.push(path);
  }
  return out;
}
