/**
 * JavaScript frames above wasm frames (docs/hook-abi.md, "JavaScript frames"): an allocation that
 * enters wasm from JS carries its JS caller's frames at the oldest end of its traceback, as memray
 * shows Python above native code.
 *
 * The tracer core asks for them (host.js_frames) only where a traceback reaches the JS boundary,
 * once per wasm activation, or per event where there is no activation frame to keep them on (the
 * allocator called straight from JS). Each distinct JS stack becomes one pseudo-site: an id past
 * the module's site table, so the core interns, counts and copies it like any site. The cache is
 * by call site: the same JS stack always gets the same pseudo-site.
 *
 * Capture (`JsCapture`): V8's structured call sites (Error.captureStackTrace +
 * Error.prepareStackTrace), starting beneath the core's host import and limited to the frames the
 * traceback can show; else the `stack` string parsed (other engines). Frames of the tool itself and of Node's internals
 * (`node:`) are left out; the glue's frames are the program's JS and are kept (see
 * docs/library-frames.md). Source maps are applied at snapshot time (`resolveJsFrame`), through the
 * mapper the Node entry (node/js-source-maps.ts) or the bundler plugin's client installs.
 */
import type { SiteFrame } from './site-table';

/** One JS frame as the engine reports it: 1-based line and column. */
export interface JsFrame {
  readonly url: string;
  readonly line: number;
  readonly column: number;
  readonly functionName: string;
}

/** Where a capture starts: 0, the JS code that called the allocator (site 0) down to the next
 * wasm frame; 1, the JS frames beneath this module's oldest frame, down to the next wasm frame. */
export type JsFramesKind = 0 | 1;

interface V8CallSite {
  getFileName(): string | null | undefined;
  getScriptNameOrSourceURL?(): string | null | undefined;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
  getFunctionName(): string | null;
  getMethodName?(): string | null;
  getTypeName?(): string | null;
}

type ErrorWithV8 = ErrorConstructor & {
  captureStackTrace?: (target: object, constructorOpt?: Function) => void;
  prepareStackTrace?: (error: Error, stack: V8CallSite[]) => unknown;
  stackTraceLimit?: number;
};
const E = Error as ErrorWithV8;

const isWasmUrl = (url: string): boolean => url.startsWith('wasm://') || url.includes('wasm-function[');

/** The tool's own code (left out of JS frames; it is below wasm only while a start function runs
 * inside instantiate()): an installed package's dist/ (a path through `wasm-tracemalloc/`), or
 * runtime/ and node/ when run from sources. Bundled into an application, or run from a checkout's
 * dist/, its file could be the application's: nothing is left out then. */
let ownPrefixes: readonly string[] | undefined;
function own(): readonly string[] {
  if (ownPrefixes) return ownPrefixes;
  ownPrefixes = [];
  const sites = typeof E.captureStackTrace === 'function' ? captureSites(own, 1) : null;
  const url = sites ? (sites[0] ? urlOf(sites[0]) : undefined) : parseStack(String(new Error().stack ?? ''))[1]?.url;
  if (!url) return ownPrefixes;
  const file = displayName(url);
  const m = /^(.*\/)runtime\/tracer\/js-frames\.[cm]?[jt]s$/.exec(file);
  const installed = /^(.*\/wasm-tracemalloc\/dist\/)/.exec(file);
  if (m) ownPrefixes = [`${m[1]}runtime/`, `${m[1]}node/`];
  else if (installed) ownPrefixes = [installed[1]!];
  return ownPrefixes;
}

/** What a frame of a URL is: wasm, JS shown, or JS left out (the tool's own, Node's internals). One
 * Map lookup per frame walked (a capture is on the hot path); the verdict is made once per URL. */
const WASM = 0;
const SHOWN = 1;
const HIDDEN = 2;
const classes = new Map<string, number>();
function classOf(url: string): number {
  let c = classes.get(url);
  if (c === undefined) {
    c = isWasmUrl(url) ? WASM : keep(url) ? SHOWN : HIDDEN;
    classes.set(url, c);
    if (c === SHOWN && mapper?.prefetch) mapper.prefetch(url); // a mapper that loads maps asynchronously starts now
  }
  return c;
}

