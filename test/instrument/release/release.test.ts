// Release builds without names (issue 12): the same code named and stripped (build.sh) must
// trace the same. The named build is the reference (its allocator is found by names, the path the
// rest of the suite checks); the stripped one has only wasm-bindgen's exports, followed through
// the call graph (instrument/discover.ts) to the functions that really allocate and free.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSections } from '../../../instrument/wasm/module';
import { instrument } from '../../../instrument/index';
import { readFunctionNames } from '../../../instrument/names';
import * as tracemalloc from '../../../runtime/tracer/index';

afterEach(() => tracemalloc.stop());

const read = (file: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, file)));

/** Live traces as a sorted `size x count` list. */
function liveSet(): string[] {
  const counts = new Map<number, number>();
  for (const trace of tracemalloc.takeSnapshot().traces) counts.set(trace.size, (counts.get(trace.size) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([size, n]) => `${size} x ${n}`);
}

interface Exports { memory: WebAssembly.Memory; work(n: number): number; release(): void; greeting(out: number): void; [k: string]: unknown }

/** The workload: allocations inside Rust, a string handed to JS and freed from JS (unless the
 * module exports no free: `free` null), a release. */
async function run(file: string, free: string | null) {
  const result = instrument(read(file));
  tracemalloc.start(1);
  const { instance } = await tracemalloc.instantiate(result.bytes as Uint8Array<ArrayBuffer>, {}, { name: file });
  const e = instance.exports as unknown as Exports;
  const seen: Record<string, unknown> = { sum: e.work(400) };
  seen.afterWork = { live: liveSet(), memory: tracemalloc.getTracedMemory() };
  if (free !== null) greet(e, free, seen);
  e.release();
  seen.afterRelease = { live: liveSet(), memory: tracemalloc.getTracedMemory() };
  seen.invalid = tracemalloc.getInvalidFrees().length;
  tracemalloc.stop();
  return { result, seen };
}

function greet(e: Exports, free: string, seen: Record<string, unknown>): void {
  const out = (e[free === 'free' ? '__wbindgen_malloc' : '__wbindgen_export3'] as (s: number, a: number) => number)(8, 4);
  e.greeting(out);
  const [ptr, len] = new Uint32Array(e.memory.buffer, out, 2);
  seen.greeting = new TextDecoder().decode(new Uint8Array(e.memory.buffer, ptr, len));
  (e[free === 'free' ? '__wbindgen_free' : '__wbindgen_export2'] as (p: number, s: number, a: number) => void)(ptr!, len!, 1);
  (e[free === 'free' ? '__wbindgen_free' : '__wbindgen_export2'] as (p: number, s: number, a: number) => void)(out, 8, 4);
}

/** Function indices of the named build whose names say they allocate (dlmalloc, the Rust shims). */
function namedAllocatorIndices(file: string, names: string[]): number[] {
  const bytes = read(file);
  const byName = readFunctionNames(bytes, readSections(bytes));
  return names.map((n) => [...byName].find(([, v]) => v === n)?.[0] ?? -1).sort((a, b) => a - b);
}

describe('Rust wasm-bindgen release builds (opt-level 3, fat LTO): stripped traces as named', () => {
  for (const [named, stripped, naming] of [['bindgen.wasm', 'bindgen-stripped.wasm', 'free'], ['bindgen-renamed.wasm', 'bindgen-renamed-stripped.wasm', 'export']] as const) {
    it(`${stripped} (exports ${naming === 'free' ? '__wbindgen_malloc/…' : '__wbindgen_export_N'})`, async () => {
      const reference = await run(named, naming);
      const { result, seen } = await run(stripped, naming);
      expect(seen).toEqual(reference.seen);
      // the Rust heap really was traced: thousands of bytes live after work(), none after release()
      const after = seen.afterWork as { memory: [number, number] };
      expect(after.memory[0]).toBeGreaterThan(2000);
      expect((seen.afterRelease as { live: string[] }).live).toEqual([]);
      expect(seen.invalid).toBe(0);
      // found through the exports (or their signatures), then the call graph…
      expect(result.stats.discovery.map((d) => d.how)).toEqual(naming === 'free' ? ['exports', 'call graph'] : ['signature', 'call graph']);
      // …and what the call graph found is exactly what the named build calls the allocator
      const picked = result.stats.discovery.find((d) => d.how === 'call graph')!.found.map((f) => Number(/wasm-function\[(\d+)\]/.exec(f)![1])).sort((a, b) => a - b);
      expect(picked).toEqual(namedAllocatorIndices(named, [
        '_ZN8dlmalloc8dlmalloc17Dlmalloc$LT$A$GT$4free17hc162d4563cf6e25bE',
        '_ZN8dlmalloc8dlmalloc17Dlmalloc$LT$A$GT$8memalign17h7c44b61417cb641cE',
        '__rust_realloc',
        '_ZN8dlmalloc8dlmalloc17Dlmalloc$LT$A$GT$6malloc17h0d49dc60e377c70eE',
      ]));
    });
  }
});

// wasm-bindgen exports no free when JS never frees a block, and keeps a name section naming only
// its own helpers (@swc/wasm-typescript: 2 names of 4783 functions). The free is found by the
// code (dlmalloc's fingerprint), as when there is no name section at all: before, the sparse name
// section turned the fingerprints off and the module was not traced ("no allocator found"), and
// the stripped one warned "frees not traced?" of the blocks dlmalloc's free does free.
describe('wasm-bindgen without a free export: the free is found by its code', () => {
  const runNoFree = (file: string) => run(file, null);

  it('bindgen-nofree-sparse.wasm (one function named) traces as bindgen-nofree-stripped.wasm (none)', async () => {
    const stripped = await runNoFree('bindgen-nofree-stripped.wasm');
    const sparse = await runNoFree('bindgen-nofree-sparse.wasm');
    expect(sparse.seen).toEqual(stripped.seen);
    // the Rust heap really was traced, and freed: thousands of bytes live after work(), none after release()
    expect((stripped.seen.afterWork as { memory: [number, number] }).memory[0]).toBeGreaterThan(2000);
    expect((stripped.seen.afterRelease as { live: string[] }).live).toEqual([]);
    expect(stripped.seen.invalid).toBe(0);
    for (const { result } of [stripped, sparse]) {
      expect(result.stats.discovery.map((d) => d.how)).toEqual(['signature', 'call graph', 'code fingerprint']);
      expect(result.stats.discovery.at(-1)!.found.join()).toMatch(/dlmalloc \(Rust\) \(.*free/);
      // dlmalloc's free frees what wasm-bindgen's malloc hands on to dlmalloc's malloc: no warning says otherwise
      expect(result.stats.warnings.filter((w) => w.includes('frees not traced'))).toEqual([]);
    }
  });
});

// wasm-bindgen's malloc of 0 bytes returns `align` (a dangling pointer) without allocating, and its
// free of 0 bytes returns at once (a zero-length string or slice from JS): neither is an event. As
// events they were blocks of 0 bytes at address 1 or 4, each new one "at a pointer still traced as
// live", and frees "of a pointer never seen allocated" (brotli-wasm showed 28 of them).
describe('wasm-bindgen: a size of 0 allocates and frees nothing', () => {
  for (const [file, naming] of [['bindgen.wasm', 'free'], ['bindgen-renamed-stripped.wasm', 'export']] as const) {
    it(`${file}: malloc(0)/free(p, 0) record nothing; a real block beside them still does`, async () => {
      const result = instrument(read(file));
      tracemalloc.start(1);
      const { instance } = await tracemalloc.instantiate(result.bytes as Uint8Array<ArrayBuffer>, {}, { name: file });
      const e = instance.exports as unknown as Exports;
      const malloc = e[naming === 'free' ? '__wbindgen_malloc' : '__wbindgen_export3'] as (s: number, a: number) => number;
      const free = e[naming === 'free' ? '__wbindgen_free' : '__wbindgen_export2'] as (p: number, s: number, a: number) => void;
      const dangling = [malloc(0, 4), malloc(0, 4), malloc(0, 1)];
      expect(dangling).toEqual([4, 4, 1]); // the module's own answer: no block
      const real = malloc(24, 8);
      expect(liveSet()).toEqual(['24 x 1']);
      free(4, 0, 4); free(4, 0, 4); free(1, 0, 1);
      expect(liveSet()).toEqual(['24 x 1']);
      free(real, 24, 8);
      expect(liveSet()).toEqual([]);
      expect(tracemalloc.getInvalidFrees()).toEqual([]);
      tracemalloc.stop();
    });
  }
});
