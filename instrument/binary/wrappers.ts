// Rewrite: every allocator becomes a traced wrapper (the call sites are code.ts; the driver that
// places these bodies is rewrite.ts). The bodies are written as bytecode, straight into the
// output; below in WAT.
//
// For each allocator NAME the original body moves to a new function NAME$orig, and NAME$site
// (the original params plus the caller's site id) is added beside it. NAME's own slot gets the
// entry, which calls NAME$site with site 0: table entries, exports and ref.func now reach the
// wrapper without being touched. Direct calls from user code are retargeted to NAME$site with
// their static site id (code.ts).
//
// NAME$site is called only while tracing: every caller (a call site, NAME's entry) tests
// `tracing` itself, its arguments already on the stack, and calls NAME$orig straight when it is 0
// (SiteCall): an untraced allocator call costs that test and no wrapper's call level, which V8
// 11.3 (Node 20) never inlines (bench/README.md, "wrap24": 26 → 12 instructions an event).
//   (global.get $tracing)
//   (if (type $malloc's) (then (i32.const SITE) (call $malloc$site)) (else (call $malloc$orig)))
//
// Before:
//   (func $malloc (param $n i32) (result i32) BODY)
// After:
//   (func $malloc (param i32) (result i32)
//     (if (result i32) (global.get $tracing) (then (call $malloc$site (local.get 0) (i32.const 0)))
//       (else (call $malloc$orig (local.get 0)))))
//   ;; (frames on: (if (result i32) (global.get $tracing)
//   ;;   (then (local.set $tok (call $frame.enter (global.get $site)))
//   ;;     (local.set $r (call $malloc$site (local.get 0) (i32.const 0))) (call $frame.leave (local.get $tok)) (local.get $r))
//   ;;   (else (global.set $site (i32.const 0)) (call $malloc$orig (local.get 0)))): entryBody())
//   (func $malloc$orig (param $n i32) (result i32) BODY)
//   (func $malloc$site (param $n i32) (param $site i32) (result i32) (local $r i32) (local $d i32) (local $p i32)
//     (if (i32.and (global.get $depth) (i32.const 1)) (then (return (call $malloc$orig (local.get $n)))))
//     (local.set $d (global.get $depth))
//     (global.set $depth (i32.const 1))            ;; nested allocator calls record nothing
//     (local.set $r (call $malloc$orig (local.get $n)))
//     (global.set $depth (local.get $d))
//     (if (local.get $r) (then (call $hook.alloc (local.get $r) (local.get $n)
//        (select (i32.shr_u (local.get $d) (i32.const 1)) (local.get $site) (local.get $d)))))
//     (local.get $r))
//
// `depth` (an import, reset by the runtime after a trap): 1 = inside an allocator body; an even
// value 2*S = inside a wrapper (strdup) called from site S, whose inner allocations report S.
// The other roles differ only in the hook: `free` calls it BEFORE the original body (the address
// cannot be reused in between), skips null, and a collector's free ignores depth; `realloc`
// reports (old, new, size) and, with `zeroFrees`, a failed or freeing realloc(p, 0) as a free; an
// in-place resize reports (p, p, size) after its body, only when it returned true with `'if-true'`;
// `alloc-out` (posix_memalign) reads the pointer it stored; `noopWhenZero` (wasm-bindgen's
// malloc and free of size 0) takes the fast path when that argument is 0; a `quiet` hook's site carries bit 31
// (abi/hooks.ts QUIET_SITE_BIT); a `wrapper` (strdup) sets depth to 2*site around its body and
// records nothing itself. Control case: with tracing == 0, every call of an allocator calls NAME$orig.
//
// Unguarded: when NAME's body can reach no wrapper nor hook (rewrite.ts unguardedAllocators():
// wasi-libc's and Emscripten's dlmalloc, most allocators), nothing inside it reads `depth`, so
// the wrapper does not raise it: on Node 20 the save, the two stores and the saved value kept
// across the call were ~13 instructions of the ~50 a traced call's wrapper costs (bench/README.md,
// "core23"). The site a `strdup` wrapper set is read before the body:
//   (func $malloc$site (param $n i32) (param $site i32) (result i32) (local $r i32) (local $d i32) (local $p i32)
//     (local.set $d (global.get $depth))
//     (if (i32.and (local.get $d) (i32.const 1)) (then (return (call $malloc$orig (local.get $n)))))
//     (if (local.get $d) (then (local.set $site (i32.shr_u (local.get $d) (i32.const 1)))))
//     (local.set $r (call $malloc$orig (local.get $n)))
//     (if (local.get $r) (then (call $hook.alloc (local.get $r) (local.get $n) (local.get $site))))
//     (local.get $r))

