/**
 * The live table of one domain: pointer → (size, traceback id).
 *
 * Open addressing with linear probing over ONE Uint32Array of 3-word slots [ptr, size, tb]:
 * a lookup touches one cache line, an event allocates nothing, and the table's memory is just
 * the array (12 B per slot, load 3/8..3/4, so 16–32 B per live allocation). Deletion shifts
 * the following cluster back instead of leaving tombstones, so churn never degrades probes.
 * Pointer 0 marks an empty slot: the hooks never report a null pointer (docs/hook-abi.md).
 */

const STRIDE = 3;
const SIZE = 1;
const TB = 2;
const INITIAL_CAPACITY = 1024; // slots; a power of two

/** Fibonacci hashing: pointers are 8/16-aligned, multiplying spreads the low zero bits. */
const GOLDEN = 0x9e3779b1;

export class LiveTable {
  private slots = new Uint32Array(INITIAL_CAPACITY * STRIDE);
  private mask = INITIAL_CAPACITY - 1;
  private shift = 32 - Math.log2(INITIAL_CAPACITY);
  private growAt = (INITIAL_CAPACITY * 3) >>> 2;
  /** Number of live entries. */
  count = 0;

  /** Slot index (in slots, not words) of `ptr`, or -1. */
  find(ptr: number): number {
    const slots = this.slots;
    let i = Math.imul(ptr, GOLDEN) >>> this.shift;
    for (;;) {
      const key = slots[i * STRIDE];
      if (key === ptr) return i;
      if (key === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  sizeAt(slot: number): number {
    return this.slots[slot * STRIDE + SIZE];
  }

  tracebackAt(slot: number): number {
    return this.slots[slot * STRIDE + TB];
  }

  /** Inserts or overwrites; returns the previous size, or -1 if `ptr` was not live. */
  set(ptr: number, size: number, tb: number): number {
    // Grow before probing (one loop, no re-probe after a rehash); an overwrite may grow a
    // little early, which is harmless.
    if (this.count >= this.growAt) this.rehash((this.mask + 1) * 2);
    const slots = this.slots;
    const mask = this.mask;
    let i = Math.imul(ptr, GOLDEN) >>> this.shift;
    for (;;) {
      const w = i * STRIDE;
      const key = slots[w];
      if (key === ptr) {
        const old = slots[w + SIZE];
        slots[w + SIZE] = size;
        slots[w + TB] = tb;
        return old;
      }
      if (key === 0) {
        slots[w] = ptr;
        slots[w + SIZE] = size;
        slots[w + TB] = tb;
        this.count++;
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Removes `ptr`; returns its size, or -1 if it was not live. Backward-shift deletion: later
   * members of the cluster move into the hole when their home allows, so no tombstones.
   */
  remove(ptr: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const shift = this.shift;
    let i = Math.imul(ptr, GOLDEN) >>> shift;
    for (;;) {
      const key = slots[i * STRIDE];
      if (key === ptr) break;
      if (key === 0) return -1;
      i = (i + 1) & mask;
    }
    const size = slots[i * STRIDE + SIZE];
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      const key = slots[j * STRIDE];
      if (key === 0) break;
      const home = Math.imul(key, GOLDEN) >>> shift;
      // The entry at j may move to i only if its home is not cyclically inside (i, j].
      if (i <= j ? home > i && home <= j : home > i || home <= j) continue;
      // three stores beat copyWithin's builtin call on this path
      const to = i * STRIDE;
      const from = j * STRIDE;
      slots[to] = key;
      slots[to + SIZE] = slots[from + SIZE];
      slots[to + TB] = slots[from + TB];
      i = j;
    }
    slots[i * STRIDE] = 0;
    this.count--;
    return size;
  }

  private rehash(capacity: number): void {
    const old = this.slots;
    this.slots = new Uint32Array(capacity * STRIDE);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    this.growAt = (capacity * 3) >>> 2;
    const slots = this.slots;
    for (let w = 0; w < old.length; w += STRIDE) {
      const key = old[w];
      if (key === 0) continue;
      let i = Math.imul(key, GOLDEN) >>> this.shift;
      while (slots[i * STRIDE] !== 0) i = (i + 1) & this.mask;
      slots[i * STRIDE] = key;
      slots[i * STRIDE + SIZE] = old[w + SIZE];
      slots[i * STRIDE + TB] = old[w + TB];
    }
  }

  /** Calls `fn(ptr, size, tb)` for every live entry (snapshot time only). */
  forEach(fn: (ptr: number, size: number, tb: number) => void): void {
    const slots = this.slots;
    for (let w = 0; w < slots.length; w += STRIDE) {
      if (slots[w] !== 0) fn(slots[w], slots[w + SIZE], slots[w + TB]);
    }
  }

  /** Empties the table and gives its memory back (stop() / clearTraces()). */
  clear(): void {
    this.slots = new Uint32Array(INITIAL_CAPACITY * STRIDE);
    this.mask = INITIAL_CAPACITY - 1;
    this.shift = 32 - Math.log2(INITIAL_CAPACITY);
    this.growAt = (INITIAL_CAPACITY * 3) >>> 2;
    this.count = 0;
  }

  get byteLength(): number {
    return this.slots.byteLength;
  }
}
