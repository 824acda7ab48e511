// The one instruction decoder: walks an expression (a function body or a constant expression)
// up to its final `end`, decoding every opcode's immediates so it never desyncs, and tells a
// visitor about the few instructions anyone here needs: calls (the call reader, the rewrite),
// function references and global indices (the rewrite renumbers them). Everything else is
// skipped. An unknown opcode is an error, never a guess.
//
// Decoded: MVP, sign extension, saturating conversions, bulk memory and table operations (0xFC),
// wide arithmetic (0xFC 19-22), reference types, typed function references, tail calls,
// exception handling — legacy (try/catch/catch_all/delegate/throw/rethrow) and exnref
// (try_table/throw_ref) —, GC (0xFB), SIMD and relaxed SIMD (0xFD), threads (0xFE). Decoding is
// not support: preflight decides what may be instrumented (it refuses GC types today).

import type { ByteReader } from '../byte-reader';
import { readValType, skipBlockType } from './module';

export type CallOp = 'call' | 'call_indirect' | 'return_call' | 'return_call_indirect' | 'call_ref' | 'return_call_ref';

/** Opcodes 0x10-0x15 (CallColumns.op in code-reader.ts is the opcode minus 0x10). */
export const CALL_OPS: readonly CallOp[] = ['call', 'call_indirect', 'return_call', 'return_call_indirect', 'call_ref', 'return_call_ref'];

export interface InstructionVisitor {
  /**
   * A call-like instruction at module offset `at`, its immediates ending at `end`. `callee`: the
   * function index for call/return_call, the type index otherwise.
   */
  call?(op: CallOp, callee: number, at: number, end: number): void;
  /** `ref.func index` at `at` (immediate ends at `end`). */
  funcRef?(index: number, at: number, end: number): void;
  /** `global.get` / `global.set` (`op` 0x23 / 0x24) of `index` at `at`. */
  global?(op: number, index: number, at: number, end: number): void;
  /** A place where a thrown exception lands: `catch`, `catch_all`, or a `try_table` with catch clauses. */
  catch?(at: number): void;
  /** `memory.grow` at `at` (a module that never grows its memory and has no allocator uses static buffers only). */
  memoryGrow?(at: number): void;
  /**
   * Every instruction, after its immediates are read: opcode (the prefix byte for 0xFB-0xFE),
   * offset, and where its immediates end (discover.ts follows allocators through small bodies).
   */
  instruction?(op: number, at: number, end: number): void;
}

/**
 * What the call reader keeps of a body's control flow, so that the rewrite of a framed function
 * (binary/framed.ts) needs no second decode: the offsets of its FLOW instructions, in code order
 * (the opcode is the byte there), and its exits — `return` and the tail calls — with the block
 * depth each sits at (0: the body's own level). Scratch arrays with room for one entry per byte of
 * the body, filled by decodeExpression from index 0.
 */
export interface FlowSink {
  at: Uint32Array;
  /** How many of `at` the last decode filled. */
  n: number;
  exitAt: Uint32Array;
  exitDepth: Uint32Array;
  exits: number;
}

/**
 * The instructions a FlowSink records (1), besides the exits: those that open, continue or close a
 * block (block loop if try try_table, catch catch_all, end delegate), the branches (br br_if
 * br_table br_on_null br_on_non_null, and GC's 0xFB prefix: conservatively any), and those after
 * which a handler never completes (unreachable throw rethrow throw_ref). Exits are 2.
 */
export const FLOW = new Uint8Array(256);
for (const op of [0x00, 0x02, 0x03, 0x04, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x18, 0x19, 0x1f, 0xd5, 0xd6, 0xfb]) FLOW[op] = 1;
for (const op of [0x0f, 0x12, 0x13, 0x15]) FLOW[op] = 2;

/**
 * Decodes instructions from `r.pos` to the `end` that closes the expression; `r.pos` is left
 * after it. `where` names the expression in errors (`function 12`, `global 3`).
 */
export function decodeExpression(r: ByteReader, v: InstructionVisitor, where: string, flow?: FlowSink): void {
  // The visitor's methods read once, here: visitors of four shapes pass (the call reader's, the
  // rewrite's, the fingerprints'), and a property read per instruction on them is a megamorphic
  // lookup (DuckDB's 39 MB of code: ~0.3 s); read in the loop's own function, each new shape
  // threw its optimised code away (a TurboFan compile of the loop again).
  decodeWith(r, v, v.instruction, v.call, v.global, where, flow);
}

