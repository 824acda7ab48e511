/**
 * The JS side of tracer-core.wat: instantiates one core per domain and reads its tables at
 * snapshot time. Events never come through here — the instrumented module calls the core's
 * exports directly (wasm→wasm), which is what keeps tracing cheap (DESIGN.md: recording and
 * interning in JS per event is what costs).
 */
import { TracemallocError } from '../model/errors';
import { TRACER_CORE_WASM_BASE64 } from './tracer-core-wasm';
import { SHARED_STATE, SHARED_STATE_BYTES, TRACER_CORE_SHARED_WASM_BASE64 } from './tracer-core-shared-wasm';

/**
 * The core's memory layout, read from its exported constants (tracer-core.wat is the one place
 * that defines it). SP: address of the shadow stack pointer (in memory: cheaper than a global for
 * enter/leave); SS_BASE: the stack's first frame, SS_FRAME bytes each ([site, CCT node]). A
 * segment is [live, -, depth, -], overflow flags and
 * counts, then slot i's key at KEYS + 4i and its value [size, tb] at VALUES + 8i (key 0 = free).
 * `site | TAG` is the one-frame traceback [site]. A totals record is REC_BYTES of four i64 at the
 * ALLOC_* / FREED_* offsets (bit 63 of ALLOC_COUNT: changed since the last peak copy, not a count;
 * live = allocated - freed),
 * its temporary record TEMP_BYTES of two at TEMP_SIZE / TEMP_COUNT, in arrays indexed alike.
 */
const LAYOUT_NAMES = ['SP', 'SS_BASE', 'SS_FRAME', 'SLOTS', 'KEYS', 'VALUES', 'TAG', 'REC_BYTES', 'TEMP_BYTES', 'ALLOC_SIZE', 'ALLOC_COUNT', 'FREED_SIZE', 'FREED_COUNT', 'TEMP_SIZE', 'TEMP_COUNT', 'SIZE_CLASSES', 'SEG_IDS'] as const;
export type CoreLayout = Record<(typeof LAYOUT_NAMES)[number], number>;

/** Per traceback id of the core: what a totals record holds. */
export interface TracebackTotals {
  tb: number;
  liveSize: number;
  liveCount: number;
  allocSize: number;
  allocCount: number;
  tempSize: number;
  tempCount: number;
}

interface CoreExports {
  memory: WebAssembly.Memory;
  alloc: (ptr: number, size: number, site: number) => void;
  free: (ptr: number, site: number) => void;
  realloc: (old: number, ptr: number, size: number, site: number) => void;
  enter: (site: number) => number;
  leave: (token: number) => void;
  clear: () => void;
  set_nframe: (n: number) => void;
  set_weights: (n: number) => number;
  find: (ptr: number) => number;
  copy_peak: () => void;
  solo_off: () => void;
  solo: WebAssembly.Global;
  nframe: WebAssembly.Global;
  js: WebAssembly.Global;
  armed: WebAssembly.Global;
  current: WebAssembly.Global;
  peak: WebAssembly.Global;
  dir: WebAssembly.Global;
  gdepth: WebAssembly.Global;
  tb_meta: WebAssembly.Global;
  tb_count: WebAssembly.Global;
  missed: WebAssembly.Global;
  missed_cap: WebAssembly.Global;
  rec_site: WebAssembly.Global;
  rec_site_cap: WebAssembly.Global;
  site_count: WebAssembly.Global;
  rec_tb: WebAssembly.Global;
  peak_site: WebAssembly.Global;
  peak_site_cap: WebAssembly.Global;
  peak_tb: WebAssembly.Global;
  peak_tb_count: WebAssembly.Global;
  temp_site: WebAssembly.Global;
  temp_tb: WebAssembly.Global;
  peak_temp_site: WebAssembly.Global;
  peak_temp_tb: WebAssembly.Global;
  sizes: WebAssembly.Global;
}

