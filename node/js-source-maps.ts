// JS source maps for JS frames (runtime/tracer/js-frames.ts): the Node entry and register install
// this mapper. A JS file's `//# sourceMappingURL=` (a data: URL or a file beside it) is read once,
// decoded by @jridgewell/trace-mapping (as instrument/source-map.ts does for wasm maps), and its
// sourcesContent registered for Traceback.format(). Node-only: it reads files.
// trace-mapping is loaded on the first map found, not with register: resolving and loading it
// costs every start ~20–30 ms, and most programs never map a JS frame (jsFrames is off by default).
import { createRequire } from 'node:module';
import { fs, path, url } from './builtins';
import type { TraceMap } from '@jridgewell/trace-mapping';
import { registerSourceText } from '../runtime/model/line-source';
import { displayName, setJsSourceMapper } from '../runtime/tracer/js-frames';

const { readFileSync } = fs;
const { dirname, join } = path;
const { fileURLToPath } = url;

const maps = new Map<string, TraceMap | null>();
let traceMapping: typeof import('@jridgewell/trace-mapping') | undefined;
const loadTraceMapping = () => (traceMapping ??= createRequire(import.meta.url)('@jridgewell/trace-mapping') as typeof import('@jridgewell/trace-mapping'));

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const toPath = (url: string): string => (url.startsWith('file://') ? fileURLToPath(url) : url);

function loadMap(url: string): TraceMap | null {
  if (url === '' || url.startsWith('wasm://') || url.startsWith('node:') || /^[a-z]+:\/\//i.test(url.replace(/^file:/, ''))) return null;
  const file = toPath(url);
  const text = read(file);
  if (text === undefined) return null;
  const refs = [...text.matchAll(/^[ \t]*\/\/[#@][ \t]*sourceMappingURL=[ \t]*(\S+)[ \t]*$/gm)];
  const ref = refs[refs.length - 1]?.[1];
  if (!ref) return null;
  let json: string | undefined;
  let mapPath = file;
  const data = /^data:application\/json(?:;charset=[^;,]+)?;base64,(.*)$/i.exec(ref);
  if (data) json = Buffer.from(data[1]!, 'base64').toString('utf8');
  else if (ref.startsWith('data:')) json = decodeURIComponent(ref.slice(ref.indexOf(',') + 1));
  else {
    mapPath = ref.startsWith('file://') ? fileURLToPath(ref) : join(dirname(file), ref);
    json = read(mapPath);
  }
  if (json === undefined) return null;
  const map = new (loadTraceMapping().TraceMap)(json, mapPath);
  map.sourcesContent?.forEach((content, i) => {
    const source = map.resolvedSources[i];
    if (typeof content === 'string' && source) registerSourceText(displayName(source), content);
  });
  return map;
}

/** Installs the mapper (idempotent). */
export function installJsSourceMaps(): void {
  setJsSourceMapper((url, line, column) => {
    let map = maps.get(url);
    if (map === undefined) {
      try {
        map = loadMap(url);
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    if (!map) return null;
    const o = loadTraceMapping().originalPositionFor(map, { line, column: Math.max(0, column - 1) });
    if (o.source === null || o.line === null) return null;
    return { filename: displayName(o.source), lineno: o.line, column: (o.column ?? 0) + 1, functionName: o.name ?? undefined };
  });
}
