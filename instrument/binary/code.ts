// Rewrite: the call sites, and the renumbering of every function and global index inside code.
// Instructions are copied from the original bytes as ranges; only what moves is re-encoded:
// function indices (new imports shift every defined function), global indices (new global
// imports shift every defined global), and the call sites the rewrite changes (the actions
// below, decided by rewrite.ts). Decoding is wasm/instructions.ts's.
//
//   direct call to an allocator, from user code  -> call NAME$site (…, i32.const SITE)   site kind 0
//   direct call to an allocator, inside one      -> call NAME$orig (…)  (nested: not recorded)
//   call / call_indirect / call_ref that can reach an allocator -> shadow-stack frame   site kind 1
//
// Before:
//   (call $malloc (i32.const 1234))
//   (call $make (local.get 0))                      ;; $make can reach malloc
// After:
//   (call $malloc$site (i32.const 1234) (i32.const 7))
//   (local.set $tok (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1))
//                     (then (call $enter (i32.const 8))) (else (i32.const 0))))
//   (call $make (local.get 0))                      ;; its arguments were on the stack before enter
//   (if (local.get $tok) (then (call $leave (local.get $tok))))
//
// In the stack machine the arguments are already on the stack when the call runs, so `enter` goes
// right before the call instruction and nothing is spilled; `leave` runs with the call's results
// still on the stack. `$tok` is one new i32 local per body that has a frame. Tail calls
// (`return_call*`) get no frame. A pointer call that can land in an allocator's entry also sets
// `$indirect_site` (pointers.ts). Control case: a body with no site and no moved index is copied
// byte for byte.
//
// In a function that catches exceptions, every site first puts back what a throw caught there
// may have left (CodeEnv.restore): `(if (local.get $tok) (then (call $leave (local.get $tok))))
// (global.set $depth (local.get $dsave))`, with `(local.set $dsave (global.get $depth))` at entry.

import type { ByteReader } from '../byte-reader';
import { decodeExpression, type CallOp } from '../wasm/instructions';
import type { Writer } from '../../abi/writer';

export type { CallOp } from '../wasm/instructions';

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

/**
 * Rewrites instructions from `r.pos` up to the matching final `end` (a body or a constant
 * expression) into `out`. `tok` is the local a frame may use; returns whether one was used.
 */
export function rewriteInstructions(r: ByteReader, out: Writer, env: CodeEnv, tok: number, where: string): boolean {
  const bytes = r.bytes;
  let from = r.pos;
  let usedTok = false;
  // Translation points (source maps of the output): an original offset maps to its output place
  // by the last point before it, so a point is kept only where the shift (output − original)
  // changes: after an insertion, or a renumbered index whose LEB128 changed length. A copied run,
  // or an index renumbered in as many bytes, keeps the shift. (A C++ module has millions of
  // patches, most of them of the second kind.)
  let shift = NaN;
  const mark = env.mark && ((orig: number, outPos: number) => {
    if (outPos - orig === shift) return;
    shift = outPos - orig;
    env.mark!(orig, outPos);
  });
  mark?.(from, out.len);
  const flush = (to: number) => { if (to > from) out.range(bytes, from, to); mark?.(to, out.len); };
  /** Replaces the instruction [at, end) by `op index'` when the index moved. */
  const renumber = (op: number, index: number, moved: number, at: number, end: number) => {
    if (moved === index) return;
    flush(at);
    out.u8(op).uleb(moved);
    from = end;
    mark?.(from, out.len);
  };
  decodeExpression(r, {
    global: (op, g, at, end) => renumber(op, g, env.global(g), at, end),
    funcRef: (f, at, end) => renumber(0xd2, f, env.fn(f), at, end),
    call: (op, callee, at, end) => {
      const action = env.call(op, callee, at);
      const direct = op === 'call' || op === 'return_call';
      const opcode = bytes[at]!;
      if (action.kind === 'keep') {
        if (direct) renumber(opcode, callee, env.fn(callee), at, end);
        return;
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
        out.u8(opcode).uleb(action.index);
      } else if (action.kind === 'pointer') {
        out.u8(0x41).sleb(action.site).u8(0x24).uleb(env.indirectSite);
        if (direct) out.u8(opcode).uleb(env.fn(callee)); // an invoke_* import (pointers.ts)
        else out.range(bytes, at, end);
      } else {
        usedTok = true;
        out.u8(0x23).uleb(env.tracing).op(0x41, 0x01, 0x4b, 0x04, 0x7f).u8(0x41).sleb(action.site)
          .u8(0x10).uleb(env.enter);
        // The entry of an allocator reached here pops this frame with the token (its own site is
        // this one: the traceback must not show it twice).
        if (action.pointer) out.u8(0x24).uleb(env.indirectTok).u8(0x23).uleb(env.indirectTok);
        out.op(0x05, 0x41, 0x00, 0x0b).u8(0x21).uleb(tok);
        if (action.pointer) out.u8(0x41).sleb(action.site).u8(0x24).uleb(env.indirectSite);
        if (direct) out.u8(opcode).uleb(env.fn(callee));
        else out.range(bytes, at, end);
        out.u8(0x20).uleb(tok).op(0x04, 0x40).u8(0x20).uleb(tok).u8(0x10).uleb(env.leave).u8(0x0b);
      }
      mark?.(end, out.len);
    },
  }, where);
  if (r.pos > from) out.range(bytes, from, r.pos);
  return usedTok;
}