/** Traced bytes of all wasm domains together, kept by the cores in shared globals: current, peak,
 * and total_copied (current at the peak set's moment). The cores sharing them, to make every
 * one copy its peak set at the same moment (weakly held: an instance that is gone goes too).
 * One core alone whose current and peak equal the totals runs *solo* (tracer-core.wat, "One core
 * alone"): its events leave the globals stale, and they are written from its own current and peak
 * (held here: they outlive the instance) before they are read, or when another core joins. */
export class TracedTotals {
  readonly currentGlobal = new WebAssembly.Global({ value: 'i64', mutable: true }, 0n);
  readonly peakGlobal = new WebAssembly.Global({ value: 'i64', mutable: true }, 0n);
  readonly copiedGlobal = new WebAssembly.Global({ value: 'i64', mutable: true }, 0n);
  private readonly cores = new Set<WeakRef<CoreExports>>();
  private solo: Pick<CoreExports, 'solo' | 'current' | 'peak'> | null = null;

  /** A new core joins: its (empty) records are its part of the current peak set. */
  join(core: CoreExports): void {
    this.cores.add(new WeakRef(core));
    core.copy_peak();
    this.settle();
  }

  /** Every core but `except` copies its records now (host.peak_moment, or a reset from JS). */
  copyAll(except?: CoreExports): void {
    for (const ref of this.cores) {
      const core = ref.deref();
      if (!core) this.cores.delete(ref);
      else if (core !== except) core.copy_peak();
    }
  }
  /** The globals made true: written from the solo core's current and peak (which are the totals
   * while its `solo` is 1; a core that left the mode wrote them itself). */
  private sync(): void {
    const solo = this.solo;
    if (!solo) return;
    if (solo.solo.value === 0) this.solo = null;
    else {
      this.currentGlobal.value = solo.current.value;
      this.peakGlobal.value = solo.peak.value;
    }
  }
  /** The globals made true and the solo core, if any, back to updating them on every event. */
  private leave(): void {
    this.sync();
    if (this.solo) this.solo.solo.value = 0;
    this.solo = null;
  }
  /** Solo again when one core is left and the totals are its own current and peak. */
  private settle(): void {
    this.leave();
    let only: CoreExports | undefined;
    let count = 0;
    for (const ref of this.cores) {
      const core = ref.deref();
      if (!core) this.cores.delete(ref);
      else (only = core), count++;
    }
    if (count !== 1 || !only) return;
    if (only.current.value !== this.currentGlobal.value || only.peak.value !== this.peakGlobal.value) return;
    only.solo.value = 1;
    this.solo = { solo: only.solo, current: only.current, peak: only.peak };
  }
  /** Traced bytes at the moment of the peak set (within 1/128 of the peak). */
  get copied(): number {
    return Number(this.copiedGlobal.value);
  }
  /** Everything back to 0 (start, stop, clearTraces); the cores' peak sets follow at once. */
  reset(): void {
    this.current = 0;
    this.peak = 0;
    this.markPeak();
  }
  /** resetPeak(): the peak is now, and so is the peak set (each core copies before its next event
   * changes its records, or when JS reads them). */
  resetPeak(): void {
    this.peak = this.current;
    this.markPeak();
  }
  private markPeak(): void {
    this.copiedGlobal.value = this.currentGlobal.value;
    this.copyAll();
    this.settle();
  }
  get current(): number {
    this.sync();
    return Number(this.currentGlobal.value);
  }
  set current(value: number) {
    this.leave();
    this.currentGlobal.value = BigInt(value);
  }
  get peak(): number {
    this.sync();
    return Number(this.peakGlobal.value);
  }
  set peak(value: number) {
    this.leave();
    this.peakGlobal.value = BigInt(value);
  }
}

