// Test helpers: hand-written WAT modules that import the hooks exactly as docs/hook-abi.md says
// instrumented code does, compiled with Binaryen (tests may import it; the runtime may not).
import binaryen from 'binaryen';
import { encodeSiteTable, type SiteTable } from '../../../abi';

/** Appends a custom section (id 0) to a module's bytes. */
export function withCustomSection(bytes: Uint8Array, name: string, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  const nameBytes = new TextEncoder().encode(name);
  const body = [...leb(nameBytes.length), ...nameBytes, ...payload];
  return new Uint8Array([...bytes, 0, ...leb(body.length), ...body]);
}

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

export function compileWat(wat: string): Uint8Array<ArrayBuffer> {
  const module = binaryen.parseText(wat);
  module.setFeatures(binaryen.Features.MVP | binaryen.Features.MutableGlobals);
  if (!module.validate()) throw new Error('test WAT does not validate');
  const bytes = new Uint8Array(module.emitBinary());
  module.dispose();
  return bytes;
}

/** The site table of the test program below. */
export const SITES: SiteTable = {
  version: 1,
  resolver: 'dwarf',
  offsets: [0, 1, 2, 3, 4, 5, 6, 7],
  files: ['src/app.c', 'src/lib.c'],
  functions: ['alloc_here', 'inner', 'middle', 'outer', 'grow'],
  sites: [
    [-1, 0, 0, -1, 0], // 0: unknown
    [0, 10, 5, 0, 0], //  1: alloc_here's malloc   src/app.c:10
    [0, 20, 5, 0, 0], //  2: alloc_here's free     src/app.c:20
    [1, 30, 3, 1, 0], //  3: inner's malloc        src/lib.c:30
    [1, 40, 3, 2, 1], //  4: middle → inner        src/lib.c:40
    [0, 50, 7, 3, 1], //  5: outer → middle        src/app.c:50
    [0, 60, 9, 4, 0], //  6: grow's realloc        src/app.c:60
    [0, 70, 1, 3, 1], //  7: outer → trap          src/app.c:70
  ],
};

/**
 * A small "instrumented program": a bump allocator whose wrappers follow the ABI's event order
 * (tracing == 0 or depth != 0 → no hook; free's hook before the body), frame-only sites around
 * calls that reach it (enter/leave only when tracing > 1), and a trap in the middle of a chain.
 */
