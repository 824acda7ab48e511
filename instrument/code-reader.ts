// A small wasm binary reader, no Binaryen: the section list, the number of imported functions,
// and, for every function body of the code section, its byte range and every call-like
// instruction with its module byte offset.
//
// Why it exists: binaryen.js cannot report the byte offset of an expression, but DWARF addresses
// and source-map columns ARE byte offsets of the original module. So sites are found here, in
// the original bytes, and resolved by offset (instrument/resolve.ts); the rewrite matches them
// to Binaryen's call expressions in order (both visit a body's calls in instruction order).
//
// To walk a body without desyncing, every opcode's immediates must be decoded: MVP, sign
// extension, saturating conversions and bulk memory (0xFC), reference types, typed function
// references, tail calls, exception handling (legacy and exnref), GC (0xFB), SIMD and relaxed
// SIMD (0xFD), threads (0xFE). An unknown opcode is an error, never a guess.

import { ByteReader } from './byte-reader';

export { BinaryReadError } from './byte-reader';

export type CallOp = 'call' | 'call_indirect' | 'return_call' | 'return_call_indirect' | 'call_ref' | 'return_call_ref';

export interface CallInstr {
  funcIndex: number;
  /** Module byte offset of the call opcode (what DWARF and source maps are keyed by). */
  offset: number;
  op: CallOp;
  /** Function index for call/return_call, type index otherwise. */
  callee: number;
}

export interface FuncBody {
  /** Function index (imports included). */
  index: number;
  /** Module offset of the body's locals vector (just after its size LEB). */
  bodyStart: number;
  /** Module offset one past the body's final `end`. */
  bodyEnd: number;
  /** Module offset of the first instruction (after the locals). */
  codeStart: number;
  calls: CallInstr[];
  /** It catches exceptions (legacy `catch`/`catch_all`, or a `try_table` with catch clauses). */
  catches: boolean;
}

export interface CodeLayout {
  /** Module offset of the code section's payload: DWARF address 0. */
  codeSectionPayloadStart: number;
  importedFuncCount: number;
  funcs: FuncBody[];
}

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

export const SectionId = { custom: 0, type: 1, import: 2, function: 3, table: 4, memory: 5, global: 6,
  export: 7, start: 8, element: 9, code: 10, data: 11, dataCount: 12, tag: 13 } as const;

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

/** Number of imported functions: function index space starts with them. */
export function countImportedFuncs(bytes: Uint8Array, sections: Section[]): number {
  const sec = sections.find((s) => s.id === SectionId.import);
  if (!sec) return 0;
  const r = new ByteReader(bytes, sec.start, sec.end);
  const n = r.u32leb('import count');
  let funcs = 0;
  for (let i = 0; i < n; i++) {
    r.name(); // module
    r.name(); // field
    const kind = r.u8();
    switch (kind) {
      case 0: r.u32leb('type index'); funcs++; break; // func
      case 1: readRefType(r); readLimits(r); break; // table
      case 2: readLimits(r); break; // memory
      case 3: readValType(r); r.u8(); break; // global: type, mutability
      case 4: r.u8(); r.u32leb('tag type'); break; // tag: attribute, type index
      default: r.fail(`unknown import kind 0x${kind.toString(16)} (expected 0 func, 1 table, 2 memory, 3 global or 4 tag)`, r.pos - 1);
    }
  }
  return funcs;
}

/** Reads the code layout: every body and every call-like instruction with its module offset. */
export function readCodeLayout(bytes: Uint8Array): CodeLayout {
  const sections = readSections(bytes);
  const importedFuncCount = countImportedFuncs(bytes, sections);
  const code = sections.find((s) => s.id === SectionId.code);
  if (!code) return { codeSectionPayloadStart: 0, importedFuncCount, funcs: [] };
  const r = new ByteReader(bytes, code.start, code.end);
  const count = r.u32leb('function body count');
  const funcs: FuncBody[] = [];
  for (let i = 0; i < count; i++) {
    const size = r.u32leb('function body size');
    const bodyStart = r.pos;
    const bodyEnd = bodyStart + size;
    if (bodyEnd > code.end) r.fail(`body of function ${importedFuncCount + i} (${size} bytes) runs past the code section`, bodyStart);
    const index = importedFuncCount + i;
    const body = new ByteReader(bytes, bodyStart, bodyEnd);
    skipLocals(body);
    const codeStart = body.pos;
    const calls: CallInstr[] = [];
    const catches = walkInstructions(body, index, calls);
    funcs.push({ index, bodyStart, bodyEnd, codeStart, calls, catches });
    r.pos = bodyEnd;
  }
  if (r.pos !== code.end) r.fail(`${code.end - r.pos} stray bytes after the last function body`);
  return { codeSectionPayloadStart: code.start, importedFuncCount, funcs };
}

