/**
 * The site table of an instrumented module: the `wasm-tracemalloc.sites` custom section
 * (docs/hook-abi.md), read once per module when tracing starts (each site's weight for the core:
 * how many frames it shows, docs/library-frames.md) and resolved per site once; its strings are
 * decoded as a snapshot (or a weight) first needs each one, and a function name the module spells
 * mangled demangled then (abi/site-codec.ts `Strings`: a start demangles none). Hooks never touch
 * it: they record bare site ids; frames, inlined ones expanded, are made at snapshot time.
 */
import { CAVEATS_SECTION, CODE_SECTION, HOOK_MODULE, ORIGIN_SECTION, SITES_SECTION, decodeSiteTable, fallbackFile, parseCodeIdentity, type SiteColumns } from '../../abi';
import { TracemallocError, quote } from '../model/errors';
import { hasLine, isLibraryFrame, type LibraryFrameOptions } from './library-frames';
import { domainModule, processFrameNames } from './frame-names';

export { HOOK_MODULE, SITES_SECTION };
export const UNKNOWN_FILENAME = '<unknown>';

/** What a site resolves to. `functionName` is '' when unknown. */
export interface SiteFrame {
  readonly filename: string;
  readonly lineno: number;
  readonly column: number;
  readonly functionName: string;
}

const UNKNOWN_SITE: SiteFrame = Object.freeze({
  filename: UNKNOWN_FILENAME,
  lineno: 0,
  column: 0,
  functionName: '',
});

export class SiteTable {
  private readonly resolved: (SiteFrame | undefined)[] = [];
  private readonly expanded: (readonly SiteFrame[] | undefined)[] = [];
  /** What the live table's key is, minus the pointer the program holds (AssemblyScript: -16). */
  readonly objectKeyOffset: number;

  /**
   * File offset of the original module's code section payload (CODE_SECTION), or -1 when the
   * module does not say: a frame without a line then carries no code offset.
   */
  private codeStart = -1;

  /** A traced module's, for the frames without a line that read the same in another module
   * (frame-names.ts): its identity (its code's hash, else its name), its label and the fallback. */
  private module: { identity: string; label: string; fallback: string } | null = null;
  private generation = processFrameNames.generation;

  private constructor(private readonly columns: SiteColumns | null) {
    this.objectKeyOffset = columns?.objectKeyOffset ?? 0;
  }

  /** An empty table: every site resolves to `<unknown>` (module without a section). */
  static empty(): SiteTable {
    return new SiteTable(null);
  }

  /** Parses the section of `module` (the first one if several); empty table when absent. */
  static fromModule(module: WebAssembly.Module, moduleName: string): SiteTable {
    const sections = WebAssembly.Module.customSections(module, SITES_SECTION);
    if (sections.length === 0) return SiteTable.empty();
    const table = SiteTable.parse(new Uint8Array(sections[0]), moduleName);
    const code = WebAssembly.Module.customSections(module, CODE_SECTION);
    const identity = code.length ? parseCodeIdentity(new Uint8Array(code[0])) : null;
    table.codeStart = identity?.codeStart ?? -1;
    const label = domainModule(moduleName);
    table.module = { identity: identity?.sha256 ?? label, label, fallback: moduleName };
    return table;
  }

  /** `codeStart`: the original module's code section payload offset (CODE_SECTION), when known. */
  static parse(bytes: Uint8Array, moduleName: string, codeStart = -1): SiteTable {
    try {
      const table = new SiteTable(decodeSiteTable(bytes));
      table.codeStart = codeStart;
      return table;
    } catch (e) {
      throw new TracemallocError(
        `custom section "${SITES_SECTION}" of ${quote(moduleName)} is not a site table: ${(e as Error).message} (docs/hook-abi.md, "The site table")`,
      );
    }
  }

  get size(): number {
    return this.columns?.file.length ?? 0;
  }

