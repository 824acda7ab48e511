// Source locations of call sites, resolved once, at instrument time, from the ORIGINAL module.
//
//   const resolver = createResolver(bytes, { readFile });
//   resolver.kind                 // 'dwarf' | 'sourcemap' | 'names'
//   resolver.resolve(call.offset) // { file, line, column, functionName, inlined? }
//
// The source is chosen once per module: DWARF when `.debug_line` has rows (in the module, or in
// the separate file its `external_debug_info` section names), else a source map
// (option or `sourceMappingURL`), else the name section. Per site, anything the chosen source
// does not cover (libc without debug info, an unmapped offset) falls back to the name section:
// `file: null, line: 0`, with the function name and the offset within the function, which
// `displayFilename` turns into `make_node+0x1a`.
//
// `offset` is a module byte offset (CallInstr.offset); DWARF addresses are relative to the code
// section payload, source-map columns are module offsets.

import { ByteReader } from './byte-reader';
import { type CodeLayout, type FuncBody, readCodeLayout } from './code-reader';
import { customSection, readSections, type Section } from './wasm/module';
import type { DwarfSections } from './dwarf/forms';
import { DwarfIndex, dwarfSections } from './dwarf/index';
import { demangle } from '../abi/demangle';
import { bodyAt, fallbackFilename, readFunctionNames } from './names';
import { type SourceMapIndex, type SourceMapOptions, loadSourceMap } from './source-map';
import { joinPath } from './source-paths';

/** How the warning about a lossy source map begins (the CLI shows it for every module). */
import { LOSSY_MAP } from '../abi/errors';
export { LOSSY_MAP };

export interface SourceLocation {
  file: string | null;
  line: number;
  /** 1-based; 0 when unknown. */
  column: number;
  functionName: string | null;
  /**
   * Whether `functionName` is the module's own symbol as it spells it (name section, symbol map,
   * glue, export name), shown demangled (abi/demangle.ts `demangle`): the site table keeps it so and
   * the runtime demangles it when a frame is shown (`shownName`). False for DWARF's and a source
   * map's names, shown as they are.
   */
  mangled: boolean;
  /**
   * When the call sits inside inlined code: the frames it was inlined into, innermost first;
   * the last one is the concrete function (usually the user's own line).
   */
  inlined?: SourceLocation[];
  /** Function index of the body holding the offset (-1 outside every body). */
  funcIndex?: number;
  /** Offset of the call from the start of its function body. */
  functionOffset?: number;
}

export interface Resolver {
  kind: 'dwarf' | 'sourcemap' | 'names';
  resolve(offset: number): SourceLocation;
  /** Source text of a file, when the module carries it (sourcesContent, DWARF 5 embedded source). */
  sourceContent(file: string): string | null;
  /** Every source text the module carries, for embedding into the site table or a report. */
  sourcesWithContent(): { file: string; content: string }[];
  /** Problems that made the resolver fall back (an unreadable source map, damaged DWARF). */
  readonly warnings: string[];
  /**
   * The name-section resolver's answer in parts, for a caller that resolves every site (no
   * object per site): the body holding `offset` (null outside every body) and its function's
   * name as the module spells it (mangled). `resolve(offset)` is `{ file: null, line: 0, column: 0,
   * functionName: nameOf(body.index), mangled: true, funcIndex: body.index, functionOffset: offset - body.bodyStart }`.
   */
  readonly names?: { bodyAt(offset: number): FuncBody | null; nameOf(funcIndex: number): string | null };
}

export interface ResolverOptions extends SourceMapOptions {
  /** A layout and sections already read by the caller, to avoid reading them twice. */
  layout?: CodeLayout;
  sections?: Section[];
  /**
   * Reads a binary file: the separate DWARF file named by an `external_debug_info` section
   * (Emscripten's -gseparate-dwarf), resolved against `sourceMapBaseDir`.
   */
  readBinaryFile?: (path: string) => Uint8Array | undefined;
  /** A separate DWARF file's bytes, given directly (`--debug-file`): before external_debug_info. */
  debugFile?: Uint8Array;
  /** Names of functions the name section lacks (names.ts fallbackNames: symbol map, glue, exports). */
  names?: Map<number, string>;
}

