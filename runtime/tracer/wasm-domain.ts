/**
 * One traced wasm instance: its hook imports (docs/hook-abi.md), live table, interned
 * tracebacks, shadow stack and counters. The hooks are closures over plain fields and typed
 * arrays: no object, Map or string is made per event (invalid events aside, which are rare).
 */
import type { SnapshotBuilder } from '../model/snapshot-builder';
import { LiveTable } from './live-table';
import { SiteTable, type SiteFrame } from './site-table';
import { TracebackTable } from './traceback-table';
import type { RawFrame, TraceSource } from './trace-source';
import { SHADOW_STACK_WASM } from './shadow-stack-wasm';

/** The largest nframe this runtime records (the scratch buffer and the docs say so). */
export const MAX_NFRAME = 64;

/** Traced bytes of all wasm domains together: the peak of the sum is not the sum of peaks. */
export class TracedTotals {
  current = 0;
  peak = 0;
}

/** An anomaly the hooks saw, counted per (kind, site). */
export type InvalidKind = 'free' | 'realloc' | 'alloc';
const KINDS: readonly InvalidKind[] = ['free', 'realloc', 'alloc'];
const FREE = 0;
const REALLOC = 1;
const ALLOC = 2;

export interface InvalidFree {
  readonly domain: number;
  /**
   * 'free': free of a pointer not in the table (a double free, a wild free, or a block
   * allocated before tracing started); 'realloc': realloc of such a pointer (the new block is
   * traced all the same); 'alloc': an allocation reported at a pointer still live (its free
   * was never seen; the old trace is replaced).
   */
  readonly kind: InvalidKind;
  readonly site: number;
  readonly filename: string;
  readonly lineno: number;
  readonly count: number;
}

let shadowModule: WebAssembly.Module | null = null;
const OriginalModule = WebAssembly.Module;
const OriginalInstance = WebAssembly.Instance;

interface ShadowExports {
  memory: WebAssembly.Memory;
  enter: (site: number) => number;
  leave: (token: number) => void;
}

export class WasmDomain implements TraceSource {
  readonly live = new LiveTable();
  readonly tracebacks = new TracebackTable();
  /** The namespace to pass as imports["wasm-tracemalloc"]. */
  readonly hooks: Record<string, WebAssembly.ImportValue>;
  /** Export calls in progress (exports.ts counts them). */
  activeCalls = 0;
  private current = 0;
  private peak = 0;
  private nframe = 0;
  private readonly tracing: WebAssembly.Global;
  /** The allocator re-entrancy guard of docs/hook-abi.md: one per instance, reset with the stack. */
  private readonly allocatorDepth: WebAssembly.Global;
  private readonly shadow: ShadowExports;
  private shadowView: Uint32Array;
  private readonly scratch = new Uint32Array(MAX_NFRAME);
  private readonly invalid = new Map<number, number>();
  private sites: SiteTable | null = null;

  constructor(
    readonly domain: number,
    readonly name: string,
    private readonly totals: TracedTotals,
    private module: WebAssembly.Module | null,
    nframe: number,
  ) {
    // The original constructors: WebAssembly may be patched by now.
    shadowModule ??= new OriginalModule(SHADOW_STACK_WASM);
    this.shadow = new OriginalInstance(shadowModule, {}).exports as unknown as ShadowExports;
    this.shadowView = new Uint32Array(this.shadow.memory.buffer);
    this.nframe = nframe;
    this.tracing = new WebAssembly.Global({ value: 'i32', mutable: true }, nframe);
    this.allocatorDepth = new WebAssembly.Global({ value: 'i32', mutable: true }, 0);

    const live = this.live;
    const alloc = (ptr: number, size: number, site: number): void => {
      if (this.nframe === 0 || ptr === 0) return;
      size >>>= 0;
      const old = live.set(ptr >>> 0, size, this.traceback(site >>> 0));
      if (old >= 0) {
        this.count(ALLOC, site >>> 0);
        this.current -= old;
        totals.current -= old;
      }
      this.grow(size);
    };
    const free = (ptr: number, site: number): void => {
      if (this.nframe === 0 || ptr === 0) return;
      const size = live.remove(ptr >>> 0);
      if (size < 0) {
        this.count(FREE, site >>> 0);
        return;
      }
      this.current -= size;
      totals.current -= size;
    };
    const realloc = (oldPtr: number, newPtr: number, size: number, site: number): void => {
      if (this.nframe === 0 || newPtr === 0) return;
      oldPtr >>>= 0;
      newPtr >>>= 0;
      size >>>= 0;
      // CPython's tracemalloc_realloc: drop the old trace, trace the new block at the
      // realloc's own traceback (one trace per chain, never two).
      if (oldPtr !== 0 && oldPtr !== newPtr) {
        const oldSize = live.remove(oldPtr);
        if (oldSize < 0) this.count(REALLOC, site >>> 0);
        else {
          this.current -= oldSize;
          totals.current -= oldSize;
        }
      }
      const previous = live.set(newPtr, size, this.traceback(site >>> 0));
      if (previous >= 0) {
        this.current -= previous;
        totals.current -= previous;
        if (oldPtr !== newPtr) this.count(ALLOC, site >>> 0);
      } else if (oldPtr !== 0 && oldPtr === newPtr) {
        this.count(REALLOC, site >>> 0);
      }
      this.grow(size);
    };
    this.hooks = {
      tracing: this.tracing,
      depth: this.allocatorDepth,
      alloc,
      free,
      realloc,
      enter: this.shadow.enter,
      leave: this.shadow.leave,
    };
  }

