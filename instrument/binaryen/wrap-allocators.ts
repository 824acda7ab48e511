// Rewrite 1 of 2: makes every allocator a traced wrapper (the call-site rewrite is in rewrite-calls.ts).
//
// For each allocator NAME the original body is renamed NAME$orig, and two functions are added:
// NAME$site (the original parameters plus the caller's site id) records the event, and NAME
// itself (site 0) calls NAME$site. Because NAME keeps its name, table entries, exports and
// ref.func references now reach the wrapper without being touched. Direct calls from user code
// are retargeted to NAME$site with their static site id.
//
// Before:
//   (func $malloc (param $n i32) (result i32) BODY)
// After:
//   (func $malloc$orig (param $n i32) (result i32) BODY)
//   (func $malloc (param i32) (result i32) (call $malloc$site (local.get 0) (i32.const 0)))
//   (func $malloc$site (param $n i32) (param $site i32) (result i32) (local $r i32) (local $d i32)
//     (if (i32.or (i32.eqz (global.get $tracing)) (i32.and (global.get $depth) (i32.const 1)))
//       (then (return (call $malloc$orig (local.get $n)))))
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

import binaryen from 'binaryen';
import type { AllocatorFn } from '../detect';
import { HOOK_MODULE } from '../preflight';
import { QUIET_FREE_SITE } from '../profiles';
import type { AllocatorSpec } from '../profiles';

const i32 = binaryen.i32;


/** Internal names of the hook imports; the rewrite adds each import the first time it is used. */
export class Hooks {
  readonly tracing = 'wasm-tracemalloc$tracing';
  readonly depth = 'wasm-tracemalloc$depth';
  /** Module-internal globals for allocators reached through pointers (binary/pointers.ts), or null. */
  readonly indirectSite: string | null = null;
  readonly indirectTok: string | null = null;
  private added = new Set<string>();

  /** `frames`: whether pointer calls push frames (an entry then pops the one it reports). */
  constructor(private m: binaryen.Module, pointers = false, readonly frames = true) {
    m.addGlobalImport(this.tracing, HOOK_MODULE, 'tracing', i32, true);
    m.addGlobalImport(this.depth, HOOK_MODULE, 'depth', i32, true);
    if (pointers) {
      this.indirectSite = uniqueGlobalName(m, 'indirect_site');
      this.indirectTok = uniqueGlobalName(m, 'indirect_tok');
      m.addGlobal(this.indirectSite, i32, true, m.i32.const(0));
      m.addGlobal(this.indirectTok, i32, true, m.i32.const(0));
    }
  }

  /** Name of the hook function `base` (alloc, free, realloc, enter, leave), imported on first use. */
  fn(base: 'alloc' | 'free' | 'realloc' | 'enter' | 'leave'): string {
    const name = `wasm-tracemalloc$${base}`;
    if (!this.added.has(base)) {
      this.added.add(base);
      const sig: Record<string, [number[], number]> = {
        alloc: [[i32, i32, i32], binaryen.none], free: [[i32, i32], binaryen.none],
        realloc: [[i32, i32, i32, i32], binaryen.none], enter: [[i32], i32], leave: [[i32], binaryen.none],
      };
      const [params, result] = sig[base]!;
      this.m.addFunctionImport(name, HOOK_MODULE, base, binaryen.createType(params), result);
    }
    return name;
  }

  get imported(): string[] {
    return ['tracing', 'depth', ...this.added];
  }
}

export interface WrappedAllocator {
  alloc: AllocatorFn;
  name: string;
  orig: string;
  site: string;
}

function uniqueGlobalName(m: binaryen.Module, base: string): string {
  let name = base;
  for (let i = 2; hasGlobal(m, name); i++) name = `${base}${i}`;
  return name;
}

function hasGlobal(m: binaryen.Module, name: string): boolean {
  for (let i = 0; i < m.getNumGlobals(); i++) if (binaryen.getGlobalInfo(m.getGlobalByIndex(i)).name === name) return true;
  return false;
}

export function uniqueFunctionName(m: binaryen.Module, base: string): string {
  let name = base;
  for (let i = 2; m.getFunction(name); i++) name = `${base}${i}`;
  return name;
}

export function wrapAllocator(m: binaryen.Module, hooks: Hooks, a: AllocatorFn): WrappedAllocator {
  const name = a.fn.name;
  const info = binaryen.getFunctionInfo(m.getFunction(name));
  const orig = uniqueFunctionName(m, `${name}$orig`);
  const site = uniqueFunctionName(m, `${name}$site`);
  m.removeFunction(name);
  m.addFunction(orig, info.params, info.results, info.vars, info.body);

  const params = binaryen.expandType(info.params);
  const n = params.length;
  const args = () => params.map((t, i) => m.local.get(i, t));
  const callOrig = () => m.call(orig, args(), info.results);
  const body = traced(m, hooks, a.spec, { n, results: info.results, callOrig, siteLocal: n });
  m.addFunction(site, binaryen.createType([...params, i32]), info.results, body.vars, body.expr);
  m.addFunction(name, info.params, info.results, hooks.indirectSite ? [i32] : [], m.call(site, [...args(), entrySite(m, hooks, n)], info.results));
  return { alloc: a, name, orig, site };
}

/**
 * The site an entry (NAME in its original slot: JS, the table, call_ref) reports: 0, or the
 * pointer call's `$indirect_site`, reset once read; when that call pushed its own frame
 * (tracing > 1) the frame is popped, its site being frame 0 now (binary/wrappers.ts entryBody).
 */