/**
 * Threaded modules (docs/hook-abi.md, "Threaded modules"): the cores of a group (the instances of
 * one threaded module on one shared memory, one per thread) are instances of the shared core on
 * one shared memory for the whole process, the *arena*: its word at SHARED_BUMP is the next free
 * byte (atomically bumped, never reset: by $sbrk and by sharedAlloc), the group's state a block
 * of it, each instance's shadow stack another.
 */
export const SHARED_BUMP = 16;
const SHARED_ARENA = 64;
const THREAD_STACK_FRAMES = 16384;

/** A new arena (the process makes one and hands it to every thread). */
export function newSharedArena(): WebAssembly.Memory {
  const memory = new WebAssembly.Memory({ initial: 3, maximum: 65536, shared: true });
  Atomics.store(new Int32Array(memory.buffer), SHARED_BUMP >>> 2, SHARED_ARENA);
  return memory;
}

/** `bytes` of fresh (zeroed) arena, 64-aligned: the same atomic bump as the core's $sbrk. */
export function sharedAlloc(memory: WebAssembly.Memory, bytes: number): number {
  const size = (bytes + 63) & -64;
  const at = Atomics.add(new Int32Array(memory.buffer), SHARED_BUMP >>> 2, size);
  const end = at + size;
  while (memory.buffer.byteLength < end) memory.grow(Math.ceil((end - memory.buffer.byteLength) / 65536));
  return at;
}

/** A new group's state block (its `base`), in `memory`. */
export function newSharedGroup(memory: WebAssembly.Memory): number {
  return sharedAlloc(memory, SHARED_STATE_BYTES);
}

/** Where a shared core lives: the arena, its group's state, and whether this instance makes the
 * group's tables (the first instance of the group, once: `group_init`). */
export interface SharedPlacement {
  memory: WebAssembly.Memory;
  base: number;
  owner: boolean;
}

/** The core's bytes (`shared`: the threaded core), decoded from the generated base64 when a
 * core is first made: a start that traces no module decodes nothing (build-wasm.mjs). Node's
 * Buffer decodes natively where there is one: the loop below, run once in JS that V8 has not
 * compiled yet, cost a traced start in Node ~2 ms and an optimizing compile. */
export function coreWasm(shared = false): Uint8Array<ArrayBuffer> {
  const text = shared ? TRACER_CORE_SHARED_WASM_BASE64 : TRACER_CORE_WASM_BASE64;
  const buffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array<ArrayBuffer> } }).Buffer;
  if (buffer) {
    const decoded = buffer.from(text, 'base64');
    return new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.length);
  }
  return decodeBase64(text);
}

/** Standard base64 (A–Z a–z 0–9 + /, = padding) to bytes, in plain JS (browsers). */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const value = (c: number): number => (c >= 97 ? c - 71 : c >= 65 ? c - 65 : c >= 48 ? c + 4 : c === 43 ? 62 : 63); // a-z A-Z 0-9 + /
  const end = text.endsWith('==') ? text.length - 2 : text.endsWith('=') ? text.length - 1 : text.length;
  const bytes = new Uint8Array((end * 3) >> 2);
  let bits = 0;
  let count = 0;
  let at = 0;
  for (let i = 0; i < end; i++) {
    bits = (bits << 6) | value(text.charCodeAt(i));
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes[at++] = (bits >> count) & 0xff;
    }
  }
  return bytes;
}

let coreModule: WebAssembly.Module | null = null;
let sharedModule: WebAssembly.Module | null = null;
let layout: CoreLayout | null = null;
const OriginalModule = WebAssembly.Module;
const OriginalInstance = WebAssembly.Instance;

export class TracerCore {
  readonly exports: CoreExports;
  readonly layout: CoreLayout;
  private u32: Uint32Array;
  /** Set for a threaded module's core: its group's lock word (an index into the arena's i32s). */
  private readonly lockIndex: number = -1;
  private held = 0;

