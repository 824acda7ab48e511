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
import { CAVEATS_SECTION } from '../../../abi/sites';

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
// lists (the shape of the zoo's md4w `render`); its allocation stays a vtable call. Each push
// reports its block's free (instrument/inlined-lists.ts, docs/hook-abi.md "Inlined frees").
describe('Zig: an allocator free inlined into its caller (zig-inlined-free-ReleaseFast.wasm)', () => {
  const inlined = new Uint8Array(readFileSync(join(here, 'zig-inlined-free-ReleaseFast.wasm')));

  it('is traced: live bytes equal the program\'s own count, small and big blocks, each free at a site in `work`', () => {
    const out = instrument(inlined);
    expect(out.stats.warnings.filter((w: string) => w.startsWith(INLINED_ALLOCATOR))).toEqual([]);
    const h = recordingHooks(4);
    const ex = new WebAssembly.Instance(new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>),
      { 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as Record<string, any>;
    const live = () => [...h.live.values()].reduce((a, e) => a + e.size, 0);
    // small classes and WasmAllocator's big pages (≥ 64 KiB), input and scratch in either
    for (const [n, size] of [[300, 64], [5, 100_000], [70_000, 8], [1, 1], [200_000, 300_000]]) {
      const p = ex.allocMem(n);
      expect(live()).toBe(ex.counted());
      ex.work(p, n, size);
      expect(ex.counted()).toBe(0);
      expect(live()).toBe(0);
    }
    // every free is of a block the hooks saw allocated, and comes from one of `work`'s two pushes
    const seen = new Set<number>();
    const freedAt = new Set<string>();
    for (const e of h.events) {
      if (e.type !== 'free') { seen.add(e.ptr); continue; }
      expect(seen.delete(e.ptr)).toBe(true);
      const row = out.sites.sites[e.sites[0]!]!;
      freedAt.add(`${out.sites.functions[row[3]]} k${row[4]} @${out.sites.offsets[e.sites[0]!]}`);
    }
    expect(h.events.filter((e) => e.type === 'free')).toHaveLength(10);
    expect([...freedAt].map((x) => x.replace(/ @\d+$/, ''))).toEqual(['work k0', 'work k0']);
  });

  it('every free of alloc.zig\'s build is a call to the allocator: nothing inlined is found there', () => {
    expect(instrument(bytes).stats.warnings.filter((w: string) => w.startsWith(INLINED_ALLOCATOR))).toEqual([]);
  });
});

// inlined-alloc.zig, ReleaseFast: WasmAllocator's alloc inlined into `fast` (@call(.always_inline)
// of its vtable's alloc): `fast` pops blocks off the free lists itself, which no hook sees, and
// no push is recognised there. The module must say so (the caveat on its line, kept in the
// module for later loads); the program's own count shows what the caveat warns of.
describe('Zig: an allocator alloc inlined into its caller (zig-inlined-alloc-ReleaseFast.wasm)', () => {
  const inlined = new Uint8Array(readFileSync(join(here, 'zig-inlined-alloc-ReleaseFast.wasm')));

  it('carries the caveat `allocator code inlined?` naming the function, and its blocks are indeed not traced', () => {
    const out = instrument(inlined);
    const caveats = out.stats.warnings.filter((w: string) => w.startsWith(INLINED_ALLOCATOR));
    expect(caveats).toHaveLength(1);
    expect(caveats[0]).toMatch(/^allocator code inlined\? heap\.WasmAllocator\.free's free lists are written in fast: /);
    expect(caveats[0]).toContain('a block it hands out there is not traced');
    // kept in the module, so a later load (ahead-of-time instrumented, cached) says it too
    const module = new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>);
    const kept = WebAssembly.Module.customSections(module, CAVEATS_SECTION).map((b) => new TextDecoder().decode(b));
    expect(kept).toEqual([caveats[0]]);
    const h = recordingHooks(4);
    const ex = new WebAssembly.Instance(module, { 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as Record<string, any>;
    const live = () => [...h.live.values()].reduce((a, e) => a + e.size, 0);
    const p = ex.allocMem(100); // through the Allocator interface: traced
    expect(live()).toBe(ex.counted());
    ex.fast(200); // the inlined alloc: the program holds 300 bytes, the hooks saw 100
    expect([ex.counted(), live()]).toEqual([300, 100]);
    ex.freeMem(p, 100);
    expect([ex.counted(), live()]).toEqual([200, 0]);
  });
});
