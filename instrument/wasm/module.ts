// The one reader of a module's sections: the section list, and what every later step needs from
// the type, import, function, memory and export sections, each parsed once (preflight, the call
// reader, the call graph and the rewrite all start from `readModule`). Function bodies are read
// by instructions.ts. Every malformed byte is a BinaryReadError that says where and what.

import { asciiText, ByteReader } from '../byte-reader';

export const SectionId = { custom: 0, type: 1, import: 2, function: 3, table: 4, memory: 5, global: 6,
  export: 7, start: 8, element: 9, code: 10, data: 11, dataCount: 12, tag: 13 } as const;

export interface Section {
  id: number;
  /** Custom sections only. */
  name: string | null;
  /** Module offset of the section's payload (after id and size). */
  start: number;
  /** Module offset one past the payload. */
  end: number;
  /** Custom sections: offset after the name; other sections: same as `start`. */
  contentStart: number;
}

const MAGIC = 0x6d736100; // "\0asm"

/** Splits a module into its sections. Throws BinaryReadError on a bad header or a section overrun. */
export function readSections(bytes: Uint8Array): Section[] {
  const r = new ByteReader(bytes);
  if (bytes.length < 8) r.fail(`not a wasm module: ${bytes.length} bytes, expected at least the 8-byte header`, 0);
  const magic = r.u32();
  if (magic !== MAGIC) r.fail(`not a wasm module: magic 0x${magic.toString(16).padStart(8, '0')}, expected 0x6d736100 ("\\0asm")`, 0);
  const version = r.u32();
  if (version !== 1) r.fail(`unsupported wasm binary version ${version} (expected 1; components and other layers are not modules)`, 4);
  const sections: Section[] = [];
  while (!r.done) {
    const headerAt = r.pos;
    const id = r.u8();
    const size = r.u32leb('section size');
    const start = r.pos;
    const end = start + size;
    if (end > bytes.length) r.fail(`section ${id} of ${size} bytes runs past the end of the ${bytes.length}-byte module`, headerAt);
    let name: string | null = null;
    let contentStart = start;
    if (id === SectionId.custom) {
      const nr = new ByteReader(bytes, start, end);
      name = nr.name();
      contentStart = nr.pos;
    }
    sections.push({ id, name, start, end, contentStart });
    r.pos = end;
  }
  return sections;
}

/** Payload of the first custom section called `name` (after its name), or null. */
export function customSection(bytes: Uint8Array, sections: Section[], name: string): Uint8Array | null {
  for (const s of sections) if (s.id === SectionId.custom && s.name === name) return bytes.subarray(s.contentStart, s.end);
  return null;
}

const VALTYPE: Record<number, string> = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x7b: 'v128' };

/**
 * A value type: one byte (numbers, vectors, abbreviated references), or 0x63/0x64 (ref null ht /
 * ref ht) then a heap type (s33). Returns its name for numbers and vectors, 'ref' otherwise.
 */
export function readValType(r: ByteReader): string {
  const b = r.u8();
  if (b === 0x63 || b === 0x64) { r.sleb(); return 'ref'; }
  return VALTYPE[b] ?? 'ref';
}

export interface Limits {
  /** 1 max present, 2 shared, 4 memory64 / table64, 8 custom page size. */
  flags: number;
  min: number;
  max?: number;
}

/** Limits of a memory or a table. */
export function readLimits(r: ByteReader): Limits {
  const at = r.pos;
  const flags = r.u8();
  if (flags > 0x0f) r.fail(`unknown limits flags 0x${flags.toString(16)} (expected 0x00-0x0f)`, at);
  const limits: Limits = { flags, min: r.uleb() }; // u64 for memory64
  if (flags & 1) limits.max = r.uleb();
  if (flags & 8) r.u32leb('page size log2');
  return limits;
}

/** Block type: 0x40 (empty), a value type, or a type index as s33. */
export function skipBlockType(r: ByteReader): void {
  const v = r.sleb();
  // Negative values are one-byte types; -29/-28 are (ref null ht)/(ref ht), followed by a heap type.
  if (v === -29 || v === -28) r.sleb();
}

export interface FuncType {
  /** 0x60 for a function type; anything else (GC's struct, array, rec, sub) ends the reading. */
  form: number;
  /** The encoded entry, from the form byte to the last result: equal bytes, equal signature. */
  raw: Uint8Array;
  params: string[];
  results: string[];
}

