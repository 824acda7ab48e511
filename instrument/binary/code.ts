// Rewrite: the call sites, and the renumbering of every function and global index inside code.
// Instructions are copied from the original bytes as ranges; only what moves is re-encoded:
// function indices (new imports shift every defined function), global indices (new global
// imports shift every defined global), and the call sites the rewrite changes (the actions
// below, decided by rewrite.ts). Decoding is wasm/instructions.ts's.
//
//   direct call to an allocator, from user code  -> call NAME$site (…, i32.const SITE)   site kind 0
//                                                   while tracing, else NAME$orig (siteCall())
//   direct call to an allocator, inside one      -> call NAME$orig (…)  (nested: not recorded;
//                                                   a collector's free keeps its entry: it records)
//   call / call_indirect / call_ref that can reach an allocator -> `$site = SITE` before it  site kind 1
//
// Before:
//   (call $malloc (i32.const 1234))
//   (call $make (local.get 0))                      ;; $make can reach malloc
// After:
//   i32.const 1234  global.get $tracing           ;; the argument stays on the stack for either arm
//   if (param i32) (result i32)  i32.const 7  call $malloc$site  else  call $malloc$orig  end
//   (global.set $site (i32.const 8))                ;; stack-neutral: make's arguments are on the stack
//   (call $make (local.get 0))                      ;; $make pushes site 8 at its entry (framed.ts)
//
// A frame site makes no call of its own: its callee, a framed function, pushes the site at entry
// and pops it at its one exit (rewrite.ts writes the entry and the exit, framed.ts finds the
// returns and handlers), so nothing is added inside a `try` body but `global.set`s (docs/hook-abi.md,
// "Deeper frames"). After a call whose callee may not read `$site` (an import, a pointer call, a
// function that passes it on by a tail call) `$site` is set back to 0. A call to an import whose
// JS may call back keeps a frame of its caller around it (`$frame.enter`, `$frame.leave`, the
// body's `$stok`). In a framed function a tail call pops the function's own frame and passes on
// the site it read at entry, or becomes a call and a `br` to the exit when the frame must stay
// (to an allocator, or such an import). A pointer call that can land in an allocator's entry also
// sets `$indirect_site` (pointers.ts). Control case: a body with no site and no moved index is
// copied byte for byte.
//
// After a throw is caught, a framed function puts back its frame height, its own frame and the
// guard at the handler (framed.ts): `(call $frame.restore (local.get $tok) (local.get $in)
// (local.get $dsave))`, with `(local.set $dsave (global.get $depth))` at entry; after each
// `invoke_*` import (the glue catches the JS exception and the import returns) the same. With
// frames off, a function that catches restores `depth` before each site (CodeEnv.restore).

import { ulebAt, type ByteReader } from '../byte-reader';
import { CALL_OPS, decodeExpression, type CallOp } from '../wasm/instructions';
import type { CodeLayout, FuncBody } from '../code-reader';
import { Writer } from '../../abi/writer';
import type { InlinedPush } from '../inlined-lists';
import type { BodyEdit } from './framed';

export type { CallOp } from '../wasm/instructions';

export type CallAction =
  | { kind: 'keep' }
  /**
   * Call another function (by its NEW index), first pushing `site` when given. With `orig` and `block`
   * (and a site): an allocator's call site that tests `tracing` itself, calling `index`
   * (NAME$site) with the site when it is set and `orig` (NAME$orig, the original body) when not,
   * in an `if` of block type `block` (the encoded block type: the allocator's own signature).
   */
  | { kind: 'retarget'; index: number; site?: number; orig?: number; block?: Uint8Array }
  /**
   * A frame site whose callee pushes the frame: `$site = site` right before the call (kept, indices
   * remapped). `pointer`: a call_indirect / call_ref (or invoke_* import) that can reach an
   * allocator's entry also sets `$indirect_site`. `reset`: `$site = 0` after it (a callee that may
   * not read it: imports, pointer calls, a function with tail calls). `restore`: an invoke_*
   * import, after which the caller puts back its own frame and guard. `via` (else -1): an invoke_*
   * import's helper, called instead with the site as its last argument: it sets `$site`, calls the
   * import, and puts back the caller's frame height and guard after it (importSiteBody()).
   */
  | { kind: 'site'; site: number; pointer: boolean; reset: boolean; restore: boolean; via: number }
  /**
   * A frame site whose caller pushes the frame around the call (an import whose JS may call back:
   * the JS may call several exports, or an allocator's entry straight): `$frame.enter(site)` into
   * the body's site token before, `$frame.leave` after; or `via` (else -1), the import's helper
   * that does the same (importSiteBody()), called instead with the site as its last argument.
   */
  | { kind: 'frame'; site: number; via: number }
  /**
   * A tail call in a framed function: its own frame popped first, then `$site` set to what the
   * function read at entry (`pass`), so the callee shows as called from this function's caller.
   */
  | { kind: 'tail'; pass: boolean }
  /**
   * A tail call that must keep the frame (to an allocator, or an import whose JS may call back):
   * made a call (retargeted to `index` with `site` when given) and a `br` to the body's block.
   */
  | { kind: 'untail'; index: number; site?: number; depth: number; orig?: number; block?: Uint8Array }
  /** Frames off: only `$indirect_site = site` right before the (kept) call_indirect / call_ref. */
  | { kind: 'pointer'; site: number };

