// An import whose JS calls back into the module and allocates (instrument/call-graph.ts
// reentrantImports()): Emscripten's JS exceptions allocate the thrown object by JS calling the
// exported malloc from `__cxa_allocate_exception`. The import's call site is a frame, so that
// allocation reads its caller's line; before, it read the last frame site the caller had passed
// (test/corpus leave-js-Os-g: the throw at leave.cpp:23 read :24, the one in main `(no line)`).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instrument } from './validate';
import { reentrantImports } from '../../instrument/call-graph';
import { readModule } from '../../instrument/wasm/module';
import { recordingHooks } from './hooks';
import { watToWasm } from './wat';

const WAT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'wat', 'reentry.wat'), 'utf8');

describe('imports whose JS allocates through an export', () => {
  const out = instrument(watToWasm(WAT));
  const name = (s: number) => (s === 0 ? '?' : out.sites.functions[out.sites.sites[s]![3]!]!);

  it('the import call is a frame: the allocation reads its caller, and the callers above', () => {
    const h = recordingHooks(4);
    let ex: Record<string, any> = {};
    const env = {
      __cxa_allocate_exception: (n: number) => ex.malloc(n + 16), // as the 3.1.x glue: JS calls malloc
      emscripten_memcpy_big: () => {},
    };
    ex = new WebAssembly.Instance(new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>),
      { env, wasi_snapshot_preview1: { fd_close: () => 0 }, 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as Record<string, any>;
    ex.outer(4);
    const allocs = h.events.filter((e) => e.type === 'alloc').map((e) => `${e.size} @${e.sites.map(name).join('<')}`);
    // (frame 0 of the JS-made one is malloc's caller as the engine sees it: JS, no site of ours)
    expect(allocs).toEqual(['4 @helper<throw_site<outer', '21 @?<throw_site<outer']);
    expect(h.stackDepth()).toBe(0);
  });

  it('not WASI imports nor Emscripten leaves', () => {
    const m = readModule(watToWasm(WAT));
    expect(reentrantImports(m)).toEqual([0]);
  });
});
