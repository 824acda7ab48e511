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
 * Capture: V8's structured call sites (Error.captureStackTrace + Error.prepareStackTrace), else
 * the `stack` string parsed (other engines). Frames of the tool itself and of Node's internals
 * (`node:`) are left out; the glue's frames are the program's JS and are kept (see
 * docs/library-frames.md). Source maps are applied at snapshot time (`resolveJsFrame`), through the
 * mapper the Node entry installs (node/js-source-maps.ts).
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
 * wasm frame; 1, the JS frames beneath the oldest wasm frame. */
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
  const url = capture(own, 1)[0]?.url;
  if (!url) return ownPrefixes;
  const file = displayName(url);
  const m = /^(.*\/)runtime\/tracer\/js-frames\.[cm]?[jt]s$/.exec(file);
  const installed = /^(.*\/wasm-tracemalloc\/dist\/)/.exec(file);
  if (m) ownPrefixes = [`${m[1]}runtime/`, `${m[1]}node/`];
  else if (installed) ownPrefixes = [installed[1]!];
  return ownPrefixes;
}

/** Whether a frame of this URL is shown (the verdict cached per URL: a capture is on the hot path). */
const kept = new Map<string, boolean>();
function keep(url: string): boolean {
  let verdict = kept.get(url);
  if (verdict === undefined) {
    const file = displayName(url);
    verdict = !(url === '' || url.startsWith('node:') || url.startsWith('internal/') || own().some((p) => file.startsWith(p)));
    kept.set(url, verdict);
  }
  return verdict;
}

/**
 * The JS frames of the current stack, most recent first, as `kind` says, at most `max` of them.
 * `depth` is a hint: how many wasm frames may lie above them (the shadow stack's height). A
 * capture's cost is mostly fixed (V8's stack walk setup), so the limit starts small and only the
 * frames kept are asked for their positions.
 */
export function captureJsFrames(kind: JsFramesKind, max: number, depth: number): JsFrame[] {
  let limit = (kind === 0 ? 8 : depth + 8) + max;
  for (;;) {
    const all = capture(captureJsFrames, limit);
    const out = pick(all, kind, max);
    // cut by the limit: beneath the oldest wasm frame (1), or no JS frame reached yet (0)
    if (all.length < limit || (kind === 0 && out.length > 0) || limit >= 4096) return out.map(toFrame);
    limit *= 4;
  }
}

/** A frame seen on the stack: its URL at once, its position only when it is kept. */
interface StackEntry {
  readonly url: string;
  readonly site: V8CallSite | JsFrame;
}

function pick(all: readonly StackEntry[], kind: JsFramesKind, max: number): StackEntry[] {
  // the frames above the first wasm frame are the tool's own (the core's host import)
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
  const out: StackEntry[] = [];
  for (let i = start; i < all.length && out.length < max; i++) {
    const f = all[i]!;
    if (kind === 0 && isWasmUrl(f.url)) break;
    if (keep(f.url)) out.push(f);
  }
  return out;
}

function toFrame(e: StackEntry): JsFrame {
  const s = e.site;
  if (!('getLineNumber' in s)) return s;
  let fn = s.getFunctionName() ?? '';
  if (!fn) {
    const method = s.getMethodName?.();
    const type = s.getTypeName?.();
    if (method) fn = type ? `${type}.${method}` : method;
  }
  return { url: e.url, line: s.getLineNumber() ?? 0, column: s.getColumnNumber() ?? 0, functionName: fn };
}

const structured = (_e: Error, stack: V8CallSite[]): V8CallSite[] => stack;

/** The stack below `above`, at most `limit` frames. */
function capture(above: Function, limit: number): StackEntry[] {
  if (typeof E.captureStackTrace === 'function') {
    const savedPrepare = E.prepareStackTrace;
    const savedLimit = E.stackTraceLimit;
    let sites: V8CallSite[] | undefined;
    try {
      E.prepareStackTrace = structured;
      E.stackTraceLimit = limit;
      const holder: { stack?: unknown } = {};
      E.captureStackTrace(holder, above);
      sites = holder.stack as V8CallSite[];
    } finally {
      E.prepareStackTrace = savedPrepare;
      E.stackTraceLimit = savedLimit;
    }
    if (Array.isArray(sites)) return sites.map((site) => ({ url: site.getFileName() ?? site.getScriptNameOrSourceURL?.() ?? '', site }));
  }
  return parseStack(String(new Error().stack ?? ''))
    .slice(1, 1 + limit)
    .map((site) => ({ url: site.url, site }));
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

/**
 * The JS stacks of one domain, each a pseudo-site: `base + index`, where base is one past the
 * module's last site. Same frames, same pseudo-site.
 */
export class JsStacks {
  private readonly ids = new Map<string, number>();
  private readonly stacks: (readonly JsFrame[])[] = [];
  private readonly framesCache = new Map<number, readonly SiteFrame[]>();

  constructor(readonly base: number) {}

  /** The pseudo-site of these frames (most recent first). */
  idOf(frames: readonly JsFrame[]): number {
    let key = '';
    for (const f of frames) key += `${f.url}\n${f.line}\n${f.column}\n${f.functionName}\n`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.base + this.stacks.length;
      this.stacks.push(frames);
      this.ids.set(key, id);
    }
    return id;
  }

  has(site: number): boolean {
    return site >= this.base && site < this.base + this.stacks.length;
  }

  /** The frames of a pseudo-site, through the JS files' source maps. */
  frames(site: number): readonly SiteFrame[] {
    let frames = this.framesCache.get(site);
    if (frames === undefined) {
      frames = Object.freeze((this.stacks[site - this.base] ?? []).map(resolveJsFrame));
      this.framesCache.set(site, frames);
    }
    return frames;
  }

  get size(): number {
    return this.stacks.length;
  }
}

// ---- where a JS frame points in the program's source ----

/** Maps an engine position to the program's source (a JS file's source map), or null. */
export type JsSourceMapper = (url: string, line: number, column: number) => { filename: string; lineno: number; column: number; functionName?: string } | null;

let mapper: JsSourceMapper | null = null;
const resolvedFrames = new Map<string, SiteFrame>();

/** Installed by the Node entry (node/js-source-maps.ts: `//# sourceMappingURL=` files and data
 * URLs); none in a browser, where frames keep the URL, line and column the engine reports. */
export function setJsSourceMapper(m: JsSourceMapper | null): void {
  mapper = m;
  resolvedFrames.clear();
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
  resolvedFrames.set(key, out);
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