function decodeWith(r: ByteReader, v: InstructionVisitor, onInstruction: InstructionVisitor['instruction'], onCall: InstructionVisitor['call'],
  onGlobal: InstructionVisitor['global'], where: string, flow: FlowSink | undefined): void {
  // The common instructions are read here from a local cursor (DuckDB's code is decoded twice,
  // ~40 M instructions: the reader object's field per byte was a third of the time); anything
  // else, and every instruction whose immediates are not short and in bounds, goes through the
  // reader (`slow`), which reads them again and says what is wrong.
  const b = r.bytes, end = r.end;
  let p = r.pos;
  let depth = 1; // the expression is an implicit block
  const fa = flow?.at, xa = flow?.exitAt, xd = flow?.exitDepth;
  let fn = 0, xn = 0;
  let lastOp = -1, lastAt = -1;
  while (depth > 0) {
    if (onInstruction !== undefined && lastAt >= 0) { r.pos = p; onInstruction.call(v, lastOp, lastAt, p); }
    if (p >= end) { r.pos = p; r.fail(`${where}: body ends inside a block (${depth} left open)`); }
    const at = p;
    const op = b[p++]!;
    lastOp = op;
    lastAt = at;
    if (op >= 0x45 && op <= 0xc4) continue; // numeric, comparisons, conversions, sign-ext: no immediates
    if (op >= 0x28 && op <= 0x3e) { // loads and stores: memarg (alignment without a memory index, offset)
      if (p < end && b[p]! < 0x40) { const e = lebEnd(b, p + 1, end); if (e > 0) { p = e; continue; } }
    } else if (op === 0x0b) { if (fa !== undefined) fa[fn++] = at; depth--; continue; } // end
    else if (op === 0x1a || op === 0x1b || op === 0x05 || op === 0x01) continue; // drop select else nop
    else if (op === 0x00) { if (fa !== undefined) fa[fn++] = at; continue; } // unreachable
    else if (op === 0x0f) { if (xa !== undefined) { xa[xn] = at; xd![xn++] = depth - 1; } continue; } // return
    else if (op === 0x20 || op === 0x21 || op === 0x22 || op === 0x41 || op === 0x42) {
      // local.get/set/tee, i32/i64.const: one LEB128 nobody reads
      const e = lebEnd(b, p, end);
      if (e > 0) { p = e; continue; }
    } else if (op === 0x0c || op === 0x0d) { // br, br_if: the same, a branch
      const e = lebEnd(b, p, end);
      if (e > 0) { if (fa !== undefined) fa[fn++] = at; p = e; continue; }
    } else if (op === 0x10 || op === 0x23 || op === 0x24) { // call, global.get/set: an index
      const e = lebEnd(b, p, end);
      if (e > 0 && e - p <= 4) { // below 2^28: no u32 check needed
        let index = 0;
        for (let q = e - 1; q >= p; q--) index = index * 128 + (b[q]! & 0x7f);
        r.pos = e;
        if (op === 0x10) onCall?.call(v, 'call', index, at, e);
        else onGlobal?.call(v, op, index, at, e);
        p = e;
        continue;
      }
    } else if (op >= 0x02 && op <= 0x04) { // block loop if: a one-byte block type (not a type index, not a ref type)
      const t = p < end ? b[p]! : 0;
      if (t >= 0x40 && t < 0x80 && t !== 0x63 && t !== 0x64) { if (fa !== undefined) fa[fn++] = at; p++; depth++; continue; }
    }
    if (fa !== undefined) {
      const f = FLOW[op]!;
      if (f === 1) fa[fn++] = at;
      else if (f === 2) { xa![xn] = at; xd![xn++] = depth - 1; }
    }
    r.pos = p;
    depth = slow(r, v, op, at, depth, where);
    p = r.pos;
  }
  if (onInstruction !== undefined && lastAt >= 0) { r.pos = p; onInstruction.call(v, lastOp, lastAt, p); }
  r.pos = p;
  if (flow !== undefined) { flow.n = fn; flow.exits = xn; }
}

/**
 * Whether a branch among a body's FLOW instructions (`at[0..n)`, a FlowSink's, in code order; the
 * opcode is the byte there) may target the body's own label, leaving it as a `return` does: br,
 * br_if, br_table, br_on_null, br_on_non_null by their labels, any GC-prefixed instruction
 * conservatively (its branches), a malformed label too. (Read after the decode, not in its loop:
 * a path there that runs rarely made TurboFan compile the decoder again, twice on DuckDB.) A
 * try_table's catch clause that targets the label is framed.ts's to find.
 */