export interface CodeEnv {
  fn(oldIndex: number): number;
  global(oldIndex: number): number;
  /** `callee`: OLD function index for call/return_call, type index otherwise. `at`: module offset. */
  call(op: CallOp, callee: number, at: number): CallAction;
  tracing: number;
  /** The module-internal global `$indirect_site` (-1: not used). */
  indirectSite: number;
  /** The frame helpers (frameHelpers(); -1 when frames are off). */
  helpers: FrameHelperIndices;
  /** Told where the offset translation changes: original offset `orig` is now at `out.len`. */
  mark?: (orig: number, outPos: number) => void;
  /**
   * A function that catches exceptions: put back the shadow stack height (leave with the frame
   * token, which all its sites share) and the allocator guard (`depth`, saved in local `dsave` at
   * entry), which a throw caught here left as the unwound frames had them (docs/hook-abi.md,
   * "Traps and throws"): `before` each site, else after each `invoke` frame site.
   */
  restore?: { depth: number; dsave: number; before: boolean };
  /**
   * A framed body (frames on): its locals (the entry's token, the site it read at entry, the guard
   * at entry, a call site's token), the `$site` global, and its edits that are not calls
   * (framed.ts): returns made `br`s, restores at its handlers.
   */
  framed?: FramedLocals;
  /** The current body's inlined frees (inlined-lists.ts): before each, `$inlined.free(block, site)`. */
  inlinedFrees?: readonly InlinedPush[];
  /** A new allocation site (kind 0) for the inlined free at module offset `at`; returns its id. */
  inlinedFree?(at: number): number;
}

/**
 * A CodeEnv with every field there, in one order: the rewrite's and remap.ts's (constant
 * expressions) then share one hidden class. Of two shapes, the code that had seen one was thrown
 * away and compiled again when the other came (CodePatch and its callers, on every module).
 */
export function codeEnv(e: CodeEnv): CodeEnv {
  return { fn: e.fn, global: e.global, call: e.call, tracing: e.tracing, indirectSite: e.indirectSite, helpers: e.helpers,
    mark: e.mark, restore: e.restore, framed: e.framed, inlinedFrees: e.inlinedFrees, inlinedFree: e.inlinedFree };
}

export interface FramedLocals {
  tok: number;
  in: number;
  dsave: number;
  stok: number;
  /** The module's `$site` global, and `$depth`. */
  site: number;
  depth: number;
  edits: readonly BodyEdit[];
}

/**
 * Rewrites instructions from `r.pos` up to the matching final `end` (a constant expression; a
 * body the call reader has read goes through rewriteBodyCode) into `out`. `tok` is the local a
 * frame may use; returns whether one was used.
 */
export function rewriteInstructions(r: ByteReader, out: Writer, env: CodeEnv, tok: number, where: string): boolean {
  const patch = new CodePatch(r.bytes, r.pos, out, env, tok);
  decodeExpression(r, patch, where);
  return patch.finish(r.pos);
}

/**
 * A body's instructions (`body.codeStart` to `body.bodyEnd`) rewritten into `out` from what the
 * call reader recorded (its calls and its global/function references, code-reader.ts), with no
 * second decode: the bytes between them are copied as ranges. Same result as rewriteInstructions.
 */
