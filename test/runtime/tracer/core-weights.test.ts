// The tracer core's site weights (tracer-core.wat, "Folded library frames"): a traceback records
// call sites until they show nframe frames, so a deep library path never pushes the program's
// frames out; weight 0 = a site that is all library code; a site of inlined frames weighs more.
import { describe, expect, it } from 'vitest';
import { TracedTotals, TracerCore } from '../../../runtime/tracer/tracer-core';

const LIB = 1; // weight 0
const USER = 4; // weight 1
const INLINED = 5; // weight 2: a user line with a user frame inlined at it

function core(nframe: number, weights: number[] | null): TracerCore {
  const c = new TracerCore(new TracedTotals(), () => undefined, () => undefined);
  c.nframe = nframe;
  c.setWeights(weights ? Uint8Array.from(weights) : null);
  return c;
}
const WEIGHTS = [0, 0, 0, 0, 1, 2];

/** Allocates at `site` with `stack` (oldest first) on the shadow stack; returns the recorded sites. */
function record(c: TracerCore, stack: number[], site: number): { sites: number[]; total: number } {
  for (const s of stack) c.exports.enter(s);
  c.exports.alloc(64, 16, site);
  c.resetShadowStack();
  const got = c.lookup(64)!;
  c.exports.free(64, 0);
  return c.traceback(got[1]);
}

describe('TracerCore weights', () => {
  it('nframe 1 at a library site walks down to the first frame of the program, however deep', () => {
    const c = core(1, WEIGHTS);
    const stack = [USER, ...Array(40).fill(LIB)];
    expect(record(c, stack, LIB)).toEqual({ sites: [LIB, ...Array(40).fill(LIB), USER], total: 42 });
    expect(record(c, stack, USER)).toEqual({ sites: [USER], total: 1 }); // a user site needs nothing more
  });

  it('counts the frames a site shows: inlined ones too', () => {
    const c = core(2, WEIGHTS);
    expect(record(c, [INLINED, USER, LIB], LIB).sites).toEqual([LIB, LIB, USER, INLINED]);
    expect(record(c, [USER, USER], INLINED).sites).toEqual([INLINED]);
  });

  it('keeps them all when the stack has fewer, and walks at most 256 sites', () => {
    const c = core(8, WEIGHTS);
    expect(record(c, [LIB, USER], LIB)).toEqual({ sites: [LIB, USER, LIB], total: 3 });
    const deep = record(c, [USER, ...Array(300).fill(LIB)], LIB);
    expect(deep.sites).toHaveLength(256);
    expect(deep.total).toBe(302);
  });

  it('without weights, every site counts one frame (CPython)', () => {
    const c = core(3, null);
    expect(record(c, [USER, LIB, LIB, LIB], LIB).sites).toEqual([LIB, LIB, LIB]);
  });

  it('clear() keeps the weights', () => {
    const c = core(1, WEIGHTS);
    c.clear();
    c.nframe = 1;
    expect(record(c, [USER, LIB], LIB).sites).toEqual([LIB, LIB, USER]);
  });

  // The allocation hook's usual case at nframe 1 reads a site's weight with no bound of its own:
  // the table covers every site with a record (tracer-core.wat, $weights; bench/README.md, "core25").
  it('keeps its weights table covering every site with a record, the sites past the weights weighing 1', () => {
    const table = (c: TracerCore): number[] => {
      const cap = c.exports.rec_site_cap.value as number;
      const at = (c.exports as unknown as { weights: WebAssembly.Global }).weights.value as number;
      return [...new Uint8Array(c.exports.memory.buffer, at, cap)];
    };
    const ones = (from: number, to: number) => Array(to - from).fill(1);
    for (const weights of [WEIGHTS, null]) {
      const c = core(1, weights);
      const far = 700; // past the weights: the site arrays grow to reach it
      expect(record(c, [USER], far)).toEqual({ sites: [far], total: 1 });
      const cap = c.exports.rec_site_cap.value as number;
      expect(cap).toBeGreaterThan(far);
      expect(table(c)).toEqual(weights ? [...WEIGHTS, ...ones(WEIGHTS.length, cap)] : ones(0, cap));
      // still walked at a library site, and set again with the records in place (clear() does so)
      expect(record(c, [USER, LIB], weights ? LIB : USER).sites).toEqual(weights ? [LIB, LIB, USER] : [USER]);
      c.setWeights(Uint8Array.from(WEIGHTS));
      expect(table(c)).toEqual([...WEIGHTS, ...ones(WEIGHTS.length, cap)]);
      expect(record(c, [USER, LIB], LIB).sites).toEqual([LIB, LIB, USER]);
      expect(record(c, [USER], far)).toEqual({ sites: [far], total: 1 });
    }
  });
});