function skipLocals(r: ByteReader): void {
  const groups = r.u32leb('local group count');
  for (let g = 0; g < groups; g++) {
    r.u32leb('local count');
    readValType(r);
  }
}

/** Value type: one byte, or 0x63/0x64 (ref null / ref) followed by a heap type (s33). */
function readValType(r: ByteReader): void {
  const b = r.u8();
  if (b === 0x63 || b === 0x64) r.sleb();
}

function readRefType(r: ByteReader): void {
  readValType(r);
}

/** Limits: flags (1 max, 2 shared, 4 memory64/table64, 8 custom page size), min, max?, page size?. */
function readLimits(r: ByteReader): void {
  const flags = r.u8();
  if (flags > 0x0f) r.fail(`unknown limits flags 0x${flags.toString(16)} (expected 0x00-0x0f)`, r.pos - 1);
  r.uleb(); // min (u64 for memory64)
  if (flags & 1) r.uleb(); // max
  if (flags & 8) r.u32leb('page size log2');
}

/** Block type: 0x40 (empty), a value type, or a type index as s33. */
function skipBlockType(r: ByteReader): void {
  const v = r.sleb();
  // Negative values are one-byte types; -29/-28 are (ref null ht)/(ref ht), followed by a heap type.
  if (v === -29 || v === -28) r.sleb();
}

/** memarg: alignment (bit 6 = a memory index follows, multi-memory), then offset. */
function skipMemArg(r: ByteReader): void {
  const align = r.u32leb('alignment');
  if (align & 0x40) r.u32leb('memory index');
  r.uleb();
}

const CALL_OPS: Record<number, CallOp> = {
  0x10: 'call', 0x11: 'call_indirect', 0x12: 'return_call', 0x13: 'return_call_indirect',
  0x14: 'call_ref', 0x15: 'return_call_ref',
};

/**
 * Walks a body's instructions up to the final `end`, appending call-like instructions to `calls`.
 * Returns whether the body catches exceptions.
 */
function walkInstructions(r: ByteReader, funcIndex: number, calls: CallInstr[]): boolean {
  let depth = 1; // the body is an implicit block
  let catches = false;
  while (depth > 0) {
    if (r.done) r.fail(`function ${funcIndex}: body ends inside a block (${depth} left open)`);
    const at = r.pos;
    const op = r.u8();
    if (op >= 0x45 && op <= 0xc4) continue; // numeric, comparisons, conversions, sign-ext: no immediates
    if (op >= 0x28 && op <= 0x3e) { skipMemArg(r); continue; } // loads and stores
    switch (op) {
      case 0x00: case 0x01: case 0x0f: case 0x1a: case 0x1b: // unreachable nop return drop select
      case 0x0a: case 0xd1: case 0xd3: case 0xd4: // throw_ref ref.is_null ref.eq ref.as_non_null
        break;
      case 0x02: case 0x03: case 0x04: case 0x06: // block loop if try
        skipBlockType(r); depth++; break;
      case 0x1f: { // try_table bt vec(catch)
        skipBlockType(r);
        const n = r.u32leb('catch count');
        if (n > 0) catches = true;
        for (let i = 0; i < n; i++) {
          const kind = r.u8();
          if (kind > 3) r.fail(`function ${funcIndex}: unknown catch kind ${kind} in try_table`, r.pos - 1);
          if (kind < 2) r.u32leb('tag index');
          r.u32leb('label');
        }
        depth++;
        break;
      }
      case 0x05: break; // else: same block continues
      case 0x19: catches = true; break; // catch_all: same block continues
      case 0x07: r.u32leb('tag index'); catches = true; break; // catch
      case 0x0b: depth--; break; // end
      case 0x18: r.u32leb('label'); depth--; break; // delegate closes the try
      case 0x08: case 0x09: case 0x0c: case 0x0d: // throw rethrow br br_if
      case 0x20: case 0x21: case 0x22: case 0x23: case 0x24: // local/global get/set/tee
      case 0x25: case 0x26: // table.get table.set
      case 0xd2: case 0xd5: case 0xd6: // ref.func br_on_null br_on_non_null
        r.skipLeb(); break;
      case 0x0e: { // br_table
        const n = r.u32leb('br_table length');
        for (let i = 0; i <= n; i++) r.skipLeb();
        break;
      }
      case 0x10: case 0x12: case 0x14: case 0x15: // call return_call call_ref return_call_ref
        calls.push({ funcIndex, offset: at, op: CALL_OPS[op]!, callee: r.u32leb('callee index') });
        break;
      case 0x11: case 0x13: { // call_indirect return_call_indirect: type index, table index
        const callee = r.u32leb('type index');
        r.u32leb('table index');
        calls.push({ funcIndex, offset: at, op: CALL_OPS[op]!, callee });
        break;
      }
      case 0x1c: { // select t*
        const n = r.u32leb('select type count');
        for (let i = 0; i < n; i++) readValType(r);
        break;
      }
      case 0x3f: case 0x40: r.u32leb('memory index'); break; // memory.size memory.grow
      case 0x41: case 0x42: r.skipLeb(); break; // i32.const i64.const
      case 0x43: r.skip(4, 'f32.const'); break;
      case 0x44: r.skip(8, 'f64.const'); break;
      case 0xd0: r.sleb(); break; // ref.null heap type
      case 0xfb: skipGc(r, funcIndex, at); break;
      case 0xfc: skipMisc(r, funcIndex, at); break;
      case 0xfd: skipSimd(r, funcIndex, at); break;
      case 0xfe: skipAtomic(r, funcIndex, at); break;
      default:
        r.fail(`function ${funcIndex}: unknown opcode 0x${op.toString(16).padStart(2, '0')}`, at);
    }
  }
  if (!r.done) r.fail(`function ${funcIndex}: ${r.end - r.pos} bytes after the body's final end`);
  return catches;
}

