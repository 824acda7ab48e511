// A byte-oriented LZ77 for the site table's string pool and rows (site-codec.ts): a C++ module's ~43 k
// demangled names repeat their namespaces, classes and template arguments (DuckDB's: 6.3 MB as
// plain strings, 0.8 MB packed). Small enough to decode in the runtime, in any engine, sync.
//
//   stream = sequences until `size` bytes are out (an empty input: one `0`):
//     u literals · literal bytes · (when bytes remain) u (match length − 4) · u distance (≥ 1)
// u = unsigned LEB128. A match copies `length` bytes starting `distance` back in the output (it
// may overlap what it writes: distance 1 repeats the last byte). The packer is greedy: at each
// position the longest of the last CHAIN earlier positions with the same 4 bytes, within WINDOW.
import { Writer } from './writer';

const MIN = 4;
const WINDOW = 1 << 16;
const CHAIN = 4;
const HASH_BITS = 16;

export function lzPack(src: Uint8Array): Uint8Array {
  const out = new Writer(Math.max(64, src.length >> 2));
  // (the loop in a function of its own, ending in a `return`: TurboFan compiles it while it runs,
  // and the code after it, not yet run then, threw that code away when reached)
  const literalsFrom = packSequences(src, out);
  if (literalsFrom < src.length || src.length === 0) out.uleb(src.length - literalsFrom).range(src, literalsFrom, src.length);
  return out.result.slice();
}

/** Writes the sequences up to the last match into `out`; returns where the trailing literals start. */
function packSequences(src: Uint8Array, out: Writer): number {
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  // The chains as a ring of WINDOW entries (256 KiB, in cache, where one entry per input byte was
  // 25 MB for DuckDB's pool): a position's entry is overwritten only by the position WINDOW
  // later, and a chain is never followed past WINDOW back.
  const prev = new Int32Array(WINDOW);
  let literalsFrom = 0;
  let i = 0;
  while (i < src.length) {
    let best = 0;
    let distance = 0;
    if (i + MIN <= src.length) {
      let candidate = head[hash(src, i)]!;
      for (let n = CHAIN; candidate >= 0 && i - candidate <= WINDOW && n > 0; n--) {
        // only a longer match counts: one that differs at `best` is not (most candidates, once one matched)
        if (best === 0 || src[candidate + best] === src[i + best]) {
          let length = 0;
          while (i + length < src.length && src[candidate + length] === src[i + length]) length++;
          if (length > best) { best = length; distance = i - candidate; }
        }
        candidate = prev[candidate & (WINDOW - 1)]!;
      }
    }
    if (best < MIN) {
      insert(src, head, prev, i++);
      continue;
    }
    out.uleb(i - literalsFrom).range(src, literalsFrom, i).uleb(best - MIN).uleb(distance);
    // positions inside a match are not indexed (the packer's time), only its start and last bytes
    insert(src, head, prev, i);
    for (let k = Math.max(1, best - MIN); k < best; k++) insert(src, head, prev, i + k);
    i += best;
    literalsFrom = i;
  }
  return literalsFrom;
}

// (functions of their own, not closures: a second lzPack's new closures were new call targets to
// its optimised code, which was thrown away for them)
function hash(src: Uint8Array, i: number): number {
  return Math.imul(src[i]! | (src[i + 1]! << 8) | (src[i + 2]! << 16) | (src[i + 3]! << 24), 0x9e3779b1) >>> (32 - HASH_BITS);
}

function insert(src: Uint8Array, head: Int32Array, prev: Int32Array, i: number): void {
  if (i + MIN > src.length) return;
  const h = hash(src, i);
  prev[i & (WINDOW - 1)] = head[h]!;
  head[h] = i;
}

/**
 * Unpacks `size` bytes from `bytes` at `pos`; returns them and where the stream ended. Throws a
 * one-line Error on a stream that does not fit (past its end, a match before the start).
 */
export function lzUnpack(bytes: Uint8Array, pos: number, size: number): { data: Uint8Array; end: number } {
  const data = new Uint8Array(size);
  let o = 0;
  const u = (): number => {
    let v = 0;
    for (let shift = 1; ; shift *= 128) {
      if (pos >= bytes.length) throw new Error(`truncated at byte ${pos}`);
      const b = bytes[pos++]!;
      v += (b & 0x7f) * shift;
      if (b < 0x80) return v;
      if (shift > 2 ** 28) throw new Error(`a number past 2^35 at byte ${pos}`);
    }
  };
  for (;;) {
    const literals = u();
    if (literals > size - o || literals > bytes.length - pos) throw new Error(`${literals} literal bytes past the end at byte ${pos}`);
    if (literals > 32) data.set(bytes.subarray(pos, pos + literals), o);
    else for (let k = 0; k < literals; k++) data[o + k] = bytes[pos + k]!;
    pos += literals;
    o += literals;
    if (o === size) break;
    const at = pos;
    const length = u() + MIN;
    const distance = u();
    if (distance < 1 || distance > o || length > size - o) throw new Error(`a match of ${length} bytes ${distance} back from ${o} of ${size} at byte ${at}`);
    // a match that does not overlap what it writes is one memmove (most: names repeat whole namespaces)
    if (distance >= length && length > 16) {
      data.copyWithin(o, o - distance, o - distance + length);
      o += length;
    } else {
      for (let k = o - distance, e = o + length; o < e; k++, o++) data[o] = data[k]!;
    }
    if (o === size) break;
  }
  return { data, end: pos };
}
