;; sites: {"version":1,"files":["run+0x7","run+0x14","run+0x1f"],"functions":["run"],"sites":[[-1,0,0,-1,0],[0,0,0,0,0],[1,0,0,0,0],[2,0,0,0,0]],"resolver":"names","offsets":[0,106,119,130]}
(module
 (type $0 (func (param i32 i32 i32)))
 (type $1 (func (param i32 i32 i32 i32)))
 (type $2 (func (param i32 i32) (result i32)))
 (type $3 (func (param i32 i32 i32 i32) (result i32)))
 (type $4 (func (param i32 i32)))
 (type $5 (func (result i32)))
 (type $6 (func (param i32 i32 i32) (result i32)))
 (type $7 (func (param i32 i32 i32 i32 i32) (result i32)))
 (import "wasm-tracemalloc" "tracing" (global $wasm-tracemalloc.tracing (mut i32)))
 (import "wasm-tracemalloc" "depth" (global $wasm-tracemalloc.depth (mut i32)))
 (import "wasm-tracemalloc" "alloc" (func $wasm-tracemalloc.alloc (param i32 i32 i32)))
 (import "wasm-tracemalloc" "free" (func $wasm-tracemalloc.free (param i32 i32)))
 (import "wasm-tracemalloc" "realloc" (func $wasm-tracemalloc.realloc (param i32 i32 i32 i32)))
 (global $bump (mut i32) (i32.const 1024))
 (memory $0 1)
 (export "run" (func $run))
 (func $_RNvCs1234_7___rustc12___rust_alloc (param $size i32) (param $align i32) (result i32)
  (local $scratch (tuple i32 i32))
  (local $scratch_3 (tuple i32 i32))
  (local $scratch_4 (tuple i32 i32))
  (local.set $scratch
   (tuple.make 2
    (local.get $size)
    (local.get $align)
   )
  )
  (if (result i32)
   (global.get $wasm-tracemalloc.tracing)
   (then
    (call $_RNvCs1234_7___rustc12___rust_alloc$site
     (tuple.extract 2 0
      (local.tee $scratch_3
       (local.get $scratch)
      )
     )
     (tuple.extract 2 1
      (local.get $scratch_3)
     )
     (i32.const 0)
    )
   )
   (else
    (call $_RNvCs1234_7___rustc12___rust_alloc$orig
     (tuple.extract 2 0
      (local.tee $scratch_4
       (local.get $scratch)
      )
     )
     (tuple.extract 2 1
      (local.get $scratch_4)
     )
    )
   )
  )
 )
 (func $_RNvCs1234_7___rustc14___rust_dealloc (param $p i32) (param $size i32) (param $align i32)
  (local $scratch (tuple i32 i32 i32))
  (local $scratch_4 (tuple i32 i32 i32))
  (local $scratch_5 (tuple i32 i32 i32))
  (local.set $scratch
   (tuple.make 3
    (local.get $p)
    (local.get $size)
    (local.get $align)
   )
  )
  (if
   (global.get $wasm-tracemalloc.tracing)
   (then
    (call $_RNvCs1234_7___rustc14___rust_dealloc$site
     (tuple.extract 3 0
      (local.tee $scratch_4
       (local.get $scratch)
      )
     )
     (tuple.extract 3 1
      (local.get $scratch_4)
     )
     (tuple.extract 3 2
      (local.get $scratch_4)
     )
     (i32.const 0)
    )
   )
   (else
    (call $_RNvCs1234_7___rustc14___rust_dealloc$orig
     (tuple.extract 3 0
      (local.tee $scratch_5
       (local.get $scratch)
      )
     )
     (tuple.extract 3 1
      (local.get $scratch_5)
     )
     (tuple.extract 3 2
      (local.get $scratch_5)
     )
    )
   )
  )
 )
 (func $_RNvCs1234_7___rustc14___rust_realloc (param $p i32) (param $old i32) (param $align i32) (param $new i32) (result i32)
  (local $scratch (tuple i32 i32 i32 i32))
  (local $scratch_5 (tuple i32 i32 i32 i32))
  (local $scratch_6 (tuple i32 i32 i32 i32))
  (local.set $scratch
   (tuple.make 4
    (local.get $p)
    (local.get $old)
    (local.get $align)
    (local.get $new)
   )
  )
  (if (result i32)
   (global.get $wasm-tracemalloc.tracing)
   (then
    (call $_RNvCs1234_7___rustc14___rust_realloc$site
     (tuple.extract 4 0
      (local.tee $scratch_5
       (local.get $scratch)
      )
     )
     (tuple.extract 4 1
      (local.get $scratch_5)
     )
     (tuple.extract 4 2
      (local.get $scratch_5)
     )
     (tuple.extract 4 3
      (local.get $scratch_5)
     )
     (i32.const 0)
    )
   )
   (else
    (call $_RNvCs1234_7___rustc14___rust_realloc$orig
     (tuple.extract 4 0
      (local.tee $scratch_6
       (local.get $scratch)
      )
     )
     (tuple.extract 4 1
      (local.get $scratch_6)
     )
     (tuple.extract 4 2
      (local.get $scratch_6)
     )
     (tuple.extract 4 3
      (local.get $scratch_6)
     )
    )
   )
  )
 )
 (func $run (result i32)
  (local $v i32)
  (local $scratch (tuple i32 i32))
  (local $scratch_2 (tuple i32 i32))
  (local $scratch_3 (tuple i32 i32))
  (local $scratch_4 (tuple i32 i32 i32 i32))
  (local $scratch_5 (tuple i32 i32 i32 i32))
  (local $scratch_6 (tuple i32 i32 i32 i32))
  (local $scratch_7 (tuple i32 i32 i32))
  (local $scratch_8 (tuple i32 i32 i32))
  (local $scratch_9 (tuple i32 i32 i32))
  (local.set $scratch
   (tuple.make 2
    (i32.const 16)
    (i32.const 8)
   )
  )
  (local.set $v
   (if (result i32)
    (global.get $wasm-tracemalloc.tracing)
    (then
     (call $_RNvCs1234_7___rustc12___rust_alloc$site
      (tuple.extract 2 0
       (local.tee $scratch_2
        (local.get $scratch)
       )
      )
      (tuple.extract 2 1
       (local.get $scratch_2)
      )
      (i32.const 1)
     )
    )
    (else
     (call $_RNvCs1234_7___rustc12___rust_alloc$orig
      (tuple.extract 2 0
       (local.tee $scratch_3
        (local.get $scratch)
       )
      )
      (tuple.extract 2 1
       (local.get $scratch_3)
      )
     )
    )
   )
  )
  (local.set $scratch_4
   (tuple.make 4
    (local.get $v)
    (i32.const 16)
    (i32.const 8)
    (i32.const 64)
   )
  )
  (local.set $v
   (if (result i32)
    (global.get $wasm-tracemalloc.tracing)
    (then
     (call $_RNvCs1234_7___rustc14___rust_realloc$site
      (tuple.extract 4 0
       (local.tee $scratch_5
        (local.get $scratch_4)
       )
      )
      (tuple.extract 4 1
       (local.get $scratch_5)
      )
      (tuple.extract 4 2
       (local.get $scratch_5)
      )
      (tuple.extract 4 3
       (local.get $scratch_5)
      )
      (i32.const 2)
     )
    )
    (else
     (call $_RNvCs1234_7___rustc14___rust_realloc$orig
      (tuple.extract 4 0
       (local.tee $scratch_6
        (local.get $scratch_4)
       )
      )
      (tuple.extract 4 1
       (local.get $scratch_6)
      )
      (tuple.extract 4 2
       (local.get $scratch_6)
      )
      (tuple.extract 4 3
       (local.get $scratch_6)
      )
     )
    )
   )
  )
  (local.set $scratch_7
   (tuple.make 3
    (local.get $v)
    (i32.const 64)
    (i32.const 8)
   )
  )
  (if
   (global.get $wasm-tracemalloc.tracing)
   (then
    (call $_RNvCs1234_7___rustc14___rust_dealloc$site
     (tuple.extract 3 0
      (local.tee $scratch_8
       (local.get $scratch_7)
      )
     )
     (tuple.extract 3 1
      (local.get $scratch_8)
     )
     (tuple.extract 3 2
      (local.get $scratch_8)
     )
     (i32.const 3)
    )
   )
   (else
    (call $_RNvCs1234_7___rustc14___rust_dealloc$orig
     (tuple.extract 3 0
      (local.tee $scratch_9
       (local.get $scratch_7)
      )
     )
     (tuple.extract 3 1
      (local.get $scratch_9)
     )
     (tuple.extract 3 2
      (local.get $scratch_9)
     )
    )
   )
  )
  (local.get $v)
 )
 (func $_RNvCs1234_7___rustc12___rust_alloc$orig (param $size i32) (param $align i32) (result i32)
  (local $p i32)
  (local.set $p
   (global.get $bump)
  )
  (global.set $bump
   (i32.add
    (local.get $p)
    (local.get $size)
   )
  )
  (local.get $p)
 )
 (func $_RNvCs1234_7___rustc12___rust_alloc$site (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local.set $4
   (global.get $wasm-tracemalloc.depth)
  )
  (if
   (i32.and
    (local.get $4)
    (i32.const 1)
   )
   (then
    (return
     (call $_RNvCs1234_7___rustc12___rust_alloc$orig
      (local.get $0)
      (local.get $1)
     )
    )
   )
  )
  (if
   (local.get $4)
   (then
    (local.set $2
     (i32.shr_u
      (local.get $4)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $3
   (call $_RNvCs1234_7___rustc12___rust_alloc$orig
    (local.get $0)
    (local.get $1)
   )
  )
  (if
   (local.get $3)
   (then
    (call $wasm-tracemalloc.alloc
     (local.get $3)
     (local.get $0)
     (local.get $2)
    )
   )
  )
  (local.get $3)
 )
 (func $_RNvCs1234_7___rustc14___rust_dealloc$orig (param $p i32) (param $size i32) (param $align i32)
 )
 (func $_RNvCs1234_7___rustc14___rust_dealloc$site (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local.set $5
   (global.get $wasm-tracemalloc.depth)
  )
  (if
   (i32.or
    (i32.and
     (local.get $5)
     (i32.const 1)
    )
    (i32.eqz
     (local.get $0)
    )
   )
   (then
    (call $_RNvCs1234_7___rustc14___rust_dealloc$orig
     (local.get $0)
     (local.get $1)
     (local.get $2)
    )
    (return)
   )
  )
  (if
   (local.get $5)
   (then
    (local.set $3
     (i32.shr_u
      (local.get $5)
      (i32.const 1)
     )
    )
   )
  )
  (call $wasm-tracemalloc.free
   (local.get $0)
   (local.get $3)
  )
  (call $_RNvCs1234_7___rustc14___rust_dealloc$orig
   (local.get $0)
   (local.get $1)
   (local.get $2)
  )
 )
 (func $_RNvCs1234_7___rustc14___rust_realloc$orig (param $p i32) (param $old i32) (param $align i32) (param $new i32) (result i32)
  (call $_RNvCs1234_7___rustc12___rust_alloc$orig
   (local.get $new)
   (local.get $align)
  )
 )
 (func $_RNvCs1234_7___rustc14___rust_realloc$site (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (result i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local.set $6
   (global.get $wasm-tracemalloc.depth)
  )
  (if
   (i32.and
    (local.get $6)
    (i32.const 1)
   )
   (then
    (return
     (call $_RNvCs1234_7___rustc14___rust_realloc$orig
      (local.get $0)
      (local.get $1)
      (local.get $2)
      (local.get $3)
     )
    )
   )
  )
  (if
   (local.get $6)
   (then
    (local.set $4
     (i32.shr_u
      (local.get $6)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $5
   (call $_RNvCs1234_7___rustc14___rust_realloc$orig
    (local.get $0)
    (local.get $1)
    (local.get $2)
    (local.get $3)
   )
  )
  (if
   (local.get $5)
   (then
    (call $wasm-tracemalloc.realloc
     (select
      (local.get $0)
      (i32.const 0)
      (local.get $0)
     )
     (local.get $5)
     (local.get $3)
     (local.get $4)
    )
   )
  )
  (local.get $5)
 )
 ;; custom section "wasm-tracemalloc.code", size 106, contents: "{\"codeStart\":67,\"codeSize\":68,\"sha256\":\"188ed10b79a293d36c2dfc5cdd357765e6e5e2849d0b307f81832fe8db191b40\"}"
 ;; custom section "wasm-tracemalloc.sites", size 39
)
