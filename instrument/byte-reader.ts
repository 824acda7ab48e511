// A cursor over little-endian bytes: LEB128 (wasm, DWARF), fixed-width integers (DWARF),
// NUL-terminated and length-prefixed strings. Shared by the code reader and the DWARF/name
// parsers so that every bounds check and every error message is written once.
//
// Why not DataView everywhere: LEB128 dominates (every wasm immediate, every DWARF attribute),
// and a hand-rolled loop over a Uint8Array is the fastest thing V8 offers for it.

/** Malformed or truncated binary data. The message says where, what was read, what was expected. */
export class BinaryReadError extends Error {
  override name = 'BinaryReadError';
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

export class ByteReader {
  pos: number;
  /** Exclusive end: reads past it throw, so a bad length cannot walk into the next section. */
  end: number;

  constructor(readonly bytes: Uint8Array, start = 0, end = bytes.length) {
    if (start < 0 || end > bytes.length || start > end) {
      throw new BinaryReadError(`range [${start}, ${end}) is outside the ${bytes.length}-byte buffer`, start);
    }
    this.pos = start;
    this.end = end;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  fail(what: string, at = this.pos): never {
    throw new BinaryReadError(`${what} at byte 0x${at.toString(16)}`, at);
  }

  /** Throws unless n more bytes are available. */
  need(n: number, what: string): void {
    if (n < 0 || this.pos + n > this.end) {
      this.fail(`truncated ${what}: ${n} bytes needed, ${Math.max(0, this.end - this.pos)} left`);
    }
  }

  skip(n: number, what = 'data'): void {
    this.need(n, what);
    this.pos += n;
  }

  u8(): number {
    if (this.pos >= this.end) this.fail('unexpected end of data');
    return this.bytes[this.pos++]!;
  }

  u16(): number {
    this.need(2, 'u16');
    const b = this.bytes, p = this.pos;
    this.pos = p + 2;
    return b[p]! | (b[p + 1]! << 8);
  }

  u32(): number {
    this.need(4, 'u32');
    const b = this.bytes, p = this.pos;
    this.pos = p + 4;
    return (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16)) + b[p + 3]! * 0x1000000;
  }

  /** 64-bit value as a number: exact below 2^53, which every wasm address and DWARF offset is. */
  u64(): number {
    const lo = this.u32();
    const hi = this.u32();
    return hi * 0x100000000 + lo;
  }

  /** Fixed-size unsigned integer of 1, 2, 4 or 8 bytes (DWARF address and offset sizes). */
  uint(size: number): number {
    switch (size) {
      case 1: return this.u8();
      case 2: return this.u16();
      case 4: return this.u32();
      case 8: return this.u64();
      default: return this.fail(`unsupported integer size ${size} (expected 1, 2, 4 or 8)`);
    }
  }

  /** Unsigned LEB128. Values above 2^53 lose precision (never met in offsets and indices). */
  uleb(): number {
    const b = this.bytes;
    let p = this.pos;
    // Fast path: one byte covers most indices and immediates.
    if (p < this.end) {
      const first = b[p]!;
      if (first < 0x80) {
        this.pos = p + 1;
        return first;
      }
    }
    let result = 0;
    let mul = 1;
    for (;;) {
      if (p >= this.end) this.fail('truncated LEB128', this.pos);
      const byte = b[p++]!;
      result += (byte & 0x7f) * mul;
      if (byte < 0x80) break;
      mul *= 128;
      if (mul > 2 ** 70) this.fail('LEB128 longer than 10 bytes', this.pos);
    }
    this.pos = p;
    return result;
  }

  /** Unsigned LEB128 that must fit in 32 bits (wasm u32: counts, indices, sizes). */
  u32leb(what = 'u32'): number {
    const at = this.pos;
    const v = this.uleb();
    if (v > 0xffffffff) this.fail(`${what} ${v} does not fit in 32 bits`, at);
    return v;
  }

  /** Signed LEB128 (values within ±2^53 exactly). */
  sleb(): number {
    const b = this.bytes;
    let p = this.pos;
    let result = 0;
    let mul = 1;
    let byte: number;
    do {
      // From the 8th byte on, the two's-complement sum leaves the exact range of a double: BigInt.
      if (mul >= 2 ** 49) return this.slebBig();
      if (p >= this.end) this.fail('truncated signed LEB128', this.pos);
      byte = b[p++]!;
      result += (byte & 0x7f) * mul;
      mul *= 128;
    } while (byte >= 0x80);
    if (byte & 0x40) result -= mul;
    this.pos = p;
    return result;
  }

  private slebBig(): number {
    const b = this.bytes;
    let p = this.pos;
    let result = 0n;
    let shift = 0n;
    let byte: number;
    do {
      if (p >= this.end) this.fail('truncated signed LEB128', this.pos);
      if (shift > 70n) this.fail('signed LEB128 longer than 11 bytes', this.pos);
      byte = b[p++]!;
      result |= BigInt(byte & 0x7f) << shift;
      shift += 7n;
    } while (byte >= 0x80);
    if (byte & 0x40) result -= 1n << shift;
    this.pos = p;
    return Number(result);
  }

