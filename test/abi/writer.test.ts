// abi/writer.ts's `name`: `u length · UTF-8` as TextEncoder encodes it, for ASCII (copied as it is
// checked) and for strings whose first code unit past ASCII comes at the start, in the middle or
// at the end, including lengths where the UTF-8 length's LEB128 is longer than the code units'
// (126 ASCII + 'é': 127 code units, one byte; 128 UTF-8 bytes, two), in a writer that grows.
import { describe, expect, it } from 'vitest';
import { Writer } from '../../abi/writer';

const expected = (strings: string[]) => {
  const out: number[] = [];
  for (const s of strings) {
    const b = new TextEncoder().encode(s);
    let n = b.length;
    do { out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0)); n >>>= 7; } while (n);
    out.push(...b);
  }
  return out;
};

describe('Writer.name', () => {
  it('writes the UTF-8 of any string after its byte length', () => {
    const strings = ['', 'malloc', 'é', 'aé', 'éa', `${'a'.repeat(126)}é`, `é${'a'.repeat(126)}`, `${'a'.repeat(127)}`, `${'a'.repeat(128)}`,
      'operator new(unsigned long)', 'std::__2::basic_string<char>', '\u{1F600}', `x${'\u{1F600}'.repeat(50)}y`, '\x7f\x80'];
    for (const capacity of [1, 8, 1024]) {
      const w = new Writer(capacity);
      w.u8(0xaa);
      for (const s of strings) w.name(s);
      expect([...w.result]).toEqual([0xaa, ...expected(strings)]);
    }
  });
});
