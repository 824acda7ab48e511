// The fingerprints pass over a body undecoded when it cannot hold the constants a test needs
// (code-features.ts mayHoldConsts, fingerprint.ts `only(..., needs)`): that read must never miss a
// constant the decoder finds. Oracle: readCodeFeatures' `consts` of every body of the fingerprint
// and release fixtures (emcc dlmalloc/emmalloc, Rust, AssemblyScript, wasm-bindgen builds).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConstMasks, mayHoldConsts, readCodeFeatures } from '../../instrument/code-features';
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

// ConstMasks reads each body once into a mask of known constants, for all the tests that ask about
// it (fingerprint.ts `only()`): it must answer as mayHoldConsts does, for every body and every needs.
describe('ConstMasks', () => {
  it('answers as mayHoldConsts, in every body of the fixtures', () => {
    let asked = 0, held = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      let layout;
      try { layout = readCodeLayout(bytes); } catch { continue; }
      // the known constants: the module's 64 most used (so each is held by some bodies, not all)
      const uses = new Map<number, number>();
      const consts = layout.funcs.map((body) => [...(readCodeFeatures(bytes, body, 0)?.consts ?? [])]);
      for (const c of consts) for (const v of c) uses.set(v, (uses.get(v) ?? 0) + 1);
      const known = [...uses].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([v]) => v).slice(0, 63);
      known.push(0x7fff_fff0); // a value no body uses
      const masks = new ConstMasks(known, layout.funcs.length);
      for (let i = 0; i < known.length; i++) expect(masks.bit(known[i]!)).toBe(i);
      // needs of one, two and three groups, of one or two values, over the known constants
      const needs: number[][][] = [];
      for (let i = 0; i < known.length; i++) {
        const a = known[i]!, b = known[(i * 7 + 3) % known.length]!, c = known[(i * 13 + 5) % known.length]!;
        needs.push([[a]], [[a, b]], [[a], [b]], [[a, c], [b]], [[a], [b], [c]]);
      }
      const groups = needs.map((n) => masks.groups(n)!);
      layout.funcs.forEach((body, at) => {
        for (let k = 0; k < needs.length; k++) {
          const want = mayHoldConsts(bytes, body, needs[k]!);
          if (masks.mayHold(bytes, body, at, groups[k]!) !== want) expect.fail(`${file} function ${body.index}: ${JSON.stringify(needs[k])} should be ${want}`);
          asked++;
          if (want) held++;
        }
        for (const v of consts[at]!) if (masks.bit(v) >= 0) expect(masks.mayHold(bytes, body, at, masks.groups([[v]])!)).toBe(true);
      });
    }
    expect(asked).toBeGreaterThan(100_000);
    expect(held).toBeGreaterThan(1000);
    expect(asked - held).toBeGreaterThan(1000);
  });

  it('knows at most 64 constants; needs naming another are not masks', () => {
    const values = Array.from({ length: 70 }, (_, i) => i * 1000 - 7);
    const masks = new ConstMasks([...values, values[0]!], 1);
    expect(masks.bit(values[0]!)).toBe(0);
    expect(masks.bit(values[63]!)).toBe(63);
    expect(masks.bit(values[64]!)).toBe(-1);
    expect(masks.groups([[values[1]!], [values[40]!, values[2]!]])).toEqual(new Int32Array([2, 0, 4, 1 << 8]));
    expect(masks.groups([[values[1]!], [values[64]!]])).toBeNull();
  });

  it('reads 5-byte constants, and values past 32 bits, as mayHoldConsts does', () => {
    // (func i32.const 0x7fffffff drop i32.const -0x80000000 drop end), and 0x41 before 5 bytes no
    // i32.const has (0xff ×4, 0x3f): slebAt reads 2^34 − 1, whose low 32 bits are −1's
    const code = [0x41, 0xff, 0xff, 0xff, 0xff, 0x07, 0x1a, 0x41, 0x80, 0x80, 0x80, 0x80, 0x78, 0x1a, 0x01, 0x41, 0xff, 0xff, 0xff, 0xff, 0x3f, 0x0b];
    const bytes = new Uint8Array([0x00, ...code]);
    const body: FuncBody = { index: 0, bodyStart: 0, bodyEnd: bytes.length, codeStart: 1, firstCall: 0, endCall: 0, firstRef: 0, endRef: 0,
      firstExit: 0, endExit: 0, firstFlow: 0, endFlow: 0, calls: [], catches: false, toLabel: false };
    const known = [0x7fffffff, -0x80000000, -1, 2 ** 34 - 1, 1, 0x41, 5];
    const masks = new ConstMasks(known, 1);
    const want = known.map((v) => mayHoldConsts(bytes, body, [[v]]));
    expect(want).toEqual([true, true, false, true, false, false, false]);
    expect(known.map((v) => masks.mayHold(bytes, body, 0, masks.groups([[v]])!))).toEqual(want);
    expect(masks.mayHold(bytes, body, 0, masks.groups([[0x7fffffff], [-0x80000000], [2 ** 34 - 1]])!)).toBe(true);
    expect(masks.mayHold(bytes, body, 0, masks.groups([[0x7fffffff], [5]])!)).toBe(false);
  });
});
