;; No allocator at all: instrument refuses, or with allowNoAllocator returns the same bytes.
(module
  (memory (export "memory") 1)
  (func $add (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))))
