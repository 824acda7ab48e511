// The wasm tracer core against a Map model: any sequence of hook events leaves the same live
// set, sizes, tracebacks and counters (splits, directory doubling, backward-shift deletion,
// traceback interning and its index growth all exercised).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TracedTotals, TracerCore } from '../../../runtime/tracer/tracer-core';
import { residentPages } from './resident-pages';

type Op = ['alloc', number, number, number] | ['free' | 'quiet-free', number, number, number] | ['realloc', number, number, number];

/** Bit 31 of a free's site: a quiet free (docs/hook-abi.md), silent about a pointer not traced. */
const QUIET = 0x80000000;

/** A core at `nframe` under frames 1..`depth`, then 40,000 tracebacks: call site 1000 + i under
 * them allocating 16 + 16·i bytes at site 41 + i % 3. */
function growTracebacks(depth: number, nframe: number) {
  const core = new TracerCore(new TracedTotals(), () => {}, () => {});
  core.nframe = nframe;
  const { enter, leave, alloc } = core.exports;
  const base = Array.from({ length: depth }, (_, k) => enter(k + 1));
  const N = 40_000;
  for (let i = 0; i < N; i++) {
    const t = enter(1000 + i);
    alloc(16 + i * 16, 8, 41 + (i % 3));
    leave(t);
  }
  return { core, base, N };
}