/** Whether a JS frame of this URL is shown. */
function keep(url: string): boolean {
  const file = displayName(url);
  return !(url === '' || url.startsWith('node:') || url.startsWith('internal/') || own().some((p) => file.startsWith(p)));
}

/**
 * The JS stacks of one domain (one instrumented module), and their capture. A capture starts
 * beneath the core's host import `js_frames(kind)`, so the tool's own frames above it are neither
 * counted in the limit nor read.
 *
 * What a capture costs (bench/jsframes.bench.mjs, docs/hook-abi.md "JavaScript frames") is V8's
 * stack walk: a fixed part and a part per frame walked, wasm frames included. So a capture asks
 * for no more frames than the traceback can show (the wasm frames above the JS caller, learned
 * from the previous capture, plus nframe; kind 0 no more than its recent captures needed to reach
 * the wasm frame that ended their JS frames: `need0`) and reads each frame once: its URL, then, for a frame
 * shown, its line and column; the function name only the first time that position is seen.
 */
export class JsCapture {
  readonly stacks: JsStacks;
  /** Kind 0: how many frames lay above the JS caller last time (the core's and the module's). */
  private above0 = 4;
  /** Kind 0: the most frames a complete capture needed in this window of NEED_WINDOW captures
   * and in the one before (0: none), each up to and including the wasm frame that ended the JS
   * frames, or the frame that made them `max`, or the whole stack and one more. V8 walks and
   * summarizes every frame up to the limit, the ones past the end of the JS frames too (an outer
   * wasm activation's: html-rewriter-wasm's handlers called from lol-html), so a capture asks for
   * no more than the recent stacks needed; a stack that needs more is seen cut and captured again
   * (`pick`), so the frames are the same whatever the limit. */
  private need0 = 0;
  private needBefore = 0;
  private needCount = 0;

  constructor(
    base: number,
    readonly nframe: () => number,
    private readonly depth: () => number,
  ) {
    this.stacks = new JsStacks(base);
  }

  /**
   * host.js_frames: the pseudo-site of the JS frames `kind` asks for. `above` is the function the
   * core called (the capture starts beneath it). Called from inside the program's allocation, so
   * it never throws: on any failure the stack is an empty one. (`hostImport` below makes the same
   * capture from the host import's own body.)
   */
  capture(kind: JsFramesKind, above: Function): number {
    const hit = this.cached(kind);
    if (hit >= 0) return hit;
    let frames: JsFrame[];
    try {
      frames = this.frames(kind, Math.max(1, this.nframe()), above);
    } catch {
      frames = [];
    }
    return this.settle(kind, frames);
  }

  /** The hot-call-site cache's answer for this event (a pseudo-site), or -1: capture. */
  cached(kind: JsFramesKind): number {
    if (!this.exact && this.skip[kind]! > 0) {
      this.skip[kind]!--;
      this.reused++;
      return this.last[kind]!;
    }
    return -1;
  }

  /** The pseudo-site of captured frames; the hot-call-site cache learns from it. */
  settle(kind: JsFramesKind, frames: readonly JsFrame[]): number {
    let id: number;
    try {
      id = this.stacks.idOfFrames(frames);
    } catch {
      id = this.stacks.idOfFrames([]);
    }
    this.captured++;
    if (this.exact) return id;
    // The hot-call-site cache: the same stack again doubles the events that reuse it before the
    // next check (1, 3, 7, … HOT_MAX); another stack ends the run. Checks are what see a change,
    // so within one synchronous run of JS an allocation from another line between two checks of
    // a hot line carries the hot line's JS frames; the run ends with the current task (below).
    if (id === this.last[kind]) {
      const streak = Math.min(this.streak[kind]! + 1, HOT_LOG2);
      this.streak[kind] = streak;
      this.skip[kind] = (1 << streak) - 1;
    } else {
      this.last[kind] = id;
      this.streak[kind] = 0;
      this.skip[kind] = 0;
    }
    if (!this.endQueued && this.skip[kind]! > 0) {
      this.endQueued = true;
      queueMicrotask(this.endRun);
    }
    return id;
  }

  /** Capture every event (start()'s jsFrames: 'exact'), else the hot-call-site cache above. */
  exact = false;

