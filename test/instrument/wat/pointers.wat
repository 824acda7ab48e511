;; Allocators reached through function pointers (docs/hook-abi.md): a table of allocator-shaped
;; functions, called through one call_indirect in $through. Slot 0 is malloc itself, 1 a
;; non-allocator that calls JS (which may call the exported malloc), 2 strdup (an allocating
;; wrapper), 3 a helper that calls malloc directly; slot 4 is empty (a trapping call).
(module
  (type $alloc_t (func (param i32) (result i32)))
  (import "env" "callback" (func $callback (param i32) (result i32)))
  (memory (export "memory") 1)
  (global $bump (mut i32) (i32.const 1024))
  (table 5 funcref)
  (elem (i32.const 0) $malloc $via_js $strdup $make)
  (func $malloc (export "malloc") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $bump))
    (global.set $bump (i32.add (local.get $p) (i32.and (i32.add (local.get $n) (i32.const 7)) (i32.const -8))))
    (local.get $p))
  (func $free (export "free") (param $p i32))
  (func $strdup (param $s i32) (result i32)
    (call $malloc (i32.const 16)))
  (func $via_js (param $n i32) (result i32)
    (call $callback (local.get $n)))
  (func $make (param $n i32) (result i32)
    (call $malloc (local.get $n)))
  (func $through (export "through") (param $slot i32) (param $n i32) (result i32)
    (call_indirect (type $alloc_t) (local.get $n) (local.get $slot)))
  (func $outer (export "outer") (param $slot i32) (param $n i32) (result i32)
    (call $through (local.get $slot) (local.get $n)))
  (func $js (export "js") (param $n i32) (result i32)
    (call $callback (local.get $n))))
