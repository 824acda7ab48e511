// The allocator line names what was hooked as people read it: a name section of Rust v0 symbols
// (rustc ≥ 1.88 mangles `__rust_alloc` as `_RNvCs…_7___rustc12___rust_alloc`; @biomejs/wasm-nodejs
// ships 35 k of them) gave `found by names: _RNvCs1njKG4L9aB3_7___rustc14___rust_realloc, …`.
import { describe, expect, it } from 'vitest';
import { describeDiscovery } from '../../instrument/discover';
import { describeAllocators } from '../../runtime/tracer/allocator-line';
import { instrument } from './validate';
import { watToWasm } from './wat';

const V0 = (n: string) => `_RNvCs1njKG4L9aB3_7___rustc${n.length}_${n}`; // `_` before an identifier that starts with one

const module = watToWasm(`(module
  (memory (export "memory") 1)
  (global $top (mut i32) (i32.const 1024))
  (func $${V0('__rust_alloc')} (param $size i32) (param $align i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $top))
    (global.set $top (i32.add (local.get $p) (local.get $size)))
    (local.get $p))
  (func $${V0('__rust_dealloc')} (param i32 i32 i32))
  (func (export "run") (result i32)
    (local $p i32)
    (local.set $p (call $${V0('__rust_alloc')} (i32.const 16) (i32.const 4)))
    (call $${V0('__rust_dealloc')} (local.get $p) (i32.const 16) (i32.const 4))
    (local.get $p)))`);

describe('the allocator line with Rust v0 names', () => {
  it('says the demangled names, found by names', () => {
    const out = instrument(module);
    expect(out.stats.allocators.map((a) => a.role).sort()).toEqual(['alloc', 'free']);
    expect(describeDiscovery(out.stats.discovery!)).toBe('names (__rustc::__rust_alloc, __rustc::__rust_dealloc)');
    const line = describeAllocators(out.profile, out.stats, false);
    expect(line).toContain('found by names: __rustc::__rust_alloc, __rustc::__rust_dealloc');
    expect(line).not.toContain('_RNv');
  });
});
