/**
 * The site table of an instrumented module: the `wasm-tracemalloc.sites` custom section
 * (docs/hook-abi.md), read once per module, lazily — only when a snapshot or a traceback needs
 * frames — and resolved per site once. Hooks never touch it: they record bare site ids.
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

  private constructor(
    private readonly files: readonly string[],
    private readonly functions: readonly string[],
    private readonly sites: readonly (readonly number[])[],
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
    const table = json as { version?: unknown; files?: unknown; functions?: unknown; sites?: unknown };
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
    return new SiteTable(table.files, table.functions, table.sites as number[][]);
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
    const [fileIndex, line, column, functionIndex] = entry;
    const frame: SiteFrame = Object.freeze({
      filename: this.files[fileIndex] ?? UNKNOWN_FILENAME,
      lineno: line > 0 ? line : 0,
      column: column > 0 ? column : 0,
      functionName: this.functions[functionIndex] ?? '',
    });
    this.resolved[site] = frame;
    return frame;
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
