// The traced wrappers' untraced path (instrument/binary/wrappers.ts): NAME$site is called only
// while tracing — its callers test `tracing` (every call site code.ts writes, and NAME's entry:
// wrappers.ts SiteCall) and call NAME$orig straight when it is 0, so NAME$site reads no `tracing`
// itself (an imported global is three loads a read on Node 20; until session 24 every wrapper
// read it first, and an untraced call paid the wrapper's call level: bench/README.md, "wrap24").
// `depth` is read as before. The rest of the wrappers' behaviour (what each role records, when
// depth silences it) is tested on real modules in rewrite.test.ts, reentry.test.ts and site-calls.test.ts.
import { describe, expect, it } from 'vitest';
import { entryBody, sitedBody, type SiteCall, type WrapperIndices } from '../../instrument/binary/wrappers';
import type { AllocatorSpec } from '../../instrument/profiles';

const ix: WrapperIndices = { orig: 7, site: 8, tracing: 3, depth: 4, alloc: 0, free: 1, realloc: 2 };

/** The bytes of `global.get g`. */
const getGlobal = (g: number) => [0x23, g];
const indexOf = (body: Uint8Array, seq: number[]) => {
  for (let i = 0; i + seq.length <= body.length; i++) if (seq.every((b, k) => body[i + k] === b)) return i;
  return -1;
};

describe('traced wrappers', () => {
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
  it.each(specs)('%s: NAME$site reads no `tracing` (its callers test it), guarded or not', (_name, spec, n) => {
    for (const unguarded of [false, true]) {
      const body = sitedBody(spec, n, ix, unguarded);
      expect(indexOf(body, getGlobal(ix.tracing))).toBe(-1);
      // `depth` still read, or the original body alone called (a collector's free ignores it)
      if (spec.role !== 'free' || !spec.collector || !unguarded) expect(indexOf(body, getGlobal(ix.depth))).toBeGreaterThanOrEqual(0);
    }
  });

  const call: SiteCall = { site: 8, orig: 7, tracing: 3, block: new Uint8Array([5]) };
  const shapes = [
    ['called from JS or the table', undefined, undefined],
    ['a pointer call\'s', { indirectSite: 9 }, undefined],
  ] as const;
  it.each(shapes)('the entry (%s) tests `tracing`: NAME$site with a site when set, else NAME$orig', (_name, pointer, frame?: undefined) => {
    const body = entryBody(2, call, pointer, frame);
    const iff = indexOf(body, [0x23, call.tracing, 0x04, 5]); // global.get $tracing, if (type 5)
    expect(iff).toBeGreaterThan(0);
    const after = (from: number, seq: number[]) => { const i = indexOf(body.subarray(from), seq); return i < 0 ? -1 : from + i; };
    const then = after(iff + 4, [0x10, call.site]), other = after(then + 2, [0x05]), orig = after(other + 1, [0x10, call.orig, 0x0b]);
    expect(then).toBeGreaterThan(iff);
    expect(other).toBeGreaterThan(then);
    expect(orig).toBeGreaterThan(other);
    // the arguments are pushed once, before the test
    expect(indexOf(body.subarray(iff), [0x20, 0x00])).toBe(-1);
    if (pointer) { // $indirect_site is reset on both arms (a later call from JS finds 0)
      const reset = [0x41, 0x00, 0x24, pointer.indirectSite];
      if (!frame) expect(after(other, reset)).toBeGreaterThan(other);
      expect(indexOf(body, reset)).toBeGreaterThanOrEqual(0);
    }
  });

  // With frames on, the entry tests `tracing` first, before the frame helpers: not tracing, it
  // resets `$site` (as `$frame.enter` did) and calls NAME$orig, no helper called (until session 25
  // `$frame.enter` and `$frame.leave` were called around the test: AssemblyScript's collector calls
  // `insertBlock`'s entry for every block it frees: bench/README.md, "notrace25").
  const frame = { site: 10, enter: 11, leave: 12, results: new Uint8Array([0x7f]) };
  it.each([
    ['with frames', undefined],
    ['a pointer call\'s, with frames', { indirectSite: 9 }],
  ] as const)('the entry (%s) calls the frame helpers only while tracing', (_name, pointer) => {
    const body = entryBody(2, call, pointer, frame);
    const iff = indexOf(body, [0x23, call.tracing, 0x04, 0x7f]); // global.get $tracing, if (result i32)
    expect(iff).toBeGreaterThan(0);
    const enter = indexOf(body, [0x10, frame.enter]), leave = indexOf(body, [0x10, frame.leave]);
    const site = indexOf(body, [0x10, call.site]), other = indexOf(body.subarray(leave), [0x05]) + leave;
    const orig = indexOf(body, [0x10, call.orig]);
    // then: $frame.enter, NAME$site, $frame.leave; else: `$site = 0`, NAME$orig; nothing after
    expect(iff < enter && enter < site && site < leave && leave < other && other < orig).toBe(true);
    expect(indexOf(body.subarray(other), [0x41, 0x00, 0x24, frame.site])).toBe(1);
    expect(indexOf(body.subarray(other), [0x10, frame.enter])).toBe(-1);
    expect(indexOf(body.subarray(other), [0x10, frame.leave])).toBe(-1);
    expect([...body.subarray(orig + 2)]).toEqual([0x0b, 0x0b]);
    // the arguments pushed once on each arm
    expect(indexOf(body.subarray(site, other), [0x20, 0x00])).toBe(-1);
    expect(indexOf(body.subarray(other), [0x20, 0x00])).toBeGreaterThan(0);
    if (pointer) { // $indirect_site read and reset before the test, once
      const reset = [0x41, 0x00, 0x24, pointer.indirectSite];
      expect(indexOf(body, reset)).toBeGreaterThanOrEqual(0);
      expect(indexOf(body, reset)).toBeLessThan(iff);
    }
  });
});
