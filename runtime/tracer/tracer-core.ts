/**
 * The JS side of tracer-core.wat: instantiates one core per domain and reads its tables at
 * snapshot time. Events never come through here — the instrumented module calls the core's
 * exports directly (wasm→wasm), which is what keeps tracing cheap (DESIGN.md: recording and
 * interning in JS per event is what costs).
 */
import { TRACER_CORE_WASM } from './tracer-core-wasm';

/** Layout constants shared with tracer-core.wat. */
const SS_BASE = 64;
/** Address of the shadow stack pointer (kept in memory: cheaper than a global for enter/leave). */
const SP = 8;
const SLOTS = 512;
/** Offsets in a segment: [live, -, depth, -], overflow counts, then slot i's key at KEYS + 4i
 * and its value [size, tb] at VALUES + 8i. A key of 0 is a free slot. */
const KEYS = 192;
const VALUES = 2240;
/** Tag of one-frame traceback ids: `site | TAG` is the traceback [site] with total 1. */
const TAG = 0x80000000;

interface CoreExports {
  memory: WebAssembly.Memory;
  alloc: (ptr: number, size: number, site: number) => void;
  free: (ptr: number, site: number) => void;
  realloc: (old: number, ptr: number, size: number, site: number) => void;
  enter: (site: number) => number;
  leave: (token: number) => void;
  clear: () => void;
  set_weights: (n: number) => number;
  find: (ptr: number) => number;
  nframe: WebAssembly.Global;
  armed: WebAssembly.Global;
  current: WebAssembly.Global;
  peak: WebAssembly.Global;
  dir: WebAssembly.Global;
  gdepth: WebAssembly.Global;
  tb_meta: WebAssembly.Global;
  tb_pool: WebAssembly.Global;
  tb_count: WebAssembly.Global;
  missed: WebAssembly.Global;
  missed_cap: WebAssembly.Global;
}

/** Traced bytes of all wasm domains together, kept by the cores in two shared i64 globals. */
export class TracedTotals {
  readonly currentGlobal = new WebAssembly.Global({ value: 'i64', mutable: true }, 0n);
  readonly peakGlobal = new WebAssembly.Global({ value: 'i64', mutable: true }, 0n);
  get current(): number {
    return Number(this.currentGlobal.value);
  }
  set current(value: number) {
    this.currentGlobal.value = BigInt(value);
  }
  get peak(): number {
    return Number(this.peakGlobal.value);
  }
  set peak(value: number) {
    this.peakGlobal.value = BigInt(value);
  }
}

let coreModule: WebAssembly.Module | null = null;
const OriginalModule = WebAssembly.Module;
const OriginalInstance = WebAssembly.Instance;

export class TracerCore {
  readonly exports: CoreExports;
  private u32: Uint32Array;

  constructor(totals: TracedTotals, onInvalid: (kind: number, site: number) => void, onArm: () => void) {
    // The original constructors: WebAssembly may be patched by now.
    coreModule ??= new OriginalModule(TRACER_CORE_WASM);
    const host = { total_current: totals.currentGlobal, total_peak: totals.peakGlobal, invalid: onInvalid, arm: onArm };
    this.exports = new OriginalInstance(coreModule, { host }).exports as unknown as CoreExports;
    this.u32 = new Uint32Array(this.exports.memory.buffer);
  }

  /** A view of the core's memory (re-made after the core grew it: the old buffer detaches). */
  private view(): Uint32Array {
    if (this.u32.length === 0 || this.u32.buffer !== this.exports.memory.buffer) {
      this.u32 = new Uint32Array(this.exports.memory.buffer);
    }
    return this.u32;
  }

