// The calling-context tree under deep, changing stacks (tracer-core.wat, $traceback): a frame
// caches its tree slot when pushed (or at the next allocation), the slot caches its last
// allocation's id, and none of that may change a traceback. The oracle is a model shadow stack
// in JS: every allocation's traceback is its site and the top nframe - 1 frames (most recent
// first) with the stack's depth as total, equal tracebacks share one id, and the totals per
// traceback are those of the model's live and freed blocks. Run on both cores (the threaded one
// keeps its tree per thread). Workloads: a binary-tree recursion (the anchors' program's shape),
// stacks that shrink and grow by random amounts between allocations (unbalanced leaves, as an
// outer leave after a throw), deep chains past the tree's growth, and frames below the nframe cut
// changing while those above stay (and the reverse).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newSharedArena, newSharedGroup, TracedTotals, TracerCore } from '../../../runtime/tracer/tracer-core';

type Core = TracerCore;
const cores: [string, () => Core][] = [
  ['one-thread core', () => new TracerCore(new TracedTotals(), () => {}, () => {})],
  [
    'threaded core',
    () => {
      const memory = newSharedArena();
      return new TracerCore(new TracedTotals(), () => {}, () => {}, () => 0, { memory, base: newSharedGroup(memory), owner: true });
    },
  ],
];

/** A core driven next to a model stack; every allocation checked at once, the totals at the end. */
class Driven {
  readonly stack: number[] = [];
  private readonly tokens: number[] = [];
  private readonly idOf = new Map<string, number>();
  private readonly live = new Map<number, [size: number, key: string]>();
  private readonly totals = new Map<string, { allocSize: number; allocCount: number; liveSize: number; liveCount: number }>();
  private ptr = 16;
  allocations = 0;
  constructor(
    readonly core: Core,
    readonly nframe: number,
  ) {
    core.nframe = nframe;
  }
  enter(site: number): void {
    this.tokens.push(this.core.exports.enter(site));
    this.stack.push(site);
  }
  /** Back to `height` frames with one leave (the token of the frame pushed at that height). */
  leaveTo(height: number): void {
    if (height >= this.tokens.length) return;
    this.core.exports.leave(this.tokens[height]!);
    this.tokens.length = height;
    this.stack.length = height;
  }
  /** realloc(old, new) to a new block (old 0: of NULL; else a live block, which goes). */
  realloc(old: number, site: number, size: number): number {
    return this.alloc(site, size, old);
  }
  alloc(site: number, size: number, reallocOf?: number): number {
    const p = this.ptr;
    this.ptr += 16;
    if (reallocOf === undefined) this.core.exports.alloc(p, size, site);
    else {
      this.core.exports.realloc(reallocOf, p, size, site);
      if (reallocOf !== 0) this.gone(reallocOf);
    }
    const tb = this.core.lookup(p)![1];
    const got = this.core.traceback(tb);
    const want = this.nframe === 1 ? { sites: [site], total: 1 } : { sites: [site, ...this.stack.slice(-(this.nframe - 1)).reverse()], total: this.stack.length + 1 };
    expect(got).toEqual(want);
    const key = JSON.stringify(want);
    const known = this.idOf.get(key);
    if (known === undefined) this.idOf.set(key, tb);
    else expect(tb).toBe(known);
    this.live.set(p, [size, key]);
    const t = this.totals.get(key) ?? { allocSize: 0, allocCount: 0, liveSize: 0, liveCount: 0 };
    t.allocSize += size;
    t.allocCount++;
    t.liveSize += size;
    t.liveCount++;
    this.totals.set(key, t);
    this.allocations++;
    return p;
  }
  free(p: number): void {
    this.core.exports.free(p, 1);
    this.gone(p);
  }
  private gone(p: number): void {
    const [size, key] = this.live.get(p)!;
    this.live.delete(p);
    const t = this.totals.get(key)!;
    t.liveSize -= size;
    t.liveCount--;
  }
  /** A live block, or none. */
  some(k: number): number | undefined {
    if (this.live.size === 0) return undefined;
    let i = k % this.live.size;
    for (const p of this.live.keys()) if (i-- === 0) return p;
    return undefined;
  }
  checkTotals(): void {
    expect(this.core.depth).toBe(this.stack.length);
    expect(new Set(this.idOf.values()).size).toBe(this.idOf.size); // distinct tracebacks, distinct ids
    const got = new Map<string, object>();
    for (const t of this.core.totals()) {
      const { tb, tempSize: _s, tempCount: _c, ...rest } = t;
      got.set(JSON.stringify(this.core.traceback(tb)), rest);
    }
    expect(got).toEqual(new Map([...this.totals].map(([k, v]) => [k, { ...v }])));
    for (const [p, [size, key]] of this.live) {
      const [s, tb] = this.core.lookup(p)!;
      expect([s, JSON.stringify(this.core.traceback(tb))]).toEqual([size, key]);
    }
  }
}

/** mulberry32: the workloads are the same on every run. */
function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n) >>> 0;
  };
}

