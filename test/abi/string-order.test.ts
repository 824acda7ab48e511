// abi/string-order.ts: the site table's pool order is the engine's own sort() of strings (UTF-16
// code units, a prefix first), on inputs that stress each part of the multikey quicksort: shared
// prefixes, strings that are prefixes of others, NUL and code units past 0x7f (surrogates
// included), duplicates, runs already in order or reversed, lists shorter than the insertion cut.
import { describe, expect, it } from 'vitest';
import { stringOrder } from '../../abi/string-order';

const byOrder = (strings: string[]) => Array.from(stringOrder(strings), (i) => strings[i]!);

describe('stringOrder', () => {
  it('orders as sort() does', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const units = ['a', 'b', ':', '<', '\0', 'é', '\u{1F600}', '\uffff', 'duckdb::', 'std::__2::', 'vector<'];
    const word = () => Array.from({ length: random(8) }, () => units[random(units.length)]).join('');
    for (const n of [0, 1, 2, 5, 11, 12, 13, 100, 5000]) {
      const strings = Array.from({ length: n }, word);
      expect(byOrder(strings)).toEqual(strings.slice().sort());
      const sorted = strings.slice().sort();
      expect(byOrder(sorted)).toEqual(sorted);
      expect(byOrder(sorted.slice().reverse())).toEqual(sorted);
    }
    const prefixes = ['abc', 'ab', 'abc\0', 'a', '', 'abcd', 'ab\0', 'b', 'abc\0\0', 'a\uffff', 'a\u{1F600}', 'a\ud7ff', 'a\ue000'];
    const many = [...prefixes, ...prefixes.map((s) => `${s}x`), ...prefixes.map((s) => `x${s}`)];
    expect(byOrder(many)).toEqual(many.slice().sort());
    expect(byOrder([...many, ...many, ...many])).toEqual([...many, ...many, ...many].sort());
  });

  it('sorts a long list of shared prefixes with a shallow stack', () => {
    const strings = Array.from({ length: 60_000 }, (_, i) => `duckdb::Function${'x'.repeat(i % 50)}<${(i * 7919) % 60_000}>`);
    expect(byOrder(strings)).toEqual(strings.slice().sort());
  });
});