  get nframe(): number {
    return this.exports.nframe.value as number;
  }
  set nframe(value: number) {
    this.exports.nframe.value = value;
  }
  get current(): number {
    return Number(this.exports.current.value);
  }
  get peak(): number {
    return Number(this.exports.peak.value);
  }
  resetPeak(): void {
    this.exports.peak.value = this.exports.current.value;
  }
  /** Live blocks: the segments' live counts (kept there only, so no event updates a total). */
  get count(): number {
    let count = 0;
    this.forEachSegment((segment, u32) => {
      count += u32[segment >>> 2]!;
    });
    return count;
  }
  get byteLength(): number {
    return this.exports.memory.buffer.byteLength;
  }
  /** Frames on the shadow stack. */
  get depth(): number {
    return (this.view()[SP >>> 2]! - SS_BASE) >>> 2;
  }
  resetShadowStack(): void {
    this.view()[SP >>> 2] = SS_BASE;
  }
  /** Clears the flag the first hook of a task sets before calling `arm` (so the next one calls again). */
  disarm(): void {
    this.exports.armed.value = 0;
  }

  /**
   * Per site, how many frames it shows (tracer-core.wat, "Folded library frames"); null: every
   * site counts 1. Kept here because clear() empties the core's arena, table included.
   */
  setWeights(weights: Uint8Array | null): void {
    this.weights = weights;
    const at = this.exports.set_weights(weights?.length ?? 0);
    if (weights) new Uint8Array(this.exports.memory.buffer, at, weights.length).set(weights);
  }
  private weights: Uint8Array | null = null;

  clear(): void {
    this.exports.clear();
    this.setWeights(this.weights);
  }

  /** Calls fn(segment address, memory view) once per segment of the live table. */
  private forEachSegment(fn: (segment: number, u32: Uint32Array) => void): void {
    const u32 = this.view();
    const dir = (this.exports.dir.value as number) >>> 2;
    const entries = 2 ** (this.exports.gdepth.value as number);
    let previous = -1;
    for (let k = 0; k < entries; k++) {
      // a segment owns one aligned run of directory entries: visit it once
      const segment = u32[dir + k]!;
      if (segment === previous) continue;
      previous = segment;
      fn(segment, u32);
    }
  }

  /** Calls fn(ptr, size, tb) for every live block. */
  forEach(fn: (ptr: number, size: number, tb: number) => void): void {
    this.forEachSegment((segment, u32) => {
      const keys = (segment + KEYS) >>> 2;
      const values = (segment + VALUES) >>> 2;
      for (let i = 0; i < SLOTS; i++) {
        const ptr = u32[keys + i]!;
        if (ptr !== 0) fn(ptr, u32[values + 2 * i]!, u32[values + 2 * i + 1]!);
      }
    });
  }

  /** [size, tb] of a live block, or null. */
  lookup(ptr: number): [size: number, tb: number] | null {
    const address = this.exports.find(ptr); // of its value [size, tb]
    if (address === 0) return null;
    const u32 = this.view();
    return [u32[address >>> 2]!, u32[(address >>> 2) + 1]!];
  }

  /** Missed frees counted in the core (an allocation at a still-live pointer): [site, count]. */
  missedFrees(): [site: number, count: number][] {
    const cap = this.exports.missed_cap.value as number;
    if (cap === 0) return [];
    const base = (this.exports.missed.value as number) >>> 2;
    const counts = this.view().subarray(base, base + cap);
    const out: [number, number][] = [];
    for (let site = 0; site < cap; site++) if (counts[site] !== 0) out.push([site, counts[site]!]);
    return out;
  }

  /** The site ids of traceback `tb`, most recent first, and its real depth. */
  traceback(tb: number): { sites: number[]; total: number } {
    if (tb >= TAG) return { sites: [tb - TAG], total: 1 };
    const u32 = this.view();
    const meta = ((this.exports.tb_meta.value as number) >>> 2) + tb * 4;
    const [offset, n, total] = [u32[meta]!, u32[meta + 1]!, u32[meta + 2]!];
    const pool = ((this.exports.tb_pool.value as number) >>> 2) + offset;
    return { sites: Array.from(u32.subarray(pool, pool + n)), total };
  }
}
