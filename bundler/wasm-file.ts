// Instruments one .wasm for the page, at build/dev time, in Node: its DWARF or source map is
// resolved here (the map is read from disk next to the module, as the CLI does), and the site table
// travels in the output. The files beside the module that name its frames are found as Node finds
// them (instrument/companions.ts: a symbol map, a source map; a separate DWARF file through the
// module's external_debug_info), or given by the options `symbols` / `debugFile`. Every module is
// reported once, traced (how many sites, where its names came from) or not (why): never silent.
// Outputs are cached by content (the module's and that of every file instrument() read), so a dev
// server re-serving a file costs nothing, and a rebuilt .debug.wasm or map is read again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { findCompanions, glueCandidates, isSymbolMap } from '../instrument/companions';
import { instrument, type InstrumentResult } from '../instrument/index';
import { describeAllocators, noAllocatorReason } from '../node/allocator-line';
import { sameModule } from '../node/per-module-options';
import { hasSitesSection } from '../runtime/tracer/site-table';
import { PluginOptionsError } from './options';
import { isCaveat } from '../abi/errors';

export interface WasmReport {
  /** how the module reads in the log: a path relative to the project, or the asset's name */
  name: string;
  traced: boolean;
  /** one line: "12 allocation sites, libc, found by names: dlmalloc, dlfree; lines from DWARF, names from the module" or why not */
  detail: string;
  /** what its numbers may miss (abi isCaveat(); also written into the module, read again at load) */
  caveats?: string[];
}

/** The options `symbols` and `debugFile`: module → file, relative to the project root. */
export interface GivenFiles {
  symbols?: Record<string, string>;
  debugFile?: Record<string, string>;
}

/** The files instrument() read for an entry: [absolute path, hash of the content or null when missing]. */
type Reads = [string, string | null][];
const cache = new Map<string, { bytes: Uint8Array; report: WasmReport; reads: Reads }>();
const hash = (data: string | Uint8Array) => createHash('sha1').update(data).digest('hex');

/** Reads through `read`, noting what was read in `reads`. */
function noted<T extends string | Uint8Array>(read: (path: string) => T | undefined, reads: Reads): (path: string) => T | undefined {
  return (path) => {
    const data = read(path);
    reads.push([path, data === undefined ? null : hash(data)]);
    return data;
  };
}

