/**
 * Interned tracebacks of one domain: a traceback is a sequence of site ids (most recent first)
 * plus its total depth; equal sequences get the same id, so the live table stores one u32.
 *
 * Everything is typed arrays: `frames` is a pool of site ids, `meta` holds [offset, length,
 * totalNframe] per id, and `index` is an open-addressing set of ids (id + 1, 0 = empty) keyed
 * by a hash of the sequence. `bySite` short-cuts the nframe=1 case (one frame, total 1) to an
 * array lookup, so the common hook does no hashing at all.
 */

const META = 3;
const GOLDEN = 0x9e3779b1;
/** Sites beyond this use the hashed path instead of growing `bySite` (guards odd site ids). */
const MAX_DIRECT_SITE = 1 << 20;

function hashSequence(sites: Uint32Array, n: number, total: number): number {
  let h = Math.imul(total ^ 0x2545f491, GOLDEN);
  for (let i = 0; i < n; i++) {
    h = Math.imul(h ^ sites[i], GOLDEN);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

export class TracebackTable {
  private frames = new Uint32Array(256);
  private framesUsed = 0;
  private meta = new Uint32Array(64 * META);
  private hashes = new Uint32Array(64);
  private index = new Uint32Array(128);
  private bySite = new Uint32Array(64);
  /** Number of interned tracebacks; ids are 0..count-1. */
  count = 0;
  /** Scratch for one-frame lookups (no allocation per event). */
  private readonly one = new Uint32Array(1);

  /** Id of the traceback `[site]` with totalNframe 1 (the nframe=1 hook). */
  internSite(site: number): number {
    if (site < this.bySite.length) {
      const known = this.bySite[site];
      if (known !== 0) return known - 1;
    } else if (site < MAX_DIRECT_SITE) {
      let length = this.bySite.length;
      while (length <= site) length *= 2;
      const grown = new Uint32Array(length);
      grown.set(this.bySite);
      this.bySite = grown;
    }
    this.one[0] = site;
    const id = this.intern(this.one, 1, 1);
    if (site < this.bySite.length) this.bySite[site] = id + 1;
    return id;
  }

  /** Id of the traceback `sites[0..n)` whose real depth is `total` (>= n). */
  intern(sites: Uint32Array, n: number, total: number): number {
    const h = hashSequence(sites, n, total);
    const mask = this.index.length - 1;
    let i = h & mask;
    for (;;) {
      const entry = this.index[i];
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === h && this.equals(id, sites, n, total)) return id;
      i = (i + 1) & mask;
    }
    return this.add(sites, n, total, h, i);
  }

  private equals(id: number, sites: Uint32Array, n: number, total: number): boolean {
    const m = id * META;
    if (this.meta[m + 1] !== n || this.meta[m + 2] !== total) return false;
    const offset = this.meta[m];
    for (let k = 0; k < n; k++) if (this.frames[offset + k] !== sites[k]) return false;
    return true;
  }

  private add(sites: Uint32Array, n: number, total: number, h: number, slot: number): number {
    const id = this.count++;
    if (this.framesUsed + n > this.frames.length) this.frames = grow(this.frames, this.framesUsed + n);
    if ((id + 1) * META > this.meta.length) this.meta = grow(this.meta, (id + 1) * META);
    if (id >= this.hashes.length) this.hashes = grow(this.hashes, id + 1);
    this.frames.set(sites.subarray(0, n), this.framesUsed);
    this.meta[id * META] = this.framesUsed;
    this.meta[id * META + 1] = n;
    this.meta[id * META + 2] = total;
    this.hashes[id] = h;
    this.framesUsed += n;
    this.index[slot] = id + 1;
    // Keep the id set at most half full: probes stay short and an empty slot always exists.
    if (this.count * 2 > this.index.length) this.reindex(this.index.length * 2);
    return id;
  }

  private reindex(capacity: number): void {
    this.index = new Uint32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.count; id++) {
      let i = this.hashes[id] & mask;
      while (this.index[i] !== 0) i = (i + 1) & mask;
      this.index[i] = id + 1;
    }
  }

  /** Number of frames kept for traceback `id`. */
  length(id: number): number {
    return this.meta[id * META + 1];
  }

  totalNframe(id: number): number {
    return this.meta[id * META + 2];
  }

  /** Site id of frame `k` (0 = most recent) of traceback `id`. */
  site(id: number, k: number): number {
    return this.frames[this.meta[id * META] + k];
  }

  clear(): void {
    this.frames = new Uint32Array(256);
    this.framesUsed = 0;
    this.meta = new Uint32Array(64 * META);
    this.hashes = new Uint32Array(64);
    this.index = new Uint32Array(128);
    this.bySite = new Uint32Array(64);
    this.count = 0;
  }

  get byteLength(): number {
    return (
      this.frames.byteLength + this.meta.byteLength + this.hashes.byteLength +
      this.index.byteLength + this.bySite.byteLength + this.one.byteLength
    );
  }
}

function grow(array: Uint32Array<ArrayBuffer>, atLeast: number): Uint32Array<ArrayBuffer> {
  let length = array.length * 2;
  while (length < atLeast) length *= 2;
  const grown = new Uint32Array(length);
  grown.set(array);
  return grown;
}
