// Source maps for wasm: one generated "line" (line 1), whose columns are module byte offsets
// (the convention of Emscripten's -gsource-map, AssemblyScript's --sourceMap, wasm-pack, and
// V8's devtools). Decoding and lookup are @jridgewell/trace-mapping's.
//
// Where the map comes from, in order: the `sourceMap` option (an object, JSON text, or a path
// read through `readFile`), else the module's `sourceMappingURL` custom section (a `data:` URL
// decoded here; a relative path joined with `sourceMapBaseDir` and read through `readFile`).
// No Node built-ins: the caller supplies `readFile`.
//
// Source names are resolved as a consumer would: `sourceRoot` + source, relative to the map's
// directory, normalised, never made absolute when they were relative. AssemblyScript is the
// exception: its `sourceRoot` is a synthetic `./<output name>` and its sources (`assembly/x.ts`,
// `~lib/…`) are relative to the project, so for its maps both are left out.
//
// Lookup: the segment covering the call instruction, i.e. the last one at or before its offset
// (several at one offset: the last wins, as in trace-mapping and DWARF). Binaryen-written maps
// (AssemblyScript, Emscripten) end each expression's range with an unmapped segment; a call
// whose result is dropped (`arr.push(x);`) sits in such a gap and the `drop` right after it
// carries the statement's line, so an unmapped call takes a mapped segment starting within its
// own bytes or right after them (where the `drop` is). Otherwise the call maps to no line: the
// statement before it is another statement (an optimized build's map is lossy there; an
// AssemblyScript constructor's `this` allocation has no statement), and the resolver counts
// such calls to warn once per module.

import { FlattenMap, type SourceMapSegment, TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import { ByteReader } from './byte-reader';
import { customSection, type Section } from './wasm/module';
import { dirname, isUrlLike, joinPath, normalizePath } from './source-paths';

export interface SourceMapOptions {
  /** A source map object, its JSON text, or a path to read through `readFile`. */
  sourceMap?: string | object;
  /** Directory the module's `sourceMappingURL` (and `external_debug_info`) is relative to: usually the module's own. */
  sourceMapBaseDir?: string;
  /** Reads a text file; instrument/ never touches the file system itself. */
  readFile?: (path: string) => string | undefined;
}

export interface MappedLocation {
  file: string;
  line: number;
  /** 1-based (source maps store 0-based columns; DWARF and V8 frames count from 1). */
  column: number;
  name: string | null;
  /** Module offset of the mapping used (the last at or before the looked-up offset). */
  generatedOffset: number;
}

interface RawSourceMap {
  version?: number;
  sources?: (string | null)[];
  sourceRoot?: string;
  sourcesContent?: (string | null)[];
  names?: string[];
  mappings?: string;
  sections?: unknown;
}

export class SourceMapError extends Error {
  override name = 'SourceMapError';
}

export class SourceMapIndex {
  readonly files: string[];
  private contents = new Map<string, string>();

  constructor(private readonly map: TraceMap, raw: RawSourceMap, mapDir: string) {
    const sources = raw.sources ?? [];
    const assemblyScript = sources.some((s) => typeof s === 'string' && s.startsWith('~lib/'));
    const root = assemblyScript ? '' : (raw.sourceRoot ?? '');
    this.files = sources.map((s) => resolveSource(s ?? '', root, assemblyScript ? '' : mapDir));
    raw.sourcesContent?.forEach((text, i) => {
      if (typeof text === 'string' && this.files[i] !== undefined) this.contents.set(this.files[i]!, text);
    });
  }

  /**
   * The mapping covering the instruction at `offset` within the function starting at
   * `minOffset`: the segment at or before it, or, when that one is unmapped, a mapped one
   * starting no later than `end` (the instruction after the call); null when none (see the header).
   */
  lookup(offset: number, minOffset = 0, end = offset): MappedLocation | null {
    const segs = this.segments();
    let lo = 0, hi = segs.length; // first segment after offset
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (segs[mid]![0] <= offset) lo = mid + 1; else hi = mid;
    }
    let seg: SourceMapSegment | null = lo > 0 ? segs[lo - 1]! : null;
    if (seg && (seg.length < 4 || seg[0] < minOffset)) {
      seg = null;
      for (let i = lo; i < segs.length && segs[i]![0] <= end; i++) {
        if (segs[i]!.length >= 4) { seg = segs[i]!; break; }
      }
    }
    if (!seg || seg.length < 4) return null;
    const file = this.files[seg[1]!];
    if (file === undefined) return null;
    const names = this.map.names;
    return {
      file,
      line: seg[2]! + 1,
      column: seg[3]! + 1,
      name: seg.length === 5 ? (names[seg[4]!] ?? null) : null,
      generatedOffset: seg[0],
    };
  }

  /** The file of the first mapped segment in [start, end) (a function's own file), or null. */
  firstFile(start: number, end: number): string | null {
    const segs = this.segments();
    let lo = 0, hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (segs[mid]![0] < start) lo = mid + 1; else hi = mid;
    }
    for (let i = lo; i < segs.length && segs[i]![0] < end; i++) if (segs[i]!.length >= 4) return this.files[segs[i]![1]!] ?? null;
    return null;
  }

  private segs: readonly SourceMapSegment[] | null = null;

  /** Generated line 1 (wasm maps have one line), decoded on first use. */
  private segments(): readonly SourceMapSegment[] {
    return (this.segs ??= decodedMappings(this.map)[0] ?? []);
  }

  /** The `sourcesContent` text of a source, by its resolved name. */
  sourceContent(file: string): string | null {
    return this.contents.get(file) ?? null;
  }

  /** Every source with its text (for embedding in the instrumented module or a report). */
  sourcesWithContent(): { file: string; content: string }[] {
    return [...this.contents].map(([file, content]) => ({ file, content }));
  }
}

