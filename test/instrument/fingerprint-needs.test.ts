// The fingerprints pass over a body undecoded when it cannot hold the constants a test needs
// (code-features.ts mayHoldConsts, fingerprint.ts `only(..., needs)`): that read must never miss a
// constant the decoder finds. Oracle: readCodeFeatures' `consts` of every body of the fingerprint
// and release fixtures (emcc dlmalloc/emmalloc, Rust, AssemblyScript, wasm-bindgen builds).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayHoldConsts, readCodeFeatures } from '../../instrument/code-features';
import { readCodeLayout, type FuncBody } from '../../instrument/code-reader';
import { ROOT } from '../cli/cli-process';
import { wasmFiles } from './validate';

const files = [...wasmFiles(join(ROOT, 'test/instrument/fingerprint')), ...wasmFiles(join(ROOT, 'test/instrument/release'))];

describe('mayHoldConsts', () => {
  it('holds every constant the decoder reads, in every body of the fixtures', () => {
    let bodies = 0, consts = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      let layout;
      try { layout = readCodeLayout(bytes); } catch { continue; }
      for (const body of layout.funcs) {
        const f = readCodeFeatures(bytes, body, 0);
        if (!f) continue;
        bodies++;
        const values = [...f.consts];
        for (const v of values) {
          consts++;
          if (!mayHoldConsts(bytes, body, [[v]])) expect.fail(`${file} function ${body.index}: i32.const ${v} missed`);
        }
        // all of them at once (up to 30 groups), and each beside a value no body uses
        expect(mayHoldConsts(bytes, body, values.slice(0, 30).map((v) => [v]))).toBe(true);
        expect(mayHoldConsts(bytes, body, values.slice(0, 30).map((v) => [0x7fff_fff0, v]))).toBe(true);
      }
    }
    expect(files.length).toBeGreaterThan(10);
    expect(bodies).toBeGreaterThan(1000);
    expect(consts).toBeGreaterThan(10000);
  });

  it('is false only when a group has none of its values', () => {
    // (func i32.const 5 drop i32.const -64 drop i32.const 300 drop end)
    const code = [0x41, 0x05, 0x1a, 0x41, 0x40, 0x1a, 0x41, 0xac, 0x02, 0x1a, 0x0b];
    const bytes = new Uint8Array([0x00, ...code]); // a locals vector of no groups first
    const body: FuncBody = { index: 0, bodyStart: 0, bodyEnd: bytes.length, codeStart: 1, firstCall: 0, endCall: 0, firstRef: 0, endRef: 0,
      firstExit: 0, endExit: 0, firstFlow: 0, endFlow: 0, calls: [], catches: false, toLabel: false };
    expect([...readCodeFeatures(bytes, body, 0)!.consts]).toEqual([5, -64, 300]);
    expect(mayHoldConsts(bytes, body, [])).toBe(true);
    expect(mayHoldConsts(bytes, body, [[5]])).toBe(true);
    expect(mayHoldConsts(bytes, body, [[-64], [300], [5]])).toBe(true);
    expect(mayHoldConsts(bytes, body, [[6, 300]])).toBe(true);
    expect(mayHoldConsts(bytes, body, [[6]])).toBe(false);
    expect(mayHoldConsts(bytes, body, [[5], [-65, 64]])).toBe(false);
    expect(mayHoldConsts(bytes, body, [[0x41]])).toBe(false);
  });
});
