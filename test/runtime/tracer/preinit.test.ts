// Frees of blocks older than the module: a C reactor pre-initialised at build time by Binaryen's
// wasm-ctor-eval (test/cli/apps/preinit/build.sh), so the blocks its constructor allocated are in
// its data segments, as a Wizer-packed module's heap (ruby.wasm) is. CPython's tracemalloc ignores
// the free of a block allocated before tracing: they are counted apart (initialMemoryFrees), not
// as unmatched; a block the program made at run time before start() is still unmatched.
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WASI } from 'node:wasi';
import { afterEach, describe, expect, it } from 'vitest';
import * as tracemalloc from '../../../runtime/tracer/index';
import { instrument } from '../../../instrument/index';
import { IMAGE_GAP, IMAGE_SECTION, inMemoryImage, parseMemoryImage } from '../../../abi';
import { root } from '../../root';

const bytes = readFileSync(join(root, 'test', 'cli', 'apps', 'preinit', 'preinit.wasm'));

interface Preinit {
  run(n: number, grow: number): number;
  take(size: number): number;
  give(p: number): void;
}

afterEach(() => tracemalloc.stop());

describe('frees of blocks in the initial memory (a pre-initialised heap)', () => {
  it('are initialMemoryFrees, not unmatched; a free of a block made before start() still is', async () => {
    const devnull = openSync('/dev/null', 'w');
    try {
      const wasi = new WASI({ version: 'preview1', args: ['preinit'], env: {}, stdout: devnull, returnOnExit: true });
      const { instance } = await tracemalloc.instantiate(instrument(bytes).bytes, wasi.getImportObject() as WebAssembly.Imports, { name: 'preinit.wasm' });
      wasi.initialize(instance);
      const program = instance.exports as unknown as Preinit;
      const early = program.take(50); // made at run time, before tracing: not in the initial memory
      tracemalloc.start();
      // the program's own account (preinit.c): 3 of its constructor's blocks freed (24 + 100 +
      // 1000 bytes), the next (4000 bytes) moved by realloc to 8000, one block of 777 kept
      expect(program.run(3, 1)).toBe(3);
      expect(tracemalloc.getTracedMemory()[0]).toBe(8000 + 777);
      expect(tracemalloc.getInvalidFrees()).toEqual([]);
      let kept = tracemalloc.recordedUnmatched(tracemalloc.takeSnapshot().metadata);
      expect(kept).toEqual({ totals: { free: 0, realloc: 0, alloc: 0 }, sites: [], initialMemoryFrees: 4 });
      program.give(early);
      expect(tracemalloc.getInvalidFrees()).toEqual([expect.objectContaining({ kind: 'free', count: 1 })]);
      kept = tracemalloc.recordedUnmatched(tracemalloc.takeSnapshot().metadata);
      expect(kept?.totals).toEqual({ free: 1, realloc: 0, alloc: 0 });
      expect(kept?.initialMemoryFrees).toBe(4);
      tracemalloc.clearTraces();
      expect(tracemalloc.takeSnapshot().metadata.has('unmatched')).toBe(false);
    } finally {
      closeSync(devnull);
    }
  });

  it('a free of static data (below the stack) is a wild free: unmatched, not an initial-memory free', async () => {
    const { segments: all, stackTop } = await binaryenSegments();
    // the first segment (.rodata, at 1024 by wasm-ld's layout) lies below the stack's top
    const [start, end] = all[0]!;
    expect(end).toBeLessThan(stackTop);
    const devnull = openSync('/dev/null', 'w');
    try {
      const wasi = new WASI({ version: 'preview1', args: ['preinit'], env: {}, stdout: devnull, returnOnExit: true });
      const { instance } = await tracemalloc.instantiate(instrument(bytes).bytes, wasi.getImportObject() as WebAssembly.Imports, { name: 'preinit.wasm' });
      wasi.initialize(instance);
      tracemalloc.start();
      (instance.exports as unknown as Preinit).give(start + 16); // dlmalloc returns from it without a word
      expect(tracemalloc.getInvalidFrees()).toEqual([expect.objectContaining({ kind: 'free', count: 1 })]);
      expect(tracemalloc.recordedUnmatched(tracemalloc.takeSnapshot().metadata)).toEqual(expect.objectContaining({ totals: { free: 1, realloc: 0, alloc: 0 }, initialMemoryFrees: 0 }));
    } finally {
      closeSync(devnull);
    }
  });

  it('the image is the data segments Binaryen reads above the stack\'s top (merged across gaps under 16 bytes), not their span', async () => {
    const { segments: all, stackTop } = await binaryenSegments();
    // below the stack's top (wasm-ld's __stack_pointer, global 0): static data, no allocator's block
    const segments = all.filter(([, end]) => end > stackTop).map(([start, end]): [number, number] => [Math.max(start, stackTop), end]);
    expect(all.length - segments.length).toBeGreaterThan(10);
    const section = WebAssembly.Module.customSections(new WebAssembly.Module(new Uint8Array(instrument(bytes).bytes)), IMAGE_SECTION);
    expect(section).toHaveLength(1);
    const image = parseMemoryImage(section[0])!;
    expect(image).not.toBeNull();
    let gaps = 0;
    for (const [k, [start, end]] of segments.entries()) {
      for (const at of [start, end - 1]) expect(inMemoryImage(image, at)).toBe(true);
      const next = segments[k + 1]?.[0] ?? 2 ** 32;
      if (next - end >= IMAGE_GAP) {
        expect(inMemoryImage(image, end)).toBe(false);
        expect(inMemoryImage(image, next - 1)).toBe(false);
        gaps++;
      } else for (let at = end; at < next; at++) expect(inMemoryImage(image, at)).toBe(true);
    }
    expect(inMemoryImage(image, segments[0]![0] - 1)).toBe(false);
    // the free room between the pre-initialised blocks and the top chunk's last word is a gap
    expect(segments[segments.length - 1]![0] - segments[segments.length - 2]![1]).toBeGreaterThan(50_000);
    expect(gaps).toBe(2); // that one, and the end
    expect(inMemoryImage(image, stackTop - 1)).toBe(false);
    for (const [start, end] of all.filter(([, e]) => e <= stackTop)) for (const at of [start, end - 1]) expect(inMemoryImage(image, at)).toBe(false);
  });
});