export function rewriteBodyCode(bytes: Uint8Array, layout: CodeLayout, body: FuncBody, out: Writer, env: CodeEnv, tok: number, end = body.bodyEnd): boolean {
  const patch = new CodePatch(bytes, body.codeStart, out, env, tok);
  const { op: callOp, callee, offset: callAt } = layout.calls;
  const refAt = layout.refs.offset;
  let k = body.firstCall, j = body.firstRef;
  const kEnd = body.endCall, jEnd = body.endRef;
  const pushes = env.inlinedFrees ?? [];
  let q = 0;
  const edits = env.framed?.edits ?? [];
  let e = 0;
  while (k < kEnd || j < jEnd || q < pushes.length || e < edits.length) {
    // a framed body's edit (a `return`, or a restore before the instruction at its offset) comes
    // first at its offset: a restore goes in before a call's or a ref's own edit there
    if (e < edits.length && (k === kEnd || edits[e]!.at <= callAt[k]!) && (j === jEnd || edits[e]!.at <= refAt[j]!)
      && (q === pushes.length || edits[e]!.at <= pushes[q]!.at)) {
      patch.edit(edits[e]!);
      e++;
    } else if (q < pushes.length && (k === kEnd || pushes[q]!.at < callAt[k]!) && (j === jEnd || pushes[q]!.at < refAt[j]!)) {
      patch.inlinedFree(pushes[q]!);
      q++;
    } else if (j === jEnd || (k < kEnd && callAt[k]! < refAt[j]!)) {
      const at = callAt[k]!, o = callOp[k]!;
      let end = lebEnd(bytes, at + 1);
      if (o === 1 || o === 3) end = lebEnd(bytes, end); // call_indirect, return_call_indirect: type, table
      patch.call(CALL_OPS[o]!, callee[k]!, at, end);
      k++;
    } else {
      const at = refAt[j]!, op = bytes[at]!;
      const index = ulebAt(bytes, at + 1), end = lebEnd(bytes, at + 1);
      if (op === 0xd2) patch.funcRef(index, at, end);
      else patch.global(op, index, at, end);
      j++;
    }
  }
  return patch.finish(end);
}

/** Where the LEB128 at `p` ends (the decoder has checked it). */
function lebEnd(b: Uint8Array, p: number): number {
  while (b[p]! >= 0x80) p++;
  return p + 1;
}

/**
 * The edits of one expression, told its calls and the indices it names in code order (by the
 * decoder, or from the call reader's columns): the bytes between them are copied as ranges.
 */
class CodePatch {
  private from: number;
  private usedTok = false;
  // Translation points (source maps of the output): an original offset maps to its output place
  // by the last point before it, so a point is kept only where the shift (output − original)
  // changes: after an insertion, or a renumbered index whose LEB128 changed length. A copied run,
  // or an index renumbered in as many bytes, keeps the shift. (A C++ module has millions of
  // patches, most of them of the second kind.)
  private shift = NaN;

  constructor(private readonly bytes: Uint8Array, start: number, private readonly out: Writer, private readonly env: CodeEnv, private readonly tok: number) {
    this.from = start;
    this.mark(start, out.len);
  }

  private mark(orig: number, outPos: number): void {
    if (this.env.mark === undefined || outPos - orig === this.shift) return;
    this.shift = outPos - orig;
    this.env.mark(orig, outPos);
  }

  private flush(to: number): void {
    if (to > this.from) this.out.range(this.bytes, this.from, to);
    this.mark(to, this.out.len);
  }

  /** Replaces the instruction [at, end) by `op index'` when the index moved. */
  private renumber(op: number, index: number, moved: number, at: number, end: number): void {
    if (moved === index) return;
    this.flush(at);
    this.out.u8(op).uleb(moved);
    this.from = end;
    this.mark(end, this.out.len);
  }

  global(op: number, g: number, at: number, end: number): void {
    this.renumber(op, g, this.env.global(g), at, end);
  }

  funcRef(f: number, at: number, end: number): void {
    this.renumber(0xd2, f, this.env.fn(f), at, end);
  }

