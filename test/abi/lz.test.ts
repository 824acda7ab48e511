// abi/lz.ts, the site table's string packer: what it packs unpacks to the same bytes (random bytes,
// runs that overlap their own copy, text that repeats far and near, the empty input), and a
// stream written by hand from the format in its header unpacks as the format says.
import { describe, expect, it } from 'vitest';
import { lzPack, lzUnpack } from '../../abi/lz';

const roundTrip = (src: Uint8Array) => {
  const packed = lzPack(src);
  const { data, end } = lzUnpack(packed, 0, src.length);
  expect(end).toBe(packed.length);
  expect(Buffer.from(data).equals(Buffer.from(src))).toBe(true);
  return packed;
};

describe('lz', () => {
  it('unpacks what it packs', () => {
    let seed = 12345;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) & 0xff;
    roundTrip(new Uint8Array(0));
    roundTrip(new Uint8Array([7]));
    roundTrip(Uint8Array.from({ length: 100_000 }, random));
    expect(roundTrip(new Uint8Array(70_000).fill(0x41)).length).toBeLessThan(20); // one overlapping match
    const words = ['duckdb::', 'std::__2::', 'vector<', 'Klass', '>::push_back(', ' const&)', 'int', ', '];
    const text = new TextEncoder().encode(Array.from({ length: 40_000 }, () => words[random() % words.length]).join(''));
    expect(roundTrip(text).length).toBeLessThan(text.length / 2);
    // a repeat further back than the window is not matched, and still reads back
    const far = Uint8Array.from({ length: 70_000 }, random);
    roundTrip(new Uint8Array([...far, ...far.subarray(0, 1000)]));
  });

  it('reads a stream written by hand', () => {
    // "abcabcabcX": 3 literals "abc", a match of 6 (6 − 4 = 2) from 3 back, 1 literal "X"
    const stream = new Uint8Array([3, 0x61, 0x62, 0x63, 2, 3, 1, 0x58]);
    expect(new TextDecoder().decode(lzUnpack(stream, 0, 10).data)).toBe('abcabcabcX');
    expect(lzUnpack(new Uint8Array([9, 9, 0]), 2, 0)).toEqual({ data: new Uint8Array(0), end: 3 });
    // a long match that does not overlap (copied in one move), then one that does (byte by byte)
    const abc = 'abcdefghijklmnopqrst';
    const long = new Uint8Array([20, ...new TextEncoder().encode(abc), 16, 20, 0, 21, 1]);
    expect(new TextDecoder().decode(lzUnpack(long, 0, 65).data)).toBe(abc + abc + 't'.repeat(25));
  });

  it('rejects a stream that does not fit, in one line', () => {
    expect(() => lzUnpack(new Uint8Array([3, 0x61]), 0, 3)).toThrow(/^3 literal bytes past the end at byte 1$/);
    expect(() => lzUnpack(new Uint8Array([1, 0x61, 0, 2]), 0, 5)).toThrow(/^a match of 4 bytes 2 back from 1 of 5 at byte 2$/);
    expect(() => lzUnpack(new Uint8Array([1, 0x61, 9, 1]), 0, 5)).toThrow(/^a match of 13 bytes 1 back from 1 of 5 at byte 2$/);
    expect(() => lzUnpack(new Uint8Array([1, 0x61]), 0, 5)).toThrow(/^truncated at byte 2$/);
  });
});