  constructor(
    totals: TracedTotals,
    onInvalid: (kind: number, site: number, ptr: number) => void,
    onArm: () => void = () => {},
    onJsFrames: (kind: 0 | 1) => number = () => 0,
    shared?: SharedPlacement,
  ) {
    if (shared) {
      // its own totals (the group's, in the arena): not joined to this thread's other cores
      sharedModule ??= new OriginalModule(coreWasm(true));
      const stack = sharedAlloc(shared.memory, SHARED_ARENA + THREAD_STACK_FRAMES * 8);
      const host = { memory: shared.memory, peak_moment: () => {}, invalid: onInvalid, arm: onArm, js_frames: () => 0 };
      // the word before SS_BASE stays 0 (fresh arena): the core reads it as the slot of the frame beneath the first
      const thread = { SP: stack + 8, SS_BASE: stack + SHARED_ARENA, SS_END: stack + SHARED_ARENA + THREAD_STACK_FRAMES * 8 };
      const instance = new OriginalInstance(sharedModule, { host, group: { base: shared.base }, thread });
      this.exports = sharedExports(instance.exports, shared.memory, shared.base);
      const own = instance.exports as unknown as { thread_init: () => void; group_init: () => void; lock_address: () => number };
      this.lockIndex = own.lock_address() >>> 2;
      own.thread_init();
      if (shared.owner) this.hold(() => own.group_init());
      this.layout = { ...(layout ??= readLayout(new OriginalInstance(coreModule ??= new OriginalModule(coreWasm()), { host: unusedHost() }).exports)), SP: thread.SP, SS_BASE: thread.SS_BASE };
      this.u32 = new Uint32Array(shared.memory.buffer);
      return;
    }
    // The original constructors: WebAssembly may be patched by now.
    coreModule ??= new OriginalModule(coreWasm());
    const host = {
      total_current: totals.currentGlobal,
      total_peak: totals.peakGlobal,
      total_copied: totals.copiedGlobal,
      // this core crossed the copy threshold: the others copy at the same moment
      peak_moment: () => totals.copyAll(this.exports),
      invalid: onInvalid,
      arm: onArm,
      js_frames: onJsFrames,
    };
    this.exports = new OriginalInstance(coreModule, { host }).exports as unknown as CoreExports;
    totals.join(this.exports);
    this.layout = layout ??= readLayout(this.exports as unknown as WebAssembly.Exports);
    this.u32 = new Uint32Array(this.exports.memory.buffer);
  }

  /**
   * Runs `fn` with the group's tables still: a threaded module's core is shared by the threads
   * running it, whose hooks take the same lock (re-entrant here). Any other core: `fn()`.
   */
  hold<T>(fn: () => T): T {
    if (this.lockIndex < 0 || this.held > 0) {
      this.held++;
      try {
        return fn();
      } finally {
        this.held--;
      }
    }
    const words = new Int32Array(this.exports.memory.buffer);
    // a hook holds it for one event: spin. A thread terminated inside an event leaves it taken
    // (docs/hook-abi.md, "Limits"): after a second of waiting, say so rather than hang the exit.
    let tries = 0;
    while (Atomics.compareExchange(words, this.lockIndex, 0, 2) !== 0) {
      if (++tries < 1000) continue;
      if (tries > 1000 + 1000) {
        throw new TracemallocError('the tables of a threaded module stayed locked for a second: one of its threads was terminated inside an allocation, and its tables cannot be read whole');
      }
      Atomics.wait(words, SHARED_BUMP >>> 2, -1, 1); // ~1 ms (never equal: the bump is positive)
    }
    this.held++;
    try {
      return fn();
    } finally {
      this.held--;
      Atomics.store(words, this.lockIndex, 0);
    }
  }