describe.each(cores)('deep stacks on the %s', (_name, make) => {
  it('a binary-tree recursion (left and right calls at every level), cut at nframe', () => {
    for (const nframe of [2, 3, 8, 16]) {
      const d = new Driven(make(), nframe);
      const blocks: number[] = [];
      // make(depth): allocates at site 7, then calls itself from site 21 (left) and 22 (right)
      const build = (depth: number): void => {
        blocks.push(d.alloc(7, 16 + depth));
        if (depth === 0) return;
        const h = d.stack.length;
        d.enter(21);
        build(depth - 1);
        d.leaveTo(h);
        d.enter(22);
        build(depth - 1);
        d.leaveTo(h);
      };
      for (const depth of [3, 9, 5, 11, 9]) {
        d.enter(30 + (depth % 2)); // main's two call sites of make
        build(depth);
        d.leaveTo(0);
        for (const p of blocks.splice(0)) if (p % 3 !== 0) d.free(p);
      }
      d.checkTotals();
    }
  });

  it('stacks that shrink and grow by any amount between allocations, with unbalanced leaves', () => {
    for (const [seed, nframe] of [[1, 3], [2, 5], [3, 16], [4, 2], [5, 16]] as const) {
      const r = prng(seed);
      const d = new Driven(make(), nframe);
      for (let step = 0; step < 6000; step++) {
        const what = r(10);
        if (what < 4) {
          // push 1..6 frames from a small alphabet: parents with one, two and more children
          for (let k = 1 + r(6); k > 0; k--) d.enter(1 + r(step % 2 ? 3 : 9));
        } else if (what < 7) d.leaveTo(r(d.stack.length + 1));
        else if (what < 9) d.alloc(40 + r(3), 1 + r(500));
        else {
          const p = d.some(r(1000));
          if (p !== undefined) d.free(p);
        }
      }
      d.checkTotals();
    }
  });

  it('frames below the cut changing while those above stay, and the reverse', () => {
    for (const nframe of [2, 4, 16]) {
      const r = prng(nframe);
      const d = new Driven(make(), nframe);
      for (let round = 0; round < 40; round++) {
        // a bottom of 30 frames, one of them changed each round (below the cut but for nframe 16) ...
        d.leaveTo(0);
        for (let k = 0; k < 30; k++) d.enter(k === round % 30 ? 500 + r(4) : 100 + k);
        // ... then the same top twice, and a top that differs at one height only
        const top = [200 + r(3), 201, 202 + r(2), 203, 204 + r(5), 205];
        for (let pass = 0; pass < 2; pass++) {
          for (const s of top) d.enter(s);
          d.alloc(9, 32);
          d.alloc(8, 32);
          d.leaveTo(30);
        }
        const at = r(top.length);
        for (let k = 0; k < top.length; k++) d.enter(k === at ? 300 + r(2) : top[k]!);
        d.alloc(9, 64);
        // shrink into the top, change one frame there, grow back to the same height
        const h = 30 + r(top.length);
        d.leaveTo(h);
        d.alloc(9, 16);
        d.enter(r(2) ? top[h - 30]! : 310);
        for (let k = d.stack.length; k < 36; k++) d.enter(top[k - 30]!);
        d.alloc(9, 16);
      }
      d.checkTotals();
    }
  });

  it('deep chains past the tree growth, with the paths beneath them allocating again after', () => {
    const d = new Driven(make(), 16);
    const r = prng(99);
    for (let round = 0; round < 6; round++) {
      const base = 3 + r(4);
      for (let k = 0; k < base; k++) d.enter(10 + k);
      d.alloc(1, 8);
      for (let k = 0; k < 4000; k++) {
        d.enter(1000 + ((k * 7919 + round) % 9000));
        if (k % 97 === 0) d.alloc(2, 8);
      }
      // back down in steps, allocating at each height
      for (let h = d.stack.length; h > 0; h -= 1 + r(700)) {
        d.leaveTo(h);
        d.alloc(3, 8);
      }
      d.leaveTo(base);
      d.alloc(1, 8);
      d.leaveTo(0);
    }
    d.checkTotals();
  });

  it('any sequence of enters, leaves, allocations and frees (property)', () => {
    type Step = ['enter', number] | ['leave', number] | ['alloc', number] | ['free', number] | ['chain', number] | ['realloc', number];
    const step: fc.Arbitrary<Step> = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.constant('enter' as const), fc.integer({ min: 1, max: 12 })) }, // (site 0 pushes nothing)
      { weight: 4, arbitrary: fc.tuple(fc.constant('leave' as const), fc.nat(8)) },
      { weight: 5, arbitrary: fc.tuple(fc.constant('alloc' as const), fc.integer({ min: 0, max: 4 })) },
      { weight: 2, arbitrary: fc.tuple(fc.constant('free' as const), fc.nat(1000)) },
      { weight: 1, arbitrary: fc.tuple(fc.constant('chain' as const), fc.integer({ min: 2, max: 60 })) },
      // a live block moved (or, at -1, a realloc of NULL): the hooks' usual realloc is alloc's at its end
      { weight: 2, arbitrary: fc.tuple(fc.constant('realloc' as const), fc.integer({ min: -1, max: 1000 })) },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 17 }), fc.array(step, { maxLength: 600, size: 'max' }), (nframe, steps) => {
        const d = new Driven(make(), nframe);
        for (const s of steps) {
          if (s[0] === 'enter') d.enter(s[1]);
          else if (s[0] === 'leave') d.leaveTo(Math.max(0, d.stack.length - 1 - s[1]));
          else if (s[0] === 'alloc') d.alloc(s[1], 8);
          else if (s[0] === 'free') {
            const p = d.some(s[1]);
            if (p !== undefined) d.free(p);
          } else if (s[0] === 'realloc') d.realloc(s[1] < 0 ? 0 : (d.some(s[1]) ?? 0), 1 + (s[1] & 3), 24);
          else for (let k = 0; k < s[1]; k++) d.enter(1 + (k % 3));
        }
        d.checkTotals();
      }),
      { numRuns: 40 },
    );
  });
});