export const PROGRAM_WAT = `
(module
  (import "wasm-tracemalloc" "tracing" (global $tracing (mut i32)))
  (import "wasm-tracemalloc" "depth" (global $depth (mut i32)))
  (import "wasm-tracemalloc" "alloc" (func $h_alloc (param i32 i32 i32)))
  (import "wasm-tracemalloc" "free" (func $h_free (param i32 i32)))
  (import "wasm-tracemalloc" "realloc" (func $h_realloc (param i32 i32 i32 i32)))
  (import "wasm-tracemalloc" "enter" (func $enter (param i32) (result i32)))
  (import "wasm-tracemalloc" "leave" (func $leave (param i32)))
  (memory (export "memory") 2)
  (global $bump (mut i32) (i32.const 1024))

  (func $malloc_orig (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $bump))
    (global.set $bump (i32.and (i32.add (i32.add (global.get $bump) (local.get $size)) (i32.const 15)) (i32.const -16)))
    (local.get $p))

  ;; the traced wrapper, as the instrumenter writes it
  (func $malloc (param $size i32) (param $site i32) (result i32)
    (local $p i32)
    (if (i32.or (i32.eqz (global.get $tracing)) (global.get $depth))
      (then (return (call $malloc_orig (local.get $size)))))
    (global.set $depth (i32.const 1))
    (local.set $p (call $malloc_orig (local.get $size)))
    (global.set $depth (i32.const 0))
    (if (local.get $p) (then (call $h_alloc (local.get $p) (local.get $size) (local.get $site))))
    (local.get $p))

  (func $free (param $p i32) (param $site i32)
    (if (i32.and (i32.ne (local.get $p) (i32.const 0))
                 (i32.and (i32.ne (global.get $tracing) (i32.const 0)) (i32.eqz (global.get $depth))))
      (then (call $h_free (local.get $p) (local.get $site)))))

  ;; realloc that grows in place when the block is the last one, else moves
  (func $realloc (param $old i32) (param $size i32) (param $site i32) (result i32)
    (local $new i32)
    (local.set $new (call $malloc_orig (local.get $size)))
    (if (i32.and (i32.ne (global.get $tracing) (i32.const 0)) (i32.eqz (global.get $depth)))
      (then (call $h_realloc (local.get $old) (local.get $new) (local.get $size) (local.get $site))))
    (local.get $new))

  (func (export "alloc_here") (param $size i32) (result i32)
    (call $malloc (local.get $size) (i32.const 1)))
  (func (export "free_here") (param $p i32)
    (call $free (local.get $p) (i32.const 2)))
  (func (export "grow") (param $p i32) (param $size i32) (result i32)
    (call $realloc (local.get $p) (local.get $size) (i32.const 6)))
  (func (export "realloc_same") (param $p i32) (param $size i32)
    (if (i32.and (i32.ne (global.get $tracing) (i32.const 0)) (i32.eqz (global.get $depth)))
      (then (call $h_realloc (local.get $p) (local.get $p) (local.get $size) (i32.const 6)))))
  ;; JS called the allocator through an export: site 0
  (func (export "malloc") (param $size i32) (result i32)
    (call $malloc (local.get $size) (i32.const 0)))

  (func $inner (param $size i32) (result i32)
    (call $malloc (local.get $size) (i32.const 3)))
  (func $middle (param $size i32) (result i32)
    (local $tok i32) (local $r i32)
    (local.set $tok (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1))
      (then (call $enter (i32.const 4))) (else (i32.const 0))))
    (local.set $r (call $inner (local.get $size)))
    (if (local.get $tok) (then (call $leave (local.get $tok))))
    (local.get $r))
  (func (export "outer") (param $size i32) (result i32)
    (local $tok i32) (local $r i32)
    (local.set $tok (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1))
      (then (call $enter (i32.const 5))) (else (i32.const 0))))
    (local.set $r (call $middle (local.get $size)))
    (if (local.get $tok) (then (call $leave (local.get $tok))))
    (local.get $r))
  ;; recursion: n nested frames at site 5, then the chain
  (func $recurse (export "recurse") (param $n i32) (param $size i32) (result i32)
    (local $tok i32) (local $r i32)
    (if (i32.eqz (local.get $n)) (then (return (call $middle (local.get $size)))))
    (local.set $tok (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1))
      (then (call $enter (i32.const 5))) (else (i32.const 0))))
    (local.set $r (call $recurse (i32.sub (local.get $n) (i32.const 1)) (local.get $size)))
    (if (local.get $tok) (then (call $leave (local.get $tok))))
    (local.get $r))
  ;; a trap with frames pushed and the allocator guard held
  (func (export "trap") (param $size i32)
    (drop (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1))
      (then (call $enter (i32.const 7))) (else (i32.const 0))))
    (global.set $depth (i32.const 1))
    (unreachable))
)`;

export function programBytes(sites: SiteTable | null = SITES): Uint8Array<ArrayBuffer> {
  const bytes = compileWat(PROGRAM_WAT);
  return sites ? withCustomSection(bytes, 'wasm-tracemalloc.sites', encodeSiteTable(sites)) : bytes;
}

export interface Program {
  memory: WebAssembly.Memory;
  alloc_here(size: number): number;
  free_here(ptr: number): void;
  grow(ptr: number, size: number): number;
  realloc_same(ptr: number, size: number): void;
  malloc(size: number): number;
  outer(size: number): number;
  recurse(n: number, size: number): number;
  trap(size: number): void;
}

/** A module with no hooks at all (a control: must pass through untouched). */
export const PLAIN_WAT = `(module (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))`;