  /** The call itself, as it was (a direct call with its callee renumbered). A method, not a closure
   *  made per call: DuckDB's ~500 k frame sites made ~90 MB of closures and contexts. */
  private keepCall(direct: boolean, opcode: number, callee: number, at: number, end: number): void {
    if (direct) this.out.u8(opcode).uleb(this.env.fn(callee));
    else this.out.range(this.bytes, at, end);
  }

  call(op: CallOp, callee: number, at: number, end: number): void {
    const env = this.env, out = this.out, bytes = this.bytes;
    const action = env.call(op, callee, at);
    const direct = op === 'call' || op === 'return_call';
    const opcode = bytes[at]!;
    if (action.kind === 'keep') {
      if (direct) this.renumber(opcode, callee, env.fn(callee), at, end);
      return;
    }
    this.flush(at);
    this.from = end;
    const h = env.helpers;
    if (env.restore?.before && (action.kind !== 'retarget' || action.site !== undefined)) {
      // stack-neutral: the call's arguments stay where they are (frames off: the guard only)
      out.u8(0x20).uleb(env.restore.dsave).u8(0x24).uleb(env.restore.depth);
    }
    const f = env.framed;
    switch (action.kind) {
      case 'retarget':
        if (action.block !== undefined && action.site !== undefined) {
          this.siteCall(opcode, action.index, action.site, action.orig!, action.block);
          if (opcode === 0x12) out.u8(0x00); // return_call: what follows stays unreachable (`unreachable`)
          break;
        }
        if (action.site !== undefined) out.u8(0x41).sleb(action.site);
        out.u8(opcode).uleb(action.index);
        break;
      case 'pointer':
        out.u8(0x41).sleb(action.site).u8(0x24).uleb(env.indirectSite);
        this.keepCall(direct, opcode, callee, at, end); // (an invoke_* import: pointers.ts)
        break;
      case 'site':
        if (action.via >= 0) { // an invoke_* import: its helper sets `$site` and restores after
          if (action.pointer) out.u8(0x41).sleb(action.site).u8(0x24).uleb(env.indirectSite);
          out.u8(0x41).sleb(action.site).u8(0x10).uleb(action.via);
          break;
        }
        // stack-neutral around the call: its arguments are on the stack, its results after it
        out.u8(0x41).sleb(action.site).u8(0x24).uleb(f!.site);
        if (action.pointer) out.u8(0x41).sleb(action.site).u8(0x24).uleb(env.indirectSite);
        this.keepCall(direct, opcode, callee, at, end);
        if (action.restore) this.restoreCall(); // (which resets `$site` too)
        else if (action.reset) out.u8(0x41).u8(0x00).u8(0x24).uleb(f!.site);
        break;
      case 'frame':
        if (action.via >= 0) { out.u8(0x41).sleb(action.site).u8(0x10).uleb(action.via); break; }
        out.u8(0x41).sleb(action.site).u8(0x10).uleb(h.enter).u8(0x21).uleb(f!.stok);
        this.keepCall(direct, opcode, callee, at, end);
        out.u8(0x20).uleb(f!.stok).u8(0x10).uleb(h.leave);
        break;
      case 'tail':
        out.u8(0x20).uleb(f!.tok).u8(0x10).uleb(h.leave);
        if (action.pass) out.u8(0x20).uleb(f!.in).u8(0x24).uleb(f!.site);
        this.keepCall(direct, opcode, callee, at, end);
        break;
      case 'untail':
        if (action.block !== undefined && action.site !== undefined) this.siteCall(0x10, action.index, action.site, action.orig!, action.block);
        else {
          if (action.site !== undefined) out.u8(0x41).sleb(action.site);
          out.u8(0x10).uleb(action.index);
        }
        out.u8(0x0c).uleb(action.depth);
        break;
    }
    this.mark(end, out.len);
  }

  /**
   * An allocator's call site (wrappers.ts SiteCall): `(global.get $tracing) (if (type $T) (then
   * (i32.const SITE) (call $NAME$site)) (else (call $NAME$orig)))`, the arguments on the stack.
   */
  private siteCall(opcode: number, site: number, siteId: number, orig: number, block: Uint8Array): void {
    this.out.u8(0x23).uleb(this.env.tracing).u8(0x04).bytes(block);
    this.out.u8(0x41).sleb(siteId).u8(opcode).uleb(site);
    this.out.u8(0x05).u8(opcode).uleb(orig).u8(0x0b);
  }

