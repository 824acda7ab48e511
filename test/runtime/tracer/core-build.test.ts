// The committed tracer core (tracer-core-wasm.ts) is what build-wasm.mjs makes of the committed
// tracer-core.wat: an edit of the WAT without a rebuild (or a hand edit of the bytes) fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRACER_CORE_WASM } from '../../../runtime/tracer/tracer-core-wasm';
import { TracedTotals, TracerCore } from '../../../runtime/tracer/tracer-core';
// @ts-expect-error: a plain .mjs build script without types
import { compileWat, generatedSource, OUTPUTS } from '../../../runtime/tracer/build-wasm.mjs';

describe('tracer core build', () => {
  it('rebuilds the committed bytes from tracer-core.wat', () => {
    const { wat, ts, name } = OUTPUTS[0];
    const bytes: Uint8Array = compileWat(wat);
    expect(Buffer.from(bytes).equals(Buffer.from(TRACER_CORE_WASM))).toBe(true);
    expect(readFileSync(new URL(`../../../runtime/tracer/${ts}`, import.meta.url), 'utf8')).toBe(generatedSource(wat, name, bytes));
  });

  it('exports its layout, which the loader reads instead of copying numbers', () => {
    const core = new TracerCore(new TracedTotals(), () => {});
    expect(core.layout).toEqual({
      SP: 8, SS_BASE: 64, SS_FRAME: 8, SLOTS: 512, KEYS: 192, VALUES: 2240, TAG: 0x80000000,
      REC_BYTES: 56, LIVE_SIZE: 0, LIVE_COUNT: 8, ALLOC_SIZE: 16, ALLOC_COUNT: 24, TEMP_SIZE: 32, TEMP_COUNT: 40,
    });
  });
});
