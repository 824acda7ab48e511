// Rewrite 2 of 2: the call sites. Every call expression of the module is matched, in order, to
// the code reader's call instruction of the ORIGINAL bytes (both walk a body in instruction
// order), which gives each site its original byte offset for source resolution.
//
//   direct call to an allocator, from user code  -> call NAME$site (…, i32.const SITE)   kind 0
//   direct call to an allocator, inside one      -> call NAME$orig (…)  (nested: not recorded)
//   call / call_indirect / call_ref that can reach an allocator -> shadow-stack frame  kind 1
//
// Before:  (call $malloc (i32.const 1234))
// After:   (call $malloc$site (i32.const 1234) (i32.const 7))

import binaryen from 'binaryen';
import type { CallInstr, CodeLayout } from '../code-reader';
import type { Reachability, Signatures } from '../call-graph';
import type { ModuleFunction } from '../detect';
import { InstrumentError } from '../errors';
import type { PointerPlan } from '../binary/pointers';
import { FrameLocals, frameCall } from './shadow-stack';
import { walkPostOrder } from './walk';
import type { Site } from '../site-table';
import type { Hooks, WrappedAllocator } from './wrap-allocators';

const b = binaryen as any;

export interface RewriteInput {
  m: binaryen.Module;
  hooks: Hooks;
  funcs: ModuleFunction[];
  layout: CodeLayout;
  sigs: Signatures;
  reach: Reachability;
  wrapped: WrappedAllocator[];
  frames: boolean;
  /** Throw when Binaryen's calls and the code reader's disagree (tests); else sites lose their offset. */
  strict: boolean;
  /** Allocators reached through pointers: which calls set `$indirect_site`, which bodies reset it. */
  pointers: PointerPlan;
}

export interface RewriteResult {
  sites: Site[];
  allocSites: number;
  frameSites: number;
  nestedCalls: number;
  mismatchedFunctions: string[];
}

