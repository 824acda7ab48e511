// Copies instructions from the original bytes to the output, patching only what moves: function
// indices (new imports shift every defined function), global indices (new global imports shift
// every defined global), and the call sites the rewrite changes. Everything else is copied as
// ranges of bytes, so the rewrite is linear and cheap.
//
// A frame around a call needs no spilled arguments here: in the stack machine the arguments are
// already on the stack when the call instruction runs, so `enter` goes right before it.
//
//   (arguments)                      (arguments)
//   call $f               ->         global.get $tracing  i32.const 1  i32.gt_u
//                                    if (result i32)  i32.const SITE  call $enter  else  i32.const 0  end
//                                    local.set $tok
//                                    call $f'
//                                    local.get $tok  if  local.get $tok  call $leave  end
//
// In a function that catches exceptions, every site first puts back what a throw caught there
// may have left (see CodeEnv.restore): `local.get $tok  if  local.get $tok  call $leave  end
// local.get $dsave  global.set $depth`, with `global.get $depth  local.set $dsave` at entry.

import { ByteReader } from '../byte-reader';
import { InstrumentError } from '../errors';
import type { Writer } from './writer';

export type CallOp = 'call' | 'call_indirect' | 'return_call' | 'return_call_indirect' | 'call_ref' | 'return_call_ref';

export type CallAction =
  | { kind: 'keep' }
  /** Call another function (by its NEW index), first pushing `site` when given. */
  | { kind: 'retarget'; index: number; site?: number }
  /**
   * Keep the call (indices remapped) inside a shadow-stack frame. `pointer`: a call_indirect /
   * call_ref that can reach an allocator's entry: it also sets `$indirect_site` to `site` (and
   * `$indirect_tok` to the frame's token) right before the call, for the entry to report.
   */
  | { kind: 'frame'; site: number; pointer?: boolean }
  /** Frames off: only `$indirect_site = site` right before the (kept) call_indirect / call_ref. */
  | { kind: 'pointer'; site: number };

export interface CodeEnv {
  fn(oldIndex: number): number;
  global(oldIndex: number): number;
  /** `callee`: OLD function index for call/return_call, type index otherwise. `at`: module offset. */
  call(op: CallOp, callee: number, at: number): CallAction;
  tracing: number;
  /** The module-internal globals `$indirect_site` and `$indirect_tok` (-1: not used). */
  indirectSite: number;
  indirectTok: number;
  enter: number;
  leave: number;
  /** Told where the offset translation changes: original offset `orig` is now at `out.len`. */
  mark?: (orig: number, outPos: number) => void;
  /**
   * A function that catches exceptions: before each of its sites, put back the shadow stack
   * height (leave with the frame token, which all its sites share) and the allocator guard
   * (`depth`, saved in local `dsave` at entry), which a throw caught here left as the unwound
   * frames had them (docs/hook-abi.md, "Traps and throws").
   */
  restore?: { depth: number; dsave: number };
}

const OPS: Record<number, CallOp> = { 0x10: 'call', 0x11: 'call_indirect', 0x12: 'return_call', 0x13: 'return_call_indirect', 0x14: 'call_ref', 0x15: 'return_call_ref' };

/**
 * Rewrites instructions from `r.pos` up to the matching final `end` (a body or a constant
 * expression) into `out`. `tok` is the local a frame may use; returns whether one was used.
 */
