// Open-addressing hash tables over typed arrays that intern integer tuples and integer sequences
// to dense ids (0, 1, 2, … in insertion order). They replace Maps keyed by strings or by doubles:
// with a million distinct frames or stacks those made the garbage collector the main cost.

const EMPTY = 0; // slots hold id + 1

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) | 0;
}

/** Interns fixed-arity tuples of 32-bit integers (values are compared as int32 bit patterns). */
export class TupleInterner {
  private slots: Int32Array;
  private data: Int32Array;
  private mask: number;
  size = 0;

  constructor(
    private readonly arity: 1 | 2 | 4,
    expected = 16,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.data = new Int32Array(Math.max(16, expected) * arity);
  }

  private hash(a: number, b: number, c: number, d: number): number {
    return mix(Math.imul(a ^ 0x2c1b3c6d, 0x9e3779b1) ^ Math.imul(b ^ 0x297a2d39, 0x85ebca77) ^ Math.imul(c ^ 0x1b873593, 0xc2b2ae3d) ^ Math.imul(d, 0x27d4eb2f));
  }

  private equals(id: number, a: number, b: number, c: number, d: number): boolean {
    const k = id * this.arity;
    const data = this.data;
    if (data[k] !== a) return false;
    if (this.arity === 1) return true;
    if (data[k + 1] !== b) return false;
    return this.arity === 2 || (data[k + 2] === c && data[k + 3] === d);
  }

  /** The id of the tuple, or -1 when it was never interned. */
  find(a: number, b = 0, c = 0, d = 0): number {
    // components beyond the arity are ignored: zero them so they cannot change the hash
    a |= 0;
    b = this.arity > 1 ? b | 0 : 0;
    c = this.arity > 2 ? c | 0 : 0;
    d = this.arity > 2 ? d | 0 : 0;
    for (let i = this.hash(a, b, c, d) & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i]!;
      if (slot === EMPTY) return -1;
      if (this.equals(slot - 1, a, b, c, d)) return slot - 1;
    }
  }

  /** The id of the tuple, interning it when new (then the id is the previous `size`). */
  intern(a: number, b = 0, c = 0, d = 0): number {
    // components beyond the arity are ignored: zero them so they cannot change the hash
    a |= 0;
    b = this.arity > 1 ? b | 0 : 0;
    c = this.arity > 2 ? c | 0 : 0;
    d = this.arity > 2 ? d | 0 : 0;
    let i = this.hash(a, b, c, d) & this.mask;
    for (; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i]!;
      if (slot === EMPTY) break;
      if (this.equals(slot - 1, a, b, c, d)) return slot - 1;
    }
    const id = this.size++;
    if ((id + 1) * this.arity > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const k = id * this.arity;
    this.data[k] = a;
    if (this.arity > 1) this.data[k + 1] = b;
    if (this.arity > 2) {
      this.data[k + 2] = c;
      this.data[k + 3] = d;
    }
    this.slots[i] = id + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const capacity = this.slots.length * 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    const data = this.data;
    const n = this.arity;
    for (let id = 0; id < this.size; id++) {
      const k = id * n;
      const h = this.hash(data[k]!, n > 1 ? data[k + 1]! : 0, n > 2 ? data[k + 2]! : 0, n > 2 ? data[k + 3]! : 0);
      let i = h & this.mask;
      while (this.slots[i] !== EMPTY) i = (i + 1) & this.mask;
      this.slots[i] = id + 1;
    }
  }
}

/** Interns variable-length sequences of 32-bit integers (stacks of frame or line ids). */
export class SequenceInterner {
  private slots: Int32Array;
  private mask: number;
  private hashes: Int32Array;
  private starts: Int32Array;
  private values: Int32Array;
  private used = 0;
  size = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.hashes = new Int32Array(Math.max(16, expected));
    this.starts = new Int32Array(Math.max(16, expected) + 1);
    this.values = new Int32Array(Math.max(16, expected * 4));
  }

  static hash(seq: ArrayLike<number>, from: number, to: number): number {
    let h = 0x811c9dc5 ^ (to - from);
    for (let i = from; i < to; i++) h = Math.imul(h ^ seq[i]!, 0x01000193);
    return mix(h);
  }

  private equals(id: number, seq: ArrayLike<number>, from: number, to: number): boolean {
    const start = this.starts[id]!;
    if (this.starts[id + 1]! - start !== to - from) return false;
    const values = this.values;
    for (let i = from, j = start; i < to; i++, j++) if (values[j] !== (seq[i]! | 0)) return false;
    return true;
  }

  /** The id of seq[from..to), or -1 when it was never interned. */
  find(seq: ArrayLike<number>, from = 0, to = seq.length): number {
    const h = SequenceInterner.hash(seq, from, to);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i]!;
      if (slot === EMPTY) return -1;
      if (this.hashes[slot - 1] === h && this.equals(slot - 1, seq, from, to)) return slot - 1;
    }
  }

  /** The id of seq[from..to), interning a copy when new (then the id is the previous `size`). */
  intern(seq: ArrayLike<number>, from = 0, to = seq.length): number {
    const h = SequenceInterner.hash(seq, from, to);
    let i = h & this.mask;
    for (; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i]!;
      if (slot === EMPTY) break;
      if (this.hashes[slot - 1] === h && this.equals(slot - 1, seq, from, to)) return slot - 1;
    }
    const id = this.size++;
    if (id + 2 > this.starts.length) this.starts = grow(this.starts, (id + 2) * 2);
    if (id + 1 > this.hashes.length) this.hashes = grow(this.hashes, (id + 1) * 2);
    const length = to - from;
    if (this.used + length > this.values.length) this.values = grow(this.values, Math.max(this.values.length * 2, this.used + length));
    for (let k = from; k < to; k++) this.values[this.used++] = seq[k]!;
    this.starts[id + 1] = this.used;
    this.hashes[id] = h;
    this.slots[i] = id + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const capacity = this.slots.length * 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      let i = this.hashes[id]! & this.mask;
      while (this.slots[i] !== EMPTY) i = (i + 1) & this.mask;
      this.slots[i] = id + 1;
    }
  }
}

function grow(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}
