;; Emscripten's JS-based exceptions (-fexceptions): a call that may throw goes out to JS through
;; an `env.invoke_*` import, which calls the table's function at its first argument inside a try
;; (after stackSave(), an export that calls nothing). Slot 0 is malloc itself (operator new
;; through invoke_ii), 1 a helper that calls malloc, 2 a void function that allocates, 3 one that
;; allocates and then throws (JS's `thrower`), leaving its frames unpopped; malloc(14) throws from
;; inside the allocator (bad_alloc), leaving the guard raised.
(module
  (type $alloc_t (func (param i32) (result i32)))
  (import "env" "invoke_ii" (func $invoke_ii (param i32 i32) (result i32)))
  (import "env" "invoke_vi" (func $invoke_vi (param i32 i32)))
  (import "env" "thrower" (func $thrower))
  (memory (export "memory") 1)
  (global $bump (mut i32) (i32.const 1024))
  (global $sp (mut i32) (i32.const 512))
  (table (export "table") 4 funcref)
  (elem (i32.const 0) $malloc $make $work $fails)
  (func $malloc (export "malloc") (param $n i32) (result i32)
    (local $p i32)
    (if (i32.eq (local.get $n) (i32.const 14)) (then (call $thrower)))
    (local.set $p (global.get $bump))
    (global.set $bump (i32.add (local.get $p) (i32.and (i32.add (local.get $n) (i32.const 7)) (i32.const -8))))
    (local.get $p))
  (func $free (export "free") (param $p i32))
  (func $stackSave (export "stackSave") (result i32) (global.get $sp))
  (func $make (param $n i32) (result i32)
    (call $malloc (local.get $n)))
  (func $work (param $n i32)
    (drop (call $malloc (local.get $n))))
  (func $deeper (param $n i32)
    (drop (call $malloc (local.get $n)))
    (call $thrower))
  (func $fails (param $n i32) (result i32)
    (call $deeper (local.get $n))
    (i32.const 0))
  ;; the C++ function: every call that may throw goes through invoke_*
  (func $line (export "line") (param $n i32)
    (call $invoke_vi (i32.const 2) (local.get $n))
    (drop (call $invoke_ii (i32.const 0) (i32.add (local.get $n) (i32.const 1))))
    (drop (call $invoke_ii (i32.const 1) (i32.add (local.get $n) (i32.const 2))))
    (drop (call $invoke_ii (i32.const 3) (i32.add (local.get $n) (i32.const 3))))
    (drop (call $invoke_ii (i32.const 0) (i32.const 14)))
    (drop (call $malloc (i32.add (local.get $n) (i32.const 5)))))
  (func $outer (export "outer") (param $n i32)
    (call $line (local.get $n))))
