// The typed-array interners against a Map of strings: same ids, dense, in insertion order.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { SequenceInterner, TupleInterner } from '../../../runtime/model/interners';

const int = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(0x7fffffff, -0x80000000, 0xffffffff));

test('TupleInterner gives each distinct tuple the next id, and finds it again', () => {
  fc.assert(
    fc.property(fc.constantFrom(1 as const, 2 as const, 4 as const), fc.array(fc.tuple(int, int, int, int), { maxLength: 300, size: 'max' }), (arity, tuples) => {
      const t = new TupleInterner(arity, 1);
      const ref = new Map<string, number>();
      for (const [a, b, c, d] of tuples) {
        const key = [a, b, c, d].slice(0, arity).map((v) => v | 0).join(',');
        const expected = ref.get(key) ?? ref.size;
        expect(t.find(a, b, c, d)).toBe(ref.get(key) ?? -1);
        expect(t.intern(a, b, c, d)).toBe(expected);
        ref.set(key, expected);
      }
      expect(t.size).toBe(ref.size);
    }),
    { numRuns: 200 },
  );
});

test('SequenceInterner gives each distinct sequence the next id, including slices and the empty one', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 5 }), { maxLength: 300, size: 'max' }), (seqs) => {
      const t = new SequenceInterner(1);
      const ref = new Map<string, number>();
      for (const seq of seqs) {
        const padded = [9, ...seq, 9];
        const key = seq.join(',');
        const expected = ref.get(key) ?? ref.size;
        expect(t.find(padded, 1, 1 + seq.length)).toBe(ref.get(key) ?? -1);
        expect(t.intern(padded, 1, 1 + seq.length)).toBe(expected);
        expect(t.intern(seq)).toBe(expected);
        ref.set(key, expected);
      }
      expect(t.size).toBe(ref.size);
    }),
    { numRuns: 200 },
  );
});

test('many growths: 60,000 random sequences and tuples, each looked up before and after interning', () => {
  let seed = 0x9e3779b9;
  const rand = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const seqs = new SequenceInterner(1);
  const tuples = new TupleInterner(4, 1);
  const seqRef = new Map<string, number>();
  const tupleRef = new Map<string, number>();
  for (let k = 0; k < 60_000; k++) {
    const s = Array.from({ length: 1 + rand(4) }, () => rand(3000));
    const key = s.join(',');
    expect(seqs.find(s)).toBe(seqRef.get(key) ?? -1);
    if (!seqRef.has(key)) seqRef.set(key, seqRef.size);
    expect(seqs.intern(s)).toBe(seqRef.get(key));
    const [a, b, c, d] = [rand(50), rand(50), rand(3), rand(3) - 1];
    const tkey = `${a},${b},${c},${d}`;
    expect(tuples.find(a, b, c, d)).toBe(tupleRef.get(tkey) ?? -1);
    if (!tupleRef.has(tkey)) tupleRef.set(tkey, tupleRef.size);
    expect(tuples.intern(a, b, c, d)).toBe(tupleRef.get(tkey));
  }
  expect(seqs.size).toBe(seqRef.size);
  expect(tuples.size).toBe(tupleRef.size);
});
