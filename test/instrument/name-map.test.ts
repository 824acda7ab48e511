// The name section's function and global names copied as bytes (binary/remap.ts asciiNameMap: a Rust
// module's section is MBs of them), as the decoding path (decode, sort, encode) writes them.

import { describe, expect, it } from 'vitest';
import { asciiNameMap } from '../../instrument/binary/remap';
import { ByteReader } from '../../instrument/byte-reader';
import { Writer } from '../../abi/writer';

describe('asciiNameMap: a name map copied as bytes', () => {
  // What rewriteNames() wrote (and writes still when a name is not ASCII): every name decoded,
  // [extra…, names…] sorted by index (stable: an extra first on a tie), encoded again.
  const decoded = (payload: Uint8Array, map: (i: number) => number, extra: [number, string][]): Uint8Array => {
    const entries: [number, string][] = [...extra];
    const r = new ByteReader(payload);
    const n = r.u32leb();
    for (let i = 0; i < n; i++) { const idx = r.u32leb(); entries.push([map(idx), r.name()]); }
    entries.sort((a, b) => a[0] - b[0]);
    const w = new Writer();
    w.uleb(entries.length);
    for (const [i, s] of entries) w.uleb(i).name(s);
    return w.result.slice();
  };
  const payloadOf = (entries: [number, string][], longLengths = false): Uint8Array => {
    const w = new Writer().uleb(entries.length);
    for (const [i, s] of entries) {
      w.uleb(i);
      if (longLengths) w.u8(0x80 | s.length).u8(0).bytes(new TextEncoder().encode(s)); // (a length in two bytes)
      else w.name(s);
    }
    return w.result.slice();
  };
  const shift = (i: number) => (i < 3 ? i : i + 5);

  it('writes what decoding writes: indices remapped, the extra names merged in order', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 50; round++) {
      const names: [number, string][] = [];
      for (let i = 0, idx = 0; i < 1 + Math.floor(random() * 300); i++) {
        idx += 1 + Math.floor(random() * 3);
        names.push([idx, `_ZN${'abcdefgh'.slice(0, 1 + Math.floor(random() * 8))}${idx}E`.slice(0, Math.floor(random() * 20))]);
      }
      const extra: [number, string][] = Array.from({ length: Math.floor(random() * 6) }, () => [Math.floor(random() * 700), `wasm-tracemalloc.x${Math.floor(random() * 9)}`]);
      if (names.length) extra.push([shift(names[0]![0]), 'a tie']); // (written before the name of that index)
      const payload = payloadOf(names, round % 5 === 0);
      const copied = asciiNameMap(payload, shift, extra);
      expect(copied).not.toBeNull();
      expect([...copied!]).toEqual([...decoded(payload, shift, extra)]);
    }
  });

  it('leaves a name that is not ASCII, or indices out of order, to decoding', () => {
    expect(asciiNameMap(payloadOf([[1, 'a'], [2, 'é']]), shift, [])).toBeNull();
    expect(asciiNameMap(payloadOf([[2, 'a'], [1, 'b']]), shift, [])).toBeNull();
    expect(asciiNameMap(payloadOf([[2, 'a'], [2, 'b']]), shift, [])).toBeNull();
    expect(() => asciiNameMap(payloadOf([[1, 'abc']]).subarray(0, 4), shift, [])).toThrow(/truncated name/);
  });
});
