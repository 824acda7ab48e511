// Nothing is silently untraced (issue 16): when a family's allocations are hooked but nothing that
// frees its blocks is (the free inlined into its callers by fat LTO or wasm-opt, or never linked),
// instrument() says so in a caveat (abi/errors.ts NO_FREE), which travels with the module into
// the snapshot. Allocation-only by design says nothing: AssemblyScript's stub runtime, functions
// the user names with options.alloc and no options.free. Blocks handed to another family's
// allocation (operator new → malloc) are freed by that family's free.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INLINED_ALLOCATOR, NO_FREE, isCaveat } from '../../abi/errors';
import { instrument } from './validate';
import { watToWasm } from './wat';

const unfreed = (r: { stats: { warnings: string[] } }) => r.stats.warnings.filter((w) => w.startsWith(NO_FREE));
const subject = (w: string) => w.slice(0, w.indexOf(', but '));

// A heap whose free the optimizer inlined into its one caller: `$release` does free's work itself.
const bump = (name: string) => `
  (func $${name} (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $top))
    (global.set $top (i32.add (local.get $p) (local.get $n)))
    (local.get $p))`;
const module = (funcs: string, run: string) => watToWasm(`(module
  (memory (export "memory") 1)
  (global $top (mut i32) (i32.const 1024))
  ${funcs}
  (func $release (param $p i32) (i32.store (local.get $p) (i32.const 0)))
  (func $run (export "run") (result i32) ${run}))`);