/** The active data segments of preinit.wasm and the initial value of its first global
 * (wasm-ld's __stack_pointer), as Binaryen.js reads them. */
async function binaryenSegments(): Promise<{ segments: [number, number][]; stackTop: number }> {
  const { default: binaryen } = await import('binaryen');
  // Binaryen.js has these, its typings not
  const b = binaryen as unknown as { getGlobalInfo(g: number): { init: number; mutable: boolean }; getExpressionInfo(e: number): { value: number } };
  const m = binaryen.readBinary(bytes) as unknown as { getNumDataSegments(): number; getDataSegmentByIndex(i: number): number; getDataSegmentInfo(segment: number): unknown; getGlobalByIndex(i: number): number; dispose(): void };
  const segments: [number, number][] = [];
  let stackTop: number;
  try {
    for (let i = 0; i < m.getNumDataSegments(); i++) {
      const info = m.getDataSegmentInfo(m.getDataSegmentByIndex(i)) as { offset: number; data: ArrayBuffer; passive: boolean };
      if (!info.passive) segments.push([info.offset, info.offset + info.data.byteLength]);
    }
    const global = b.getGlobalInfo(m.getGlobalByIndex(0));
    expect(global.mutable).toBe(true);
    stackTop = b.getExpressionInfo(global.init).value;
  } finally {
    m.dispose();
  }
  return { segments: segments.sort((a, b) => a[0] - b[0]), stackTop };
}
