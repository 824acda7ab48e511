// The code identity's SHA-256 (abi/code-identity.ts): Node's where it runs, else the file's own
// JS (the browser): both must be SHA-256, checked against node:crypto at the block-padding edges.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256Js } from '../../abi/code-identity';

describe('sha256', () => {
  it('the JS SHA-256 and the one used here equal node:crypto at every padding edge', () => {
    for (const n of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 65537]) {
      const data = new Uint8Array(n).map((_, i) => (i * 7 + n) & 255);
      const want = createHash('sha256').update(data).digest('hex');
      expect(sha256Js(data), `${n} bytes`).toBe(want);
      expect(sha256Hex(data), `${n} bytes`).toBe(want);
    }
  });
});