describe('allocations with nothing that frees them', () => {
  it('libc: malloc hooked, free inlined away: one caveat naming the family, the function and what to do', () => {
    const r = instrument(module(bump('malloc'), '(call $release (call $malloc (i32.const 8))) (i32.const 0)'));
    expect(r.profile).toBe('libc');
    const [w, ...rest] = unfreed(r);
    expect(rest).toEqual([]);
    expect(w).toBe(`${NO_FREE} libc allocates through malloc, but no function that frees its blocks was found ` +
      '(inlined into its callers, or never linked because nothing frees): a block the program frees stays traced, ' +
      'so live memory and leaks may be over-counted; a link without -O keeps free a function (clang -O2 -c x.c && clang x.o), ' +
      'or name the free with options { free: [NAME] }');
    expect(isCaveat(w!)).toBe(true);
  });

  it('says nothing when the family\'s free is hooked', () => {
    const r = instrument(module(`${bump('malloc')} (func $free (param i32))`,
      '(call $free (call $malloc (i32.const 8))) (i32.const 0)'));
    expect(r.stats.allocators.map((a) => a.role)).toEqual(['alloc', 'free']);
    expect(unfreed(r)).toEqual([]);
  });

  it('operator new over malloc: its blocks are malloc\'s, freed by the hooked free (operator delete inlined)', () => {
    const r = instrument(module(`${bump('malloc')} (func $free (param i32))
      (func $_Znwm (param $n i32) (result i32) (call $malloc (local.get $n)))`,
    '(call $free (call $_Znwm (i32.const 8))) (i32.const 0)'));
    expect(r.profile).toBe('libc+c++');
    expect(unfreed(r)).toEqual([]);
  });

  it('operator new over a malloc with no free: said once, for the family that owns the blocks', () => {
    const r = instrument(module(`${bump('malloc')}
      (func $_Znwm (param $n i32) (result i32) (call $malloc (local.get $n)))`,
    '(call $release (call $_Znwm (i32.const 8))) (i32.const 0)'));
    expect(unfreed(r).map(subject)).toEqual([`${NO_FREE} libc allocates through malloc`]);
  });

  it('a family with no free of its own beside another that frees other blocks is still said', () => {
    // a Rust #[global_allocator] whose dealloc fat LTO inlined, in a module that also links C's malloc/free
    const alloc = '_ZN66_$LT$app..Arena$u20$as$u20$core..alloc..global..GlobalAlloc$GT$5alloc17h0123456789abcdefE';
    const r = instrument(module(`${bump('malloc')} (func $free (param i32)) ${bump(alloc)}`,
      `(call $free (call $malloc (i32.const 8))) (call $release (call $${alloc} (i32.const 8))) (i32.const 0)`));
    expect(r.profile).toBe('libc+rust');
    expect(unfreed(r).map(subject)).toEqual([`${NO_FREE} rust allocates through ${alloc}`]);
    expect(unfreed(r)[0]).toContain('a build without fat LTO keeps __rust_dealloc a function');
  });

  it('AssemblyScript\'s GC runtime with every free inlined: the GC\'s caveat', () => {
    const r = instrument(module(`${bump('~lib/rt/itcms/__new')}`.replace('(param $n i32)', '(param $n i32) (param $id i32)'),
      '(call $release (call $~lib/rt/itcms/__new (i32.const 8) (i32.const 3))) (i32.const 0)'));
    const [w, ...rest] = unfreed(r);
    expect(rest).toEqual([]);
    expect(w).toMatch(/^frees not traced\? AssemblyScript allocates through ~lib\/rt\/itcms\/__new, but no function the GC frees through/);
    expect(w).toMatch(/insertBlock/);
    expect(w).toMatch(/stay traced/);
    expect(w).toMatch(/asc --debug/);
    // with insertBlock left (what every free passes through in release builds): nothing said
    const kept = instrument(module(`${bump('~lib/rt/itcms/__new')}`.replace('(param $n i32)', '(param $n i32) (param $id i32)') +
      ' (func $~lib/rt/tlsf/insertBlock (param i32 i32))',
    '(call $~lib/rt/tlsf/insertBlock (i32.const 0) (call $~lib/rt/itcms/__new (i32.const 8) (i32.const 3))) (i32.const 0)'));
    expect(kept.stats.allocators.map((a) => a.role)).toEqual(['alloc', 'free']);
    expect(unfreed(kept)).toEqual([]);
  });

  it('allocation-only by design says nothing: AssemblyScript\'s stub runtime, an arena named with options.alloc', () => {
    const stub = instrument(module(`${bump('~lib/rt/stub/__new')}`.replace('(param $n i32)', '(param $n i32) (param $id i32)'),
      '(drop (call $~lib/rt/stub/__new (i32.const 8) (i32.const 3))) (i32.const 0)'));
    expect(stub.profile).toBe('assemblyscript');
    expect(stub.stats.warnings).toEqual([]);
    const arena = instrument(module(bump('arena_alloc'), '(drop (call $arena_alloc (i32.const 8))) (i32.const 0)'), { alloc: ['arena_alloc'] });
    expect(arena.profile).toBe('user');
    expect(arena.stats.warnings).toEqual([]);
  });

  it('a free the user names silences it (the caveat\'s own advice)', () => {
    const src = module(`${bump('malloc')} (func $my_free (param i32))`, '(call $my_free (call $malloc (i32.const 8))) (i32.const 0)');
    expect(unfreed(instrument(src))).toHaveLength(1);
    expect(unfreed(instrument(src, { free: ['my_free'] }))).toEqual([]);
  });
});

describe('on real modules', () => {
  const corpus = (name: string) => new Uint8Array(readFileSync(join(__dirname, '..', 'corpus', 'built', name)));

  it('emcc -O2 -gsource-map: wasm-opt inlined dlfree into main (the program frees one block): said', () => {
    const r = instrument(corpus('em-O2-sourcemap.wasm'));
    expect(r.stats.allocators.map((a) => `${a.name} ${a.role}`)).toEqual(['dlmalloc alloc']);
    expect(unfreed(r).map(subject)).toEqual([`${NO_FREE} libc allocates through dlmalloc`]);
  });

  it('the same program at -O2 -g (free a function), and the corpus\'s other builds: nothing said', () => {
    expect(unfreed(instrument(corpus('em-O2-g.wasm')))).toEqual([]);
    // C++ with operator delete inlined (frees go to free), Rust over libc with __rust_dealloc
    // inlined, the AssemblyScript stub runtime
    for (const name of ['exc-Os-sourcemap.wasm', 'traits-Os-lto.wasm', 'words-stub-O3.wasm', 'lru-Oz-lto.wasm']) {
      const r = instrument(corpus(name));
      expect(r.stats.warnings.filter((w) => isCaveat(w) && !w.startsWith(INLINED_ALLOCATOR)), name).toEqual([]);
    }
  });
});
