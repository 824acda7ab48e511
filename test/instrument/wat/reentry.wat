;; An import whose JS calls back into the module and allocates there, as Emscripten's glue does
;; (JS exceptions: `__cxa_allocate_exception` is JS calling the exported `malloc`; ASYNCIFY's
;; `emscripten_sleep`) and wasm-bindgen's (a string handed back through `__wbindgen_malloc`).
;; `$throw_site` allocates first (a frame site of its own), then calls the JS import; `$outer`
;; calls it. A WASI import and a known leaf (`emscripten_memcpy_big`) call nothing back.
(module
  (import "env" "__cxa_allocate_exception" (func $js_alloc (param i32) (result i32)))
  (import "env" "emscripten_memcpy_big" (func $memcpy_big (param i32 i32 i32)))
  (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))
  (memory (export "memory") 1)
  (global $bump (mut i32) (i32.const 1024))
  (func $malloc (export "malloc") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $bump))
    (global.set $bump (i32.add (local.get $p) (i32.and (i32.add (local.get $n) (i32.const 7)) (i32.const -8))))
    (local.get $p))
  (func $free (export "free") (param $p i32))
  (func $helper (param $n i32) (result i32)
    (call $malloc (local.get $n)))
  (func $copy (param $n i32)
    (call $memcpy_big (i32.const 0) (i32.const 64) (local.get $n))
    (drop (call $fd_close (i32.const 9))))
  (func $throw_site (param $n i32) (result i32)
    (drop (call $helper (local.get $n)))
    (call $copy (local.get $n))
    (call $js_alloc (i32.add (local.get $n) (i32.const 1))))
  (func $outer (export "outer") (param $n i32) (result i32)
    (call $throw_site (local.get $n))))