/** Whether every file an entry read still reads the same. */
function fresh(reads: Reads): boolean {
  return reads.every(([path, h]) => {
    const data = readBinary(path);
    return (data === undefined ? null : hash(data)) === h;
  });
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readBinary(path: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** The file an option names for the module at `path`: [module key, absolute file], or undefined. */
function givenFor(files: Record<string, string> | undefined, path: string | undefined, root: string): [string, string] | undefined {
  const key = Object.keys(files ?? {}).find((module) => sameModule(path, module));
  return key === undefined ? undefined : [key, resolve(root, files![key]!)];
}

/** A file the options name that is missing or not what it should be: an error, not a quiet fallback. */
function badGiven(option: string, key: string, value: string, file: string, problem: string, expected: string): never {
  throw new PluginOptionsError(`wasm-tracemalloc: options.${option}[${JSON.stringify(key)}] = ${JSON.stringify(value)}: ${problem} (${file}); expected ${expected}`);
}

/**
 * The bytes to serve for `bytes` (read from `path` when known, for its source map's folder; or
 * embedded in the script `embeddedIn`, whose folder then stands for the module's).
 * A module that cannot be instrumented is served as it was and reported, never an error: the app
 * must run the same with the plugin on.
 */
export function instrumentWasm(bytes: Uint8Array, path: string | undefined, root: string, log: (line: string) => void, given: GivenFiles = {},
  embeddedIn?: string): Uint8Array {
  if (hasSitesSection(bytes)) return bytes; // instrumented already (by the user, or by an earlier hook)
  const name = embeddedIn ? `${relative(root, embeddedIn) || embeddedIn} (embedded, base64)` : path ? relative(root, path) || path : `a module of ${bytes.length} bytes`;
  // the files the options name for this module: read now, a missing one is the config's error
  const symbolsGiven = givenFor(given.symbols, path, root);
  const debugGiven = givenFor(given.debugFile, path, root);
  let symbols: { text: string; file: string } | undefined;
  let debugFile: { bytes: Uint8Array; file: string } | undefined;
  if (symbolsGiven) {
    const [module, file] = symbolsGiven;
    const text = readText(file);
    if (text === undefined) badGiven('symbols', module, given.symbols![module]!, file, 'no such file', 'the symbol map emcc --emit-symbol-map wrote (app.js.symbols), relative to the project root');
    if (!isSymbolMap(text)) badGiven('symbols', module, given.symbols![module]!, file, 'not a symbol map', 'lines of index:name, as emcc --emit-symbol-map writes them');
    symbols = { text, file };
  }
  if (debugGiven) {
    const [module, file] = debugGiven;
    const data = readBinary(file);
    if (data === undefined) badGiven('debugFile', module, given.debugFile![module]!, file, 'no such file', 'the separate DWARF file emcc -gseparate-dwarf wrote (app.debug.wasm), relative to the project root');
    if (!(data[0] === 0 && data[1] === 0x61 && data[2] === 0x73 && data[3] === 0x6d)) badGiven('debugFile', module, given.debugFile![module]!, file, 'not a wasm file', 'the .debug.wasm emcc -gseparate-dwarf wrote');
    debugFile = { bytes: data, file };
  }
  const found = findCompanions(bytes, path, embeddedIn, { readText: (file) => readText(resolve(root, file)), isFile: (file) => isFile(resolve(root, file)) }, { symbols: !symbols });
  if (!symbols && found.symbols !== undefined) symbols = { text: found.symbols, file: found.symbolsFile! };
  // the glue names a minified module's exports (instrument/glue.ts): the script that embeds it, or
  // the script beside the file
  let glue: string | undefined;
  for (const file of embeddedIn ? [embeddedIn] : path ? glueCandidates(path) : []) {
    glue = readText(resolve(root, file));
    if (glue !== undefined) break;
  }
  // the files' names too: the module's line in the log says where names came from
  const key = createHash('sha1').update(bytes).update(JSON.stringify([path, embeddedIn, symbols?.file, debugFile?.file])).update(symbols?.text ?? '').update(glue ?? '').update(debugFile?.bytes ?? new Uint8Array()).digest('hex');
  const hit = cache.get(key);
  if (hit && fresh(hit.reads)) return hit.bytes;
  const reads: Reads = [];
  const readTextNoted = noted(readText, reads);
  const readBinaryNoted = noted(readBinary, reads);
  let out = bytes;
  let report: WasmReport;
  try {
    let separate: string | undefined; // the separate DWARF file external_debug_info led to
    const result = instrument(bytes, {
      allowNoAllocator: true,
      origin: name,
      ...(glue !== undefined && { glue }),
      ...(symbols && { symbols: symbols.text }),
      ...(debugFile && { debugFile: debugFile.bytes }),
      ...(found.sourceMap !== undefined && { sourceMap: found.sourceMap }),
      // frames read relative to the project, as a developer types them
      sourceMapBaseDir: (path ?? embeddedIn) ? relative(root, dirname((path ?? embeddedIn)!)) || '.' : '.',
      readFile: (file) => readTextNoted(resolve(root, file)),
      readBinaryFile: (file) => {
        const data = readBinaryNoted(resolve(root, file));
        if (data) separate = resolve(root, file);
        return data;
      },
    });
    const names = namesFrom(result, { symbols: symbols?.file, debugFile: debugFile?.file ?? separate, sourceMap: found.sourceMap }, root);
    if (result.profile === 'none') {
      // named ahead of time: the plugin passes an instrumented module on as it is
      report = { name, traced: false, detail: noAllocatorReason(result.stats, (missing) => `name it ahead of time: wasm-tracemalloc instrument ${missing ? `--${missing} NAME` : '--alloc NAME --free NAME'}`) };
    } else {
      out = result.bytes;
      const caveats = result.stats.warnings.filter(isCaveat);
      report = { name, traced: true, detail: `${result.stats.allocSites} allocation sites, ${describeAllocators(result.profile, result.stats, false)}; ${names}`, ...(caveats.length && { caveats }) };
    }
  } catch (e) {
    // a threaded module: its workers would need the tool, which the plugins do not give them
    report = { name, traced: false, detail: /uses a shared memory \(threads\)/.test((e as Error).message) ? THREADED : `not instrumented: ${(e as Error).message}` };
  }
  log(`wasm-tracemalloc: ${report.name}: ${report.traced ? 'traced' : 'untraced'}, ${report.detail}`);
  for (const caveat of report.caveats ?? []) log(`wasm-tracemalloc: ${report.name}: ${caveat}`);
  cache.set(key, { bytes: out, report, reads });
  return out;
}

/** The line of a threaded module (docs/hook-abi.md, "Outside register"). */
const THREADED = 'a threaded module (shared memory): left as built, the page runs as without the tool (the bundler plugins set up no worker for the tool: a bundle carries no worker entry of it; a page that loads the tool unbundled, from its dist/ folder, can: instrument it with `wasm-tracemalloc instrument --threads` and call start() before the page makes its workers)';

/**
 * Where a module's frames get their names and lines, for its line in the log: `lines from DWARF
 * (separate: build/app.debug.wasm), names from the symbol map build/app.js.symbols`.
 */
function namesFrom(result: InstrumentResult, files: { symbols?: string; debugFile?: string; sourceMap?: string }, root: string): string {
  const shown = (file: string) => relative(root, resolve(root, file)) || file;
  const resolver = result.stats.resolver; // (not result.sites: that builds the whole table, every name demangled)
  const lines = resolver === 'dwarf'
    ? `lines from DWARF${files.debugFile ? ` (separate: ${shown(files.debugFile)})` : ''}`
    : resolver === 'sourcemap'
      ? `lines from the source map${files.sourceMap ? ` ${shown(files.sourceMap)}` : ''}`
      : 'no source lines';
  const unnamed = result.stats.warnings.find((w) => / functions are known only by their index/.test(w));
  const names = files.symbols
    ? `names from the symbol map ${shown(files.symbols)}`
    : unnamed
      ? `${unnamed.split(' (')[0]}`
      : 'names from the module';
  return `${lines}, ${names}`;
}

/**
 * The .wasm files under an output folder that no bundler asset stood for (Vite's public/ folder,
 * plugins that copy files themselves), instrumented in place. `origin` names a file's source, when
 * known, for its source map.
 */
export function instrumentOutputDir(dir: string, root: string, origin: (relativePath: string) => string | undefined, log: (line: string) => void, given: GivenFiles = {}): void {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return; // nothing written there
  }
  for (const rel of entries) {
    if (!rel.endsWith('.wasm')) continue;
    const file = join(dir, rel);
    const bytes = new Uint8Array(readFileSync(file));
    const out = instrumentWasm(bytes, origin(rel) ?? file, root, log, given);
    if (out !== bytes) writeFileSync(file, out);
  }
}
