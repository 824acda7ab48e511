;; An allocator that traps (heap corruption, abort) and one that throws to JS (a new_handler or
;; bad_alloc through Emscripten's JS exceptions): depth is left at 1 until the runtime resets it.
(module
  (import "env" "oom" (func $oom))
  (memory 1)
  (global $bump (mut i32) (i32.const 1024))
  (func $malloc (param $n i32) (result i32)
    (local $p i32)
    (if (i32.eq (local.get $n) (i32.const 13)) (then (unreachable)))
    (if (i32.eq (local.get $n) (i32.const 14)) (then (call $oom)))
    (local.set $p (global.get $bump))
    (global.set $bump (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $helper (param $n i32) (result i32) (call $malloc (local.get $n)))
  (func $alloc (export "alloc") (param $n i32) (result i32) (call $helper (local.get $n))))