export function rewriteCalls(inp: RewriteInput): RewriteResult {
  const { m, funcs, layout, reach } = inp;
  const byName = new Map<string, WrappedAllocator>();
  const byIndex = new Map<number, WrappedAllocator>();
  for (const w of inp.wrapped) { byName.set(w.name, w); byIndex.set(w.alloc.fn.index, w); }
  const indexOf = new Map(funcs.map((f) => [f.name, f.index]));
  const sites: Site[] = [];
  const out: RewriteResult = { sites, allocSites: 0, frameSites: 0, nestedCalls: 0, mismatchedFunctions: [] };

  for (const body of layout.funcs) {
    const fn = funcs[body.index];
    if (!fn) continue;
    const w = byIndex.get(body.index);
    // Allocator bodies (not wrappers like strdup) are the allocator's internals.
    const internal = w !== undefined && w.alloc.spec.role !== 'wrapper';
    const fnName = w ? w.orig : fn.name;
    if (inp.pointers.resets(body.index)) resetOnEntry(m, inp.hooks, m.getFunction(fnName));
    if (!needsWalk(body.calls, internal, byIndex, reach, inp)) continue;
    const ref = m.getFunction(fnName);
    const locals = new FrameLocals(ref);
    const calls = body.calls;
    let k = 0;
    let aligned = true;
    const mismatch = (why: string) => {
      if (inp.strict) throw new InstrumentError(`call sites of function ${fn.index} (${fn.name}) disagree with the code reader: ${why}`);
      if (aligned) out.mismatchedFunctions.push(fn.name);
      aligned = false;
    };
    const newSite = (instr: CallInstr | null, kind: 0 | 1) => {
      sites.push({ offset: instr && aligned ? instr.offset : -1, kind, funcIndex: fn.index });
      return sites.length;
    };
    const visit = (e: number): number | void => {
      const id = b._BinaryenExpressionGetId(e);
      if (id !== b.CallId && id !== b.CallIndirectId && id !== b.CallRefId) return;
      const isReturn = id === b.CallId ? b.Call.isReturn(e) : id === b.CallIndirectId ? b.CallIndirect.isReturn(e) : b.CallRef.isReturn(e);
      const op = (isReturn ? 'return_' : '') + (id === b.CallId ? 'call' : id === b.CallIndirectId ? 'call_indirect' : 'call_ref');
      const instr = aligned ? calls[k] ?? null : null;
      const target = id === b.CallId ? b.Call.getTarget(e) as string : null;
      const targetIndex = target !== null ? indexOf.get(target) ?? -1 : -1;
      if (aligned) {
        if (!instr) mismatch(`Binaryen has more calls than the ${calls.length} in the original body`);
        else if (instr.op !== op) mismatch(`call #${k} is ${op} in Binaryen, ${instr.op} at byte ${instr.offset}`);
        else if (target !== null && instr.callee !== targetIndex) mismatch(`call #${k} at byte ${instr.offset} calls function ${instr.callee}, Binaryen says ${target}`);
        k++;
      }
      const here = aligned ? instr : null;
      if (target !== null) {
        const callee = byName.get(target);
        if (callee) {
          if (internal) { b.Call.setTarget(e, callee.orig); out.nestedCalls++; return; }
          const site = newSite(here, 0);
          out.allocSites++;
          b.Call.setTarget(e, callee.site);
          b.Call.appendOperand(e, m.i32.const(site));
          return;
        }
        if (internal || !inp.frames || isReturn || targetIndex < 0 || !reach.reaches[targetIndex]) return;
      } else {
        if (!internal && !inp.frames && here && inp.pointers.sets(op as CallInstr['op'], here.callee)) {
          // No frames: the pointer call is still a site, for an allocator's entry to report.
          if (b._BinaryenExpressionGetType(e) === binaryen.unreachable) return;
          const site = newSite(here, 1);
          out.frameSites++;
          return frameCall(m, inp.hooks, locals, e, site, true, false) ?? undefined;
        }
        if (internal || !inp.frames || isReturn) return;
        // Unmatched: no type index to compare, so assume it can reach (a frame too many is harmless).
        if (here && !reach.indirectKeys.has(inp.sigs.typeKeys[here.callee] ?? '?')) return;
      }
      if (b._BinaryenExpressionGetType(e) === binaryen.unreachable) return;
      const site = newSite(here, 1);
      out.frameSites++;
      const pointer = here !== null && inp.pointers.sets(op as CallInstr['op'], here.callee);
      return frameCall(m, inp.hooks, locals, e, site, pointer) ?? undefined;
    };
    const root = b._BinaryenFunctionGetBody(ref);
    const newRoot = walkPostOrder(root, visit, `function ${fn.name}`);
    if (newRoot !== root) b._BinaryenFunctionSetBody(ref, newRoot);
    if (aligned && k !== calls.length) mismatch(`Binaryen has ${k} calls, the original body ${calls.length}`);
  }
  return out;
}

/** Prepends `(global.set $indirect_site (i32.const 0))` to a body (binary/pointers.ts). */
function resetOnEntry(m: binaryen.Module, hooks: { indirectSite: string | null }, ref: number): void {
  const body = b._BinaryenFunctionGetBody(ref);
  const results = b._BinaryenFunctionGetResults(ref);
  b._BinaryenFunctionSetBody(ref, m.block(null, [m.global.set(hooks.indirectSite!, m.i32.const(0)), body], results));
}

/** Cheap pre-check on the code reader's calls: skip bodies with nothing to rewrite. */
function needsWalk(calls: CallInstr[], internal: boolean, allocs: Map<number, WrappedAllocator>, reach: Reachability, inp: RewriteInput): boolean {
  for (const c of calls) {
    const direct = c.op === 'call' || c.op === 'return_call';
    if (direct && allocs.has(c.callee)) return true;
    if (!internal && inp.pointers.sets(c.op, c.callee)) return true;
    if (internal || !inp.frames || c.op.startsWith('return_')) continue;
    if (direct ? reach.reaches[c.callee] : reach.indirectKeys.has(inp.sigs.typeKeys[c.callee] ?? '?')) return true;
  }
  return false;
}