  /** A new start: what the captures learnt of the stacks' shapes is forgotten (the cache's
   * state is the task's and ends with it). */
  restart(): void {
    this.need0 = this.needBefore = this.needCount = 0;
  }
  /** Counts, for tests and benches: V8 captures made, and events that reused a cached stack. */
  captured = 0;
  reused = 0;
  private readonly last = [-1, -1];
  private readonly streak = [0, 0];
  private readonly skip = [0, 0];
  private endQueued = false;
  /** The JS task that made the hot run ends: the next event is checked again. */
  private readonly endRun = (): void => {
    this.endQueued = false;
    this.skip[0] = this.skip[1] = 0;
    this.streak[0] = this.streak[1] = 0;
  };

  /** The JS frames of the current stack, most recent first, as `kind` says, at most `max`. */
  frames(kind: JsFramesKind, max: number, above: Function): JsFrame[] {
    if (typeof E.captureStackTrace !== 'function') return pickParsed(kind, max, this.stacks);
    for (let limit = this.firstLimit(kind, max); ; limit = this.nextLimit(kind, max, limit)) {
      const out = this.pick(kind, max, captureSites(above, limit), limit);
      if (out !== null) return out;
    }
  }

  /** The first capture's limit: kind 1 needs the whole stack (the oldest frame of this module
   * may be anywhere below); kind 0 the frames above the JS caller last time, plus `max`. */
  firstLimit(kind: JsFramesKind, max: number): number {
    if (kind === 1) return this.depth() + 16 + max;
    const all = this.above0 + max;
    const need = this.need0 > this.needBefore ? this.need0 : this.needBefore;
    return need > 0 && need < all ? need : all;
  }

  /** The limit after a capture at `limit` was cut too soon. Kind 0: at least the frames above the
   * JS caller plus `max` (the first limit before `need0`), so a stack deeper than the recent ones
   * costs one capture more, rarely two. */
  nextLimit(kind: JsFramesKind, max: number, limit: number): number {
    return kind === 0 ? Math.max(limit * 4, this.above0 + max) : limit * 4;
  }

  /** The frames out of a capture made at `limit`, or null: capture again with a larger limit. */
  pick(kind: JsFramesKind, max: number, sites: readonly V8CallSite[] | null, limit: number): JsFrame[] | null {
    if (sites === null) return pickParsed(kind, max, this.stacks);
    const cut = sites.length >= limit;
    const out: JsFrame[] = [];
    const r = pickSites(sites, kind, max, out, this.stacks);
    if (kind === 0 && r.first >= 0) this.above0 = r.first;
    // complete unless the stack was cut before what `kind` needs was seen
    const complete = !cut || limit >= 65536 || (kind === 0 && r.first >= 0 && (out.length >= max || r.ended));
    if (kind === 0 && complete) {
      // the frames this capture needed: through the one it stopped at, or all and one more
      const need = r.stop >= 0 ? r.stop + 1 : sites.length + 1;
      if (need > this.need0) this.need0 = need;
      if (++this.needCount >= NEED_WINDOW) {
        this.needBefore = this.need0;
        this.need0 = 0;
        this.needCount = 0;
      }
    }
    return complete ? out : null;
  }
}

/**
 * host.js_frames for the core (one per domain): `JsCapture.capture` with V8's capture made in this
 * function's own body. V8 walks a stack from its top and summarizes every frame, the ones a
 * capture then skips too, each optimized one through its deoptimization data: with the capture
 * three calls deeper (`capture`, `frames`, `captureSites`) those frames were walked on every capture.
 */
export function hostImport(capture: () => JsCapture): (kind: JsFramesKind) => number {
  const host = (kind: JsFramesKind): number => {
    const c = capture();
    if (typeof E.captureStackTrace !== 'function') return c.capture(kind, host);
    const hit = c.cached(kind);
    if (hit >= 0) return hit;
    let frames: JsFrame[] | null = null;
    try {
      const max = Math.max(1, c.nframe());
      for (let limit = c.firstLimit(kind, max); frames === null; limit = c.nextLimit(kind, max, limit)) {
        const savedPrepare = E.prepareStackTrace;
        const savedLimit = E.stackTraceLimit;
        let sites: unknown;
        try {
          E.prepareStackTrace = structured;
          E.stackTraceLimit = limit;
          const holder: { stack?: unknown } = {};
          E.captureStackTrace!(holder, host);
          sites = holder.stack;
        } finally {
          E.prepareStackTrace = savedPrepare;
          E.stackTraceLimit = savedLimit;
        }
        frames = c.pick(kind, max, Array.isArray(sites) ? (sites as V8CallSite[]) : null, limit);
      }
    } catch {
      frames = [];
    }
    return c.settle(kind, frames);
  };
  return host;
}

