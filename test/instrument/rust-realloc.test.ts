// `__rust_realloc(ptr, old_size, align, new_size)` as fat LTO leaves it: with the allocator's
// realloc inlined into it, dead-argument elimination drops the parameters it no longer reads and
// keeps the others in order, so the pointer stays first and the new size last (rustc 1.63 -O2
// with the dlmalloc crate: `(ptr, new_size)`, test/users/data/words-lto-o2.wasm). Before, only the
// 4-parameter shape matched: a shorter one was hooked by nothing, every in-place growth unseen.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instrument } from './validate';
import { recordingHooks } from './hooks';
import { watToWasm } from './wat';

// A heap that grows the last block in place (what dlmalloc does into its top chunk).
const module = (params: string[], newSize: number) => watToWasm(`(module
  (memory (export "memory") 1)
  (global $top (mut i32) (i32.const 1024))
  (func $__rust_alloc (param $size i32) (param $align i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $top))
    (global.set $top (i32.add (local.get $p) (i32.const 4096)))
    (local.get $p))
  (func $__rust_dealloc (param $ptr i32) (param $size i32) (param $align i32))
  (func $__rust_realloc ${params.map((p) => `(param $${p} i32)`).join(' ')} (result i32)
    (local.get $ptr))
  (func $run (export "run") (result i32)
    (local $v i32)
    (local.set $v (call $__rust_alloc (i32.const 16) (i32.const 4)))
    (local.set $v (call $__rust_realloc (local.get $v) ${params.slice(1).map((p) => (p === 'new' ? `(i32.const ${newSize})` : '(i32.const 16)')).join(' ')}))
    (call $__rust_dealloc (local.get $v) (i32.const ${newSize}) (i32.const 4))
    (local.get $v)))`);

describe('__rust_realloc with the parameters fat LTO dropped', () => {
  for (const params of [['ptr', 'old', 'align', 'new'], ['ptr', 'old', 'new'], ['ptr', 'new']]) {
    it(`(${params.join(', ')}): hooked, the new size read from the last parameter`, () => {
      const out = instrument(module(params, 48));
      expect(out.stats.allocators.map((a) => `${a.name} ${a.role}`)).toEqual(['__rust_alloc alloc', '__rust_dealloc free', '__rust_realloc realloc']);
      const h = recordingHooks();
      const ex = new WebAssembly.Instance(new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>),
        { 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as { run(): number };
      const p = ex.run();
      expect(h.events.map((e) => `${e.type} ${e.size}${e.old !== undefined ? ` ${e.old === p}` : ''}`)).toEqual(['alloc 16', 'realloc 48 true', 'free 0']);
      expect(h.live.size).toBe(0);
    });
  }

  it('a shape with no pointer and size to read (one parameter) is not matched', () => {
    const out = instrument(watToWasm(`(module (memory 1)
      (func $__rust_alloc (param i32 i32) (result i32) (i32.const 1024))
      (func $__rust_dealloc (param i32 i32 i32))
      (func $__rust_realloc (param i32) (result i32) (local.get 0))
      (func (export "run") (result i32) (call $__rust_realloc (call $__rust_alloc (i32.const 8) (i32.const 4)))))`));
    expect(out.stats.allocators.map((a) => a.name)).toEqual(['__rust_alloc', '__rust_dealloc']);
  });

  it('words-lto-o2.wasm (rustc 1.63 -O2, fat LTO): its (ptr, new_size) __rust_realloc is hooked', () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'users', 'data', 'words-lto-o2.wasm')));
    const out = instrument(bytes);
    expect(out.stats.allocators.filter((a) => a.role === 'realloc').map((a) => a.name)).toEqual(['__rust_realloc']);
  });
});