/** 0xFB: GC proposal. */
function skipGc(r: ByteReader, funcIndex: number, at: number): void {
  const sub = r.u32leb('GC opcode');
  switch (sub) {
    case 0: case 1: case 6: case 7: case 11: case 12: case 13: case 14: case 16: // one type index
      r.u32leb('type index'); break;
    case 2: case 3: case 4: case 5: case 8: case 9: case 10: case 17: case 18: case 19: // two indices
      r.u32leb('index'); r.u32leb('index'); break;
    case 15: case 26: case 27: case 28: case 29: case 30: break; // array.len, conversions, i31
    case 20: case 21: case 22: case 23: r.sleb(); break; // ref.test / ref.cast heap type
    case 24: case 25: // br_on_cast(_fail): flags, label, two heap types
      r.u8(); r.u32leb('label'); r.sleb(); r.sleb(); break;
    default:
      r.fail(`function ${funcIndex}: unknown GC opcode 0xfb ${sub}`, at);
  }
}

/** 0xFC: saturating truncation, bulk memory, table operations, wide arithmetic. */
function skipMisc(r: ByteReader, funcIndex: number, at: number): void {
  const sub = r.u32leb('0xfc opcode');
  if (sub <= 7) return; // trunc_sat
  switch (sub) {
    case 8: case 10: case 12: case 14: r.u32leb('index'); r.u32leb('index'); break; // memory.init/copy, table.init/copy
    case 9: case 11: case 13: case 15: case 16: case 17: r.u32leb('index'); break; // data.drop memory.fill elem.drop table.grow/size/fill
    case 19: case 20: case 21: case 22: break; // wide arithmetic: i64.add128 sub128 mul_wide_s mul_wide_u
    default: r.fail(`function ${funcIndex}: unknown opcode 0xfc ${sub}`, at);
  }
}

/** 0xFD: SIMD and relaxed SIMD. Sub-opcodes with immediates are listed; the rest have none. */
function skipSimd(r: ByteReader, funcIndex: number, at: number): void {
  const sub = r.u32leb('SIMD opcode');
  if (sub <= 11 || sub === 92 || sub === 93) skipMemArg(r); // loads, v128.store, load32/64_zero
  else if (sub === 12 || sub === 13) r.skip(16, 'v128 immediate'); // v128.const, i8x16.shuffle
  else if (sub >= 21 && sub <= 34) r.u8(); // extract/replace lane
  else if (sub >= 84 && sub <= 91) { skipMemArg(r); r.u8(); } // load/store lane
  else if (sub > 0x113) r.fail(`function ${funcIndex}: unknown SIMD opcode 0xfd ${sub}`, at);
}

/** 0xFE: threads. */
function skipAtomic(r: ByteReader, funcIndex: number, at: number): void {
  const sub = r.u32leb('atomic opcode');
  if (sub === 3) { r.u8(); return; } // atomic.fence: reserved byte
  if (sub > 0x4e) r.fail(`function ${funcIndex}: unknown atomic opcode 0xfe ${sub}`, at);
  skipMemArg(r);
}
