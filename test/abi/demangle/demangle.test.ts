// Demangling checked against oracles that are not ours (gen.sh: llvm-cxxfilt, binutils c++filt),
// on symbols real compilers wrote: Rust v0 (generics, impls, trait impls, closures, dyn, fn
// pointers, const generics, punycode; closures in closures, from @biomejs/wasm-nodejs's names), legacy Rust (std's own, `.llvm.` clones included) and
// Itanium C++ (all of libc++: templates, packs, substitutions, function pointers, operators…).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demangle, demangleCheap, mayDemangle } from '../../../abi/demangle';
import { demangleItanium } from '../../../abi/demangle-itanium';

const lines = (file: string): string[] => readFileSync(join(__dirname, file), 'utf8').split('\n').filter((l) => l !== '');

describe('demangle agrees with the oracle on every symbol', () => {
  for (const corpus of ['rust-v0-a', 'rust-v0-b', 'rust-v0-biome', 'rust-legacy']) {
    it(corpus, () => {
      const symbols = lines(`${corpus}.syms`);
      const expected = lines(`${corpus}.expected`);
      expect(symbols.length).toBe(expected.length);
      expect(symbols.length).toBeGreaterThan(20);
      const wrong = symbols.map((s, i) => [s, demangle(s), expected[i]]).filter(([, got, want]) => got !== want);
      expect(wrong).toEqual([]);
    });
  }
});

// A name section may hold names demangled already, verbosely: wasm-bindgen writes rustc-demangle's
// `{}` form (crate hashes, `4usize`), binutils' c++filt prints `4: usize`. They read as the form
// mangled names get (llvm-cxxfilt's), so one function reads the same whoever demangled it.
describe('Rust names demangled verbosely read as the alternate form', () => {
  for (const corpus of ['rust-v0-a', 'rust-v0-b']) {
    it(`${corpus}: binutils c++filt's verbose output`, () => {
      const verbose = lines(`${corpus}.verbose`);
      const expected = lines(`${corpus}.expected`);
      expect(verbose.length).toBe(expected.length);
      expect(verbose.filter((v) => /\[[0-9a-f]{16}\]::/.test(v)).length).toBeGreaterThan(10);
      const wrong = verbose.map((v, i) => [v, demangle(v), expected[i]]).filter(([, got, want]) => got !== want);
      expect(wrong).toEqual([]);
    });
  }
  it("wasm-bindgen's name section (rustc-demangle's form, @automerge/automerge's names)", () => {
    expect(demangle('<alloc[597d984130f212f5]::raw_vec::RawVecInner>::finish_grow[1]')).toBe('<alloc::raw_vec::RawVecInner>::finish_grow[1]');
    expect(demangle('<[u8; 4usize] as core[362e1d023ce68760]::fmt::Debug>::fmt')).toBe('<[u8; 4] as core::fmt::Debug>::fmt');
    expect(demangle('v0b[33227ed524f4d26d]::neg::<-7i32>')).toBe('v0b::neg::<-7>');
    // names that are not Rust's stay as they are
    for (const plain of ['malloc', 'wasm-function[12]', 'f32x4_add', 'std::__2::vector<int, std::__2::allocator<int>>::push_back(int&&)', 'arr[3]::x']) expect(demangle(plain)).toBe(plain);
  });
});

describe('Itanium C++ against llvm-cxxfilt', () => {
  for (const corpus of ['itanium-cx', 'itanium-libcxx']) {
    it(corpus, () => {
      const symbols = lines(`${corpus}.syms`);
      const expected = lines(`${corpus}.expected`);
      expect(symbols.length).toBe(expected.length);
      const full = symbols.map((s) => demangleItanium(s));
      // every full reading is the oracle's, character for character…
      expect(symbols.filter((s, i) => full[i] !== null && full[i] !== expected[i])).toEqual([]);
      // …and the only ones given up are template arguments that are expressions (X…E)
      const givenUp = symbols.filter((_, i) => full[i] === null);
      expect(givenUp.filter((s) => !/X|Dt|DT/.test(s))).toEqual([]);
      expect(givenUp.length).toBeLessThanOrEqual(symbols.length * 0.04);
    });
  }
});

// The site table keeps a name as the module spells it and marks it when demangle() may change it
// (`mayDemangle`), or keeps it demangled where that is a cheap read (`demangleCheap`): both must
// say what demangle() says, on every name of the oracles' corpora (mangled, verbose and plain).
describe('the site table\'s shortcuts agree with demangle()', () => {
  const corpora = ['rust-v0-a', 'rust-v0-b', 'rust-v0-biome', 'rust-legacy', 'itanium-cx', 'itanium-libcxx'];
  const names = [
    ...corpora.flatMap((c) => [...lines(`${c}.syms`), ...lines(`${c}.expected`)]),
    ...['rust-v0-a', 'rust-v0-b'].flatMap((c) => lines(`${c}.verbose`)),
    'malloc', 'wasm-function[12]', 'arr[3]::x', '_ZN4core3fmt5write17h0123456789abcdefE.llvm.123', '_ZN4core3fmt5write17h0123456789abcdefE',
  ];
  it('mayDemangle(name) false: demangle(name) is name; demangleCheap(name) not null: it is demangle(name)', () => {
    expect(names.length).toBeGreaterThan(10_000);
    expect(names.filter((n) => !mayDemangle(n) && demangle(n) !== n)).toEqual([]);
    const cheap = names.map((n) => [n, demangleCheap(n)] as const).filter(([, c]) => c !== null);
    expect(cheap.filter(([n, c]) => c !== demangle(n))).toEqual([]);
    // the legacy Rust corpus and the verbose v0 names are all cheap; no C++ or v0 symbol is
    expect(lines('rust-legacy.syms').filter((n) => /17h[0-9a-f]{16}E/.test(n)).every((n) => demangleCheap(n) !== null)).toBe(true);
    expect(lines('rust-v0-a.verbose').filter((n) => /\[[0-9a-f]{16}\]::/.test(n)).every((n) => demangleCheap(n) !== null)).toBe(true);
    expect([...lines('itanium-libcxx.syms'), ...lines('rust-v0-biome.syms')].filter((n) => demangleCheap(n) !== null)).toEqual([]);
  });
});
