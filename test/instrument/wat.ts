// WAT ⇄ wasm for the rewrite tests, through Binaryen (the instrumenter's own reader).
import binaryen from 'binaryen';

export function watToWasm(text: string, names = true): Uint8Array {
  const before = binaryen.getDebugInfo();
  binaryen.setDebugInfo(names);
  const m = binaryen.parseText(text);
  try {
    m.setFeatures(binaryen.Features.MVP | binaryen.Features.MutableGlobals | binaryen.Features.BulkMemory |
      binaryen.Features.SignExt | binaryen.Features.ReferenceTypes | binaryen.Features.SIMD128 | binaryen.Features.Atomics);
    return m.emitBinary();
  } finally {
    m.dispose();
    binaryen.setDebugInfo(before);
  }
}

export function wasmToWat(bytes: Uint8Array): string {
  const before = binaryen.getDebugInfo();
  binaryen.setDebugInfo(true);
  const F = binaryen.Features;
  const m = (binaryen.readBinary as (b: Uint8Array, f: number) => binaryen.Module)(bytes, F.MVP | F.MutableGlobals | F.BulkMemory | F.SignExt | F.ReferenceTypes | F.SIMD128 | F.Atomics);
  try {
    return m.emitText();
  } finally {
    m.dispose();
    binaryen.setDebugInfo(before);
  }
}