export function rewriteInstructions(r: ByteReader, out: Writer, env: CodeEnv, tok: number, where: string): boolean {
  const bytes = r.bytes;
  let from = r.pos;
  let usedTok = false;
  let depth = 1;
  const mark = env.mark;
  mark?.(from, out.len);
  // Every patch flushes the copied run, then marks where the patched instruction and the rest
  // land, so any original offset can be translated (source maps of the output).
  const flush = (to: number) => { if (to > from) out.range(bytes, from, to); mark?.(to, out.len); };
  while (depth > 0) {
    if (r.done) r.fail(`${where}: ends inside a block (${depth} left open)`);
    const at = r.pos;
    const op = r.u8();
    if (op >= 0x45 && op <= 0xc4) continue;
    if (op >= 0x28 && op <= 0x3e) { memArg(r); continue; }
    switch (op) {
      case 0x00: case 0x01: case 0x0f: case 0x1a: case 0x1b: case 0x0a: case 0xd1: case 0xd3: case 0xd4:
      case 0x05: case 0x19:
        break;
      case 0x02: case 0x03: case 0x04: case 0x06: blockType(r); depth++; break;
      case 0x1f: {
        blockType(r);
        const n = r.u32leb('catch count');
        for (let i = 0; i < n; i++) { const kind = r.u8(); if (kind < 2) r.u32leb('tag'); r.u32leb('label'); }
        depth++;
        break;
      }
      case 0x07: r.u32leb('tag index'); break;
      case 0x0b: depth--; break;
      case 0x18: r.u32leb('label'); depth--; break;
      case 0x08: case 0x09: case 0x0c: case 0x0d: case 0x20: case 0x21: case 0x22: case 0x25: case 0x26: case 0xd5: case 0xd6:
        r.skipLeb();
        break;
      case 0x23: case 0x24: { // global.get / global.set
        const g = r.u32leb('global index');
        const ng = env.global(g);
        if (ng !== g) { flush(at); out.u8(op).uleb(ng); from = r.pos; mark?.(from, out.len); }
        break;
      }
      case 0xd2: { // ref.func
        const f = r.u32leb('function index');
        const nf = env.fn(f);
        if (nf !== f) { flush(at); out.u8(op).uleb(nf); from = r.pos; mark?.(from, out.len); }
        break;
      }
      case 0x0e: {
        const n = r.u32leb('br_table length');
        for (let i = 0; i <= n; i++) r.skipLeb();
        break;
      }
      case 0x10: case 0x12: case 0x11: case 0x13: case 0x14: case 0x15: {
        const callee = r.u32leb('callee');
        if (op === 0x11 || op === 0x13) r.u32leb('table index');
        const end = r.pos;
        const action = env.call(OPS[op]!, callee, at);
        const direct = op === 0x10 || op === 0x12;
        if (action.kind === 'keep') {
          if (direct && env.fn(callee) !== callee) { flush(at); out.u8(op).uleb(env.fn(callee)); from = end; mark?.(from, out.len); }
          break;
        }
        flush(at);
        from = end;
        if (env.restore && (action.kind !== 'retarget' || action.site !== undefined)) {
          // stack-neutral: the call's arguments stay where they are
          if (env.leave >= 0) out.u8(0x20).uleb(tok).op(0x04, 0x40).u8(0x20).uleb(tok).u8(0x10).uleb(env.leave).u8(0x0b);
          out.u8(0x20).uleb(env.restore.dsave).u8(0x24).uleb(env.restore.depth);
        }
        if (action.kind === 'retarget') {
          if (action.site !== undefined) out.u8(0x41).sleb(action.site);
          out.u8(op).uleb(action.index);
          mark?.(end, out.len);
          break;
        }
        if (action.kind === 'pointer') {
          out.u8(0x41).sleb(action.site).u8(0x24).uleb(env.indirectSite);
          out.range(bytes, at, end);
          mark?.(end, out.len);
          break;
        }
        usedTok = true;
        out.u8(0x23).uleb(env.tracing).op(0x41, 0x01, 0x4b, 0x04, 0x7f).u8(0x41).sleb(action.site)
          .u8(0x10).uleb(env.enter);
        // The entry of an allocator reached here pops this frame with the token (its own site is
        // this one: the traceback must not show it twice).
        if (action.pointer) out.u8(0x24).uleb(env.indirectTok).u8(0x23).uleb(env.indirectTok);
        out.op(0x05, 0x41, 0x00, 0x0b).u8(0x21).uleb(tok);
        if (action.pointer) out.u8(0x41).sleb(action.site).u8(0x24).uleb(env.indirectSite);
        if (direct) out.u8(op).uleb(env.fn(callee));
        else out.range(bytes, at, end);
        out.u8(0x20).uleb(tok).op(0x04, 0x40).u8(0x20).uleb(tok).u8(0x10).uleb(env.leave).u8(0x0b);
        mark?.(end, out.len);
        break;
      }
      case 0x1c: { const n = r.u32leb('select types'); for (let i = 0; i < n; i++) valType(r); break; }
      case 0x3f: case 0x40: r.u32leb('memory index'); break;
      case 0x41: case 0x42: r.skipLeb(); break;
      case 0x43: r.skip(4, 'f32.const'); break;
      case 0x44: r.skip(8, 'f64.const'); break;
      case 0xd0: r.sleb(); break;
      case 0xfc: misc(r, where, at); break;
      case 0xfd: simd(r, where, at); break;
      case 0xfe: atomic(r, where, at); break;
      default:
        throw new InstrumentError(`${where}: unsupported opcode 0x${op.toString(16).padStart(2, '0')} at byte 0x${at.toString(16)} (GC and other proposals are not supported)`);
    }
  }
  if (r.pos > from) out.range(bytes, from, r.pos);
  return usedTok;
}

function valType(r: ByteReader): void {
  const b = r.u8();
  if (b === 0x63 || b === 0x64) r.sleb();
}

function blockType(r: ByteReader): void {
  const v = r.sleb();
  if (v === -29 || v === -28) r.sleb();
}

function memArg(r: ByteReader): void {
  const align = r.u32leb('alignment');
  if (align & 0x40) r.u32leb('memory index');
  r.uleb();
}

function misc(r: ByteReader, where: string, at: number): void {
  const sub = r.u32leb('0xfc opcode');
  if (sub <= 7) return;
  switch (sub) {
    case 8: case 10: case 12: case 14: r.u32leb('index'); r.u32leb('index'); break;
    case 9: case 11: case 13: case 15: case 16: case 17: r.u32leb('index'); break;
    default: throw new InstrumentError(`${where}: unknown opcode 0xfc ${sub} at byte 0x${at.toString(16)}`);
  }
}

function simd(r: ByteReader, where: string, at: number): void {
  const sub = r.u32leb('SIMD opcode');
  if (sub <= 11 || sub === 92 || sub === 93) memArg(r);
  else if (sub === 12 || sub === 13) r.skip(16, 'v128 immediate');
  else if (sub >= 21 && sub <= 34) r.u8();
  else if (sub >= 84 && sub <= 91) { memArg(r); r.u8(); }
  else if (sub > 0x113) throw new InstrumentError(`${where}: unknown SIMD opcode 0xfd ${sub} at byte 0x${at.toString(16)}`);
}

function atomic(r: ByteReader, where: string, at: number): void {
  const sub = r.u32leb('atomic opcode');
  if (sub === 3) { r.u8(); return; }
  if (sub > 0x4e) throw new InstrumentError(`${where}: unknown atomic opcode 0xfe ${sub} at byte 0x${at.toString(16)}`);
  memArg(r);
}