export function branchesToBody(b: Uint8Array, at: Uint32Array, n: number, end: number): boolean {
  let depth = 1;
  for (let i = 0; i < n; i++) {
    const q = at[i]!, op = b[q]!;
    if (op === 0x0c || op === 0x0d) { // br br_if: a one-byte label, mostly
      const l = b[q + 1]!;
      if (l < 0x80 ? l === depth - 1 : labelsMeet(b, q + 1, end, 1, depth - 1)) return true;
    } else if (op === 0x02 || op === 0x03 || op === 0x04 || op === 0x06 || op === 0x1f) depth++;
    else if (op === 0x0b || op === 0x18) depth--;
    else if (op === 0xd5 || op === 0xd6) { if (labelsMeet(b, q + 1, end, 1, depth - 1)) return true; }
    else if (op === 0x0e) { // br_table: its labels and the default
      let p = q + 1, count = 0, shift = 0;
      for (;;) { if (p >= end || shift > 28) return true; const x = b[p++]!; count += (x & 0x7f) * 2 ** shift; if (x < 0x80) break; shift += 7; }
      if (labelsMeet(b, p, end, count + 1, depth - 1)) return true;
    } else if (op === 0xfb) return true;
  }
  return false;
}

/** Whether one of the `k` LEB128 labels from `p` is `label` (or one is malformed). */
function labelsMeet(b: Uint8Array, p: number, end: number, k: number, label: number): boolean {
  for (let i = 0; i < k; i++) {
    let v = 0, shift = 0;
    for (;;) {
      if (p >= end || shift > 28) return true;
      const x = b[p++]!;
      v += (x & 0x7f) * 2 ** shift;
      if (x < 0x80) break;
      shift += 7;
    }
    if (v === label) return true;
  }
  return false;
}

/** Where the LEB128 at `p` ends, when it takes at most 5 bytes within `end`; else 0 (the reader decides). */
function lebEnd(b: Uint8Array, p: number, end: number): number {
  const last = Math.min(p + 5, end);
  for (let q = p; q < last; q++) if (b[q]! < 0x80) return q + 1;
  return 0;
}

/**
 * One instruction after its opcode, read through `r`: every opcode and every error. Returns the
 * block depth after it. (Exported for a decoder of its own that reads the common instructions
 * itself, as decodeExpression does: code-features.ts.)
 */
