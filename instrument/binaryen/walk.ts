// A post-order walker over Binaryen expressions that can replace any node in its parent.
//
// Why it exists: binaryen.js has no generic child iterator (DESIGN.md), so the child slots of
// every expression kind are listed here, in EVALUATION order: that order is the order of the
// instructions in the binary, which is what lets call expressions be matched one to one with the
// code reader's call instructions. A kind whose children cannot be reached (GC, exceptions,
// strings: refused earlier by preflight) is an error, never a silent skip.

import binaryen from 'binaryen';
import { InstrumentError } from '../errors';

type Ref = number;
type Getter = (e: Ref) => Ref;
type Setter = (e: Ref, c: Ref) => void;
/** A fixed child slot, or a list (operands, block children). */
type Slot = { get: Getter; set: Setter } | { count: (e: Ref) => number; at: (e: Ref, i: number) => Ref; setAt: (e: Ref, i: number, c: Ref) => void };

const b = binaryen as any;
const one = (cls: string, field: string): Slot => ({ get: b[cls][`get${field}`], set: b[cls][`set${field}`] });
const operands = (cls: string): Slot => ({ count: b[cls].getNumOperands, at: b[cls].getOperandAt, setAt: b[cls].setOperandAt });

// Built lazily: the ids are only valid once binaryen's module has initialised.
let slotsById: Map<number, Slot[]> | null = null;
function slots(): Map<number, Slot[]> {
  if (slotsById) return slotsById;
  const m = new Map<number, Slot[]>();
  const add = (id: number, s: Slot[]) => m.set(id, s);
  const leaf = [b.NopId, b.LocalGetId, b.GlobalGetId, b.ConstId, b.UnreachableId, b.PopId, b.MemorySizeId,
    b.RefNullId, b.RefFuncId, b.TableSizeId, b.DataDropId, b.AtomicFenceId, b.ElemDropId];
  for (const id of leaf) if (id !== undefined) add(id, []);
  add(b.BlockId, [{ count: b.Block.getNumChildren, at: b.Block.getChildAt, setAt: b.Block.setChildAt }]);
  add(b.IfId, [one('If', 'Condition'), one('If', 'IfTrue'), one('If', 'IfFalse')]);
  add(b.LoopId, [one('Loop', 'Body')]);
  add(b.BreakId, [one('Break', 'Value'), one('Break', 'Condition')]);
  add(b.SwitchId, [one('Switch', 'Value'), one('Switch', 'Condition')]);
  add(b.CallId, [operands('Call')]);
  add(b.CallIndirectId, [operands('CallIndirect'), one('CallIndirect', 'Target')]);
  add(b.CallRefId, [operands('CallRef'), one('CallRef', 'Target')]);
  add(b.LocalSetId, [one('LocalSet', 'Value')]);
  add(b.GlobalSetId, [one('GlobalSet', 'Value')]);
  add(b.LoadId, [one('Load', 'Ptr')]);
  add(b.StoreId, [one('Store', 'Ptr'), one('Store', 'Value')]);
  add(b.AtomicRMWId, [one('AtomicRMW', 'Ptr'), one('AtomicRMW', 'Value')]);
  add(b.AtomicCmpxchgId, [one('AtomicCmpxchg', 'Ptr'), one('AtomicCmpxchg', 'Expected'), one('AtomicCmpxchg', 'Replacement')]);
  add(b.AtomicWaitId, [one('AtomicWait', 'Ptr'), one('AtomicWait', 'Expected'), one('AtomicWait', 'Timeout')]);
  add(b.AtomicNotifyId, [one('AtomicNotify', 'Ptr'), one('AtomicNotify', 'NotifyCount')]);
  add(b.SIMDExtractId, [one('SIMDExtract', 'Vec')]);
  add(b.SIMDReplaceId, [one('SIMDReplace', 'Vec'), one('SIMDReplace', 'Value')]);
  add(b.SIMDShuffleId, [one('SIMDShuffle', 'Left'), one('SIMDShuffle', 'Right')]);
  add(b.SIMDTernaryId, [one('SIMDTernary', 'A'), one('SIMDTernary', 'B'), one('SIMDTernary', 'C')]);
  add(b.SIMDShiftId, [one('SIMDShift', 'Vec'), one('SIMDShift', 'Shift')]);
  add(b.SIMDLoadId, [one('SIMDLoad', 'Ptr')]);
  add(b.SIMDLoadStoreLaneId, [one('SIMDLoadStoreLane', 'Ptr'), one('SIMDLoadStoreLane', 'Vec')]);
  add(b.MemoryInitId, [one('MemoryInit', 'Dest'), one('MemoryInit', 'Offset'), one('MemoryInit', 'Size')]);
  add(b.MemoryCopyId, [one('MemoryCopy', 'Dest'), one('MemoryCopy', 'Source'), one('MemoryCopy', 'Size')]);
  add(b.MemoryFillId, [one('MemoryFill', 'Dest'), one('MemoryFill', 'Value'), one('MemoryFill', 'Size')]);
  add(b.UnaryId, [one('Unary', 'Value')]);
  add(b.BinaryId, [one('Binary', 'Left'), one('Binary', 'Right')]);
  add(b.SelectId, [one('Select', 'IfTrue'), one('Select', 'IfFalse'), one('Select', 'Condition')]);
  add(b.DropId, [one('Drop', 'Value')]);
  add(b.ReturnId, [one('Return', 'Value')]);
  add(b.MemoryGrowId, [one('MemoryGrow', 'Delta')]);
  add(b.RefIsNullId, [one('RefIsNull', 'Value')]);
  add(b.RefEqId, [one('RefEq', 'Left'), one('RefEq', 'Right')]);
  add(b.RefAsId, [one('RefAs', 'Value')]);
  add(b.TableGetId, [one('TableGet', 'Index')]);
  add(b.TableSetId, [one('TableSet', 'Index'), one('TableSet', 'Value')]);
  add(b.TableGrowId, [one('TableGrow', 'Value'), one('TableGrow', 'Delta')]);
  add(b.TupleMakeId, [operands('TupleMake')]);
  add(b.TupleExtractId, [one('TupleExtract', 'Tuple')]);
  m.delete(undefined as unknown as number);
  slotsById = m;
  return m;
}

export const expressionKindName = (id: number): string =>
  Object.keys(b).find((k) => k.endsWith('Id') && b[k] === id && /^[A-Z]/.test(k))?.replace(/Id$/, '') ?? `#${id}`;

/**
 * Visits every expression of `root` in post-order (children first, in evaluation order).
 * `visit` may return a replacement for the node; it is put into the parent's slot (or returned
 * as the new root). Replacements are not walked again.
 */
export function walkPostOrder(root: Ref, visit: (e: Ref) => Ref | void, where: string): Ref {
  const table = slots();
  const rec = (e: Ref): Ref => {
    const id = b._BinaryenExpressionGetId(e);
    const s = table.get(id);
    if (!s) throw new InstrumentError(`cannot rewrite ${where}: unsupported expression ${expressionKindName(id)} (expected MVP, SIMD, bulk memory, reference types, tail calls or atomics)`);
    for (const slot of s) {
      if ('get' in slot) {
        const c = slot.get(e);
        if (c) { const r = rec(c); if (r !== c) slot.set(e, r); }
      } else {
        const n = slot.count(e);
        for (let i = 0; i < n; i++) {
          const c = slot.at(e, i);
          if (c) { const r = rec(c); if (r !== c) slot.setAt(e, i, r); }
        }
      }
    }
    return visit(e) || e;
  };
  return rec(root);
}