  /** `(call $frame.restore (local.get $tok) (local.get $in) (local.get $dsave))`: stack-neutral. */
  private restoreCall(): void {
    const f = this.env.framed!;
    this.out.u8(0x20).uleb(f.tok).u8(0x20).uleb(f.in).u8(0x20).uleb(f.dsave).u8(0x10).uleb(this.env.helpers.restore);
  }

  /** A framed body's edit at `e.at`: `return` → `br depth`; a restore (or the guard's alone) inserted before the instruction there. */
  edit(e: BodyEdit): void {
    this.flush(e.at);
    if (e.kind === 0) {
      this.out.u8(0x0c).uleb(e.depth);
      this.from = e.at + 1;
    } else {
      this.from = e.at;
      if (e.kind === 1) this.restoreCall();
      else this.out.u8(0x20).uleb(this.env.framed!.dsave).u8(0x24).uleb(this.env.framed!.depth);
    }
    this.mark(this.from, this.out.len);
  }

  /** Before the push at `p.at`: `(call $inlined.free (local.get BLOCK) (i32.const SITE))`, stack-neutral. */
  inlinedFree(p: InlinedPush): void {
    this.flush(p.at);
    this.from = p.at;
    this.out.u8(0x20).uleb(p.local).u8(0x41).sleb(this.env.inlinedFree!(p.at)).u8(0x10).uleb(this.env.helpers.inlinedFree);
    this.mark(p.at, this.out.len);
  }

  /** Copies what is left up to `end`; returns whether the frame token was used. */
  finish(end: number): boolean {
    if (end > this.from) this.out.range(this.bytes, this.from, end);
    return this.usedTok;
  }
}

/** Function indices of the frame helpers in the output (-1: not added). */
export interface FrameHelperIndices {
  enter: number;
  leave: number;
  restore: number;
  /** `$inlined.free` (-1: no inlined free in the module). */
  inlinedFree: number;
}

/** No frame helpers: code that keeps every call as it is (constant expressions, tests). */
export const NO_HELPERS: FrameHelperIndices = Object.freeze({ enter: -1, leave: -1, restore: -1, inlinedFree: -1 });

/** What the helper bodies call and read (output indices). */
export interface FrameHelperTargets {
  tracing: number;
  depth: number;
  enter: number;
  leave: number;
  /** The module's `$site` global. */
  site: number;
}

/**
 * The bodies of the frame helpers, in this order (each encoded with its locals, not size-prefixed),
 * and their signatures as [params, results] counts of i32:
 *
 *   (func $frame.enter (param $site i32) (result i32)   ;; at a framed function's entry: the site its caller set
 *     (global.set $site (i32.const 0))                 ;; read once: a later call from JS finds 0
 *     (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1))
 *       (then (call $enter (local.get $site)))         ;; site 0: no push, the height (never 0)
 *       (else (i32.const 0))))
 *   (func $frame.leave (param $tok i32)
 *     (if (local.get $tok) (then (call $leave (local.get $tok)))))
 *   (func $frame.restore (param $tok i32) (param $in i32) (param $dsave i32)   ;; when a function catches
 *     (global.set $site (i32.const 0))                 ;; after an invoke_* import: its callee may not have read it
 *     (if (local.get $tok) (then
 *       (call $leave (local.get $tok))                 ;; the height at entry…
 *       (drop (call $enter (local.get $in)))))         ;; …and its own frame again
 *     (global.set $depth (local.get $dsave)))          ;; the guard at entry
 */
export function frameHelpers(t: FrameHelperTargets, want: { restore: boolean }): { name: string; sig: [number, number]; body: Uint8Array }[] {
  const body = (f: (w: Writer) => void): Uint8Array => {
    const w = new Writer(32);
    w.u8(0); // no locals
    f(w);
    w.u8(0x0b);
    return w.result.slice();
  };
  const check = (w: Writer) => w.u8(0x23).uleb(t.tracing).op(0x41, 0x01, 0x4b, 0x04, 0x7f);
  const out = [
    { name: 'frame.enter', sig: [1, 1] as [number, number], body: body((w) => {
      w.op(0x41, 0x00).u8(0x24).uleb(t.site);
      check(w); w.op(0x20, 0x00).u8(0x10).uleb(t.enter).op(0x05, 0x41, 0x00, 0x0b);
    }) },
    { name: 'frame.leave', sig: [1, 0] as [number, number], body: body((w) => w.op(0x20, 0x00, 0x04, 0x40, 0x20, 0x00).u8(0x10).uleb(t.leave).u8(0x0b)) },
  ];
  if (want.restore) {
    out.push({ name: 'frame.restore', sig: [3, 0], body: body((w) => {
      w.op(0x41, 0x00).u8(0x24).uleb(t.site);
      w.op(0x20, 0x00, 0x04, 0x40, 0x20, 0x00).u8(0x10).uleb(t.leave);
      w.op(0x20, 0x01).u8(0x10).uleb(t.enter).op(0x1a, 0x0b);
      w.op(0x20, 0x02).u8(0x24).uleb(t.depth);
    }) });
  }
  return out;
}

