/**
 * The site table of an instrumented module: the `wasm-tracemalloc.sites` custom section
 * (docs/hook-abi.md), read once per module when tracing starts (each site's weight for the core:
 * how many frames it shows, docs/library-frames.md) and resolved per site once. Hooks never touch
 * it: they record bare site ids; frames, inlined ones expanded, are made at snapshot time.
 */
import { HOOK_MODULE, SITES_SECTION } from '../../abi';
import { TracemallocError, quote } from '../model/errors';

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

  private constructor(
    private readonly files: readonly string[],
    private readonly functions: readonly string[],
    private readonly sites: readonly (readonly number[])[],
    /** site id -> the frames inlined at it, innermost first (docs/hook-abi.md, "inlined"). */
    private readonly inlined: Readonly<Record<string, readonly (readonly number[])[]>> = {},
    /** What the live table's key is, minus the pointer the program holds (AssemblyScript: -16). */
    readonly objectKeyOffset = 0,
  ) {}

  /** An empty table: every site resolves to `<unknown>` (module without a section). */
  static empty(): SiteTable {
    return new SiteTable([], [], []);
  }

  /** Parses the section of `module` (the first one if several); empty table when absent. */
  static fromModule(module: WebAssembly.Module, moduleName: string): SiteTable {
    const sections = WebAssembly.Module.customSections(module, SITES_SECTION);
    if (sections.length === 0) return SiteTable.empty();
    return SiteTable.parse(new Uint8Array(sections[0]), moduleName);
  }

  static parse(bytes: Uint8Array, moduleName: string): SiteTable {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (e) {
      throw new TracemallocError(
        `custom section "${SITES_SECTION}" of ${quote(moduleName)} is not JSON (${(e as Error).message}); expected {"version":1,"files":[...],"functions":[...],"sites":[...]}`,
      );
    }
    const table = json as { version?: unknown; files?: unknown; functions?: unknown; sites?: unknown; inlined?: unknown; objectKeyOffset?: unknown };
    if (typeof table !== 'object' || table === null || table.version !== 1) {
      throw new TracemallocError(
        `custom section "${SITES_SECTION}" of ${quote(moduleName)} has version ${quote(table?.version)}; expected 1`,
      );
    }
    if (!isStringArray(table.files) || !isStringArray(table.functions) || !Array.isArray(table.sites)) {
      throw new TracemallocError(
        `custom section "${SITES_SECTION}" of ${quote(moduleName)} lacks "files"/"functions" (string arrays) or "sites" (array)`,
      );
    }
    for (let i = 0; i < table.sites.length; i++) {
      const site = table.sites[i] as unknown;
      if (!Array.isArray(site) || site.length < 4 || !site.every((v) => Number.isInteger(v))) {
        throw new TracemallocError(
          `site ${i} in "${SITES_SECTION}" of ${quote(moduleName)} is ${quote(site)}; expected [fileIndex, line, column, functionIndex, kind]`,
        );
      }
    }
    const inlined = table.inlined ?? {};
    if (typeof inlined !== 'object' || inlined === null || !Object.values(inlined).every((rows) =>
      Array.isArray(rows) && rows.every((r) => Array.isArray(r) && r.length >= 4 && r.every((v) => Number.isInteger(v))))) {
      throw new TracemallocError(
        `"inlined" in "${SITES_SECTION}" of ${quote(moduleName)} is ${quote(table.inlined)}; expected {"SITE": [[fileIndex, line, column, functionIndex], ...]}`,
      );
    }
    const keyOffset = table.objectKeyOffset ?? 0;
    if (!Number.isInteger(keyOffset)) {
      throw new TracemallocError(`"objectKeyOffset" in "${SITES_SECTION}" of ${quote(moduleName)} is ${quote(keyOffset)}; expected an integer`);
    }
    return new SiteTable(table.files, table.functions, table.sites as number[][], inlined as Record<string, number[][]>, keyOffset as number);
  }

  get size(): number {
    return this.sites.length;
  }

  /** Frame of `site`; `<unknown>:0` for site 0, out-of-range ids, and unresolved entries. */
  frame(site: number): SiteFrame {
    const cached = this.resolved[site];
    if (cached !== undefined) return cached;
    const entry = site > 0 && site < this.sites.length ? this.sites[site] : undefined;
    if (entry === undefined) return UNKNOWN_SITE;
    const frame = this.row(entry);
    this.resolved[site] = frame;
    return frame;
  }

  /**
   * Every frame of `site`, innermost first: the frames inlined at the call (as llvm-symbolizer
   * --inlining lists them), then the site's own (concrete) frame.
   */
  frames(site: number): readonly SiteFrame[] {
    const cached = this.expanded[site];
    if (cached !== undefined) return cached;
    const rows = this.inlined[site];
    const frames = Object.freeze(rows ? [...rows.map((r) => this.row(r)), this.frame(site)] : [this.frame(site)]);
    this.expanded[site] = frames;
    return frames;
  }

  private row([fileIndex, line, column, functionIndex]: readonly number[]): SiteFrame {
    return Object.freeze({
      filename: this.files[fileIndex!] ?? UNKNOWN_FILENAME,
      lineno: line! > 0 ? line! : 0,
      column: column! > 0 ? column! : 0,
      functionName: this.functions[functionIndex!] ?? '',
    });
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * Whether raw module bytes carry the site table, by walking section headers only (no compile).
 * Returns false for anything that is not a wasm binary; the compiler reports those errors.
 */
export function hasSitesSection(bytes: Uint8Array): boolean {
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    return false;
  }
  const name = new TextEncoder().encode(SITES_SECTION);
  let p = 8;
  while (p < bytes.length) {
    const id = bytes[p++];
    const [size, afterSize] = readLeb(bytes, p);
    if (afterSize < 0) return false;
    const end = afterSize + size;
    if (id === 0) {
      const [nameLength, afterName] = readLeb(bytes, afterSize);
      if (afterName >= 0 && nameLength === name.length && afterName + nameLength <= end) {
        let same = true;
        for (let i = 0; i < nameLength && same; i++) same = bytes[afterName + i] === name[i];
        if (same) return true;
      }
    }
    p = end;
  }
  return false;
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
