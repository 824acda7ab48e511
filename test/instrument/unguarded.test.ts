// Wrappers that do not raise `depth` (instrument/binary/wrappers.ts, "Unguarded"): an allocator
// whose body can reach no wrapper (rewrite.ts unguardedAllocators()) is called without the save,
// the store of 1 and the restore around it, which were ~13 of the ~50 instructions a traced
// call's wrapper cost on Node 20 (bench/README.md, "core23"). Every body that can reach one keeps
// the guard, so what is recorded is the same: nested allocations still record nothing.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instrument } from './validate';
import { recordingHooks } from './hooks';
import { watToWasm, wasmToWat } from './wat';

const WAT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'wat', 'unguarded.wat'), 'utf8');

/** Whether the output's NAME$site stores to `depth`. */
function raisesDepth(text: string, name: string): boolean {
  const at = text.indexOf(`(func $${name}$site `);
  expect(at).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n (func ', at + 1);
  return /global\.set \$wasm-tracemalloc\.depth/.test(text.slice(at, end < 0 ? undefined : end));
}

describe('allocators whose bodies reach no wrapper', () => {
  const out = instrument(watToWasm(WAT));
  const text = wasmToWat(out.bytes);

  it('raise `depth` only around the bodies that can reach a wrapper; nested events still record nothing', () => {
    expect(out.stats.allocators.map((a) => a.name)).toEqual(['malloc', 'free', 'calloc', 'realloc', 'valloc', 'pvalloc']);
    // what is recorded: nested events nothing, whichever way they are reached
    const h = recordingHooks(1);
    let ex: Record<string, any> = {};
    const env = { js_hook: (n: number) => { ex.malloc(n); } }; // JS calling back into an allocator
    ex = new WebAssembly.Instance(new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>),
      { env, wasi_snapshot_preview1: { fd_close: () => 0 }, 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as Record<string, any>;
    const p = ex.malloc(10);
    ex.calloc(2, 4);   // its helper's free is nested
    ex.valloc(30);     // the malloc JS makes inside it is nested
    ex.pvalloc(40);    // its malloc and free are nested
    ex.realloc(p, 50);
    ex.free(p);
    expect(h.events.map((e) => `${e.type} ${e.size}`)).toEqual(['alloc 10', 'alloc 8', 'alloc 30', 'alloc 40', 'realloc 50', 'free 0']);
    expect(h.depth.value).toBe(0);
    const raised = Object.fromEntries(['malloc', 'free', 'calloc', 'realloc', 'valloc', 'pvalloc'].map((n) => [n, raisesDepth(text, n)]));
    expect(raised).toEqual({ malloc: false, free: false, calloc: true, realloc: true, valloc: true, pvalloc: false });
  });

  it('libc.wat: malloc unguarded, strdup still raising depth (rewrite.test.ts checks the site strdup\'s inner malloc reports)', () => {
    // test/instrument/wat/libc.wat: strdup's inner malloc (unguarded) reads the site strdup set
    const libc = instrument(watToWasm(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'wat', 'libc.wat'), 'utf8')));
    const t = wasmToWat(libc.bytes);
    expect(raisesDepth(t, 'malloc')).toBe(false);
    expect(raisesDepth(t, 'strdup')).toBe(true);
  });
});
