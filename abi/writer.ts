// A growable byte buffer with the LEB128 encoders: the one writer of wasm bytes (instrument/'s
// rewrite) and of the site table's section (site-codec.ts).

const utf8 = new TextEncoder();

export class Writer {
  buf: Uint8Array;
  len = 0;

  constructor(capacity = 1024) {
    this.buf = new Uint8Array(capacity);
  }

  private grow(n: number): this {
    if (this.len + n <= this.buf.length) return this;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
    return this;
  }

  /** Room for `n` more bytes in `buf` (a caller that writes `buf` itself, then sets `len`). */
  reserve(n: number): this {
    return this.grow(n);
  }

  u8(b: number): this {
    this.grow(1);
    this.buf[this.len++] = b;
    return this;
  }

  /** Several single bytes (opcodes). */
  op(...bytes: number[]): this {
    this.grow(bytes.length);
    for (const b of bytes) this.buf[this.len++] = b;
    return this;
  }

  bytes(b: Uint8Array): this {
    this.grow(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }

  /** `src[from, to)`: short ranges byte by byte (no subarray object per call, the rewrite's hot path). */
  range(src: Uint8Array, from: number, to: number): this {
    const n = to - from;
    this.grow(n);
    if (n > 64) {
      this.buf.set(src.subarray(from, to), this.len);
    } else {
      const buf = this.buf;
      let at = this.len;
      for (let i = from; i < to; i++) buf[at++] = src[i]!;
    }
    this.len += n;
    return this;
  }

  uleb(n: number): this {
    this.grow(5);
    do {
      let byte = n & 0x7f;
      n >>>= 7;
      if (n) byte |= 0x80;
      this.buf[this.len++] = byte;
    } while (n);
    return this;
  }

  /** Signed LEB128 of a 32-bit integer (i32.const immediates). */
  sleb(n: number): this {
    this.grow(5);
    n |= 0;
    for (;;) {
      const byte = n & 0x7f;
      n >>= 7;
      if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) { this.buf[this.len++] = byte; return this; }
      this.buf[this.len++] = byte | 0x80;
    }
  }

  /** `u length · UTF-8`; ASCII (nearly every name) written as it is read, with no encoder's array. */
  name(s: string): this {
    // ASCII is copied as it is checked, in one pass; at the first code unit past it, the bytes
    // written are dropped and the string encoded
    const n = s.length, start = this.len;
    this.uleb(n).grow(n);
    const buf = this.buf;
    let at = this.len;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.len = start;
        const b = utf8.encode(s);
        return this.uleb(b.length).bytes(b);
      }
      buf[at++] = c;
    }
    this.len = at;
    return this;
  }

  /**
   * `before` · the written bytes · `after`, in this writer's own buffer (a view; the writer is
   * spent). The written bytes move once within pages already touched: a fresh buffer of the
   * whole size would be touched page by page again (a 60 MB module: ~15 k page faults, at ~10 µs
   * each on a VM).
   */
  around(before: Uint8Array, after: Uint8Array): Uint8Array {
    const n = this.len, total = before.length + n + after.length;
    this.grow(total - n);
    this.buf.copyWithin(before.length, 0, n);
    this.buf.set(before, 0);
    this.buf.set(after, before.length + n);
    this.len = total;
    return this.buf.subarray(0, total);
  }

  /** The written bytes (a view; copy if the writer is reused). */
  get result(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

/** `id size payload`: one section. */
export function section(out: Writer, id: number, payload: Uint8Array): void {
  out.u8(id).uleb(payload.length).bytes(payload);
}

/** `0 size name payload`: a custom section, the payload copied once (the site table: MBs). */
export function customSection(out: Writer, name: string, payload: Uint8Array): void {
  const head = new Writer(3 * name.length + 8).name(name);
  out.u8(0).uleb(head.len + payload.length).bytes(head.result).bytes(payload);
}