  /** Whether this is a threaded module's core (docs/hook-abi.md, "Threaded modules"). */
  get shared(): boolean {
    return this.lockIndex >= 0;
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
    this.exports.set_nframe(value); // the traceback cache depends on it
  }
  /** Whether JS frames are captured (tracer-core.wat, "JavaScript frames"). */
  set jsFrames(on: boolean) {
    this.exports.js.value = on ? 1 : 0;
  }
  get current(): number {
    return Number(this.exports.current.value);
  }
  get peak(): number {
    return Number(this.exports.peak.value);
  }
  /** This domain's own peak (the peak set follows the shared totals: TracedTotals.resetPeak; a
   * threaded module's core keeps its own totals, so its peak set is made now too). */
  resetPeak(): void {
    // alone, the totals are this core's current and peak: written, and the mode ended first
    // (TracedTotals.resetPeak starts it again)
    if (!this.shared) this.exports.solo_off();
    this.exports.peak.value = this.exports.current.value;
    if (this.shared) {
      const own = this.exports as unknown as Record<'total_current' | 'total_peak' | 'total_copied', { value: bigint }>;
      own.total_peak.value = own.total_current.value;
      own.total_copied.value = own.total_current.value;
      this.exports.copy_peak();
    }
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
    return (this.view()[this.layout.SP >>> 2]! - this.layout.SS_BASE) / this.layout.SS_FRAME;
  }
  resetShadowStack(): void {
    this.view()[this.layout.SP >>> 2] = this.layout.SS_BASE;
  }
  /** Clears the flag the first hook of a task sets before calling `arm` (so the next one calls again). */
  disarm(): void {
    this.exports.armed.value = 0;
  }

  /**
   * Per site, how many frames it shows (tracer-core.wat, "Folded library frames"); null: every
   * site counts 1. Kept here because clear() empties the core's arena, table included.
   */
  /** The module's number of sites: the core sizes its per-site records once, at their first use. */
  setSiteCount(n: number): void {
    this.exports.site_count.value = n;
  }

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
    const { KEYS, VALUES, SLOTS } = this.layout;
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
    const { TAG } = this.layout;
    if (tb >= TAG) return { sites: [tb - TAG], total: 1 };
    const u32 = this.view();
    const meta = this.at(u32, this.exports.tb_meta, tb, 16) >>> 2;
    const [address, n, total] = [u32[meta]!, u32[meta + 1]!, u32[meta + 2]!];
    const pool = address >>> 2;
    return { sites: Array.from(u32.subarray(pool, pool + n)), total };
  }

  /** The address of interned id's entry (`bytes` each) in the array whose directory `dir` is
   * (tracer-core.wat, "segmented and never move": word s of the directory is the address of
   * segment s, ids s * SEG_IDS and up, minus its first id's bytes). */
  private at(u32: Uint32Array, dir: WebAssembly.Global, id: number, bytes: number): number {
    const s = Math.floor(id / this.layout.SEG_IDS);
    return (u32[((dir.value as number) >>> 2) + s]! + id * bytes) >>> 0;
  }

  /** Totals of every traceback id that allocated since start/clear; `peak`: the records as
   * copied at the peak, those with a live block then. */
  totals(peak = false): TracebackTotals[] {
    const e = this.exports;
    const L = this.layout;
    const view = new DataView(e.memory.buffer);
    const out: TracebackTotals[] = [];
    const u32 = this.view();
    // the site arrays are contiguous, the arrays by interned id segmented (this.at)
    const contiguous = (base: number, bytes: number) => (i: number): number => base + i * bytes;
    const segmented = (dir: WebAssembly.Global, bytes: number) => (i: number): number => this.at(u32, dir, i, bytes);
    const read = (rec: (i: number) => number, temp: (i: number) => number, n: number, tbOf: (i: number) => number): void => {
      for (let i = 0; i < n; i++) {
        const r = rec(i);
        const t = temp(i);
        const at = (offset: number): bigint => view.getBigInt64(r + offset, true);
        // bit 63: the record's mark (changed since the last peak copy)
        const allocCount = view.getBigUint64(r + L.ALLOC_COUNT, true) & 0x7fff_ffff_ffff_ffffn;
        const liveCount = Number(allocCount - at(L.FREED_COUNT));
        if ((peak ? liveCount : Number(allocCount)) <= 0) continue;
        const allocSize = at(L.ALLOC_SIZE);
        out.push({
          tb: tbOf(i),
          liveSize: Number(allocSize - at(L.FREED_SIZE)),
          liveCount,
          allocSize: Number(allocSize),
          allocCount: Number(allocCount),
          tempSize: Number(view.getBigInt64(t + L.TEMP_SIZE, true)),
          tempCount: Number(view.getBigInt64(t + L.TEMP_COUNT, true)),
        });
      }
    };
    const g = (x: WebAssembly.Global): number => x.value as number;
    const tag = (site: number): number => (site | L.TAG) >>> 0;
    if (peak) {
      read(contiguous(g(e.peak_site), L.REC_BYTES), contiguous(g(e.peak_temp_site), L.TEMP_BYTES), g(e.peak_site_cap), tag);
      read(segmented(e.peak_tb, L.REC_BYTES), segmented(e.peak_temp_tb, L.TEMP_BYTES), g(e.peak_tb_count), (id) => id);
    } else {
      read(contiguous(g(e.rec_site), L.REC_BYTES), contiguous(g(e.temp_site), L.TEMP_BYTES), g(e.rec_site_cap), tag);
      read(segmented(e.rec_tb, L.REC_BYTES), segmented(e.temp_tb, L.TEMP_BYTES), g(e.tb_count), (id) => id);
    }
    return out;
  }

  /** Every allocation since start/clear by log2 size class (class b: sizes of bit length b):
   * bytes and allocations per class, SIZE_CLASSES of each. */
  sizeClasses(): { bytes: number[]; count: number[] } {
    const view = new DataView(this.exports.memory.buffer);
    const base = (this.exports.sizes.value as number) >>> 0;
    const bytes: number[] = [];
    const count: number[] = [];
    for (let b = 0; b < this.layout.SIZE_CLASSES; b++) {
      // class b is entry SIZE_CLASSES - 1 - b (the core indexes it by clz(size))
      const at = base + (this.layout.SIZE_CLASSES - 1 - b) * 16;
      bytes.push(Number(view.getBigInt64(at, true)));
      count.push(Number(view.getBigInt64(at + 8, true)));
    }
    return { bytes, count };
  }
}

