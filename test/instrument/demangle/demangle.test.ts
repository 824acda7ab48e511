// Demangling checked against oracles that are not ours (gen.sh: llvm-cxxfilt, binutils c++filt),
// on symbols real compilers wrote: Rust v0 (generics, impls, trait impls, closures, dyn, fn
// pointers, const generics, punycode) and legacy Rust (std's own, `.llvm.` clones included).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demangle } from '../../../instrument/demangle';

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