export function createResolver(bytes: Uint8Array, opts: ResolverOptions = {}): Resolver {
  const sections = opts.sections ?? readSections(bytes);
  const layout = opts.layout ?? readCodeLayout(bytes);
  const names = readFunctionNames(bytes, sections);
  for (const [i, n] of opts.names ?? []) if (!names.has(i)) names.set(i, n);
  const warnings: string[] = [];
  const codeStart = layout.codeSectionPayloadStart;
  // (as the module spells it: demangled only when a frame is shown, by the runtime)
  const nameOf = (funcIndex: number): string | null => names.get(funcIndex) ?? null;

  let last: FuncBody | null = null; // sites come in code order: most are in the body before
  const bodyOf = (offset: number): FuncBody | null =>
    last !== null && offset >= last.bodyStart && offset < last.bodyEnd ? last : (last = bodyAt(layout.funcs, offset));
  const base = (offset: number): { body: FuncBody | null; loc: SourceLocation } => {
    const body = bodyOf(offset);
    const funcIndex = body ? body.index : -1;
    return {
      body,
      loc: {
        file: null, line: 0, column: 0,
        functionName: body ? nameOf(funcIndex) : null,
        mangled: body !== null,
        funcIndex,
        functionOffset: body ? offset - body.bodyStart : 0,
      },
    };
  };

  const dwarf = dwarfSections(bytes, sections) ?? externalDwarf(bytes, sections, opts, warnings);
  if (dwarf) {
    let index: DwarfIndex | null = null;
    try {
      index = DwarfIndex.read(dwarf);
    } catch (e) {
      warnings.push(`DWARF unreadable, not using it: ${(e as Error).message}`);
    }
    if (index && index.lines.rowCount === 0) {
      // wasm-opt run by a one-step optimised link keeps the DWARF sections but empties the line
      // programs: nothing to resolve with, so let a source map or the name section answer.
      warnings.push('DWARF has no line rows (stripped by wasm-opt?); not using it');
      index = null;
    }
    if (index) {
      const idx = index;
      warnings.push(...idx.warnings);
      return {
        kind: 'dwarf',
        warnings,
        sourceContent: (file) => idx.sourceContent(file),
        sourcesWithContent: () => idx.lines.files.filter((f) => f.source !== null).map((f) => ({ file: f.path, content: f.source! })),
        resolve(offset) {
          const { loc } = base(offset);
          const frames = offset >= codeStart ? idx.framesAt(offset - codeStart) : [];
          if (frames.length === 0) return loc;
          const [inner, ...outer] = frames;
          const own = inner!.functionName ?? null;
          const out: SourceLocation = { ...loc, ...inner!, functionName: own ?? loc.functionName, mangled: own === null && loc.mangled };
          if (outer.length) out.inlined = outer.map((f) => ({ ...f, mangled: false }));
          return out;
        },
      };
    }
  }

  let map: SourceMapIndex | null = null;
  try {
    map = loadSourceMap(bytes, sections, opts);
  } catch (e) {
    warnings.push(`${(e as Error).message}; using the name section`);
  }
  if (map) {
    const m = map;
    let unmapped = 0;
    let inlinedAway = 0;
    const ownFiles = new Map<number, string | null>();
    const sites = (n: number) => `${n} call site${n === 1 ? '' : 's'}`;
    return {
      kind: 'sourcemap',
      // Said once per module, however many calls: the map is lossy there. An optimized build's
      // map has no segment for some calls, and no inlining at all: a call in code inlined from
      // another file (wasi-libc's strdup into main) shows that file's line, not the caller's.
      get warnings() {
        const lossy: string[] = [];
        if (unmapped) lossy.push(`${sites(unmapped)} map${unmapped === 1 ? 's' : ''} to no segment (optimized or generated code, such as an AssemblyScript constructor's own allocation); ${unmapped === 1 ? 'it shows' : 'they show'} function+offset`);
        if (inlinedAway) lossy.push(`${sites(inlinedAway)} sit${inlinedAway === 1 ? 's' : ''} in code inlined from another file, and a source map has no inlining: ${inlinedAway === 1 ? 'it shows' : 'they show'} the inlined code's line, not the caller's`);
        return lossy.length ? [...warnings, `${LOSSY_MAP} ${lossy.join('; ')}`] : warnings;
      },
      sourceContent: (file) => m.sourceContent(file),
      sourcesWithContent: () => m.sourcesWithContent(),
      resolve(offset) {
        const { body, loc } = base(offset);
        // A mapping outside the function's body describes another function: not this call.
        const hit = m.lookup(offset, body ? body.bodyStart : 0, instructionEnd(bytes, offset));
        if (!hit) {
          unmapped++;
          return loc;
        }
        if (body) {
          let own = ownFiles.get(body.index);
          if (own === undefined) ownFiles.set(body.index, (own = m.firstFile(body.bodyStart, body.bodyEnd)));
          if (own !== null && own !== hit.file) inlinedAway++;
        }
        return { ...loc, file: hit.file, line: hit.line, column: hit.column, functionName: loc.functionName ?? hit.name, mangled: loc.functionName !== null };
      },
    };
  }

  return {
    kind: 'names',
    warnings,
    sourceContent: () => null,
    sourcesWithContent: () => [],
    resolve: (offset) => base(offset).loc,
    names: { bodyAt: bodyOf, nameOf },
  };
}