/**
 * The helper a frame site that calls an import calls instead (the import's parameters, then the
 * site; its results), encoded with its locals, not size-prefixed. For an `invoke_*` import
 * (`invoke`), `$site.invoke_vii`:
 *
 *   (func $site.invoke_vii (param $f i32) (param $a i32) (param $b i32) (param $site i32) (local $h i32) (local $d i32)
 *     (local.set $d (global.get $depth))                ;; the guard, as the caller has it
 *     (local.set $h (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1))
 *       (then (call $enter (i32.const 0))) (else (i32.const 0))))   ;; the height: pushes nothing
 *     (global.set $site (local.get $site))              ;; the table's function pushes it at entry
 *     (call $invoke_vii (local.get $f) (local.get $a) (local.get $b))
 *     (global.set $site (i32.const 0))                  ;; its callee may not have read it
 *     (if (local.get $h) (then (call $leave (local.get $h))))      ;; what a throw caught by the glue left…
 *     (global.set $depth (local.get $d)))               ;; …dropped: the caller's frame is on top again
 *
 * The glue catches a JS exception and the import returns here, with the frames the throw unwound
 * still pushed and the guard as it was at the throw (docs/hook-abi.md, "Traps and throws"). The
 * height before the call is the caller's own (its frame on top: every call before it returned or
 * was restored), so `leave` to it is what `$frame.restore` does in a handler (the height at entry,
 * then the caller's frame pushed again), in as many calls of the core: `enter(0)` before, `leave`
 * after. For an import whose JS may call back, `$frame.__cxa_begin_catch`: the caller's frame
 * pushed around the call, as `$frame.enter` and `$frame.leave` do at a site:
 *
 *   (func $frame.X (param …) (param $site i32) (local $h i32) (local $d i32)
 *     (global.set $site (i32.const 0))
 *     (local.set $h (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1))
 *       (then (call $enter (local.get $site))) (else (i32.const 0))))
 *     (call $X (local.get 0) …)
 *     (if (local.get $h) (then (call $leave (local.get $h)))))
 */
export function importSiteBody(t: FrameHelperTargets, callee: number, params: number, invoke: boolean): Uint8Array {
  const w = new Writer(48);
  const site = params, h = params + 1, d = params + 2;
  w.op(0x01, 0x02, 0x7f); // two i32 locals
  if (invoke) w.u8(0x23).uleb(t.depth).u8(0x21).uleb(d);
  else w.op(0x41, 0x00).u8(0x24).uleb(t.site);
  w.u8(0x23).uleb(t.tracing).op(0x41, 0x01, 0x4b, 0x04, 0x7f);
  if (invoke) w.op(0x41, 0x00); else w.u8(0x20).uleb(site);
  w.u8(0x10).uleb(t.enter).op(0x05, 0x41, 0x00, 0x0b).u8(0x21).uleb(h);
  if (invoke) w.u8(0x20).uleb(site).u8(0x24).uleb(t.site);
  for (let i = 0; i < params; i++) w.u8(0x20).uleb(i);
  w.u8(0x10).uleb(callee);
  if (invoke) w.op(0x41, 0x00).u8(0x24).uleb(t.site);
  w.u8(0x20).uleb(h).op(0x04, 0x40).u8(0x20).uleb(h).u8(0x10).uleb(t.leave).u8(0x0b);
  if (invoke) w.u8(0x20).uleb(d).u8(0x24).uleb(t.depth);
  w.u8(0x0b);
  return w.result.slice();
}
