// What a trap or a JS exception inside an allocator leaves behind, and what the runtime's reset
// (docs/hook-abi.md: `depth` and the shadow stack are reset when the outermost export returns or
// throws) restores.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instrument } from './validate';
import { recordingHooks } from './hooks';
import { watToWasm } from './wat';

const input = watToWasm(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'wat', 'trap.wat'), 'utf8'));

describe('a trap inside an allocator', () => {
  it('silences hooks after a trap inside the allocator until depth is reset', () => {
    const out = instrument(input).bytes;
    const h = recordingHooks(4);
    const env = { oom: () => { throw new Error('out of memory'); } };
    const ex = new WebAssembly.Instance(new WebAssembly.Module(out as Uint8Array<ArrayBuffer>),
      { env, 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as any;
    ex.alloc(8);
    expect(h.events.map((e) => e.size)).toEqual([8]);
    expect(() => ex.alloc(13)).toThrow(WebAssembly.RuntimeError);
    expect(h.depth.value).toBe(1); // left inside the allocator
    expect(h.stackDepth()).toBe(1); // and the frame pushed by $alloc's call to $helper
    ex.alloc(9);
    expect(h.events.map((e) => e.size)).toEqual([8]); // silent: 9 was not recorded
    h.depth.value = 0; // the runtime's reset after the outermost export threw
    ex.alloc(10);
    expect(h.events.map((e) => e.size)).toEqual([8, 10]);
    h.depth.value = 0;
    expect(() => ex.alloc(14)).toThrow('out of memory');
    expect(h.depth.value).toBe(1);
  });
});
