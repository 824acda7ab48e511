// The frame part of rewrite 2: around a call that can reach an allocator, push its site on the
// shadow stack of docs/hook-abi.md, only when `tracing > 1`.
//
// Before:
//   (call $f (call $g) (local.get $x))
// After:
//   (block (result i32)
//     (local.set $a0 (call $g))                     ;; arguments first: their own calls must
//     (local.set $tok (if (result i32)               ;; not see this frame on the stack
//       (i32.gt_u (global.get $tracing) (i32.const 1))
//       (then (call $enter (i32.const SITE))) (else (i32.const 0))))
//     (local.set $r (call $f (local.get $a0) (local.get $x)))
//     (if (local.get $tok) (then (call $leave (local.get $tok))))
//     (local.get $r))
//
// Operands after the last one with effects (constants, local.get, global.get) are left in place:
// evaluating them after `enter` cannot call anything. One $tok and one $r per type serve the whole function: between
// enter and leave only the callee runs, so nested sites never overlap their live ranges.

import binaryen from 'binaryen';
import type { Hooks } from './wrap-allocators';

const b = binaryen as any;

export class FrameLocals {
  private tok = -1;
  private results = new Map<number, number>();
  constructor(private fn: number) {}
  add(type: number): number {
    return b._BinaryenFunctionAddVar(this.fn, type);
  }
  token(): number {
    if (this.tok < 0) this.tok = this.add(binaryen.i32);
    return this.tok;
  }
  result(type: number): number {
    let r = this.results.get(type);
    if (r === undefined) this.results.set(type, (r = this.add(type)));
    return r;
  }
}

const PURE = () => new Set<number>([b.ConstId, b.LocalGetId, b.GlobalGetId, b.RefFuncId, b.RefNullId]);
let pure: Set<number> | null = null;

/** Returns the replacement for `call` (a Call, CallIndirect or CallRef), or null to leave it. */
/**
 * `pointer`: the call can land in an allocator's entry (binary/pointers.ts): the token also goes
 * to `$indirect_tok` and `$indirect_site` is set to SITE right before the call.
 */
export function frameCall(m: binaryen.Module, hooks: Hooks, locals: FrameLocals, call: number, site: number, pointer = false, frame = true): number | null {
  pure ??= PURE();
  const id = b._BinaryenExpressionGetId(call);
  const callType = b._BinaryenExpressionGetType(call);
  if (callType === binaryen.unreachable) return null; // dead code: an operand never returns
  const cls = id === b.CallId ? b.Call : id === b.CallIndirectId ? b.CallIndirect : b.CallRef;
  const slots: { get: () => number; set: (e: number) => void }[] = [];
  const n = cls.getNumOperands(call);
  for (let i = 0; i < n; i++) slots.push({ get: () => cls.getOperandAt(call, i), set: (e) => cls.setOperandAt(call, i, e) });
  if (id !== b.CallId) slots.push({ get: () => cls.getTarget(call), set: (e) => cls.setTarget(call, e) });

  // Operands up to the last impure one are spilled in order (a local.get before a call that sets
  // that local must still read the old value); constants never depend on order.
  let last = -1;
  slots.forEach((slot, i) => { if (!pure!.has(b._BinaryenExpressionGetId(slot.get()))) last = i; });
  const list: number[] = [];
  for (const slot of slots.slice(0, last + 1)) {
    const e = slot.get();
    const kind = b._BinaryenExpressionGetId(e);
    if (kind === b.ConstId || kind === b.RefFuncId || kind === b.RefNullId) continue;
    const type = b._BinaryenExpressionGetType(e);
    const tmp = locals.add(type);
    list.push(m.local.set(tmp, e));
    slot.set(m.local.get(tmp, type));
  }
  const i32 = binaryen.i32;
  if (!frame) {
    // Frames off (pointer calls only): operands spilled as above, then the set, then the call.
    list.push(m.global.set(hooks.indirectSite!, m.i32.const(site)));
    list.push(call);
    return m.block(null, list, callType);
  }
  const tok = locals.token();
  const enter = m.call(hooks.fn('enter'), [m.i32.const(site)], i32);
  const TOK = hooks.indirectTok, IS = hooks.indirectSite;
  const pushed = pointer && TOK ? m.block(null, [m.global.set(TOK, enter), m.global.get(TOK, i32)], i32) : enter;
  list.push(m.local.set(tok, m.if(m.i32.gt_u(m.global.get(hooks.tracing, i32), m.i32.const(1)), pushed, m.i32.const(0))));
  if (pointer && IS) list.push(m.global.set(IS, m.i32.const(site)));
  const res = callType === binaryen.none ? -1 : locals.result(callType);
  list.push(res < 0 ? call : m.local.set(res, call));
  list.push(m.if(m.local.get(tok, i32), m.call(hooks.fn('leave'), [m.local.get(tok, i32)], binaryen.none)));
  if (res >= 0) list.push(m.local.get(res, callType));
  return m.block(null, list, callType);
}
