// Demangling checked against oracles that are not ours (gen.sh: llvm-cxxfilt, binutils c++filt),
// on symbols real compilers wrote: Rust v0 (generics, impls, trait impls, closures, dyn, fn
// pointers, const generics, punycode), legacy Rust (std's own, `.llvm.` clones included) and
// Itanium C++ (all of libc++: templates, packs, substitutions, function pointers, operators…).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demangle } from '../../../instrument/demangle';
import { demangleItanium } from '../../../instrument/demangle-itanium';

const lines = (file: string): string[] => readFileSync(join(__dirname, file), 'utf8').split('\n').filter((l) => l !== '');

describe('demangle agrees with the oracle on every symbol', () => {
  for (const corpus of ['rust-v0-a', 'rust-v0-b', 'rust-legacy']) {
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