  private grow(size: number): void {
    const current = (this.current += size);
    if (current > this.peak) this.peak = current;
    const total = (this.totals.current += size);
    if (total > this.totals.peak) this.totals.peak = total;
  }

  /** Traceback id for an event at `site`: [site, shadow stack top, …] up to nframe frames. */
  private traceback(site: number): number {
    if (this.nframe <= 1) return this.tracebacks.internSite(site);
    let view = this.shadowView;
    // A grown memory detaches the old buffer (length 0): re-view it.
    if (view.length === 0) view = this.shadowView = new Uint32Array(this.shadow.memory.buffer);
    const top = view[0] >>> 2; // word index of the next free slot; words 1..top-1 hold sites
    const total = top; // the allocation site plus top - 1 callers
    if (total === 1) return this.tracebacks.internSite(site);
    const n = total < this.nframe ? total : this.nframe;
    const scratch = this.scratch;
    scratch[0] = site;
    for (let k = 1; k < n; k++) scratch[k] = view[top - k];
    return this.tracebacks.intern(scratch, n, total);
  }

  private count(kind: number, site: number): void {
    const key = kind * 2 ** 32 + site;
    this.invalid.set(key, (this.invalid.get(key) ?? 0) + 1);
  }

  /** Gives the site table its module (for `attach()`, where the module comes later). */
  setModule(module: WebAssembly.Module): void {
    this.module = module;
    this.sites = null;
  }

  private siteTable(): SiteTable {
    this.sites ??= this.module ? SiteTable.fromModule(this.module, this.name) : SiteTable.empty();
    return this.sites;
  }

  /**
   * When the outermost export call returns or throws: a trap (or a JS exception thrown through
   * wasm) skips `leave`s and the allocator guard's reset, so both are put back here.
   */
  resetShadowStack(): void {
    let view = this.shadowView;
    if (view.length === 0) view = this.shadowView = new Uint32Array(this.shadow.memory.buffer);
    view[0] = 4;
    this.allocatorDepth.value = 0;
  }

  /** Depth of the shadow stack (tests and diagnostics). */
  shadowDepth(): number {
    let view = this.shadowView;
    if (view.length === 0) view = this.shadowView = new Uint32Array(this.shadow.memory.buffer);
    return (view[0] >>> 2) - 1;
  }

  // ---- TraceSource ----

  tracedMemory(): [number, number] {
    return [this.current, this.peak];
  }

  traceCount(): number {
    return this.live.count;
  }

  tracerMemory(): number {
    return (
      this.live.byteLength +
      this.tracebacks.byteLength +
      this.shadow.memory.buffer.byteLength +
      this.scratch.byteLength
    );
  }

  clear(): void {
    this.totals.current -= this.current;
    this.live.clear();
    this.tracebacks.clear();
    this.invalid.clear();
    this.current = 0;
    this.peak = 0;
  }

  resetPeak(): void {
    this.peak = this.current;
  }

  start(nframe: number): void {
    this.nframe = nframe;
    this.tracing.value = nframe;
    if (this.activeCalls === 0) this.resetShadowStack();
  }

  stop(): void {
    this.nframe = 0;
    this.tracing.value = 0;
    this.clear();
  }

  collect(builder: SnapshotBuilder): void {
    const sites = this.siteTable();
    const frameIds = new Map<number, number>();
    const frameId = (site: number): number => {
      let id = frameIds.get(site);
      if (id === undefined) {
        const f = sites.frame(site);
        id = builder.internFrame(builder.internString(f.filename), f.lineno, {
          column: f.column,
          functionName: f.functionName ? builder.internString(f.functionName) : undefined,
        });
        frameIds.set(site, id);
      }
      return id;
    };
    const tracebackIds = new Int32Array(this.tracebacks.count).fill(-1);
    const tracebacks = this.tracebacks;
    const frames: number[] = [];
    this.live.forEach((_ptr, size, tb) => {
      let id = tracebackIds[tb]!;
      if (id < 0) {
        frames.length = 0;
        const n = tracebacks.length(tb);
        for (let k = 0; k < n; k++) frames.push(frameId(tracebacks.site(tb, k)));
        id = tracebackIds[tb] = builder.internTraceback(frames, tracebacks.totalNframe(tb));
      }
      builder.addTrace(this.domain, size, id);
    });
    builder.setDomainName(this.domain, this.name);
  }

  objectTraceback(ptr: number): RawFrame[] | null {
    const slot = this.live.find(ptr >>> 0);
    if (slot < 0) return null;
    const tb = this.live.tracebackAt(slot);
    const sites = this.siteTable();
    const frames: RawFrame[] = [];
    for (let k = 0; k < this.tracebacks.length(tb); k++) {
      const f: SiteFrame = sites.frame(this.tracebacks.site(tb, k));
      frames.push(f.functionName ? [f.filename, f.lineno, f.column, f.functionName] : [f.filename, f.lineno, f.column]);
    }
    return frames;
  }

  /** Anomalies seen since tracing started (or the last clearTraces), most frequent first. */
  invalidFrees(): InvalidFree[] {
    const sites = this.siteTable();
    const out: InvalidFree[] = [];
    for (const [key, count] of this.invalid) {
      const kind = Math.floor(key / 2 ** 32);
      const site = key % 2 ** 32;
      const f = sites.frame(site);
      out.push({ domain: this.domain, kind: KINDS[kind]!, site, filename: f.filename, lineno: f.lineno, count });
    }
    return out.sort((a, b) => b.count - a.count || a.site - b.site);
  }
}