  /** Frame of `site`; `<unknown>:0` for site 0, out-of-range ids, and unresolved entries. */
  frame(site: number): SiteFrame {
    this.renamed();
    const cached = this.resolved[site];
    if (cached !== undefined) return cached;
    const c = this.columns;
    if (c === null || !(site > 0 && site < c.file.length)) return UNKNOWN_SITE;
    const functionName = c.functions.get(c.func[site]!) ?? '';
    const line = c.line[site]!;
    // A frame without a line carries the call's offset in the original code section as its column
    // (a wasm location's "column", as in wasm source maps; counted from the code section's payload,
    // as DWARF addresses and llvm-symbolizer's are): what `wasm-tracemalloc symbolize` resolves.
    const at = c.offset[site]! - this.codeStart;
    const column = line > 0 ? c.column[site]! : this.codeStart >= 0 && c.offset[site]! > 0 && at > 0 ? at : 0;
    const m = this.module;
    const text = this.filename(c, site);
    const frame: SiteFrame = Object.freeze({
      // the rule for a text another module shows too (frame-names.ts): decided once per site here
      filename: m !== null && c.file[site]! <= -2 && line <= 0 ? processFrameNames.name(text, m.identity, m.label, m.fallback) : text,
      lineno: line > 0 ? line : 0,
      column: column > 0 ? column : 0,
      functionName,
    });
    this.resolved[site] = frame;
    return frame;
  }

  /** Forgets the frames made before the tracer last stopped: their names may be chosen again (frame-names.ts). */
  private renamed(): void {
    if (this.module === null || this.generation === processFrameNames.generation) return;
    this.generation = processFrameNames.generation;
    this.resolved.length = 0;
    this.expanded.length = 0;
  }

  /** The file name of `site`'s own frame (as `frame(site).filename`, without making the frame). */
  private filename(c: SiteColumns, site: number): string {
    const file = c.file[site]!;
    return file <= -2 ? fallbackFile(c.functions.get(c.func[site]!) ?? '', -(file + 2)) : (c.files.get(file) ?? UNKNOWN_FILENAME);
  }

  /**
   * Per site, how many of `frames(site)` are shown (255 at most): all of them without `library`,
   * else those `library(filename, lineno)` does not fold. Straight from the columns, with no frame
   * made: `library` is asked once for the frames without a line and once per file for the others,
   * as the rule allows (library-frames.ts, `hasLine`).
   */
  shownCounts(library: ((filename: string, lineno: number) => boolean) | null): Uint8Array {
    const c = this.columns;
    const counts = new Uint8Array(this.size);
    if (c === null) return counts;
    const n = c.file.length;
    if (library === null) {
      counts.fill(1);
      for (const [site, rows] of c.inlined) if (site < n) counts[site] = Math.min(rows.length + 1, 255);
      return counts;
    }
    const linelessShown = library(UNKNOWN_SITE.filename, UNKNOWN_SITE.lineno) ? 0 : 1;
    // per file index + 1 (-1, no file, at 0): 0 not asked yet, 1 folded, 2 shown
    const byFile = new Uint8Array(c.files.length + 1);
    const shown = (file: number, line: number): number => {
      if (!hasLine(line)) return linelessShown;
      if (byFile[file + 1] === 0) byFile[file + 1] = library(c.files.get(file) ?? UNKNOWN_FILENAME, line) ? 1 : 2;
      return byFile[file + 1] === 2 ? 1 : 0;
    };
    counts[0] = linelessShown;
    for (let site = 1; site < n; site++) {
      const file = c.file[site]!;
      const line = c.line[site]!;
      counts[site] = file <= -2 && hasLine(line) ? (library(this.filename(c, site), line) ? 0 : 1) : shown(file, line);
    }
    for (const [site, rows] of c.inlined) {
      if (site >= n) continue;
      let total = counts[site]!;
      for (const [file, line] of rows) total += shown(file, line);
      counts[site] = Math.min(total, 255);
    }
    return counts;
  }

