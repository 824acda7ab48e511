;; A custom allocator in a module without a name section: named by the user through options
;; (by export name, by function index), with the size in the second argument.
(module
  (memory 1)
  (global $bump (mut i32) (i32.const 1024))
  (func (export "arena_alloc") (param $arena i32) (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $bump))
    (global.set $bump (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (param $arena i32) (param $p i32))
  (func (export "run") (result i32)
    (local $p i32)
    (local.set $p (call 0 (i32.const 1) (i32.const 48)))
    (call 1 (i32.const 1) (local.get $p))
    (local.get $p)))
