/**
 * One traced wasm instance: its hook imports (docs/hook-abi.md), served by its own tracer core
 * (tracer-core.wat: live table, interned tracebacks, shadow stack, counters, all in wasm), and
 * the JS side that turns the core's tables into snapshot rows with frames from the site table.
 */
import type { SnapshotBuilder } from '../model/snapshot-builder';
import { SiteTable } from './site-table';
import type { RawFrame, TraceSource } from './trace-source';
import { TracedTotals, TracerCore } from './tracer-core';

export { TracedTotals } from './tracer-core';

/** The largest nframe this runtime records. */
export const MAX_NFRAME = 64;

/** An anomaly the hooks saw, counted per (kind, site). */
export type InvalidKind = 'free' | 'realloc' | 'alloc';
const KINDS: readonly InvalidKind[] = ['free', 'realloc', 'alloc'];

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

export class WasmDomain implements TraceSource {
  /** The namespace to pass as imports["wasm-tracemalloc"]. */
  readonly hooks: Record<string, WebAssembly.ImportValue>;
  /** Times a trap or throw left the shadow stack or the allocator guard high (then reset). */
  recoveries = 0;
  readonly core: TracerCore;
  /** What the instrumented code reads before every hook call. */
  private readonly tracing: WebAssembly.Global;
  /** The allocator re-entrancy guard of docs/hook-abi.md: one per instance, reset with the stack. */
  private readonly allocatorDepth: WebAssembly.Global;
  private readonly invalid = new Map<number, number>();
  private sites: SiteTable | null = null;

  constructor(
    readonly domain: number,
    readonly name: string,
    totals: TracedTotals,
    private module: WebAssembly.Module | null,
    nframe: number,
  ) {
    // Rare by nature (a bad free, a block from before start()): counted in JS. Missed frees
    // (kind 'alloc') can come once per allocation and are counted in the core instead.
    this.core = new TracerCore(
      totals,
      (kind, site) => {
        const key = kind * 2 ** 32 + (site >>> 0);
        this.invalid.set(key, (this.invalid.get(key) ?? 0) + 1);
      },
      () => queueMicrotask(this.recover),
    );
    this.core.nframe = nframe;
    this.tracing = new WebAssembly.Global({ value: 'i32', mutable: true }, nframe);
    this.allocatorDepth = new WebAssembly.Global({ value: 'i32', mutable: true }, 0);
    const core = this.core.exports;
    this.hooks = {
      tracing: this.tracing,
      depth: this.allocatorDepth,
      alloc: core.alloc,
      free: core.free,
      realloc: core.realloc,
      enter: core.enter,
      leave: core.leave,
    };
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
   * Trap and throw recovery without wrapping exports (docs/hook-abi.md, "Traps and throws"): the
   * first hook of a JS task arms this check for the next microtask. No wasm runs at a microtask
   * checkpoint, so the shadow stack must be empty and the allocator guard 0 there; a trap or a
   * JS exception that unwound wasm frames skipped their `leave`s and guard restores, and this
   * puts them back. Exports stay the module's own functions, as the glue expects.
   */
  private readonly recover = (): void => {
    this.core.disarm();
    if (this.core.depth !== 0 || this.allocatorDepth.value !== 0) {
      this.recoveries++;
      this.resetShadowStack();
    }
  };

  resetShadowStack(): void {
    this.core.resetShadowStack();
    this.allocatorDepth.value = 0;
  }

  /** Depth of the shadow stack (tests and diagnostics). */
  shadowDepth(): number {
    return this.core.depth;
  }

  // ---- TraceSource ----

  tracedMemory(): [number, number] {
    return [this.core.current, this.core.peak];
  }

  traceCount(): number {
    return this.core.count;
  }

  /** The core's whole memory: shadow stack, live table, tracebacks (wasm memory never shrinks). */
  tracerMemory(): number {
    return this.core.byteLength;
  }

  clear(): void {
    this.core.clear(); // also takes this domain's bytes out of the shared total
    this.invalid.clear();
  }

  resetPeak(): void {
    this.core.resetPeak();
  }

  start(nframe: number): void {
    this.core.nframe = nframe;
    this.tracing.value = nframe;
  }

  stop(): void {
    this.core.nframe = 0;
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
    const tracebackIds = new Map<number, number>();
    this.core.forEach((_ptr, size, tb) => {
      let id = tracebackIds.get(tb);
      if (id === undefined) {
        const { sites: chain, total } = this.core.traceback(tb);
        id = builder.internTraceback(chain.map(frameId), total);
        tracebackIds.set(tb, id);
      }
      builder.addTrace(this.domain, size, id);
    });
    builder.setDomainName(this.domain, this.name);
  }

  objectTraceback(ptr: number): RawFrame[] | null {
    const entry = this.core.lookup(ptr >>> 0);
    if (entry === null) return null;
    const sites = this.siteTable();
    return this.core.traceback(entry[1]).sites.map((site) => {
      const f = sites.frame(site);
      return f.functionName ? [f.filename, f.lineno, f.column, f.functionName] : [f.filename, f.lineno, f.column];
    });
  }

  /** Anomalies seen since tracing started (or the last clearTraces), most frequent first. */
  invalidFrees(): InvalidFree[] {
    const sites = this.siteTable();
    const counts = new Map(this.invalid);
    for (const [site, count] of this.core.missedFrees()) {
      const key = 2 * 2 ** 32 + site;
      counts.set(key, (counts.get(key) ?? 0) + count);
    }
    const out: InvalidFree[] = [];
    for (const [key, count] of counts) {
      const kind = Math.floor(key / 2 ** 32);
      const site = key % 2 ** 32;
      const f = sites.frame(site);
      out.push({ domain: this.domain, kind: KINDS[kind]!, site, filename: f.filename, lineno: f.lineno, count });
    }
    return out.sort((a, b) => b.count - a.count || a.site - b.site);
  }
}