export const ImportKind = { func: 0, table: 1, memory: 2, global: 3, tag: 4 } as const;

export interface Import {
  module: string;
  field: string;
  kind: number;
  /** func, tag: the type index. */
  type?: number;
  /** memory, table: the limits. */
  limits?: Limits;
}

export interface ModuleInfo {
  bytes: Uint8Array;
  sections: Section[];
  /**
   * Function types in index order. Reading stops at the first non-function form (GC): preflight
   * refuses such modules, so no later step sees a partial list.
   */
  types: FuncType[];
  imports: Import[];
  /** Type index of every function, imports first. */
  funcTypes: number[];
  funcImports: number;
  globalImports: number;
  /** Limits of every memory, imported first. */
  memories: Limits[];
  /** Function index → its export names. */
  exports: Map<number, string[]>;
  hasNameSection: boolean;
}

/** Reads the module-level sections once. Throws BinaryReadError on malformed bytes. */
export function readModule(bytes: Uint8Array, sections: Section[] = readSections(bytes)): ModuleInfo {
  const m: ModuleInfo = { bytes, sections, types: [], imports: [], funcTypes: [], funcImports: 0, globalImports: 0,
    memories: [], exports: new Map(), hasNameSection: false };
  for (const s of sections) {
    const r = new ByteReader(bytes, s.start, s.end);
    switch (s.id) {
      case SectionId.custom: if (s.name === 'name') m.hasNameSection = true; break;
      case SectionId.type: readTypes(r, m.types); break;
      case SectionId.import: {
        const text = asciiText(bytes, s.start, s.end);
        const n = r.u32leb('import count');
        for (let i = 0; i < n; i++) {
          const imp: Import = { module: r.nameIn(text, s.start), field: r.nameIn(text, s.start), kind: r.u8() };
          switch (imp.kind) {
            case ImportKind.func: imp.type = r.u32leb('type index'); m.funcTypes.push(imp.type); m.funcImports++; break;
            case ImportKind.table: readValType(r); imp.limits = readLimits(r); break;
            case ImportKind.memory: imp.limits = readLimits(r); m.memories.push(imp.limits); break;
            case ImportKind.global: readValType(r); r.u8(); m.globalImports++; break; // type, mutability
            case ImportKind.tag: r.u8(); imp.type = r.u32leb('tag type'); break; // attribute, type index
            default: r.fail(`unknown import kind 0x${imp.kind.toString(16)} (expected 0 func, 1 table, 2 memory, 3 global or 4 tag)`, r.pos - 1);
          }
          m.imports.push(imp);
        }
        break;
      }
      case SectionId.function: readFunctionTypes(r, m.funcTypes); break;
      case SectionId.memory: {
        const n = r.u32leb('memory count');
        for (let i = 0; i < n; i++) m.memories.push(readLimits(r));
        break;
      }
      case SectionId.export: readExports(r, asciiText(bytes, s.start, s.end), s.start, m.exports); break;
    }
  }
  return m;
}

// The long loops (a C++ module has ~60 k functions and exports) in functions of their own: the
// engine optimises a hot loop by compiling its whole function, and readModule is a big one
// (DuckDB: three compilations, ~0.1 s each).

function readFunctionTypes(r: ByteReader, funcTypes: number[]): void {
  const n = r.u32leb('function count');
  for (let i = 0; i < n; i++) funcTypes.push(r.u32leb('type index'));
}

/** `text`: the section as one string (asciiText(): names are slices of it), `base` where it starts. */
function readExports(r: ByteReader, text: string | null, base: number, exports: Map<number, string[]>): void {
  const n = r.u32leb('export count');
  for (let i = 0; i < n; i++) {
    const name = r.nameIn(text, base);
    const kind = r.u8();
    const index = r.u32leb('export index');
    if (kind === 0) { const list = exports.get(index) ?? []; list.push(name); exports.set(index, list); }
  }
}

function readTypes(r: ByteReader, types: FuncType[]): void {
  const n = r.u32leb('type count');
  for (let i = 0; i < n; i++) {
    const start = r.pos;
    const form = r.u8();
    if (form !== 0x60) { types.push({ form, raw: r.bytes.subarray(start, r.pos), params: [], results: [] }); return; }
    const params = valTypes(r);
    const results = valTypes(r);
    types.push({ form, raw: r.bytes.slice(start, r.pos), params, results });
  }
}

function valTypes(r: ByteReader): string[] {
  const n = r.u32leb('value count');
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(readValType(r));
  return out;
}