import { QUIET_SITE_BIT } from '../../abi';
import type { AllocatorSpec } from '../profiles';
import { Writer } from '../../abi/writer';

export interface WrapperIndices {
  orig: number;
  site: number;
  tracing: number;
  depth: number;
  alloc: number;
  free: number;
  realloc: number;
}

/**
 * How NAME$site is called (by NAME's entry, and by every call site code.ts writes): its arguments
 * on the stack, `tracing` tested, then NAME$site with the site pushed, or NAME$orig when not
 * tracing, in an `if` of block type `block` (NAME's own signature, as a type index).
 */
export interface SiteCall {
  site: number;
  orig: number;
  tracing: number;
  block: Uint8Array;
}

/** The globals an entry reads when allocators are reached through function pointers. */
export interface PointerSite {
  indirectSite: number;
}

/** With frames on: the frame sites' `$site` and the frame helpers (frameHelpers() in code.ts). */
export interface EntryFrame {
  site: number;
  enter: number;
  leave: number;
  /** The block type of NAME's results alone (no params): the entry's `if` on `tracing`. */
  results: Uint8Array;
}

/**
 * Body of NAME itself (called from JS, the table or call_ref): forwards to NAME$site with site 0
 * while tracing (else to NAME$orig: SiteCall),
 * or, with `pointer`, with `$indirect_site` — the call_indirect / call_ref that jumped here set it
 * right before the call — reset to 0 once read, so a later call from JS finds 0.
 *
 * With frames on, a `$site` left set is pushed as a frame around the call (and reset): a frame
 * site whose callee was another module's function (a side module's, through a shared table) or
 * JS, which called this allocator straight — as the caller's own push did until session 18. Not
 * when the entry's site is a pointer call's (it set `$site` too): that site is frame 0.
 */
export function entryBody(params: number, call: SiteCall, pointer?: PointerSite, frame?: EntryFrame): Uint8Array {
  const w = new Writer(64);
  // (global.get $tracing) (if (type $T) (then SITE (call $NAME$site)) (else (call $NAME$orig))):
  // NAME$site is called only while tracing (siteCall())
  const callSite = (site: () => void, untraced?: () => void) => {
    w.u8(0x23).uleb(call.tracing).u8(0x04).bytes(call.block);
    site(); w.u8(0x10).uleb(call.site);
    w.u8(0x05); untraced?.(); w.u8(0x10).uleb(call.orig).u8(0x0b);
  };
  if (!frame) {
    w.u8(0); // no locals
    for (let i = 0; i < params; i++) w.u8(0x20).uleb(i);
    if (!pointer) callSite(() => w.op(0x41, 0x00));
    else {
      const reset = () => w.op(0x41, 0x00).u8(0x24).uleb(pointer.indirectSite);
      callSite(() => { w.u8(0x23).uleb(pointer.indirectSite); reset(); }, reset);
    }
    w.u8(0x0b);
    return w.result.slice();
  }
  const TOK = params, SITE = params + 1;
  w.op(0x01, 0x02, 0x7f); // two i32 locals: the token, the site
  if (pointer) {
    w.u8(0x23).uleb(pointer.indirectSite).u8(0x21).uleb(SITE);
    w.op(0x41, 0x00).u8(0x24).uleb(pointer.indirectSite);
  }
  // `tracing` tested first: the frame helpers are called only while tracing (an untraced call
  // of an entry, AssemblyScript's `insertBlock` from its collector, paid both helper calls).
  // Not tracing, `$site` is reset as `$frame.enter` would have.
  w.u8(0x23).uleb(call.tracing).u8(0x04).bytes(frame.results);
  // frame.enter(site ? 0 : $site): it resets `$site`
  if (pointer) w.op(0x41, 0x00).u8(0x23).uleb(frame.site).u8(0x20).uleb(SITE).u8(0x1b);
  else w.u8(0x23).uleb(frame.site);
  w.u8(0x10).uleb(frame.enter).u8(0x21).uleb(TOK);
  for (let i = 0; i < params; i++) w.u8(0x20).uleb(i);
  if (pointer) w.u8(0x20).uleb(SITE); else w.op(0x41, 0x00);
  w.u8(0x10).uleb(call.site);
  w.u8(0x20).uleb(TOK).u8(0x10).uleb(frame.leave);
  w.u8(0x05).op(0x41, 0x00).u8(0x24).uleb(frame.site);
  for (let i = 0; i < params; i++) w.u8(0x20).uleb(i);
  w.u8(0x10).uleb(call.orig).u8(0x0b);
  w.u8(0x0b);
  return w.result.slice();
}