function resolveSource(source: string, root: string, mapDir: string): string {
  if (isUrlLike(source)) return source;
  if (root && isUrlLike(root)) return root.replace(/\/?$/, '/') + source;
  return joinPath(mapDir, root, source) || normalizePath(source);
}

/** Loads the module's source map, or returns null when it has none. Throws SourceMapError when one is named but unusable. */
export function loadSourceMap(bytes: Uint8Array, sections: Section[], opts: SourceMapOptions): SourceMapIndex | null {
  let text: string | object | undefined;
  let mapPath: string | null = null;
  if (opts.sourceMap !== undefined && opts.sourceMap !== null) {
    if (typeof opts.sourceMap === 'object') text = opts.sourceMap;
    else if (/^\s*([{[]|\)\]\}')/.test(opts.sourceMap)) text = opts.sourceMap;
    else { mapPath = opts.sourceMap; text = readMapFile(opts, mapPath, 'the sourceMap option'); }
  } else {
    const section = customSection(bytes, sections, 'sourceMappingURL');
    if (!section) return null;
    const url = new ByteReader(section).name();
    if (url.startsWith('data:')) text = decodeDataUrl(url);
    else if (isUrlLike(url) && !url.startsWith('file://')) {
      // A URL for the browser (emcc --source-map-base http://…/): the map usually sits next to
      // the module on disk under the same file name. Never fetched.
      const local = joinPath(opts.sourceMapBaseDir, url.replace(/[?#].*$/, '').replace(/^.*\//, ''));
      const found = local && opts.readFile ? opts.readFile(local) : undefined;
      if (found === undefined) {
        throw new SourceMapError(`sourceMappingURL ${JSON.stringify(url)} is a remote URL and ${JSON.stringify(local)} could not be read; pass the map with the sourceMap option`);
      }
      mapPath = local;
      text = found;
    } else {
      mapPath = joinPath(opts.sourceMapBaseDir, url.replace(/^file:\/\//, ''));
      text = readMapFile(opts, mapPath, `the module's sourceMappingURL ${JSON.stringify(url)}`);
    }
  }
  let raw: RawSourceMap;
  try {
    // A map may open with the `)]}'` line that guards it against being run as script (spec §5).
    raw = (typeof text === 'string' ? JSON.parse(text.replace(/^\)\]\}'[^\n]*\n/, '')) : text) as RawSourceMap;
  } catch (e) {
    throw new SourceMapError(`source map ${mapPath ?? '(inline)'} is not JSON: ${(e as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || raw.version !== 3 || (!Array.isArray(raw.sources) && !raw.sections)) {
    throw new SourceMapError(`source map ${mapPath ?? '(inline)'} is not a version 3 source map (expected {"version":3,"sources":[…],"mappings":"…"})`);
  }
  const mapDir = mapPath ? dirname(mapPath) : (opts.sourceMapBaseDir ?? '');
  try {
    if (raw.sections) {
      // An index map: trace-mapping flattens it, joining each section's sourceRoot to its sources.
      const flat = FlattenMap(raw as never);
      return new SourceMapIndex(flat, { version: 3, sources: flat.sources, sourcesContent: flat.sourcesContent ?? undefined }, mapDir);
    }
    // trace-mapping applies sourceRoot itself; names are resolved here instead (see the header).
    return new SourceMapIndex(new TraceMap({ ...raw, sourceRoot: undefined } as never), raw, mapDir);
  } catch (e) {
    throw new SourceMapError(`source map ${mapPath ?? '(inline)'} cannot be decoded: ${(e as Error).message}`);
  }
}

function readMapFile(opts: SourceMapOptions, path: string, what: string): string {
  if (!opts.readFile) {
    throw new SourceMapError(`${what} names the file ${JSON.stringify(path)}, but no readFile option was given to read it`);
  }
  const text = opts.readFile(path);
  if (text === undefined) throw new SourceMapError(`source map ${JSON.stringify(path)} (from ${what}) could not be read`);
  return text;
}

function decodeDataUrl(url: string): string {
  const comma = url.indexOf(',');
  if (comma < 0) throw new SourceMapError(`sourceMappingURL data: URL has no comma: ${url.slice(0, 60)}`);
  const meta = url.slice(5, comma);
  const data = url.slice(comma + 1);
  if (/;base64$/i.test(meta)) {
    const bin = atob(data);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder().decode(bytes);
  }
  return decodeURIComponent(data);
}
