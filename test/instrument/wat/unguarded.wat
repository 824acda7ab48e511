;; Allocators whose bodies can or cannot reach a wrapper (instrument/binary/rewrite.ts
;; unguardedAllocators): only a body that can reach none runs without `depth` raised around it.
(module
  (type $v_i (func (param i32)))
  (import "env" "js_hook" (func $js_hook (param i32)))                                   ;; JS may call back
  (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32))) ;; WASI: it does not
  (memory (export "memory") 1)
  (global $bump (mut i32) (i32.const 1024))
  (table 1 funcref)
  (elem (i32.const 0) $noop)
  (func $noop (param i32))
  (func $take (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $bump))
    (global.set $bump (i32.add (local.get $p) (i32.and (i32.add (local.get $n) (i32.const 7)) (i32.const -8))))
    (local.get $p))
  ;; a helper and a WASI import: unguarded
  (func $malloc (export "malloc") (param $n i32) (result i32)
    (drop (call $fd_close (i32.const 99)))
    (call $take (local.get $n)))
  (func $free (export "free") (param $p i32))
  ;; a helper of the program's that frees (its call is a wrapper's): guarded
  (func $flush (param $p i32) (call $free (local.get $p)))
  (func $calloc (export "calloc") (param $n i32) (param $m i32) (result i32)
    (call $flush (i32.const 2048))
    (call $malloc (i32.mul (local.get $n) (local.get $m))))
  ;; a pointer call: guarded
  (func $realloc (export "realloc") (param $p i32) (param $n i32) (result i32)
    (call_indirect (type $v_i) (local.get $p) (i32.const 0))
    (call $malloc (local.get $n)))
  ;; an import whose JS may call back: guarded
  (func $valloc (export "valloc") (param $n i32) (result i32)
    (call $js_hook (local.get $n))
    (call $malloc (local.get $n)))
  ;; nested allocators' bodies only (the nested calls go to their bodies): unguarded
  (func $pvalloc (export "pvalloc") (param $n i32) (result i32)
    (call $free (call $malloc (i32.const 4)))
    (call $malloc (local.get $n))))