function entrySite(m: binaryen.Module, hooks: Hooks, n: number): number {
  if (!hooks.indirectSite || !hooks.indirectTok) return m.i32.const(0);
  const IS = hooks.indirectSite;
  return m.block(null, [
    m.local.set(n, m.global.get(IS, i32)),
    ...(hooks.frames ? [m.if(m.local.get(n, i32), m.if(m.i32.gt_u(m.global.get(hooks.tracing, i32), m.i32.const(1)),
      m.call(hooks.fn('leave'), [m.global.get(hooks.indirectTok, i32)], binaryen.none)))] : []),
    m.global.set(IS, m.i32.const(0)),
    m.local.get(n, i32),
  ], i32);
}

interface Shape {
  n: number;
  results: number;
  callOrig: () => number;
  siteLocal: number;
}

function traced(m: binaryen.Module, hooks: Hooks, spec: AllocatorSpec, s: Shape): { vars: number[]; expr: number } {
  const R = s.n + 1; // result
  const D = s.n + 2; // depth on entry
  const get = (i: number) => m.local.get(i, i32);
  const tracing = () => m.global.get(hooks.tracing, i32);
  const depth = () => m.global.get(hooks.depth, i32);
  const c = (v: number) => m.i32.const(v);
  const plus = (e: number, k: number | undefined) => (k ? m.i32.add(e, c(k)) : e);
  // The reported site: a wrapper's (strdup's caller) when inside one, else this call's own.
  const site = () => m.select(get(D), m.i32.shr_u(get(D), c(1)), get(s.siteLocal));
  const hasResult = s.results !== binaryen.none;
  const fastPath = (extra?: number, ignoreDepth = false) => {
    let cond = ignoreDepth ? m.i32.eqz(tracing()) : m.i32.or(m.i32.eqz(tracing()), m.i32.and(depth(), c(1)));
    if (extra !== undefined) cond = m.i32.or(cond, extra);
    return m.if(cond, hasResult ? m.return(s.callOrig()) : m.block(null, [s.callOrig(), m.return()]));
  };
  // Runs the original body with depth = 1, restoring the caller's depth after.
  const guarded = () => [
    m.local.set(D, depth()),
    m.global.set(hooks.depth, c(1)),
    hasResult ? m.local.set(R, s.callOrig()) : s.callOrig(),
    m.global.set(hooks.depth, get(D)),
  ];
  const vars = [hasResult ? s.results : i32, i32];
  const ret = hasResult ? [m.local.get(R, s.results)] : [];
  const block = (list: number[]) => m.block(null, list, hasResult ? s.results : binaryen.none);

  switch (spec.role) {
    case 'alloc': {
      const size = spec.count !== undefined ? m.i32.mul(get(spec.count), get(spec.size)) : get(spec.size);
      return { vars, expr: block([fastPath(), ...guarded(),
        m.if(get(R), m.call(hooks.fn('alloc'), [plus(get(R), spec.resultAdjust), size, site()], binaryen.none)), ...ret]) };
    }
    case 'alloc-out': {
      const P = s.n + 3;
      return { vars: [...vars, i32], expr: block([fastPath(), ...guarded(),
        m.if(m.i32.eqz(get(R)), m.block(null, [
          m.local.set(P, m.i32.load(0, 4, get(spec.out))),
          m.if(get(P), m.call(hooks.fn('alloc'), [get(P), get(spec.size), site()], binaryen.none)),
        ])), ...ret]) };
    }
    case 'free':
      return { vars, expr: block([fastPath(m.i32.eqz(get(spec.ptr)), spec.collector),
        m.local.set(D, depth()),
        m.call(hooks.fn('free'), [plus(get(spec.ptr), spec.ptrAdjust),
          spec.quiet ? m.i32.or(site(), m.i32.const(QUIET_FREE_SITE | 0)) : site()], binaryen.none),
        ...guarded(), ...ret]) };
    case 'realloc': {
      const ptr = spec.ptr, size = spec.size, adj = spec.adjust;
      if (spec.inPlace) {
        const resized = m.call(hooks.fn('realloc'), [plus(get(ptr), adj), plus(get(ptr), adj), get(size),
          spec.quiet ? m.i32.or(site(), c(QUIET_FREE_SITE | 0)) : site()], binaryen.none);
        return { vars, expr: block([fastPath(m.i32.eqz(get(ptr))), ...guarded(), resized, ...ret]) };
      }
      const old = () => m.select(get(ptr), plus(get(ptr), adj), c(0));
      const movedSite = spec.quiet ? m.i32.or(site(), m.i32.const(QUIET_FREE_SITE | 0)) : site();
      const moved = m.call(hooks.fn('realloc'), [old(), plus(get(R), adj), get(size), movedSite], binaryen.none);
      const failed = spec.zeroFrees
        ? m.if(m.i32.and(m.i32.ne(get(ptr), c(0)), m.i32.eqz(get(size))),
          m.call(hooks.fn('free'), [plus(get(ptr), adj), site()], binaryen.none))
        : m.nop();
      return { vars, expr: block([fastPath(), ...guarded(), m.if(get(R), moved, failed), ...ret]) };
    }
    case 'wrapper':
      // Nested in another wrapper or allocator (depth != 0), or called with no site: plain call.
      return { vars, expr: block([
        m.if(m.i32.or(m.i32.or(m.i32.eqz(tracing()), depth()), m.i32.eqz(get(s.siteLocal))),
          hasResult ? m.return(s.callOrig()) : m.block(null, [s.callOrig(), m.return()])),
        m.global.set(hooks.depth, m.i32.shl(get(s.siteLocal), c(1))),
        hasResult ? m.local.set(R, s.callOrig()) : s.callOrig(),
        m.global.set(hooks.depth, c(0)),
        ...ret]) };
  }
}
