/**
 * One traced wasm instance: its hook imports (docs/hook-abi.md), served by its own tracer core
 * (tracer-core.wat: live table, interned tracebacks, shadow stack, counters, all in wasm), and
 * the JS side that turns the core's tables into snapshot rows with frames from the site table.
 */
import { IMAGE_SECTION, inMemoryImage, parseMemoryImage, type MemoryImage } from '../../abi';
import type { SnapshotBuilder } from '../model/snapshot-builder';
import { hostImport, JsCapture, type JsStacks } from './js-frames';
import { type LibraryFrameOptions, foldFrames, isLibraryFrame } from './library-frames';
import { type SiteFrame, SiteTable, isDefaultFold } from './site-table';
import type { RawFrame, TraceSource } from './trace-source';
import { TracedTotals, TracerCore } from './tracer-core';
import type { GroupMembership } from './threads';
import { Original } from './original';
import { markReachable, type DomainReachability } from './reachability';
import { threadedMemory } from './plain-for-workers';

export { TracedTotals } from './tracer-core';

/** The largest nframe this runtime records. */
export const MAX_NFRAME = 64;

/** An anomaly the hooks saw, counted per (kind, site). */
export type InvalidKind = 'free' | 'realloc' | 'alloc';
const KINDS: readonly InvalidKind[] = ['free', 'realloc', 'alloc'];
const nonZero = (weight: number): boolean => weight > 0;

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

/** start()'s `reachability`: instances bound from now on keep their memory for the scan. */
let holdMemories = false;
export function holdInstanceMemories(on: boolean): void {
  holdMemories = on;
}

