// Zig's own allocators (instrument/profiles.ts ZIG): a Zig program allocates through the
// std.mem.Allocator vtable, never through malloc. Found by the zoo's md4w (results/unseen5.txt):
// its input and output buffers (allocMem, render) went through heap.WasmAllocator directly and
// were never traced, while its line said `traced (libc, found by names: malloc, realloc, free)`.
// The module is a real Zig 0.11 ReleaseFast build (build.sh, alloc.zig): lists in
// std.heap.wasm_allocator and in a GeneralPurposeAllocator, grown by append (resize in place when
// the allocator says yes, else alloc + copy + free), shrunk, dropped, a big block from
// std.heap.page_allocator, and Allocator.resize called directly (a refusal must change nothing). The oracle is the program's own count of the bytes it holds.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instrument } from '../validate';
import { recordingHooks } from '../hooks';
import { INLINED_ALLOCATOR } from '../../../abi/errors';

const here = dirname(fileURLToPath(import.meta.url));
const bytes = new Uint8Array(readFileSync(join(here, 'zig-alloc-ReleaseFast.wasm')));

function run() {
  const out = instrument(bytes);
  const h = recordingHooks(4);
  const ex = new WebAssembly.Instance(new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>),
    { 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as Record<string, any>;
  const live = () => [...h.live.values()].reduce((a, e) => a + e.size, 0);
  return { out, h, ex, live };
}

describe('Zig std.mem.Allocator implementations', () => {
  it('are the allocator: found by their names, every family hooked', () => {
    const { out } = run();
    expect(out.profile).toBe('zig');
    const names = out.stats.allocators.map((a: { name: string }) => a.name.replace(/\(\.\{.*\}\)/, '(…)')).sort();
    expect(names).toEqual([
      'heap.WasmAllocator.alloc', 'heap.WasmAllocator.free', 'heap.WasmAllocator.resize',
      'heap.WasmPageAllocator.alloc', 'heap.WasmPageAllocator.free', 'heap.WasmPageAllocator.resize',
      'heap.general_purpose_allocator.GeneralPurposeAllocator(…).alloc', 'heap.general_purpose_allocator.GeneralPurposeAllocator(…).free',
      'heap.general_purpose_allocator.GeneralPurposeAllocator(…).resize',
    ]);
  });

  it('live bytes equal the program\'s own count after every step (refused resizes change nothing)', () => {
    const { h, ex, live } = run();
    const steps: [string, () => unknown][] = [];
    for (let i = 0; i < 64; i += 7) steps.push([`grow ${i}`, () => ex.grow(i, 50 + i * 37)]);
    for (let i = 0; i < 64; i += 7) steps.push([`grow more ${i}`, () => ex.grow(i, 900 + i * 101)]);
    for (let i = 0; i < 64; i += 14) steps.push([`shrink ${i}`, () => ex.shrink(i)]);
    steps.push(['big', () => ex.big(300_000)]);
    for (let i = 0; i < 64; i += 21) steps.push([`drop ${i}`, () => ex.drop(i)]);
    steps.push(['release', () => ex.release()]);
    steps.push(['big again', () => ex.big(70_000)]);
    // Direct resizes, in each allocator: within the block's size class (yes), past it (no: nothing may change).
    const answers: number[] = [];
    for (const w of [0, 40]) {
      for (const n of [12, 16, 1000, 9, 100_000, 3, 5000]) steps.push([`try_resize ${w} ${n}`, () => answers.push(ex.try_resize(w, n))]);
    }
    for (const [what, step] of steps) {
      step();
      expect([what, live()]).toEqual([what, ex.counted()]);
    }
    expect(ex.counted()).toBeGreaterThan(100_000);
    expect(answers).toContain(0);
    expect(answers).toContain(1);
    // Both kinds of growth happened: resizes in place (realloc events at the same address) and moves.
    const inPlace = h.events.filter((e) => e.type === 'realloc' && e.old === e.ptr).length;
    const frees = h.events.filter((e) => e.type === 'free').length;
    expect(inPlace).toBeGreaterThan(0);
    expect(frees).toBeGreaterThan(0);
  });

  it('frames are the program\'s: the exports that allocate, not the allocator', () => {
    const { out, h, ex } = run();
    ex.grow(3, 500); ex.grow(40, 500); ex.big(65536);
    const name = (s: number) => (s === 0 ? '?' : out.sites.functions[out.sites.sites[s]![3]!]!);
    const top = new Set([...h.live.values()].map((e) => name(e.sites[0]!)));
    expect([...top].sort()).toEqual(['big', 'grow']);
  });
});

describe('Zig frames with DWARF (zig-lines-ReleaseSmall.wasm, lines.zig)', () => {
  it('frame 0 is the program\'s line, Zig\'s std (ArrayList, Allocator) folded as library code', async () => {
    const tracemalloc = await import('../../../runtime/tracer/index');
    const wasm = new Uint8Array(readFileSync(join(here, 'zig-lines-ReleaseSmall.wasm')));
    tracemalloc.setInstrumenter((b) => instrument(b).bytes as Uint8Array<ArrayBuffer>);
    tracemalloc.patchWebAssembly();
    try {
      const { instance } = await WebAssembly.instantiate(wasm, {});
      const ex = instance.exports as Record<string, any>;
      tracemalloc.start(4);
      expect(ex.push(5000)).toBe(5000);
      const stats = tracemalloc.takeSnapshot().statistics('lineno');
      expect(stats.length).toBeGreaterThan(0);
      expect(stats.reduce((a, s) => a + s.size, 0)).toBe(ex.held()); // the list's capacity, by its own account
      expect(stats.map((s) => `${s.traceback[0]!.filename.replace(/^.*\//, '')}:${s.traceback[0]!.lineno}`)).toEqual(['lines.zig:6']);
      ex.clear();
      expect(tracemalloc.takeSnapshot().traces.length).toBe(0);
    } finally {
      tracemalloc.stop();
      tracemalloc.unpatchWebAssembly();
      tracemalloc.setInstrumenter(null);
    }
  });
});

// inlined-free.zig, ReleaseFast: `work`'s two frees are inlined pushes onto WasmAllocator's free
// lists (the shape of the zoo's md4w `render`); its allocation stays a vtable call. Not traced:
// said as a caveat on the module's line (instrument/inlined-lists.ts).
describe('Zig: an allocator free inlined into its caller (zig-inlined-free-ReleaseFast.wasm)', () => {
  const inlined = new Uint8Array(readFileSync(join(here, 'zig-inlined-free-ReleaseFast.wasm')));
  const caveats = (b: Uint8Array) => instrument(b).stats.warnings.filter((w: string) => w.startsWith(INLINED_ALLOCATOR));

  it('is a caveat naming the function the free lists are written in', () => {
    expect(caveats(inlined)).toEqual([expect.stringMatching(/^allocator code inlined\? heap\.WasmAllocator\.free's free lists are written in work: /)]);
    // every free of alloc.zig's build is a call to the allocator: no caveat
    expect(caveats(bytes)).toEqual([]);
  });

  it('says what is true: the program\'s own count is 0, the blocks `work` freed stay traced', () => {
    const out = instrument(inlined);
    const h = recordingHooks(4);
    const ex = new WebAssembly.Instance(new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>),
      { 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as Record<string, any>;
    const p = ex.allocMem(300);
    ex.work(p, 300, 64);
    expect(ex.counted()).toBe(0);
    expect([...h.live.values()].map((e) => e.size).sort((a, b) => a - b)).toEqual([64, 300]);
  });
});