/** Kind 0's limit follows the frames the captures of the last NEED_WINDOW to 2 × NEED_WINDOW needed. */
const NEED_WINDOW = 64;

/** The hot-call-site cache reuses a stack for at most 2^HOT_LOG2 - 1 events between checks. */
export const HOT_LOG2 = 6;

const structured = (_e: Error, stack: V8CallSite[]): V8CallSite[] => stack;

/** V8's call sites beneath `above`, at most `limit`; null where the engine has none. */
function captureSites(above: Function, limit: number): V8CallSite[] | null {
  const savedPrepare = E.prepareStackTrace;
  const savedLimit = E.stackTraceLimit;
  let sites: unknown;
  try {
    E.prepareStackTrace = structured;
    E.stackTraceLimit = limit;
    const holder: { stack?: unknown } = {};
    E.captureStackTrace!(holder, above);
    sites = holder.stack;
  } finally {
    E.prepareStackTrace = savedPrepare;
    E.stackTraceLimit = savedLimit;
  }
  return Array.isArray(sites) ? (sites as V8CallSite[]) : null;
}

const urlOf = (s: V8CallSite): string => s.getFileName() ?? s.getScriptNameOrSourceURL?.() ?? '';

/**
 * The frames `kind` asks for, out of a capture (most recent first): the first frames are the
 * core's (wasm), then the module's. Kind 0: the JS frames beneath them, down to the next wasm
 * frame. Kind 1: the JS frames beneath this module's oldest frame, down to the next wasm frame
 * (another module's, when module A calls JS that calls this one) or the bottom.
 * `first`: the index of the first frame beneath the top wasm frames (-1: not reached);
 * `ended`: a wasm frame ended the JS frames; `stop`: the index of the last frame read (the wasm
 * frame that ended them, or the frame that made them `max`), -1 when the frames ran out.
 */
function pickSites(sites: readonly V8CallSite[], kind: JsFramesKind, max: number, out: JsFrame[], stacks: JsStacks): { first: number; ended: boolean; stop: number } {
  const n = sites.length;
  let core = '';
  let module = '';
  let foreign = false;
  let first = -1;
  // one loop, so the engine's optimizing compiler sees each call once: the top wasm frames (the
  // core's, this module's, another's), then the JS frames beneath them
  for (let i = 0; i < n; i++) {
    const s = sites[i]!;
    const url = urlOf(s);
    const c = classOf(url);
    if (first < 0) {
      if (c === WASM) {
        if (i === 0) core = url;
        else if (module === '' && url !== core) module = url;
        else if (url !== core && url !== module) foreign = true;
        continue;
      }
      if (i === 0) return { first: -1, ended: false, stop: -1 };
      first = i;
      // kind 0 with another module's frames above the JS: the allocator was called from that wasm
      // (an Emscripten side module calling the main module's malloc), not from JS; the JS beneath
      // is that of the whole activation, which this module's own shadow stack already has (kind 1)
      if (kind === 0 && foreign) return { first, ended: true, stop: i };
      if (kind === 1 && module !== '') {
        const k = beneathOldest(sites, i, module);
        if (k >= n) return { first, ended: true, stop: -1 };
        if (k !== i) {
          i = k - 1;
          continue;
        }
      }
    }
    if (c === WASM) return { first, ended: true, stop: i };
    if (c === SHOWN && out.push(stacks.frameAt(url, s)) >= max) return { first, ended: false, stop: i };
  }
  return { first, ended: false, stop: -1 };
}

/** Kind 1: the index of the first JS frame beneath this module's oldest frame (the JS frames of
 * the activation), `n` when none; `i` when no frame of the module lies beneath `i`. */
