// The traced wrappers' untraced path (instrument/binary/wrappers.ts): with `tracing` 0 a wrapper
// reads `tracing` alone and calls the original body. An imported mutable global costs three loads
// a read on Node 20, and the `or` of `tracing == 0` with `depth & 1` read both on every untraced
// allocator call (bench/README.md, "core22"). The rest of the wrappers' behaviour (what each
// role records, when depth silences it) is tested on real modules in rewrite.test.ts and reentry.test.ts.
import { describe, expect, it } from 'vitest';
import { sitedBody, type WrapperIndices } from '../../instrument/binary/wrappers';
import type { AllocatorSpec } from '../../instrument/profiles';

const ix: WrapperIndices = { orig: 7, site: 8, tracing: 3, depth: 4, alloc: 0, free: 1, realloc: 2 };

/** The bytes of `global.get g`. */
const getGlobal = (g: number) => [0x23, g];
const indexOf = (body: Uint8Array, seq: number[]) => {
  for (let i = 0; i + seq.length <= body.length; i++) if (seq.every((b, k) => body[i + k] === b)) return i;
  return -1;
};

describe('traced wrappers when not tracing', () => {
  const specs: [string, AllocatorSpec, number][] = [
    ['malloc', { role: 'alloc', size: 0 }, 1],
    ['calloc', { role: 'alloc', size: 1, count: 0 }, 2],
    ['wasm-bindgen malloc', { role: 'alloc', size: 0, noopWhenZero: 0 }, 2],
    ['posix_memalign', { role: 'alloc-out', size: 2, out: 0 }, 3],
    ['free', { role: 'free', ptr: 0 }, 1],
    ['a collector\'s free', { role: 'free', ptr: 0, collector: true }, 1],
    ['realloc', { role: 'realloc', ptr: 0, size: 1 }, 2],
    ['an in-place resize', { role: 'realloc', ptr: 0, size: 1, inPlace: 'if-true' }, 2],
    ['strdup', { role: 'wrapper' }, 1],
  ];
  it.each(specs)('%s: reads `tracing` alone, then calls the original body', (_name, spec, n) => {
    const body = sitedBody(spec, n, ix);
    // after the locals: global.get $tracing, i32.eqz, if, the original called with its params, return, end
    const args = Array.from({ length: n }, (_, i) => [0x20, i]).flat();
    const start = [0x23, ix.tracing, 0x45, 0x04, 0x40, ...args, 0x10, ix.orig, 0x0f, 0x0b];
    expect([...body.subarray(3, 3 + start.length)]).toEqual(start);
    // `depth` is read only past that test (never before it)
    const depth = indexOf(body, getGlobal(ix.depth));
    if (depth >= 0) expect(depth).toBeGreaterThanOrEqual(3 + start.length);
  });
});