  /**
   * Every frame of `site`, innermost first: the frames inlined at the call (as llvm-symbolizer
   * --inlining lists them), then the site's own (concrete) frame.
   */
  frames(site: number): readonly SiteFrame[] {
    this.renamed();
    const cached = this.expanded[site];
    if (cached !== undefined) return cached;
    const rows = this.columns?.inlined.get(site);
    const c = this.columns!;
    const frames = Object.freeze(rows
      ? [...rows.map(([file, line, column, fn]): SiteFrame => Object.freeze({
        filename: c.files.get(file) ?? UNKNOWN_FILENAME,
        lineno: line > 0 ? line : 0,
        column: column > 0 ? column : 0,
        functionName: c.functions.get(fn) ?? '',
      })), this.frame(site)]
      : [this.frame(site)]);
    this.expanded[site] = frames;
    return frames;
  }
}

/** Whether `start()`'s folding is the default one (what `defaultWeights` computes for). */
export const isDefaultFold = (fold: LibraryFrameOptions): boolean =>
  !fold.libraryFrames && !fold.libraryPaths?.length && !fold.userPaths?.length;

/**
 * Each site's count of shown frames under the default folding (`shownCounts` with
 * `isLibraryFrame`'s table alone), for an instrumented module's bytes; undefined when they carry
 * no site table (or one that does not decode: the domain says so when it reads it). Node's cache
 * keeps them with the module, so a cached start hands them over (InstrumentedModule.weights)
 * instead of decoding every row of the table before the program runs.
 */
export function defaultWeights(bytes: Uint8Array): Uint8Array | undefined {
  const section = customSectionOf(bytes, SITES_SECTION);
  if (section === null) return undefined;
  try {
    return SiteTable.parse(section, '').shownCounts((file, line) => isLibraryFrame(file, line, {}));
  } catch {
    return undefined;
  }
}

/**
 * Whether raw module bytes carry the site table, by walking section headers only (no compile).
 * Returns false for anything that is not a wasm binary; the compiler reports those errors.
 */
export function hasSitesSection(bytes: Uint8Array): boolean {
  return customSectionOf(bytes, SITES_SECTION) !== null;
}

/** Where an instrumented module's bytes came from, as the instrumenter was told (ORIGIN_SECTION). */
export function originOf(bytes: Uint8Array): string | undefined {
  const payload = customSectionOf(bytes, ORIGIN_SECTION);
  return payload ? new TextDecoder().decode(payload) : undefined;
}

/** The instrumenter's caveats an instrumented module carries (CAVEATS_SECTION); [] when none. */
export function caveatsOf(bytes: Uint8Array): string[] {
  const payload = customSectionOf(bytes, CAVEATS_SECTION);
  return payload ? new TextDecoder().decode(payload).split('\n').filter((line) => line !== '') : [];
}

/** The payload of the first custom section called `name`, by walking section headers only; null when none. */
export function customSectionOf(bytes: Uint8Array, sectionName: string): Uint8Array | null {
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    return null;
  }
  const name = new TextEncoder().encode(sectionName);
  let p = 8;
  while (p < bytes.length) {
    const id = bytes[p++];
    const [size, afterSize] = readLeb(bytes, p);
    if (afterSize < 0) return null;
    const end = afterSize + size;
    if (id === 0) {
      const [nameLength, afterName] = readLeb(bytes, afterSize);
      if (afterName >= 0 && nameLength === name.length && afterName + nameLength <= end) {
        let same = true;
        for (let i = 0; i < nameLength && same; i++) same = bytes[afterName + i] === name[i];
        if (same) return bytes.subarray(afterName + nameLength, end);
      }
    }
    p = end;
  }
  return null;
}

/** Unsigned LEB128 at `p`: [value, position after it], position -1 when truncated. */
function readLeb(bytes: Uint8Array, p: number): [number, number] {
  let value = 0;
  let shift = 0;
  while (p < bytes.length && shift < 35) {
    const byte = bytes[p++];
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, p];
    shift += 7;
  }
  return [0, -1];
}
