// The allocator table: every spelling a toolchain writes must be recognised, and nothing that
// merely looks like one.

import { describe, expect, it } from 'vitest';
import { ALLOCATOR_PROFILES, isGlobalAllocatorFrame, profileMatches } from '../../instrument/profiles';

const find = (name: string) => ALLOCATOR_PROFILES.filter((e) => profileMatches(e, name));

describe('allocator profiles', () => {
  it('know every C++ operator new/delete, mangled and as wasm-ld demangles it', () => {
    const news = ['_Znwm', '_Znam', '_Znwj', '_Znaj', '_ZnwmRKSt9nothrow_t', '_ZnajRKSt9nothrow_t', '_ZnwmSt11align_val_t',
      '_ZnamSt11align_val_tRKSt9nothrow_t', 'operator new(unsigned long)', 'operator new[](unsigned int)',
      'operator new(unsigned long, std::nothrow_t const&)', 'operator new[](unsigned long, std::align_val_t, std::nothrow_t const&)'];
    const deletes = ['_ZdlPv', '_ZdaPv', '_ZdlPvm', '_ZdaPvj', '_ZdlPvRKSt9nothrow_t', '_ZdlPvSt11align_val_t',
      '_ZdaPvmSt11align_val_t', '_ZdlPvSt11align_val_tRKSt9nothrow_t', 'operator delete(void*)',
      'operator delete[](void*, unsigned long)', 'operator delete(void*, unsigned int, std::align_val_t)'];
    for (const n of news) expect(find(n).map((e) => `${e.family} ${e.spec.role}`), n).toEqual(['c++ alloc']);
    for (const n of deletes) expect(find(n).map((e) => `${e.family} ${e.spec.role}`), n).toEqual(['c++ free']);
    expect(ALLOCATOR_PROFILES.filter((e) => e.family === 'c++').length).toBe(32);
  });

  it('know Rust shims by legacy name, crate path and v0 mangling, without confusing them', () => {
    const role = (n: string) => find(n).map((e) => `${e.names[0]}`);
    expect(role('__rust_alloc')).toEqual(['__rust_alloc']);
    expect(role('__rustc[5f2b0a4e]::__rust_alloc')).toEqual(['__rust_alloc']);
    expect(role('_RNvCs1234_7___rustc12___rust_alloc')).toEqual(['__rust_alloc']);
    expect(role('_RNvCs1234_7___rustc19___rust_alloc_zeroed')).toEqual(['__rust_alloc_zeroed']);
    expect(role('my_crate::not__rust_alloc')).toEqual([]);
    expect(role('__rust_alloc_error_handler')).toEqual([]);
    // __rust_realloc in each shape fat LTO leaves: the pointer first, the new size last
    const shapes = (n: string) => find(n).map((e) => `${e.arity} ${JSON.stringify(e.spec)}`);
    const realloc = ['4 {"role":"realloc","ptr":0,"size":3}', '3 {"role":"realloc","ptr":0,"size":2}', '2 {"role":"realloc","ptr":0,"size":1}'];
    expect(shapes('__rust_realloc')).toEqual(realloc);
    expect(shapes('_RNvCs1234_7___rustc14___rust_realloc')).toEqual(realloc);
  });

  it('know a #[global_allocator]\'s GlobalAlloc methods (the layer under the shims, for fat LTO)', () => {
    const roles = (n: string) => [...new Set(find(n).map((e) => `${e.spec.role} ${e.fallbackFor?.join('+')}`))];
    const shims = '__rust_alloc+__rust_dealloc';
    expect(roles('_ZN66_$LT$lru..Counting$u20$as$u20$core..alloc..global..GlobalAlloc$GT$5alloc17ha3ebed7b5d2a9e60E')).toEqual([`alloc ${shims}`]);
    expect(roles('_ZN66_$LT$lru..Counting$u20$as$u20$core..alloc..global..GlobalAlloc$GT$7dealloc17h48c3fb507573a9b3E')).toEqual([`free ${shims}`]);
    expect(roles('_ZN72_$LT$wee_alloc..WeeAlloc$u20$as$u20$core..alloc..global..GlobalAlloc$GT$7realloc17h0123456789abcdefE')).toEqual([`realloc ${shims}`]);
    expect(roles('<std::alloc::System as core::alloc::global::GlobalAlloc>::alloc_zeroed')).toEqual([`alloc ${shims}`]);
    expect(roles('<talc::Talck<R, O> as core::alloc::global::GlobalAlloc>::dealloc::h0123456789abcdef')).toEqual([`free ${shims}`]);
    expect(roles('_RNvXs_Cs1234_3lruNtB4_8CountingNtNtNtCs5678_4core5alloc6global11GlobalAlloc5alloc')).toEqual([`alloc ${shims}`]);
    // other traits' methods of the same names, and GlobalAlloc's other items, are not allocators
    expect(roles('<alloc::alloc::Global as core::alloc::Allocator>::deallocate')).toEqual([]);
    expect(roles('_ZN63_$LT$alloc..alloc..Global$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h5d1b26543e986cd4E')).toEqual([]);
    expect(roles('<my::Pool as my::GlobalAllocLike>::alloc')).toEqual([]);
  });

  it('know libc, Emscripten, emmalloc, wasm-bindgen and AssemblyScript names', () => {
    const fam = (n: string) => find(n).map((e) => `${e.family} ${e.spec.role}`);
    expect(fam('malloc')).toEqual(['libc alloc']);
    expect(fam('dlcalloc')).toEqual(['libc alloc']);
    expect(fam('emmalloc_realloc')).toEqual(['libc realloc']);
    expect(fam('posix_memalign')).toEqual(['libc alloc-out', 'libc alloc-out']);
    // aligned allocators also without their alignment (Binaryen's dead-argument elimination:
    // emcc -Os -sMALLOC=emmalloc leaves emmalloc_memalign(size))
    const shapes = (n: string) => find(n).map((e) => `${e.arity} ${JSON.stringify(e.spec)}`);
    expect(shapes('emmalloc_memalign')).toEqual(['2 {"role":"alloc","size":1}', '1 {"role":"alloc","size":0}']);
    expect(shapes('dlposix_memalign')).toEqual(['3 {"role":"alloc-out","out":0,"size":2}', '2 {"role":"alloc-out","out":0,"size":1}']);
    expect(fam('strdup')).toEqual(['libc wrapper']);
    expect(fam('__wbindgen_free')).toEqual(['wasm-bindgen free']);
    expect(fam('~lib/rt/itcms/__new')).toEqual(['assemblyscript alloc']);
    expect(fam('~lib/rt/tcms/__renew')).toEqual(['assemblyscript realloc']);
    expect(fam('~lib/rt/itcms/free')).toEqual(['assemblyscript free']);
    expect(fam('mallocx')).toEqual([]);
  });

  it('name argument positions that exist', () => {
    for (const e of ALLOCATOR_PROFILES) {
      const s = e.spec as unknown as Record<string, unknown>;
      for (const k of ['size', 'count', 'ptr', 'out']) {
        if (k in s) expect(Number.isInteger(s[k]) && (s[k] as number) >= 0, `${e.names[0]}.${k}`).toBe(true);
      }
    }
  });

  it("name Rust's global allocator frames (shims and GlobalAlloc methods), and nothing around them", () => {
    const yes = ['pipes::_::__rg_alloc', 'pipes::_::__rg_alloc_zeroed', '__rg_realloc', '__rust_dealloc', '__rdl_alloc',
      '<pipes::Tally as core::alloc::global::GlobalAlloc>::alloc', '<lru::Counting as core::alloc::global::GlobalAlloc>::dealloc::h0123456789abcdef',
      'std::sys::wasm::alloc::<impl core::alloc::global::GlobalAlloc for std::alloc::System>::alloc', 'core::alloc::global::GlobalAlloc::alloc_zeroed'];
    const no = ['alloc::alloc::alloc_zeroed', 'alloc::alloc::Global::alloc_impl', '__rust_alloc_error_handler', 'alloc::alloc::__alloc_error_handler::__rg_oom',
      'my::alloc', 'malloc', '<pipes::Tally as core::alloc::global::GlobalAlloc>::alloc_extra', null];
    for (const n of yes) expect(isGlobalAllocatorFrame(n), n).toBe(true);
    for (const n of no) expect(isGlobalAllocatorFrame(n), String(n)).toBe(false);
  });
});