function beneathOldest(sites: readonly V8CallSite[], i: number, module: string): number {
  const n = sites.length;
  for (let j = n - 1; j > i; j--) {
    if (urlOf(sites[j]!) === module) {
      let k = j + 1;
      while (k < n && classOf(urlOf(sites[k]!)) === WASM) k++;
      return k;
    }
  }
  return i;
}

/** Other engines: the `stack` string parsed (kind 1 beneath the oldest wasm frame). */
function pickParsed(kind: JsFramesKind, max: number, stacks: JsStacks): JsFrame[] {
  const all = parseStack(String(new Error().stack ?? '')).slice(1);
  let start = all.findIndex((f) => isWasmUrl(f.url));
  if (start < 0) return [];
  if (kind === 1) {
    for (let i = all.length - 1; i >= start; i--) {
      if (isWasmUrl(all[i]!.url)) {
        start = i + 1;
        break;
      }
    }
  } else {
    while (start < all.length && isWasmUrl(all[start]!.url)) start++;
  }
  const out: JsFrame[] = [];
  for (let i = start; i < all.length && out.length < max; i++) {
    const f = all[i]!;
    const c = classOf(f.url);
    if (c === WASM) break;
    if (c === SHOWN) out.push(stacks.frameOf(f));
  }
  return out;
}

function functionNameOf(s: V8CallSite): string {
  let fn = s.getFunctionName() ?? '';
  if (!fn) {
    const method = s.getMethodName?.();
    const type = s.getTypeName?.();
    if (method) fn = type ? `${type}.${method}` : method;
  }
  return fn;
}

/** `stack` strings: V8's `    at fn (url:line:col)` and SpiderMonkey/JSC's `fn@url:line:col`. */
function parseStack(stack: string): JsFrame[] {
  const out: JsFrame[] = [];
  for (const line of stack.split('\n')) {
    const m = /^\s*at (?:(.*?) \()?(.*):(\d+):(\d+)\)?\s*$/.exec(line) ?? /^(.*?)@(.*):(\d+):(\d+)\s*$/.exec(line);
    if (!m) {
      if (/^\s*at /.test(line) || line.includes('@')) out.push({ url: '', line: 0, column: 0, functionName: '' });
      continue;
    }
    out.push({ url: m[2]!, line: Number(m[3]), column: Number(m[4]), functionName: m[1] ?? '' });
  }
  return out;
}

/** A node of the stacks' trie: the pseudo-site of the frames that lead to it. */
interface StackNode {
  id: number;
  children: Map<JsFrame, StackNode> | null;
}

/**
 * The JS stacks of one domain, each a pseudo-site: `base + index`, where base is one past the
 * module's last site. Same frames, same pseudo-site (the cache by call site). A frame is one
 * object per position (URL, line, column: `frameAt`), so a stack is found by a walk of a trie
 * keyed by those objects, with no key built per capture.
 */
export class JsStacks {
  private readonly positions = new Map<string, Map<number, JsFrame>>();
  private readonly root: StackNode = { id: -1, children: null };
  private readonly stacks: (readonly JsFrame[])[] = [];
  private readonly framesCache = new Map<number, readonly SiteFrame[]>();

  constructor(readonly base: number) {}

  /** The frame at a call site's position, made once per position (its function name is the
   * first one seen there: the name of an anonymous function called as a method depends on its
   * receiver). The frames of a stack are such objects, so `idOfFrames` compares them by identity. */
  frameAt(url: string, s: V8CallSite): JsFrame {
    const line = s.getLineNumber() ?? 0;
    const column = s.getColumnNumber() ?? 0;
    let byPosition = this.positions.get(url);
    if (byPosition === undefined) this.positions.set(url, (byPosition = new Map()));
    const key = line * 65536 + column; // exact while a column fits 16 bits (else one more map)
    if (column >= 65536) return this.intern({ url, line, column, functionName: functionNameOf(s) });
    let f = byPosition.get(key);
    if (f === undefined) byPosition.set(key, (f = Object.freeze({ url, line, column, functionName: functionNameOf(s) })));
    return f;
  }

  /** A frame parsed from a `stack` string (other engines) as the one object of its position. */
  frameOf(f: JsFrame): JsFrame {
    if (f.column >= 65536) return this.intern(f);
    let byPosition = this.positions.get(f.url);
    if (byPosition === undefined) this.positions.set(f.url, (byPosition = new Map()));
    const key = f.line * 65536 + f.column;
    let out = byPosition.get(key);
    if (out === undefined) byPosition.set(key, (out = Object.freeze({ ...f })));
    return out;
  }