  /** Skips a LEB128 of either sign without decoding it (immediates nobody reads). */
  skipLeb(): void {
    const b = this.bytes;
    let p = this.pos;
    const start = p;
    for (;;) {
      if (p >= this.end) this.fail('truncated LEB128', start);
      if (b[p++]! < 0x80) break;
      if (p - start > 10) this.fail('LEB128 longer than 10 bytes', start);
    }
    this.pos = p;
  }

  /** wasm `name`: u32 byte length then UTF-8. */
  name(): string {
    const len = this.u32leb('name length');
    this.need(len, 'name');
    const s = utf8.decode(this.bytes.subarray(this.pos, this.pos + len));
    this.pos += len;
    return s;
  }

  /**
   * A name, sliced out of `text` (asciiText() of the bytes from `base` on) when it is not null
   * and the name's bytes are ASCII: one string for a whole section of names rather than a decoder
   * call and a string each. A name with any other byte is decoded alone, as name() decodes it.
   */
  nameIn(text: string | null, base: number): string {
    if (text === null) return this.name();
    const len = this.u32leb('name length');
    this.need(len, 'name');
    const b = this.bytes, at = this.pos, to = at + len;
    for (let i = at; i < to; i++) {
      if (b[i]! >= 0x80) { this.pos = to; return utf8.decode(b.subarray(at, to)); }
    }
    this.pos = to;
    return text.substring(at - base, to - base);
  }

  /** DWARF string: UTF-8 up to a NUL byte. */
  cstring(): string {
    const start = this.pos;
    const b = this.bytes;
    let p = start;
    while (p < this.end && b[p] !== 0) p++;
    if (p >= this.end) this.fail('string without a terminating NUL', start);
    this.pos = p + 1;
    return decodeUtf8(b, start, p);
  }
}

/**
 * The unsigned LEB128 at `p`, read again in place where a decoder has read and bounds-checked it
 * already (no reader object per immediate: the rewrite and the fingerprints read thousands).
 */
export function ulebAt(b: Uint8Array, p: number): number {
  let result = 0, mul = 1;
  for (;;) {
    const x = b[p++]!;
    result += (x & 0x7f) * mul;
    if (x < 0x80) return result;
    mul *= 128;
  }
}

/**
 * Bytes [start, end) as a string of as many characters, for names to be sliced out of it (nameIn):
 * each ASCII byte as its character, any other byte as U+0000 (nameIn decodes a name with such a
 * byte alone). A section of names holds LEB128 counts and indices too, whose bytes past 0x7f left
 * no section of a big module all ASCII (DuckDB's 7.4 MB of exports: 75 k decoder calls).
 */
export function asciiText(b: Uint8Array, start: number, end: number): string {
  for (let i = start; i < end; i++) if (b[i]! >= 0x80) return maskedText(b, start, end, i);
  return utf8.decode(b.subarray(start, end));
}

/**
 * asciiText() of bytes whose first past ASCII is at `first`: a copy with those bytes zero, decoded
 * once. The copy is masked four bytes at a time (DuckDB's export section: 7.4 MB).
 */
function maskedText(b: Uint8Array, start: number, end: number, first: number): string {
  const a = new Uint8Array(end - start);
  a.set(b.subarray(start, end));
  const words = new Uint32Array(a.buffer, 0, a.length >>> 2);
  for (let i = (first - start) >>> 2; i < words.length; i++) {
    const w = words[i]!, high = w & 0x80808080;
    if (high !== 0) words[i] = w & ~Math.imul(high >>> 7, 0xff); // each byte past 0x7f: 0
  }
  for (let i = words.length << 2; i < a.length; i++) if (a[i]! >= 0x80) a[i] = 0;
  return utf8.decode(a);
}

/** Decodes bytes [start, end) as UTF-8; ASCII (nearly every path and symbol) skips TextDecoder. */
export function decodeUtf8(b: Uint8Array, start: number, end: number): string {
  if (end - start < 64) {
    let ascii = true;
    for (let i = start; i < end; i++) if (b[i]! >= 0x80) { ascii = false; break; }
    if (ascii) return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
  }
  return utf8.decode(b.subarray(start, end));
}

/** NUL-terminated string at an absolute offset of a string section (.debug_str, .debug_line_str). */
export function cstringAt(section: Uint8Array, offset: number, what: string): string {
  if (offset < 0 || offset >= section.length) {
    throw new BinaryReadError(`${what} offset 0x${offset.toString(16)} is outside the ${section.length}-byte section`, offset);
  }
  let p = offset;
  while (p < section.length && section[p] !== 0) p++;
  return decodeUtf8(section, offset, p);
}