describe('TracerCore', () => {
  it('matches a Map model under any event sequence', () => {
    // Pointers from a small pool (multiples of 16, as allocators return) collide and recur a lot.
    const ptr = fc.integer({ min: 1, max: 5000 }).map((k) => k * 16);
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.tuple(fc.constant('alloc' as const), ptr, fc.integer({ min: 0, max: 0xffffffff }), fc.nat(50)),
      fc.tuple(fc.constant('free' as const), ptr, fc.constant(0), fc.nat(50)),
      fc.tuple(fc.constant('quiet-free' as const), ptr, fc.constant(0), fc.nat(50)),
      fc.tuple(fc.constant('realloc' as const), ptr, ptr, fc.nat(50)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000, size: 'max' }), (ops) => {
        const totals = new TracedTotals();
        const invalid: number[] = [];
        const core = new TracerCore(totals, (kind) => invalid.push(kind), () => {});
        core.nframe = 1;
        const model = new Map<number, [number, number]>();
        let current = 0;
        let peak = 0;
        let expectedInvalid = 0;
        // an alloc at a live pointer: a missed free, counted per site in the core (no JS call)
        const expectedMissed = new Map<number, number>();
        const missed = (site: number) => expectedMissed.set(site, (expectedMissed.get(site) ?? 0) + 1);
        const add = (n: number) => {
          current += n;
          peak = Math.max(peak, current);
        };
        for (const [kind, a, b, site] of ops) {
          if (kind === 'alloc') {
            if (model.has(a)) {
              missed(site);
              current -= model.get(a)![0];
            }
            core.exports.alloc(a, b, site);
            model.set(a, [b, site]);
            add(b);
          } else if (kind === 'free') {
            core.exports.free(a, site);
            if (model.has(a)) current -= model.get(a)![0];
            else expectedInvalid++;
            model.delete(a);
          } else if (kind === 'quiet-free') {
            core.exports.free(a, (site | QUIET) >>> 0);
            if (model.has(a)) current -= model.get(a)![0];
            model.delete(a);
          } else {
            const size = (a ^ b) & 0xffff;
            core.exports.realloc(a, b, size, site);
            if (a !== b) {
              if (model.has(a)) current -= model.get(a)![0];
              else expectedInvalid++;
              model.delete(a);
              if (model.has(b)) missed(site);
            } else if (!model.has(a)) expectedInvalid++;
            if (model.has(b)) current -= model.get(b)![0];
            model.set(b, [size, site]);
            add(size);
          }
        }
        expect(core.count).toBe(model.size);
        expect([core.current, core.peak]).toEqual([current, peak]);
        expect([totals.current, totals.peak]).toEqual([current, peak]);
        expect(invalid.length).toBe(expectedInvalid);
        expect(new Map(core.missedFrees())).toEqual(expectedMissed);
        const seen = new Map<number, [number, number]>();
        core.forEach((p, size, tb) => seen.set(p, [size, core.traceback(tb).sites[0]!]));
        expect(seen).toEqual(model);
        for (const [p, [size]] of model) expect(core.lookup(p)?.[0]).toBe(size);
        expect(core.lookup(7)).toBeNull();
      }),
      { numRuns: 40 },
    );
  });

  it('arms once per JS task, and records nothing while nframe is 0 (set before or after it armed)', () => {
    let arms = 0;
    const core = new TracerCore(new TracedTotals(), () => {}, () => arms++);
    const events = () => {
      core.exports.alloc(64, 10, 1);
      core.exports.realloc(64, 96, 20, 1);
      core.exports.free(96, 1);
      core.exports.alloc(128, 30, 1);
    };
    events(); // nframe 0 from the start
    expect([arms, core.count, core.current]).toEqual([1, 0, 0]);
    core.nframe = 1; // armed already: no second arm
    events();
    expect([arms, core.count, core.current]).toEqual([1, 1, 30]);
    core.nframe = 0; // stopped while armed
    core.exports.free(128, 1);
    expect([arms, core.count, core.current]).toEqual([1, 1, 30]);
    events();
    expect([arms, core.count, core.current]).toEqual([1, 1, 30]);
    core.disarm(); // the next task
    core.exports.free(128, 1);
    expect([arms, core.count]).toEqual([2, 1]);
    core.nframe = 1;
    core.exports.free(128, 1);
    core.disarm();
    core.exports.enter(5);
    expect([arms, core.count, core.current]).toEqual([3, 0, 0]);
  });

  it('grows segment by segment: ≤ 32 bytes per live block, every block found again', () => {
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 1;
    const base = core.byteLength;
    const n = 300_000;
    for (let i = 1; i <= n; i++) core.exports.alloc(i * 16, i & 0xfff, 1);
    expect(core.count).toBe(n);
    expect((core.byteLength - base) / n).toBeLessThanOrEqual(32);
    let wrong = 0;
    for (let i = 1; i <= n; i += 7) if (core.lookup(i * 16)?.[0] !== (i & 0xfff)) wrong++;
    expect(wrong).toBe(0);
    for (let i = 1; i <= n; i += 2) core.exports.free(i * 16, 1);
    expect(core.count).toBe(n / 2);
    let total = 0;
    core.forEach((_p, size) => (total += size));
    expect(total).toBe(core.current);
    core.clear();
    expect([core.count, core.current, core.peak]).toEqual([0, 0, 0]);
    expect(core.lookup(32)).toBeNull();
  });

  it('keeps the blocks of one 128-byte window in one bucket, their values in one cache line (an allocator hands out neighbours)', () => {
    // 8 windows far apart, each filled with 8 blocks of 16 bytes in allocation order: a window's
    // blocks take neighbouring slots of one bucket, so its 8 values [size, tb] (8 bytes each,
    // VALUES + 8 * slot, segments 64-byte aligned) share a cache line, and so do their keys (a
    // bucket's 16 keys are one line). A hash that scatters neighbours (main's before core21) puts
    // them in 8 buckets of a segment: 8 lines of keys and 8 of values.
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 1;
    const lines: number[][] = [];
    for (let w = 0; w < 8; w++) {
      const window = 0x10000 + w * 0x9a380; // 128-aligned, ~630 KB apart
      for (let k = 0; k < 8; k++) core.exports.alloc(window + 16 * k + 8, 8, 1);
      const values = Array.from({ length: 8 }, (_, k) => core.exports.find(window + 16 * k + 8));
      expect(values.every((v) => v !== 0)).toBe(true);
      lines.push([...new Set(values.map((v) => Math.floor(v / 64)))]);
    }
    expect(lines.map((l) => l.length)).toEqual(Array(8).fill(1));
    expect(core.count).toBe(64);
  });

  it("keeps each bucket's overflow flag in its segment's first cache line, beside the live count", () => {
    // An insert's usual case reads the segment's live count and its home bucket's overflow state:
    // both in the segment's first 64 bytes (a byte per bucket at 16 + b, not 0 exactly when the
    // bucket's count, an i32 at 64 + 4b, is). main's before core24 read the counts at 16 + 4b:
    // buckets 12-31 on the next lines.
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 1;
    // the pointer's bucket: the low 5 bits of its hash (tracer-core.wat, $mix), its 128-byte window's
    const bucket = (x: number) => {
      const h = (Math.imul(x & -128, 0x9e3779b1) | (x & 127)) >>> 0;
      return ((h << 5) | (h >>> 27)) & 31;
    };
    let window = 0x40000;
    while (bucket(window) === 0) window += 128; // any bucket but 0, whose old count's low byte was at 16
    const b = bucket(window);
    const ptrs = Array.from({ length: 20 }, (_, k) => window + 4 * k + 4); // 20 in one bucket of 16
    for (const p of ptrs) core.exports.alloc(p, 4, 1);
    const u8 = () => new Uint8Array(core.exports.memory.buffer);
    const u32 = () => new Uint32Array(core.exports.memory.buffer);
    const segment = u32()[(core.exports.dir.value as number) >>> 2]!; // depth 0: one segment
    const flags = () => Array.from(u8().subarray(segment + 16, segment + 48));
    const counts = () => Array.from(u32().subarray((segment + 64) >>> 2, (segment + 192) >>> 2));
    expect(u32()[segment >>> 2]).toBe(20); // live
    expect(flags()).toEqual(Array.from({ length: 32 }, (_, k) => (k === b ? 1 : 0)));
    expect(counts()).toEqual(Array.from({ length: 32 }, (_, k) => (k === b ? 4 : 0)));
    for (const p of ptrs) expect(core.lookup(p)).toEqual([4, 0x80000001]);
    // the 4 that overflowed go (removed past their home bucket): the flag clears with the count
    for (const p of ptrs.slice(16, 19)) core.exports.free(p, 0);
    expect(flags()[b]).toBe(1);
    expect(counts()[b]).toBe(1);
    core.exports.free(ptrs[19]!, 0);
    expect(flags()).toEqual(Array(32).fill(0));
    expect(counts()).toEqual(Array(32).fill(0));
    for (const p of ptrs.slice(0, 16)) expect(core.lookup(p)).toEqual([4, 0x80000001]);
    expect(core.count).toBe(16);
  });

  it('indexes its size classes by clz(size): class b at entry 32 - b of `sizes`', () => {
    // one instruction pair fewer an allocation than 64 - clz64; sizeClasses() reads it back by class
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 1;
    const sizes = [0, 1, 2, 3, 4096, 4097, 0x7fffffff, 0x80000000, 0xffffffff];
    sizes.forEach((n, k) => core.exports.alloc(64 * (k + 1), n, 1));
    const view = new DataView(core.exports.memory.buffer);
    const base = core.exports.sizes.value as number;
    const count = (entry: number) => Number(view.getBigInt64(base + 16 * entry + 8, true));
    const bitLength = (n: number) => (n === 0 ? 0 : 32 - Math.clz32(n));
    for (let b = 0; b <= 32; b++) {
      const expected = sizes.filter((n) => bitLength(n) === b).length;
      expect(count(32 - b)).toBe(expected);
      expect(core.sizeClasses().count[b]).toBe(expected);
    }
  });

  it('records nothing for a NULL allocation, whatever its bucket holds, and frees a block of an impossible site', () => {
    // alloc's usual case does not test ptr 0: its probe gives up to the complete path, which does
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 1;
    core.exports.alloc(0, 100, 1); // empty table
    for (let k = 0; k < 16; k++) core.exports.alloc(8 * k + 8, 8, 1); // bucket of hash(0) full
    core.exports.alloc(0, 100, 1);
    for (let k = 0; k < 4; k++) core.exports.free(8 * k + 8, 0); // free slots again
    core.exports.alloc(0, 100, 2);
    expect(core.count).toBe(12);
    expect(core.lookup(0)).toBe(null);
    expect(core.exports.current.value).toBe(12n * 8n);
    expect(core.sizeClasses().count.reduce((a, b) => a + b)).toBe(16);
    // a site past what the core keeps records for (never a real one: its records are a sink) is
    // freed through the complete path, not the usual case's record arithmetic
    core.exports.alloc(4096, 10, 0x1000005);
    expect(core.exports.current.value).toBe(12n * 8n + 10n);
    core.exports.free(4096, 0);
    expect(core.lookup(4096)).toBe(null);
    expect(core.exports.current.value).toBe(12n * 8n);
  });

  it('interns deep tracebacks from the shadow stack by value, keeping the most recent nframe', () => {
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 4;
    const { enter, leave, alloc } = core.exports;
    const t1 = enter(10);
    const t2 = enter(11);
    alloc(16, 1, 5);
    alloc(32, 1, 5);
    const t3 = enter(12);
    const t4 = enter(13);
    alloc(48, 1, 6);
    leave(t4);
    leave(t3);
    leave(t2);
    leave(t1);
    alloc(64, 1, 7); // empty stack: the one-frame traceback
    const tb = (p: number) => core.traceback(core.lookup(p)![1]);
    expect(tb(16)).toEqual({ sites: [5, 11, 10], total: 3 });
    expect(core.lookup(16)![1]).toBe(core.lookup(32)![1]);
    expect(tb(48)).toEqual({ sites: [6, 13, 12, 11], total: 5 });
    expect(tb(64)).toEqual({ sites: [7], total: 1 });
    expect(core.depth).toBe(0);
    // many distinct chains: the index and pools grow, ids stay stable
    const ids = new Map<number, number>();
    for (let s = 0; s < 3000; s++) {
      const t = enter(1000 + s);
      alloc(100_000 + s * 16, 1, 9);
      leave(t);
      ids.set(s, core.lookup(100_000 + s * 16)![1]);
    }
    for (let s = 0; s < 3000; s += 97) expect(core.traceback(ids.get(s)!)).toEqual({ sites: [9, 1000 + s], total: 2 });
    expect(new Set(ids.values()).size).toBe(3000);
  });

  it('enter(0) pushes nothing and returns the height, which a later leave restores (a framed function entered from JS)', () => {
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 8;
    const { enter, leave, alloc } = core.exports;
    const t1 = enter(5);
    const t0 = enter(0); // the height after site 5's frame
    expect(t0).not.toBe(0);
    expect(t0).not.toBe(t1);
    alloc(48, 8, 9);
    expect(core.traceback(core.lookup(48)![1])).toEqual({ sites: [9, 5], total: 2 }); // until session 18: [9, 0, 5]
    enter(6);
    enter(7); // frames a throw left behind
    leave(t0); // the handler's restore: back to [5]
    alloc(64, 8, 9);
    expect(core.traceback(core.lookup(64)![1])).toEqual({ sites: [9, 5], total: 2 });
    expect(enter(0)).toBe(t0); // nothing pushed: the same height again
    leave(t1);
  });

  it('caches tracebacks in its calling-context tree without changing one (any enter/leave/alloc sequence)', () => {
    // A model shadow stack: every allocation's traceback must be its top nframe sites and depth,
    // and equal tracebacks must share one id, whatever the tree cached, reset or grew meanwhile.
    type Step = ['enter', number] | ['leave', number] | ['alloc', number] | ['reset'] | ['nframe', number] | ['deep', number];
    const step: fc.Arbitrary<Step> = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.constant('enter' as const), fc.integer({ min: 1, max: 40 })) }, // (site 0 pushes nothing)
      { weight: 4, arbitrary: fc.tuple(fc.constant('leave' as const), fc.nat(6)) },
      { weight: 5, arbitrary: fc.tuple(fc.constant('alloc' as const), fc.integer({ min: 0, max: 40 })) },
      { weight: 1, arbitrary: fc.tuple(fc.constant('reset' as const)) },
      { weight: 1, arbitrary: fc.tuple(fc.constant('nframe' as const), fc.integer({ min: 1, max: 20 })) },
      { weight: 1, arbitrary: fc.tuple(fc.constant('deep' as const), fc.integer({ min: 100, max: 2500 })) },
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 400, size: 'max' }), (steps) => {
        const core = new TracerCore(new TracedTotals(), () => {}, () => {});
        let nframe = 3;
        core.nframe = nframe;
        const { enter, leave, alloc, free } = core.exports;
        const stack: number[] = [];
        const tokens: number[] = [];
        const idOf = new Map<string, number>();
        let ptr = 16;
        const check = (site: number) => {
          alloc(ptr, 8, site);
          const tb = core.lookup(ptr)![1];
          free(ptr, site);
          ptr += 16;
          // nframe 1 records the site alone (no walk); deeper, the top nframe - 1 frames below it
          const expected = nframe === 1 ? { sites: [site], total: 1 } : { sites: [site, ...stack.slice(-(nframe - 1)).reverse()], total: stack.length + 1 };
          expect(core.traceback(tb)).toEqual(expected);
          const key = JSON.stringify(core.traceback(tb));
          if (idOf.has(key)) expect(tb).toBe(idOf.get(key));
          else expect([...idOf.values()]).not.toContain(tb);
          idOf.set(key, tb);
        };
        for (const s of steps) {
          if (s[0] === 'enter') {
            tokens.push(enter(s[1]));
            stack.push(s[1]);
          } else if (s[0] === 'leave') {
            // unbalanced on purpose: leave to any earlier token, as an outer leave after a throw does
            const k = Math.max(0, tokens.length - 1 - s[1]);
            if (k < tokens.length) {
              leave(tokens[k]!);
              tokens.length = k;
              stack.length = k;
            }
          } else if (s[0] === 'alloc') check(s[1]);
          else if (s[0] === 'reset') {
            core.resetShadowStack();
            tokens.length = 0;
            stack.length = 0;
          } else if (s[0] === 'nframe') {
            core.nframe = nframe = s[1];
            idOf.clear(); // ids are interned under one nframe (start() clears in practice)
            core.clear();
            core.nframe = nframe;
          } else {
            // a deep distinct chain: the tree fills (half its slots) mid-walk, empties and grows
            const base = tokens.length;
            for (let d = 0; d < s[1]; d++) {
              tokens.push(enter(1000 + ((d * 7919 + s[1]) % 5000)));
              stack.push(1000 + ((d * 7919 + s[1]) % 5000));
            }
            check(41);
            leave(tokens[base]!);
            tokens.length = base;
            stack.length = base;
          }
          expect(core.depth).toBe(stack.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("finds a frame's tree slot when it is pushed, if its parent's record holds it (no walk at the allocation)", () => {
    // enter caches the slot at once when the frame beneath has its own and its node's record
    // holds the site (a recursion's left and right calls); the allocation then reads that slot.
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 4;
    const { enter, leave, alloc } = core.exports;
    const u32 = () => new Uint32Array(core.exports.memory.buffer);
    const slotOf = (k: number) => u32()[(core.layout.SS_BASE + k * core.layout.SS_FRAME + 4) >>> 2]!;
    const t1 = enter(1);
    expect(slotOf(0)).toBe(0); // the root's record is not looked at: found at the allocation
    alloc(16, 8, 41);
    const slots: number[] = [];
    let ptr = 32;
    for (const site of [2, 3, 2, 3]) {
      const t = enter(site);
      slots.push(slotOf(1));
      alloc(ptr, 8, 41);
      expect(core.traceback(core.lookup(ptr)![1])).toEqual({ sites: [41, site, 1], total: 3 });
      ptr += 16;
      if (slots.length > 2) expect(slotOf(1)).toBe(slots.at(-1));
      leave(t);
    }
    // first visits: not yet in the record; again: found by enter
    expect(slots.slice(0, 2)).toEqual([0, 0]);
    expect(slots[2]).not.toBe(0);
    expect(slots[3]).not.toBe(0);
    expect(slots[2]).not.toBe(slots[3]);
    leave(t1);
  });

  it('forgets the tree nodes cached by frames still on the stack when the tree empties', () => {
    // Frames below a deep chain cached their nodes before the tree filled and emptied; thousands
    // of other paths then take the slots those ids named. An allocation under the old frames must
    // still get its own traceback (a stale node would find another path's cached leaf).
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 3;
    const { enter, leave, alloc } = core.exports;
    let ptr = 16;
    const tbAt = (site: number) => {
      alloc(ptr, 8, site);
      ptr += 16;
      return core.traceback(core.lookup(ptr - 16)![1]);
    };
    for (let round = 0; round < 8; round++) {
      core.clear(); // the tree starts small again: the chain below fills it
      const base = [round * 3 + 1, round * 3 + 2, round * 3 + 3];
      const tokens = base.map((s) => enter(s));
      expect(tbAt(41)).toEqual({ sites: [41, base[2], base[1]], total: 4 });
      const deep = enter(100);
      for (let d = 0; d < 3000; d++) enter(10_000 + round * 5000 + d);
      tbAt(41);
      leave(deep);
      // the tree emptied (and grew) while the chain was walked. Each frame caches its path's node
      // (the word after its site): the old frames' must be the tree's nodes for their paths now,
      // i.e. the ones the same frames pushed afresh compute
      const nodes = () => {
        const u32 = new Uint32Array(core.exports.memory.buffer);
        return base.map((_, k) => u32[(core.layout.SS_BASE + k * core.layout.SS_FRAME + 4) >>> 2]);
      };
      const cached = nodes();
      leave(tokens[0]!);
      tokens.splice(0, 3, ...base.map((s) => enter(s)));
      tbAt(41);
      expect(nodes()).toEqual(cached);
      for (let i = 0; i < 3000; i++) {
        const t = enter(50_000 + round * 5000 + i);
        tbAt(41);
        leave(t);
      }
      expect(tbAt(41)).toEqual({ sites: [41, base[2], base[1]], total: 4 });
      leave(tokens[2]!);
      expect(tbAt(41)).toEqual({ sites: [41, base[1], base[0]], total: 3 });
      leave(tokens[1]!);
      expect(tbAt(41)).toEqual({ sites: [41, base[0]], total: 2 });
      leave(tokens[0]!);
    }
  });

  it('hands the blocks its doubling tables abandon to the next ones that grow (fewer fresh pages touched)', () => {
    // A first touch of a page costs ~10-20 us on a VM (bench/README.md, "deep7"): 40,000
    // tracebacks double the traceback arrays, the tree and the peak copies ~10 times each; the
    // blocks left behind are reused, zeroed, by the later growths instead of fresh arena.
    const { core, base, N } = growTracebacks(3, 4);
    const { leave, free } = core.exports;
    for (let i = 0; i < N; i += 997) {
      expect(core.traceback(core.lookup(16 + i * 16)![1])).toEqual({ sites: [41 + (i % 3), 1000 + i, 3, 2], total: 5 });
      free(16 + i * 16, 0);
    }
    // the arena's end (past the shadow stack): 35.4 MB when every growth took fresh arena, 28.1 MB
    // with the abandoned blocks reused (2026-12-04)
    expect(((core.exports as unknown as { bump: WebAssembly.Global }).bump.value as number) - 131136).toBeLessThan(31_000_000);
    leave(base[0]!);
  });

  it('touches few pages beyond what it holds when its traceback tables grow', () => {
    // A first touch of a page costs ~10-20 us on a VM (bench/README.md, "deep11"). 40,000
    // tracebacks of 8 sites: the arrays by traceback id and the pool of sites used to double,
    // copying their entries and leaving the old blocks behind (touched), the temporary records'
    // zeros copied along; they no longer move, and zeros are not copied.
    const { core, base, N } = growTracebacks(6, 8);
    const { leave, free } = core.exports;
    for (let i = 0; i < N; i += 997) {
      expect(core.traceback(core.lookup(16 + i * 16)![1])).toEqual({ sites: [41 + (i % 3), 1000 + i, 6, 5, 4, 3, 2, 1], total: 8 });
    }
    core.exports.copy_peak();
    for (let i = 0; i < N; i++) free(16 + i * 16, 0);
    const pages = residentPages(core.exports.memory);
    expect(pages).not.toBeNull();
    // 4,505 pages (18.5 MB) before, 2,716 after (2026-12-04; ~10.4 MB of it the tables' entries)
    expect(pages).toBeLessThan(3_400);
    for (const t of base.reverse()) leave(t);
  });

  it('grows its calling-context tree keeping its nodes, and empties it at its largest, tracebacks unchanged', () => {
    // Below CCT_MAX slots a 3/4-full tree is rehashed into one twice the size (no traceback
    // interned again); at CCT_MAX it is emptied. 400,000 distinct call sites under three frames,
    // each allocating once: a node and a leaf each, 800,000 entries, past 3/4 of CCT_MAX
    // (2^20 slots: 786,432), so the tree grows to its largest, empties, and fills again.
    const core = new TracerCore(new TracedTotals(), () => {}, () => {});
    core.nframe = 4;
    const { enter, leave, alloc } = core.exports;
    const base = [1, 2, 3].map((s) => enter(s));
    const tbs: number[] = [];
    const N = 400_000;
    for (let i = 0; i < N; i++) {
      const t = enter(1000 + i);
      alloc(16 + i * 16, 8, 41);
      if (i % 1000 === 0 || i > N - 10) {
        const tb = core.lookup(16 + i * 16)![1];
        expect(core.traceback(tb)).toEqual({ sites: [41, 1000 + i, 3, 2], total: 5 });
        tbs.push(tb);
      }
      leave(t);
    }
    // the same paths again (cached or not) give the same ids; the base frames' own one too
    let k = 0;
    for (let i = 0; i < N; i++) {
      if (!(i % 1000 === 0 || i > N - 10)) continue;
      const t = enter(1000 + i);
      alloc(16 + (N + i) * 16, 8, 41);
      expect(core.lookup(16 + (N + i) * 16)![1]).toBe(tbs[k++]);
      leave(t);
    }
    alloc(8, 8, 42);
    expect(core.traceback(core.lookup(8)![1])).toEqual({ sites: [42, 3, 2, 1], total: 4 });
    leave(base[0]!);
    expect(core.depth).toBe(0);
  });

  it('keeps tracebacks exact with JS frames beneath an activation, captured after its frames cached their tree nodes', () => {
    // The bottom slot of an activation holds the JS frames beneath it, captured only when an
    // allocation's traceback reaches down to it: the frames above had cached their tree nodes
    // under the empty slot by then.
    let jsCaptures = 0;
    const core = new TracerCore(new TracedTotals(), () => {}, () => {}, () => 900 + jsCaptures++);
    core.nframe = 2;
    core.jsFrames = true;
    const { enter, leave, alloc } = core.exports;
    const tb = (p: number) => core.traceback(core.lookup(p)![1]);
    const t1 = enter(10);
    const t2 = enter(11);
    alloc(16, 8, 5); // [5, 11]: does not reach the bottom, no capture
    expect(tb(16)).toEqual({ sites: [5, 11], total: 4 });
    expect(jsCaptures).toBe(0);
    core.nframe = 4; // deeper: the same frames now reach the bottom slot, which is captured
    alloc(32, 8, 5);
    expect(jsCaptures).toBe(1);
    expect(tb(32)).toEqual({ sites: [5, 11, 10, 900], total: 4 });
    alloc(48, 8, 6);
    expect(tb(48)).toEqual({ sites: [6, 11, 10, 900], total: 4 });
    leave(t2);
    leave(t1);
    // a new activation: a new bottom slot, captured again when reached
    const t3 = enter(10);
    alloc(64, 8, 5);
    expect(tb(64)).toEqual({ sites: [5, 10, 901], total: 3 });
    leave(t3);
  });
});