/** `i32.const 0  global.set $indirect_site`: the prologue of functions a pointer can reach. */
export function resetPrologue(indirectSite: number): Uint8Array {
  const w = new Writer(8);
  w.op(0x41, 0x00).u8(0x24).uleb(indirectSite);
  return w.result.slice();
}

/** Body of NAME$site: `n` original params, then the site; one result at most is kept. */
export function sitedBody(spec: AllocatorSpec, n: number, ix: WrapperIndices, unguarded = false): Uint8Array {
  unguarded &&= spec.role !== 'wrapper';
  const w = new Writer(128);
  const SITE = n, R = n + 1, D = n + 2, P = n + 3;
  w.op(0x01, 0x03, 0x7f); // three i32 locals: R, D, P
  const lget = (i: number) => w.u8(0x20).uleb(i);
  const lset = (i: number) => w.u8(0x21).uleb(i);
  const gget = (g: number) => w.u8(0x23).uleb(g);
  const gset = (g: number) => w.u8(0x24).uleb(g);
  const call = (f: number) => w.u8(0x10).uleb(f);
  const i32 = (v: number) => w.u8(0x41).sleb(v);
  const add = (k: number | undefined) => { if (k) { i32(k); w.u8(0x6a); } };
  const callOrig = () => { for (let i = 0; i < n; i++) lget(i); call(ix.orig); };
  const IF = () => w.op(0x04, 0x40);
  const END = () => w.u8(0x0b);
  // The reported site: a wrapper's (strdup's caller) when depth holds 2*S, else this call's.
  // Unguarded, $site itself is set so before the original body, from D read once past the
  // fast path (`if D then site = D >> 1`): nothing but the site lives across the call.
  const site = () => { if (unguarded) { lget(SITE); return; } lget(D); i32(1); w.u8(0x76); lget(SITE); lget(D); w.u8(0x1b); };
  // Inside an allocator body, or the role's own no-op case: the original body alone. (`tracing`
  // is not read here: every caller tested it, SiteCall.)
  const fastPath = (extra?: () => void, ignoreDepth = false) => {
    if (unguarded) { gget(ix.depth); lset(D); }
    if (!(ignoreDepth && !extra)) {
      if (!ignoreDepth) { if (unguarded) lget(D); else gget(ix.depth); i32(1); w.u8(0x71); }
      if (extra) { extra(); if (!ignoreDepth) w.u8(0x72); }
      IF(); callOrig(); w.u8(0x0f); END();
    }
    if (unguarded) { lget(D); IF(); lget(D); i32(1); w.u8(0x76); lset(SITE); END(); }
  };
  // The original body with `depth` raised to 1 (nested allocator calls record nothing), and put
  // back after; unguarded (a body that can reach no wrapper: rewrite.ts unguardedAllocators),
  // the body alone.
  const guarded = (keep: boolean) => {
    if (!unguarded) { gget(ix.depth); lset(D); i32(1); gset(ix.depth); }
    callOrig();
    if (keep) lset(R);
    if (!unguarded) { lget(D); gset(ix.depth); }
  };

  // An argument that, when 0, means the call does nothing the trace should see (wasm-bindgen's size 0).
  const noop = (spec.role === 'alloc' || spec.role === 'free') && spec.noopWhenZero !== undefined && spec.noopWhenZero < n
    ? spec.noopWhenZero : -1;
  const zeroArg = () => { lget(noop); w.u8(0x45); };
  switch (spec.role) {
    case 'alloc':
      fastPath(noop >= 0 ? zeroArg : undefined); guarded(true);
      lget(R); IF();
      lget(R); add(spec.resultAdjust);
      lget(spec.size); if (spec.count !== undefined) { lget(spec.count); w.u8(0x6c); }
      site(); call(ix.alloc); END();
      lget(R);
      break;
    case 'alloc-out':
      fastPath(); guarded(true);
      lget(R); w.u8(0x45); IF();
      lget(spec.out); w.op(0x28, 0x02, 0x00); lset(P);
      lget(P); IF(); lget(P); lget(spec.size); site(); call(ix.alloc); END();
      END();
      lget(R);
      break;
    case 'free':
      fastPath(() => { lget(spec.ptr); w.u8(0x45); if (noop >= 0) { zeroArg(); w.u8(0x72); } }, spec.collector);
      if (!unguarded) { gget(ix.depth); lset(D); }
      lget(spec.ptr); add(spec.ptrAdjust); site();
      if (spec.quiet) { i32(QUIET_SITE_BIT | 0); w.u8(0x72); } // site | bit 31: not in the table is expected
      call(ix.free);
      guarded(false); // results of the original body, if any, stay on the stack
      break;
    case 'realloc': {
      const adj = spec.adjust;
      if (spec.inPlace) {
        // 'if-true': the body returns whether it resized; a refusal changes nothing.
        const ifTrue = spec.inPlace === 'if-true';
        fastPath(() => { lget(spec.ptr); w.u8(0x45); }); guarded(ifTrue);
        if (ifTrue) { lget(R); IF(); }
        lget(spec.ptr); add(adj); lget(spec.ptr); add(adj); lget(spec.size); site();
        if (spec.quiet) { i32(QUIET_SITE_BIT | 0); w.u8(0x72); }
        call(ix.realloc);
        if (ifTrue) { END(); lget(R); }
        break;
      }
      fastPath(); guarded(true);
      lget(R); IF();
      lget(spec.ptr); add(adj); i32(0); lget(spec.ptr); w.u8(0x1b); // old: ptr ? ptr + adj : 0
      lget(R); add(adj); lget(spec.size); site();
      if (spec.quiet) { i32(QUIET_SITE_BIT | 0); w.u8(0x72); } // the old block may be gone already
      call(ix.realloc);
      if (spec.zeroFrees) {
        w.u8(0x05); // else: failed, or realloc(p, 0) that freed p
        lget(spec.ptr); i32(0); w.u8(0x47); lget(spec.size); w.op(0x45, 0x71);
        IF(); lget(spec.ptr); add(adj); site(); call(ix.free); END();
      }
      END();
      lget(R);
      break;
    }
    case 'wrapper':
      gget(ix.depth); lget(SITE); w.op(0x45, 0x72);
      IF(); callOrig(); w.u8(0x0f); END();
      lget(SITE); i32(1); w.u8(0x74); gset(ix.depth);
      callOrig();
      i32(0); gset(ix.depth);
      break;
  }
  END();
  return w.result.slice();
}

/**
 * `$inlined.free`, called before a free-list push the optimiser inlined into a caller
 * (inlined-lists.ts): the free hook, under the wrappers' rule (tracing, and not inside an allocator):
 *
 *   (func $inlined.free (param $block i32) (param $site i32)
 *     (if (global.get $tracing)
 *       (then (if (i32.eqz (i32.and (global.get $depth) (i32.const 1)))
 *         (then (call $hook.free (local.get $block) (local.get $site)))))))
 */
export function inlinedFreeBody(t: { tracing: number; depth: number; free: number }): Uint8Array {
  const w = new Writer(32);
  w.u8(0); // no locals
  w.u8(0x23).uleb(t.tracing).op(0x04, 0x40);
  w.u8(0x23).uleb(t.depth).op(0x41, 0x01, 0x71, 0x45, 0x04, 0x40);
  w.op(0x20, 0x00, 0x20, 0x01).u8(0x10).uleb(t.free);
  w.op(0x0b, 0x0b, 0x0b);
  return w.result.slice();
}
