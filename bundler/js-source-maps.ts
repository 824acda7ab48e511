// JS source maps for JS frames in the page (runtime/tracer/js-frames.ts), as node/js-source-maps.ts
// does in Node with files: a script's map is fetched the first time a JS frame of it is captured
// (its `SourceMap` header, else its last `//# sourceMappingURL=`, a data: URL or a file), decoded
// by @jridgewell/trace-mapping, and its sourcesContent registered for Traceback.format(). Until it
// is in, that script's frames show the URL, line and column the engine reports, and a later
// snapshot maps them; `loaded()` waits for every map asked for so far. Browser-safe: fetch only.
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { registerSourceText } from '../runtime/model/line-source';
import { setJsSourceMapper, type JsSourceMapper } from '../runtime/tracer/js-frames';

/** A script's map: loaded, none (no map, not fetchable, not a map), or still loading. */
const maps = new Map<string, TraceMap | null | Promise<void>>();

const SOURCE_MAPPING_URL = /^[ \t]*\/\/[#@][ \t]*sourceMappingURL=[ \t]*(\S+)[ \t]*$/gm;

/** What a frame's file reads: a path of this page's origin without it and its query (`src/main.ts`,
 * as Node shows a path; a dev server's `?v=…`/`?t=…` is no part of the file), a bundler's
 * `webpack://app/./src/x.js` as `src/x.js`, anything else as is. */
export function sourceName(source: string, origin: string | undefined): string {
  if (origin && source.startsWith(origin + '/')) return decodeURIComponent(source.slice(origin.length + 1).replace(/[?#].*$/, ''));
  const webpack = /^webpack:\/\/[^/]*\/(?:\.\/)?(.*)$/.exec(source);
  return webpack ? webpack[1]! : source;
}

function decodeDataUrl(ref: string): string | null {
  const comma = ref.indexOf(',');
  if (comma < 0) return null;
  const body = ref.slice(comma + 1);
  if (!/;base64$/i.test(ref.slice(0, comma))) return decodeURIComponent(body);
  const bin = atob(body);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

async function loadMap(url: string): Promise<TraceMap | null> {
  if (!/^(https?|blob):/i.test(url)) return null;
  const script = await fetch(url);
  if (!script.ok) return null;
  const text = await script.text();
  const ref = script.headers.get('SourceMap') ?? script.headers.get('X-SourceMap') ?? [...text.matchAll(SOURCE_MAPPING_URL)].pop()?.[1];
  if (!ref) return null;
  let json: string | null;
  let mapUrl = url;
  if (ref.startsWith('data:')) json = decodeDataUrl(ref);
  else {
    mapUrl = new URL(ref, url).href;
    const res = await fetch(mapUrl);
    json = res.ok ? await res.text() : null;
  }
  if (json === null) return null;
  const map = new TraceMap(json, mapUrl);
  const origin = globalThis.location?.origin;
  map.sourcesContent?.forEach((content, i) => {
    const source = map.resolvedSources[i];
    if (typeof content === 'string' && source) registerSourceText(sourceName(source, origin), content);
  });
  return map;
}

function prefetch(url: string): void {
  if (maps.has(url)) return;
  const loading = loadMap(url).then((m) => { maps.set(url, m); }, () => { maps.set(url, null); });
  maps.set(url, loading);
}

const mapper: JsSourceMapper = Object.assign((url: string, line: number, column: number) => {
  const map = maps.get(url);
  if (map === undefined) {
    prefetch(url);
    return undefined;
  }
  if (map instanceof Promise) return undefined;
  const origin = globalThis.location?.origin;
  if (map === null) return { filename: sourceName(url, origin), lineno: line, column };
  const o = originalPositionFor(map, { line, column: Math.max(0, column - 1) });
  if (o.source === null || o.line === null) return { filename: sourceName(url, origin), lineno: line, column };
  return { filename: sourceName(o.source, origin), lineno: o.line, column: (o.column ?? 0) + 1, functionName: o.name ?? undefined };
}, { prefetch });

/** Installs the mapper (idempotent). */
export function installJsSourceMaps(): void {
  setJsSourceMapper(mapper);
}

/** Resolves once every map asked for so far is loaded (or known to be missing). */
export async function loaded(): Promise<void> {
  for (;;) {
    const waiting = [...maps.values()].filter((m): m is Promise<void> => m instanceof Promise);
    if (waiting.length === 0) return;
    await Promise.all(waiting);
  }
}