/** DWARF from the file an `external_debug_info` section names (same code section, same addresses). */
function externalDwarf(bytes: Uint8Array, sections: Section[], opts: ResolverOptions, warnings: string[]): DwarfSections | null {
  if (opts.debugFile) {
    try {
      const found = dwarfSections(opts.debugFile, readSections(opts.debugFile));
      if (found) return found;
      warnings.push('the debug file given has no .debug_line section');
    } catch (e) {
      warnings.push(`the debug file given: ${(e as Error).message}`);
    }
  }
  const section = customSection(bytes, sections, 'external_debug_info');
  if (!section) return null;
  let url: string;
  try {
    url = new ByteReader(section).name();
  } catch {
    warnings.push('external_debug_info section is malformed (expected a length-prefixed UTF-8 URL)');
    return null;
  }
  const path = joinPath(opts.sourceMapBaseDir, url.replace(/^file:\/\//, ''));
  if (!opts.readBinaryFile) {
    warnings.push(`external_debug_info names ${JSON.stringify(path)}, but no readBinaryFile option was given to read it`);
    return null;
  }
  const debug = opts.readBinaryFile(path);
  if (!debug) {
    warnings.push(`separate DWARF file ${JSON.stringify(path)} (from external_debug_info) could not be read`);
    return null;
  }
  try {
    const found = dwarfSections(debug, readSections(debug));
    if (!found) warnings.push(`separate DWARF file ${JSON.stringify(path)} has no .debug_line section`);
    return found;
  } catch (e) {
    warnings.push(`separate DWARF file ${JSON.stringify(path)}: ${(e as Error).message}`);
    return null;
  }
}

/** Offset of the instruction after the call at `offset` (call, call_indirect, call_ref, return_call*). */
function instructionEnd(bytes: Uint8Array, offset: number): number {
  const leb = (p: number) => { while (p < bytes.length && bytes[p]! & 0x80) p++; return p + 1; };
  const op = bytes[offset];
  if (op === 0x11 || op === 0x13) return leb(leb(offset + 1)); // type index, table index
  return leb(offset + 1); // call/return_call/call_ref/return_call_ref: one index
}

/** The function name a frame shows: `functionName`, demangled when it is the module's symbol (`mangled`). */
export function shownName(loc: SourceLocation): string | null {
  return loc.mangled && loc.functionName !== null ? demangle(loc.functionName) : loc.functionName;
}

/** The filename a frame shows: the source file, or `function+0xOFFSET` when there is none. */
export function displayFilename(loc: SourceLocation): string {
  if (loc.file !== null) return loc.file;
  return fallbackFilename(shownName(loc), loc.funcIndex ?? -1, loc.functionOffset ?? 0);
}
