;; Rust's allocator shims as rustc >= 1.86 mangles them (v0, in the __rustc crate), and
;; __rust_realloc's (ptr, old_size, align, new_size) argument order.
(module
  (memory 1)
  (global $bump (mut i32) (i32.const 1024))
  (func $_RNvCs1234_7___rustc12___rust_alloc (param $size i32) (param $align i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $bump))
    (global.set $bump (i32.add (local.get $p) (local.get $size)))
    (local.get $p))
  (func $_RNvCs1234_7___rustc14___rust_dealloc (param $p i32) (param $size i32) (param $align i32))
  (func $_RNvCs1234_7___rustc14___rust_realloc (param $p i32) (param $old i32) (param $align i32) (param $new i32) (result i32)
    (call $_RNvCs1234_7___rustc12___rust_alloc (local.get $new) (local.get $align)))
  (func $run (export "run") (result i32)
    (local $v i32)
    (local.set $v (call $_RNvCs1234_7___rustc12___rust_alloc (i32.const 16) (i32.const 8)))
    (local.set $v (call $_RNvCs1234_7___rustc14___rust_realloc (local.get $v) (i32.const 16) (i32.const 8) (i32.const 64)))
    (call $_RNvCs1234_7___rustc14___rust_dealloc (local.get $v) (i32.const 64) (i32.const 8))
    (local.get $v)))
