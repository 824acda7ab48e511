// Rust's #[global_allocator] under fat LTO (wasm-pack's release: opt-level "z", lto = true): the
// __rust_alloc / __rust_dealloc shims are inlined into their callers, which call the program's
// `<T as GlobalAlloc>::alloc` / `::dealloc` (LTO dropped their constant `self`), and the dlmalloc
// crate's free is inlined into that dealloc. The impls are the allocator (instrument/profiles.ts
// globalAllocMethod). Found by test/corpus's lru-Oz-lto (a counting allocator over System): every
// allocation read the `System.alloc(l)` line inside the impl, and no free was ever recorded (30
// blocks reported live at exit for 22).

import { describe, expect, it } from 'vitest';
import { instrument } from './validate';
import { recordingHooks } from './hooks';
import { watToWasm } from './wat';

const ALLOC = '$_ZN66_$LT$lru..Counting$u20$as$u20$core..alloc..global..GlobalAlloc$GT$5alloc17ha3ebed7b5d2a9e60E';
const DEALLOC = '$_ZN66_$LT$lru..Counting$u20$as$u20$core..alloc..global..GlobalAlloc$GT$7dealloc17h48c3fb507573a9b3E';
const MALLOC = '$_ZN8dlmalloc8dlmalloc17Dlmalloc$LT$A$GT$6malloc17h7cae65ae5416fbeaE';
const WAT = `(module
  (memory (export "memory") 1)
  (global $bump (mut i32) (i32.const 1024))
  (global $live (mut i32) (i32.const 0))
  ;; the dlmalloc crate's malloc, self dropped by LTO (a bump allocator here)
  (func ${MALLOC} (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $bump))
    (global.set $bump (i32.add (local.get $p) (i32.and (i32.add (local.get $n) (i32.const 7)) (i32.const -8))))
    (local.get $p))
  ;; <Counting as GlobalAlloc>::alloc(size, align): counts, then System.alloc
  (func ${ALLOC} (param $size i32) (param $align i32) (result i32)
    (global.set $live (i32.add (global.get $live) (i32.const 1)))
    (call ${MALLOC} (local.get $size)))
  ;; ::dealloc(ptr, size): counts, then dlmalloc's free inlined (nothing to do for a bump heap)
  (func ${DEALLOC} (param $ptr i32) (param $size i32)
    (global.set $live (i32.sub (global.get $live) (i32.const 1))))
  (func $keep (param $n i32) (result i32) (call ${ALLOC} (local.get $n) (i32.const 1)))
  (func $run (export "run") (result i32)
    (local $a i32)
    (local.set $a (call ${ALLOC} (i32.const 24) (i32.const 8)))
    (drop (call $keep (i32.const 40)))
    (call ${DEALLOC} (local.get $a) (i32.const 24))
    (global.get $live)))`;

describe('Rust #[global_allocator] with the shims inlined away (fat LTO)', () => {
  it('its alloc and dealloc are the allocator: sites at their callers, frees recorded', () => {
    const out = instrument(watToWasm(WAT));
    const name = (s: number) => (s === 0 ? '?' : out.sites.functions[out.sites.sites[s]![3]!]!);
    const h = recordingHooks(4);
    const ex = new WebAssembly.Instance(new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>),
      { 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as Record<string, any>;
    expect(ex.run()).toBe(1);
    expect(h.events.map((e) => `${e.type} ${e.size} @${e.sites.map(name).join('<')}`)).toEqual([
      'alloc 24 @run', 'alloc 40 @keep<run', 'free 0 @run']);
    expect([...h.live.values()].map((e) => e.size)).toEqual([40]); // what the program's own count says
  });
});