/** Host imports for a core whose layout only is read. */
function unusedHost(): WebAssembly.ModuleImports {
  const i64 = () => new WebAssembly.Global({ value: 'i64', mutable: true }, 0n);
  return { total_current: i64(), total_peak: i64(), total_copied: i64(), peak_moment: () => {}, invalid: () => {}, arm: () => {}, js_frames: () => 0 };
}

/** A shared core's exports as CoreExports: the group's state words read as globals are. */
function sharedExports(exports: WebAssembly.Exports, memory: WebAssembly.Memory, base: number): CoreExports {
  const out: Record<string, unknown> = { ...exports };
  for (const [name, [offset, type]] of Object.entries(SHARED_STATE)) {
    const at = base + offset;
    out[name] = type === 'i64'
      ? { get value() { return new BigInt64Array(memory.buffer, at, 1)[0]!; }, set value(v: bigint) { new BigInt64Array(memory.buffer, at, 1)[0] = BigInt(v); } }
      : { get value() { return new Int32Array(memory.buffer, at, 1)[0]!; }, set value(v: number) { new Int32Array(memory.buffer, at, 1)[0] = v; } };
  }
  return out as unknown as CoreExports;
}

function readLayout(exports: WebAssembly.Exports): CoreLayout {
  const out = {} as CoreLayout;
  for (const name of LAYOUT_NAMES) out[name] = ((exports[name] as WebAssembly.Global).value as number) >>> 0;
  return out;
}