/** An instance's memory: the one given, or the first its exports hold. */
function memoryOf(held: WebAssembly.Memory | WebAssembly.Instance): WebAssembly.Memory | null {
  if (held instanceof WebAssembly.Memory) return held;
  for (const value of Object.values(held.exports)) if (value instanceof WebAssembly.Memory) return value;
  return null;
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
  /** Frees (and reallocs) of blocks in the module's initial memory image: allocated before the
   * module was even instantiated (a pre-initialised heap), so never traced, and not unmatched. */
  private initialFrees = 0;
  /** The module's initial memory image (IMAGE_SECTION), read at the first unmatched free. */
  private image: MemoryImage | null | undefined;
  private sites: SiteTable | null = null;
  /** Which frames are folded (start()'s options), and the verdict per frame under them. */
  private fold: LibraryFrameOptions = {};
  private library = new Map<SiteFrame, boolean>();
  /** The JS stacks seen (pseudo-sites past the site table: js-frames.ts). */
  private jsCapture: JsCapture | null = null;
  private jsExact = false;
  /** Where the instance's memory is, for the reachability scan (bindInstance): held weakly, so
   * the tracer keeps no instance the program dropped alive, unless reachability is asked for. */
  private memoryRef: WeakRef<WebAssembly.Memory | WebAssembly.Instance> | WebAssembly.Memory | null = null;
  private get js(): JsStacks | null {
    return this.jsCapture?.stacks ?? null;
  }

  constructor(
    readonly domain: number,
    readonly name: string,
    totals: TracedTotals,
    private module: WebAssembly.Module | null,
    nframe: number,
    /**
     * A threaded module's instance (docs/hook-abi.md, "Threaded modules"): its group, whose core
     * it shares with the instances of the other threads; the owner's domain collects the group,
     * the others only feed it. 'untraced': a threaded module where this thread has no arena (its
     * hooks then never record: per-thread cores would give wrong numbers).
     */
    public group?: GroupMembership | 'untraced',
    /** The site table's weights under the default folding, when the instrumenter had them
     * (InstrumentedModule.weights): a start with that folding reads no row of the table. */
    private givenWeights?: Uint8Array,
  ) {
    // Rare by nature (a bad free, a block from before start()): counted in JS. Missed frees
    // (kind 'alloc') can come once per allocation and are counted in the core instead.
    // host.js_frames: the function the core calls, where a capture starts (js-frames.ts)
    const jsFrames = hostImport(() => this.jsStacks());
    this.core = new TracerCore(
      totals,
      (kind, site, ptr) => {
        if (kind !== 2 && this.inInitialImage(ptr >>> 0)) return void this.initialFrees++;
        const key = kind * 2 ** 32 + (site >>> 0);
        this.invalid.set(key, (this.invalid.get(key) ?? 0) + 1);
      },
      () => queueMicrotask(this.recover),
      jsFrames,
      group && group !== 'untraced' ? group : undefined,
    );
    if (this.feeds) this.core.hold(() => (this.core.nframe = nframe));
    this.tracing = new WebAssembly.Global({ value: 'i32', mutable: true }, group === 'untraced' ? 0 : nframe);
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

  /** Whether this domain's snapshot rows and counters are its core's: not for a threaded
   * module's instance in a thread that joined another's group (the owner's domain has them). */
  private get collects(): boolean {
    return this.group === undefined || (this.group !== 'untraced' && this.group.owner);
  }

  /** Whether this domain sets its core's nframe, weights and tables: a group's, only its owner. */
  private get feeds(): boolean {
    return this.collects;
  }

  /** Gives the site table its module (for `attach()`, where the module comes later). */
  setModule(module: WebAssembly.Module): void {
    this.module = module;
    this.sites = null;
    this.image = undefined;
    this.givenWeights = undefined; // they were another module's
    this.jsCapture = null;
    if (this.core.nframe > 0) this.start(this.core.nframe, this.fold);
  }

  private isLibrary = (f: SiteFrame): boolean => {
    let v = this.library.get(f);
    if (v === undefined) this.library.set(f, (v = isLibraryFrame(f.filename, f.lineno, this.fold)));
    return v;
  };

  /**
   * The frames a traceback of sites (most recent first) shows: each site's inlined frames
   * expanded, library frames folded unless `libraryFrames`, cut to nframe.
   */
  private framesOf(sites: readonly number[]): SiteFrame[] {
    const all = sites.flatMap((s) => this.siteFrames(s));
    if (all.length === 0) return [this.siteTable().frame(0)];
    let shown = all;
    if (!this.fold.libraryFrames) {
      // JS frames are never folded, and fold the module's frames as if they were not there: a
      // module with no line of the program's keeps its frames beside the JS ones
      const js = this.js;
      if (js === null || !sites.some((s) => js.has(s))) shown = foldFrames(all, this.isLibrary);
      else {
        const jsFrames = new Set(sites.filter((s) => js.has(s)).flatMap((s) => js.frames(s)));
        const kept = new Set(foldFrames(all.filter((f) => !jsFrames.has(f)), this.isLibrary));
        shown = all.filter((f) => jsFrames.has(f) || kept.has(f));
      }
    }
    return shown.slice(0, Math.max(1, this.core.nframe));
  }

  /** A site's frames: the site table's, or a JS stack's for a pseudo-site (js-frames.ts). */
  private siteFrames(site: number): readonly SiteFrame[] {
    const js = this.js;
    if (js !== null && js.has(site)) return js.frames(site);
    return this.siteTable().frames(site);
  }

  private jsStacks(): JsCapture {
    if (!this.jsCapture) {
      this.jsCapture = new JsCapture(Math.max(1, this.siteCount()), () => this.core.nframe, () => this.core.depth);
      this.jsCapture.exact = this.jsExact;
    }
    return this.jsCapture;
  }

  /**
   * Per site, how many frames it shows, for the core (tracer-core.wat): with library frames
   * folded, a site that is all library code shows none, and its callers are needed even at
   * nframe 1, so the shadow stack runs then too (`needsCallers`).
   */
  private weights(): { weights: Uint8Array | null; needsCallers: boolean } {
    const fold = this.fold;
    const given = isDefaultFold(fold) ? this.givenWeights : undefined;
    if (given === undefined && this.siteTable().size === 0) return { weights: null, needsCallers: false };
    const weights = given ?? this.siteTable().shownCounts(fold.libraryFrames ? null : (file, line) => isLibraryFrame(file, line, fold));
    // each found by a builtin, not a JS loop over every site (sql.js: ~10 k; such a loop ran
    // once per start in the interpreter and then cost an optimizing compile of its own)
    const libraryOnly = weights.indexOf(0, 1) >= 0;
    const user = weights.some(nonZero);
    // A module with no line of the program's at all (no debug info) keeps its frames unfolded
    // and counted one per site, as before: walking callers would find nothing to show.
    if (!user) return { weights: null, needsCallers: false };
    return { weights, needsCallers: libraryOnly };
  }

  /** The site table's size, without decoding it when the given weights say it (one per site). */
  private siteCount(): number {
    return this.sites?.size ?? this.givenWeights?.length ?? this.siteTable().size;
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
    return this.collects ? [this.core.current, this.core.peak] : [0, 0];
  }

  traceCount(): number {
    return this.collects ? this.core.hold(() => this.core.count) : 0;
  }

  /** The core's whole memory: shadow stack, live table, tracebacks (wasm memory never shrinks). */
  tracerMemory(): number {
    return this.core.byteLength;
  }

  clear(): void {
    if (this.feeds) this.core.hold(() => this.core.clear()); // also takes this domain's bytes out of the shared total
    this.invalid.clear();
    this.initialFrees = 0;
  }

  resetPeak(): void {
    if (this.feeds) this.core.hold(() => this.core.resetPeak());
  }

  start(nframe: number, fold: LibraryFrameOptions = {}): void {
    this.fold = fold;
    this.library.clear();
    if (this.group === 'untraced') return;
    let needsCallers: boolean;
    if (this.feeds) {
      const given = this.weights();
      needsCallers = given.needsCallers;
      this.core.hold(() => {
        this.core.setSiteCount(this.siteCount());
        this.core.setWeights(given.weights);
        this.core.nframe = nframe;
      });
      // a threaded module's group: its other threads' instances push callers as the owner's core needs them
      this.group?.setCallers(needsCallers);
    } else {
      // a member of a threaded module's group (another thread's instance): only whether the core
      // walks callers matters here, and the owner said it (its start decoded the table); decoded
      // here only when this thread started first (threads start unordered)
      needsCallers = this.group!.callers() ?? this.weights().needsCallers;
    }
    // JS frames: pseudo-sites are per thread, so a threaded module's core never captures them
    this.core.jsFrames = (fold.jsFrames === true || fold.jsFrames === 'exact') && this.group === undefined;
    this.jsExact = fold.jsFrames === 'exact';
    if (this.jsCapture) {
      this.jsCapture.exact = this.jsExact;
      this.jsCapture.restart();
    }
    // The instrumented code pushes frames when `tracing` > 1 (docs/hook-abi.md).
    this.tracing.value = needsCallers ? Math.max(nframe, 2) : nframe;
  }

  stop(): void {
    if (this.feeds) this.core.hold(() => (this.core.nframe = 0));
    this.tracing.value = 0;
    this.clear();
    // held only for start()'s reachability scan: once tracing stops, the program's instance is its own again
    if (this.memoryRef instanceof WebAssembly.Memory) this.memoryRef = new WeakRef(this.memoryRef);
  }

  /** A threaded module's instance whose module a worker without the tool got as compiled
   * (plain-for-workers.ts): untraced from now on, its records dropped. */
  abandon(): void {
    if (this.group === 'untraced') return;
    this.stop();
    this.group = 'untraced';
  }

  collect(builder: SnapshotBuilder): void {
    if (!this.collects) return;
    this.core.hold(() => this.collectHeld(builder));
  }

  private collectHeld(builder: SnapshotBuilder): void {
    const frameIds = new Map<SiteFrame, number>();
    const frameId = (f: SiteFrame): number => {
      let id = frameIds.get(f);
      if (id === undefined) {
        id = builder.internFrame(builder.internString(f.filename), f.lineno, {
          column: f.column,
          functionName: f.functionName ? builder.internString(f.functionName) : undefined,
        });
        frameIds.set(f, id);
      }
      return id;
    };
    const tracebackIds = new Map<number, number>();
    const tracebackId = (tb: number): number => {
      let id = tracebackIds.get(tb);
      if (id === undefined) {
        const { sites: chain, total } = this.core.traceback(tb);
        id = builder.internTraceback(this.framesOf(chain).map(frameId), this.totalFrames(chain, total));
        tracebackIds.set(tb, id);
      }
      return id;
    };
    this.core.forEach((_ptr, size, tb) => builder.addTrace(this.domain, size, tracebackId(tb)));
    for (const t of this.core.totals()) {
      builder.addTotals(this.domain, tracebackId(t.tb), t.allocSize, t.allocCount, t.tempSize, t.tempCount);
    }
    for (const t of this.core.totals(true)) builder.addPeak(this.domain, t.liveSize, t.liveCount, tracebackId(t.tb));
    const sizes = this.core.sizeClasses();
    builder.addSizeClasses(sizes.bytes, sizes.count);
    // a threaded module's group: how many instances (one per thread) share it (snapshot-format.md)
    const shared = this.group && this.group !== 'untraced' ? ` (threads: ${this.group.instances()})` : '';
    builder.setDomainName(this.domain, this.name + shared);
  }

  /**
   * The real depth of a traceback in frames: the core counts call sites; the recorded ones are
   * expanded by their inlined frames (the others' inlined frames are not known).
   */
  private totalFrames(sites: readonly number[], total: number): number {
    let extra = 0;
    for (const s of sites) extra += this.siteFrames(s).length - 1;
    return total + extra;
  }

  /**
   * The pointer the program holds, or the table's key for it: AssemblyScript objects are keyed
   * by their block (the object pointer - 16, docs/hook-abi.md), so both are looked up.
   */
  objectTraceback(ptr: number): RawFrame[] | null {
    const offset = this.siteTable().objectKeyOffset;
    if (!this.collects) return null;
    const entry = this.core.lookup(ptr >>> 0) ?? (offset !== 0 ? this.core.lookup((ptr + offset) >>> 0) : null);
    if (entry === null) return null;
    return this.framesOf(this.core.traceback(entry[1]).sites).map((f) =>
      f.functionName ? [f.filename, f.lineno, f.column, f.functionName] : [f.filename, f.lineno, f.column]);
  }

  /** Tells the domain its instance, once made (instantiate.ts): its memory is imported from
   * `imports` or exported by the instance. */
  bindInstance(instance: WebAssembly.Instance, imports: WebAssembly.Imports | undefined): void {
    const imported = this.module ? Original.Module.imports(this.module).find((d) => d.kind === 'memory') : undefined;
    const memory = imported ? imports?.[imported.module]?.[imported.name] : undefined;
    // Asked for reachability: the memory is held, so a program that drops its instance before it
    // exits (WASI's `start(new Instance(…))`) is still scanned at exit, whenever GC runs.
    this.memoryRef = holdMemories ? memoryOf(memory instanceof WebAssembly.Memory ? memory : instance)
      : new WeakRef(memory instanceof WebAssembly.Memory ? memory : instance);
    // a threaded module's memory posted to a worker not set up makes its figures partial
    if (this.module && this.group !== undefined) threadedMemory(this.module, memoryOf(memory instanceof WebAssembly.Memory ? memory : instance));
  }

  /**
   * Which of the live blocks no pointer in the module's memory reaches (reachability.ts), grouped
   * by traceback as the snapshot shows them; or why this domain cannot tell.
   */
  reachability(): DomainReachability | null {
    if (!this.collects) return null;
    const name = this.name;
    const no = (why: string): DomainReachability => ({ domain: this.domain, name, checked: false, why });
    if (this.group !== undefined) return no('a threaded module: its other threads may still be writing its memory');
    if (this.siteTable().objectKeyOffset !== 0) return no('a garbage-collected heap (AssemblyScript): its unreachable objects are garbage for the collector, not leaks');
    if (this.memoryRef === null) return no('its instance was never bound (attach() without bind())');
    const held = this.memoryRef instanceof WebAssembly.Memory ? this.memoryRef : this.memoryRef.deref();
    if (held === undefined) return no('the program released its instance, and its memory with it, before the snapshot');
    const memory = memoryOf(held);
    if (!memory) return no('its memory is neither imported nor exported, so it cannot be read');
    const entries: [number, number, number][] = [];
    this.core.forEach((ptr, size, tb) => entries.push([ptr >>> 0, size >>> 0, tb]));
    entries.sort((a, b) => a[0] - b[0]);
    const ptr = Uint32Array.from(entries, (e) => e[0]);
    const size = Uint32Array.from(entries, (e) => e[1]);
    const reached = markReachable(memory.buffer, ptr, size);
    const byTraceback = new Map<number, { blocks: number; bytes: number }>();
    let blocks = 0;
    let bytes = 0;
    entries.forEach(([, n, tb], i) => {
      if (reached[i]) return;
      blocks++;
      bytes += n;
      const sum = byTraceback.get(tb) ?? { blocks: 0, bytes: 0 };
      byTraceback.set(tb, { blocks: sum.blocks + 1, bytes: sum.bytes + n });
    });
    // the same traceback of sites can show as the same frames as another: summed by frames
    const byFrames = new Map<string, { frames: [string, number][]; blocks: number; bytes: number }>();
    for (const [tb, sum] of byTraceback) {
      const frames = this.framesOf(this.core.traceback(tb).sites).map((f): [string, number] => [f.filename, f.lineno]);
      const key = JSON.stringify(frames);
      const had = byFrames.get(key);
      byFrames.set(key, { frames, blocks: (had?.blocks ?? 0) + sum.blocks, bytes: (had?.bytes ?? 0) + sum.bytes });
    }
    const unreachable = [...byFrames.values()].sort((a, b) => b.bytes - a.bytes || b.blocks - a.blocks);
    return { domain: this.domain, name, checked: true, blocks, bytes, unreachable };
  }

  /** Whether `ptr` lies in what the module's data segments write at instantiation
   * (abi/sites.ts IMAGE_SECTION): a block there was allocated before the module ran (Wizer,
   * wasm-ctor-eval), as a block allocated before start() is for CPython's tracemalloc. */
  private inInitialImage(ptr: number): boolean {
    if (this.image === undefined) {
      const sections = this.module ? WebAssembly.Module.customSections(this.module, IMAGE_SECTION) : [];
      this.image = sections.length ? parseMemoryImage(sections[0]) : null;
    }
    return this.image !== null && inMemoryImage(this.image, ptr);
  }

  /** Frees and reallocs of blocks in the module's initial memory image since tracing started. */
  initialMemoryFrees(): number {
    return this.initialFrees;
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