export function slow(r: ByteReader, v: InstructionVisitor, op: number, at: number, depth: number, where: string): number {
  if (op >= 0x28 && op <= 0x3e) { skipMemArg(r); return depth; } // loads and stores
  switch (op) {
    case 0x00: case 0x01: case 0x0f: case 0x1a: case 0x1b: // unreachable nop return drop select
    case 0x0a: case 0xd1: case 0xd3: case 0xd4: // throw_ref ref.is_null ref.eq ref.as_non_null
    case 0x05: break; // else: the same block continues
    case 0x19: v.catch?.(at); break; // catch_all: the same block continues
    case 0x02: case 0x03: case 0x04: case 0x06: // block loop if try
      skipBlockType(r); depth++; break;
    case 0x1f: { // try_table bt vec(catch)
      skipBlockType(r);
      const n = r.u32leb('catch count');
      if (n > 0) v.catch?.(at);
      for (let i = 0; i < n; i++) {
        const kind = r.u8();
        if (kind > 3) r.fail(`${where}: unknown catch kind ${kind} in try_table`, r.pos - 1);
        if (kind < 2) r.u32leb('tag index'); // catch, catch_ref; catch_all(_ref) have none
        r.u32leb('label');
      }
      depth++;
      break;
    }
    case 0x07: r.u32leb('tag index'); v.catch?.(at); break; // catch
    case 0x0b: depth--; break; // end
    case 0x18: r.u32leb('label'); depth--; break; // delegate closes the try
    case 0x08: case 0x09: case 0x0c: case 0x0d: // throw rethrow br br_if
    case 0x20: case 0x21: case 0x22: // local.get/set/tee
    case 0x25: case 0x26: // table.get table.set
    case 0xd5: case 0xd6: // br_on_null br_on_non_null
      r.skipLeb(); break;
    case 0x23: case 0x24: { // global.get global.set
      const index = r.u32leb('global index');
      v.global?.(op, index, at, r.pos);
      break;
    }
    case 0xd2: { // ref.func
      const index = r.u32leb('function index');
      v.funcRef?.(index, at, r.pos);
      break;
    }
    case 0x0e: { // br_table
      const n = r.u32leb('br_table length');
      for (let i = 0; i <= n; i++) r.skipLeb();
      break;
    }
    case 0x10: case 0x12: case 0x14: case 0x15: { // call return_call call_ref return_call_ref
      const callee = r.u32leb('callee index');
      v.call?.(CALL_OPS[op - 0x10]!, callee, at, r.pos);
      break;
    }
    case 0x11: case 0x13: { // call_indirect return_call_indirect: type index, table index
      const callee = r.u32leb('type index');
      r.u32leb('table index');
      v.call?.(CALL_OPS[op - 0x10]!, callee, at, r.pos);
      break;
    }
    case 0x1c: { // select t*
      const n = r.u32leb('select type count');
      for (let i = 0; i < n; i++) readValType(r);
      break;
    }
    case 0x3f: r.u32leb('memory index'); break; // memory.size
    case 0x40: r.u32leb('memory index'); v.memoryGrow?.(at); break; // memory.grow
    case 0x41: case 0x42: r.skipLeb(); break; // i32.const i64.const
    case 0x43: r.skip(4, 'f32.const'); break;
    case 0x44: r.skip(8, 'f64.const'); break;
    case 0xd0: r.sleb(); break; // ref.null heap type
    case 0xfb: skipGc(r, where, at); break;
    case 0xfc: skipMisc(r, where, at); break;
    case 0xfd: skipSimd(r, where, at); break;
    case 0xfe: skipAtomic(r, where, at); break;
    default:
      r.fail(`${where}: unknown opcode 0x${op.toString(16).padStart(2, '0')}`, at);
  }
  return depth;
}

/** memarg: alignment (bit 6 = a memory index follows, multi-memory), then offset. */
function skipMemArg(r: ByteReader): void {
  const align = r.u32leb('alignment');
  if (align & 0x40) r.u32leb('memory index');
  r.uleb();
}

/** 0xFB: GC. */
function skipGc(r: ByteReader, where: string, at: number): void {
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
      r.fail(`${where}: unknown GC opcode 0xfb ${sub}`, at);
  }
}

/** 0xFC: saturating truncation, bulk memory, table operations, wide arithmetic. */
function skipMisc(r: ByteReader, where: string, at: number): void {
  const sub = r.u32leb('0xfc opcode');
  if (sub <= 7) return; // trunc_sat
  switch (sub) {
    case 8: case 10: case 12: case 14: r.u32leb('index'); r.u32leb('index'); break; // memory.init/copy, table.init/copy
    case 9: case 11: case 13: case 15: case 16: case 17: r.u32leb('index'); break; // data.drop memory.fill elem.drop table.grow/size/fill
    case 19: case 20: case 21: case 22: break; // wide arithmetic: i64.add128 sub128 mul_wide_s mul_wide_u
    default: r.fail(`${where}: unknown opcode 0xfc ${sub}`, at);
  }
}

/** 0xFD: SIMD and relaxed SIMD. Sub-opcodes with immediates are listed; the rest have none. */
function skipSimd(r: ByteReader, where: string, at: number): void {
  const sub = r.u32leb('SIMD opcode');
  if (sub <= 11 || sub === 92 || sub === 93) skipMemArg(r); // loads, v128.store, load32/64_zero
  else if (sub === 12 || sub === 13) r.skip(16, 'v128 immediate'); // v128.const, i8x16.shuffle
  else if (sub >= 21 && sub <= 34) r.u8(); // extract/replace lane
  else if (sub >= 84 && sub <= 91) { skipMemArg(r); r.u8(); } // load/store lane
  else if (sub > 0x113) r.fail(`${where}: unknown SIMD opcode 0xfd ${sub}`, at);
}

/** 0xFE: threads. */
function skipAtomic(r: ByteReader, where: string, at: number): void {
  const sub = r.u32leb('atomic opcode');
  if (sub === 3) { r.u8(); return; } // atomic.fence: reserved byte
  if (sub > 0x4e) r.fail(`${where}: unknown atomic opcode 0xfe ${sub}`, at);
  skipMemArg(r);
}
