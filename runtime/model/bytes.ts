// Byte-level reader and writer for the snapshot format: LEB128 varints (up to 2**53), zigzag,
// f64, UTF-8 strings. The reader checks every read against the end of the input and throws a
// SnapshotFormatError with the byte offset, so a damaged file can never read out of bounds,
// loop forever or make a huge allocation.
import { SnapshotFormatError } from './errors';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  private pos = 0;

  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }

  get length(): number {
    return this.pos;
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buf.set(data, this.pos);
    this.pos += data.length;
  }

  u8(value: number): void {
    this.reserve(1);
    this.buf[this.pos++] = value;
  }

  /** Unsigned LEB128; value must be an integer in [0, 2**53). */
  varint(value: number): void {
    this.reserve(8);
    const buf = this.buf;
    let pos = this.pos;
    // bit operations are exact below 2**31; larger values divide instead
    while (value > 0x7fffffff) {
      buf[pos++] = (value % 128) | 0x80;
      value = Math.floor(value / 128);
    }
    while (value > 0x7f) {
      buf[pos++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    buf[pos++] = value;
    this.pos = pos;
  }

  /** Many varints in one tight loop (the trace columns: a million values per snapshot). */
  varintArray(values: ArrayLike<number>): void {
    const n = values.length;
    for (let i = 0; i < n; ) {
      const chunkEnd = Math.min(n, i + 4096);
      this.reserve((chunkEnd - i) * 8);
      const buf = this.buf;
      let pos = this.pos;
      for (; i < chunkEnd; i++) {
        let v = values[i]!;
        if (v > 0x7fffffff) {
          this.pos = pos;
          this.varint(v); // room was reserved: the buffer does not move
          pos = this.pos;
          continue;
        }
        while (v > 0x7f) {
          buf[pos++] = (v & 0x7f) | 0x80;
          v >>>= 7;
        }
        buf[pos++] = v;
      }
      this.pos = pos;
    }
  }

  /** Signed values as zigzag varints (small magnitudes, either sign, stay short). */
  zigzag(value: number): void {
    this.varint(value < 0 ? -2 * value - 1 : 2 * value);
  }

  f64(value: number): void {
    this.reserve(8);
    new DataView(this.buf.buffer, this.buf.byteOffset).setFloat64(this.pos, value, true);
    this.pos += 8;
  }

  u32(value: number): void {
    this.reserve(4);
    new DataView(this.buf.buffer, this.buf.byteOffset).setUint32(this.pos, value, true);
    this.pos += 4;
  }

  string(text: string): void {
    // worst case 3 bytes per UTF-16 unit
    this.reserve(8 + text.length * 3);
    const lengthAt = this.pos;
    const { written } = encoder.encodeInto(text, this.buf.subarray(lengthAt + 8));
    this.varint(written);
    this.buf.copyWithin(this.pos, lengthAt + 8, lengthAt + 8 + written);
    this.pos += written;
  }

  /** Writes the byte length of what `body` writes, then it (sections are length-prefixed). */
  section(body: (w: ByteWriter) => void): void {
    const inner = new ByteWriter();
    body(inner);
    this.varint(inner.pos);
    this.bytes(inner.buf.subarray(0, inner.pos));
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

export class ByteReader {
  pos: number;
  end: number;
  private readonly view: DataView;

  constructor(
    readonly buf: Uint8Array,
    start = 0,
    end = buf.length,
  ) {
    this.pos = start;
    this.end = end;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  /**
   * The index of the item being read; a `#` in a label becomes `#<item>` in messages. Hot loops
   * set this number instead of building a label string per value (that cost more than decoding).
   */
  item = -1;

  private label(what: string): string {
    return this.item >= 0 ? what.replace('#', `#${this.item}`) : what;
  }

  fail(what: string, offset = this.pos): never {
    throw new SnapshotFormatError(what, offset);
  }

  need(n: number, what: string): void {
    if (n > this.end - this.pos) this.fail(`truncated ${this.label(what)}: needs ${n} bytes, ${this.end - this.pos} left`);
  }

  u8(what: string): number {
    if (this.pos >= this.end) this.fail(`truncated ${this.label(what)}: the data ends`);
    return this.buf[this.pos++]!;
  }

  /** Unsigned LEB128 of at most 8 bytes (values below 2**53). */
  varint(what: string): number {
    const buf = this.buf;
    let pos = this.pos;
    const end = this.end;
    if (pos < end) {
      const b = buf[pos]!;
      if (b < 0x80) {
        this.pos = pos + 1;
        return b;
      }
    }
    const start = pos;
    let result = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      if (pos >= end) this.fail(`truncated ${this.label(what)}: the varint is cut off`, start);
      if (i === 8) this.fail(`bad ${this.label(what)}: a varint longer than 8 bytes`, start);
      const b = buf[pos++]!;
      result += (b & 0x7f) * scale;
      scale *= 128;
      if (b < 0x80) break;
    }
    if (result > Number.MAX_SAFE_INTEGER) this.fail(`bad ${this.label(what)}: ${result} is above 2**53`, start);
    this.pos = pos;
    return result;
  }

  /**
   * `target.length` varints into `target`, each below `limit` (else `bad(i, value)` names the
   * problem). Values of up to four bytes decode inline; longer ones go through varint().
   */
  varintArray(target: Int32Array | Float64Array, limit: number, what: string, bad: (index: number, value: number) => string): void {
    const buf = this.buf;
    const end = this.end;
    const n = target.length;
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      const at = pos;
      let v: number;
      if (pos + 4 <= end) {
        const b0 = buf[pos]!;
        if (b0 < 0x80) {
          v = b0;
          pos += 1;
        } else {
          const b1 = buf[pos + 1]!;
          if (b1 < 0x80) {
            v = (b0 & 0x7f) | (b1 << 7);
            pos += 2;
          } else {
            const b2 = buf[pos + 2]!;
            if (b2 < 0x80) {
              v = (b0 & 0x7f) | ((b1 & 0x7f) << 7) | (b2 << 14);
              pos += 3;
            } else {
              this.pos = pos;
              v = this.varint(what);
              pos = this.pos;
            }
          }
        }
      } else {
        this.pos = pos;
        v = this.varint(what);
        pos = this.pos;
      }
      if (v >= limit) this.fail(bad(i, v), at);
      target[i] = v;
    }
    this.pos = pos;
  }

  /** A varint that must be below `limit` (an id, a count bounded by the bytes left, ...). */
  bounded(what: string, limit: number, expected: string): number {
    const at = this.pos;
    const value = this.varint(what);
    if (value >= limit) this.fail(`bad ${this.label(what)}: ${value} is not ${expected}`, at);
    return value;
  }

  /** A count of items that take at least `minBytes` each: never more than the bytes left allow. */
  count(what: string, minBytes: number): number {
    const at = this.pos;
    const value = this.varint(what);
    if (value * minBytes > this.end - this.pos) {
      this.fail(`bad ${this.label(what)}: ${value} items cannot fit in the ${this.end - this.pos} bytes left`, at);
    }
    return value;
  }

  zigzag(what: string): number {
    const v = this.varint(what);
    return v % 2 === 1 ? -(v + 1) / 2 : v / 2;
  }

  f64(what: string): number {
    this.need(8, what);
    const value = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return value;
  }

  u32(what: string): number {
    this.need(4, what);
    const value = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return value;
  }

  string(what: string): string {
    const at = this.pos;
    const length = this.varint(`${this.label(what)} length`);
    this.need(length, what);
    try {
      const text = decoder.decode(this.buf.subarray(this.pos, this.pos + length));
      this.pos += length;
      return text;
    } catch {
      return this.fail(`bad ${this.label(what)}: not valid UTF-8`, at);
    }
  }

  /** Reads a length-prefixed section; `body` must consume it exactly. */
  section<T>(what: string, body: (r: ByteReader) => T): T {
    const at = this.pos;
    const length = this.varint(`${this.label(what)} section length`);
    this.need(length, `${this.label(what)} section`);
    const inner = new ByteReader(this.buf, this.pos, this.pos + length);
    const result = body(inner);
    if (inner.pos !== inner.end) this.fail(`bad ${this.label(what)} section: ${inner.end - inner.pos} unread bytes at its end (section starts at byte ${at})`, inner.pos);
    this.pos = inner.end;
    return result;
  }
}

// CRC-32 (IEEE, as zlib/PNG): catches the corruption a structurally valid file can still carry.
// Slicing-by-4 (four 256-entry tables, one 32-bit word per step): ~4x the byte-at-a-time speed,
// which matters when the checksum covers a 5 MB file that must load in well under 200 ms.
const CRC_TABLES = (() => {
  const t = new Int32Array(1024);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) for (let k = 1; k < 4; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n]! >>> 8) ^ t[t[(k - 1) * 256 + n]! & 0xff]!;
  return t;
})();

export function crc32(data: Uint8Array, start = 0, end = data.length): number {
  const t = CRC_TABLES;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let crc = -1;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    crc ^= view.getInt32(i, true);
    crc = t[768 + (crc & 0xff)]! ^ t[512 + ((crc >>> 8) & 0xff)]! ^ t[256 + ((crc >>> 16) & 0xff)]! ^ t[crc >>> 24]!;
  }
  for (; i < end; i++) crc = t[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
