;; C++ operator new/delete over malloc/free, with the demangled names wasm-ld writes: the nested
;; malloc inside operator new goes straight to malloc$orig (recorded once, at the user's call).
(module
  (memory 1)
  (global $bump (mut i32) (i32.const 1024))
  (func $malloc (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $bump))
    (global.set $bump (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $free (param $p i32))
  (func $"operator new(unsigned long)" (param $n i32) (result i32)
    (call $malloc (local.get $n)))
  (func $"operator delete(void*)" (param $p i32)
    (call $free (local.get $p)))
  (func $run (export "run")
    (call $"operator delete(void*)" (call $"operator new(unsigned long)" (i32.const 24)))))