  private readonly others = new Map<string, JsFrame>();
  private intern(f: JsFrame): JsFrame {
    const key = `${f.url}\n${f.line}\n${f.column}\n${f.functionName}`;
    let out = this.others.get(key);
    if (out === undefined) this.others.set(key, (out = Object.freeze(f)));
    return out;
  }

  /** The pseudo-site of these frames (most recent first; each the object `frameAt` or `frameOf`
   * made for its position). */
  idOfFrames(frames: readonly JsFrame[]): number {
    let node = this.root;
    for (const f of frames) {
      node.children ??= new Map();
      let next = node.children.get(f);
      if (next === undefined) node.children.set(f, (next = { id: -1, children: null }));
      node = next;
    }
    if (node.id < 0) {
      node.id = this.base + this.stacks.length;
      this.stacks.push(frames.slice());
    }
    return node.id;
  }

  has(site: number): boolean {
    return site >= this.base && site < this.base + this.stacks.length;
  }

  /** The frames of a pseudo-site, through the JS files' source maps. */
  frames(site: number): readonly SiteFrame[] {
    let frames = this.framesCache.get(site);
    if (frames === undefined) {
      const before = stillLoading;
      frames = Object.freeze((this.stacks[site - this.base] ?? []).map(resolveJsFrame));
      if (stillLoading === before) this.framesCache.set(site, frames); // else asked again when the maps are in
    }
    return frames;
  }

  get size(): number {
    return this.stacks.length;
  }
}

// ---- where a JS frame points in the program's source ----

/**
 * Maps a JS position to the program's source: the original position, `null` where the file has no
 * map (the position is shown as reported), or `undefined` while its map is still loading (shown as
 * reported for now, asked again at the next snapshot). `prefetch`, when present, is told each
 * script URL the first time a JS frame of it is captured, so a map loaded over the network is
 * usually there by the time a snapshot is taken.
 */
export type JsSourceMapper = ((url: string, line: number, column: number) => { filename: string; lineno: number; column: number; functionName?: string } | null | undefined)
  & { prefetch?: (url: string) => void };

let mapper: JsSourceMapper | null = null;
const resolvedFrames = new Map<string, SiteFrame>();
/** How many frames were resolved while their map was still loading (never cached). */
let stillLoading = 0;

/** Installed by the Node entry (node/js-source-maps.ts: `//# sourceMappingURL=` files and data
 * URLs) and by the bundler plugin's client (bundler/js-source-maps.ts: fetched); with none, frames
 * keep the URL, line and column the engine reports. */
export function setJsSourceMapper(m: JsSourceMapper | null): void {
  mapper = m;
  resolvedFrames.clear();
  if (m?.prefetch) for (const [url, c] of classes) if (c === SHOWN) m.prefetch(url);
}

/** A JS frame as the program's source shows it: through the installed mapper, else as reported. */
export function resolveJsFrame(f: JsFrame): SiteFrame {
  const key = `${f.url}\n${f.line}\n${f.column}\n${f.functionName}`;
  let out = resolvedFrames.get(key);
  if (out !== undefined) return out;
  let mapped: ReturnType<JsSourceMapper> = null;
  try {
    mapped = mapper && f.line > 0 ? mapper(f.url, f.line, f.column) : null;
  } catch {
    mapped = null;
  }
  out = Object.freeze(mapped
    ? { filename: mapped.filename, lineno: mapped.lineno, column: mapped.column, functionName: mapped.functionName || f.functionName }
    : { filename: displayName(f.url), lineno: f.line, column: f.column, functionName: f.functionName });
  if (mapped !== undefined) resolvedFrames.set(key, out);
  else stillLoading++; // a map still loading: asked again next time
  return out;
}

/** A `file://` URL as a path (what the rest of the tool shows for wasm sources too). */
export function displayName(url: string): string {
  if (!url.startsWith('file://')) return url;
  try {
    return decodeURIComponent(url.slice('file://'.length).replace(/^\/([A-Za-z]:\/)/, '$1'));
  } catch {
    return url;
  }
}
