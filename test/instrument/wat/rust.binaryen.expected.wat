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
 (import "wasm-tracemalloc" "tracing" (global $gimport$0 (mut i32)))
 (import "wasm-tracemalloc" "depth" (global $gimport$1 (mut i32)))
 (import "wasm-tracemalloc" "alloc" (func $fimport$0 (param i32 i32 i32)))
 (import "wasm-tracemalloc" "free" (func $fimport$1 (param i32 i32)))
 (import "wasm-tracemalloc" "realloc" (func $fimport$2 (param i32 i32 i32 i32)))
 (global $bump (mut i32) (i32.const 1024))
 (memory $0 1)
 (export "run" (func $run))
 (func $run (result i32)
  (local $v i32)
  (local.set $v
   (call $_RNvCs1234_7___rustc12___rust_alloc$site
    (i32.const 16)
    (i32.const 8)
    (i32.const 1)
   )
  )
  (local.set $v
   (call $_RNvCs1234_7___rustc14___rust_realloc$site
    (local.get $v)
    (i32.const 16)
    (i32.const 8)
    (i32.const 64)
    (i32.const 2)
   )
  )
  (call $_RNvCs1234_7___rustc14___rust_dealloc$site
   (local.get $v)
   (i32.const 64)
   (i32.const 8)
   (i32.const 3)
  )
  (local.get $v)
 )
 (func $_RNvCs1234_7___rustc12___rust_alloc$orig (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local.set $2
   (global.get $bump)
  )
  (global.set $bump
   (i32.add
    (local.get $2)
    (local.get $0)
   )
  )
  (local.get $2)
 )
 (func $_RNvCs1234_7___rustc12___rust_alloc$site (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (if
   (i32.or
    (i32.eqz
     (global.get $gimport$0)
    )
    (i32.and
     (global.get $gimport$1)
     (i32.const 1)
    )
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
  (local.set $4
   (global.get $gimport$1)
  )
  (global.set $gimport$1
   (i32.const 1)
  )
  (local.set $3
   (call $_RNvCs1234_7___rustc12___rust_alloc$orig
    (local.get $0)
    (local.get $1)
   )
  )
  (global.set $gimport$1
   (local.get $4)
  )
  (if
   (local.get $3)
   (then
    (call $fimport$0
     (local.get $3)
     (local.get $0)
     (select
      (i32.shr_u
       (local.get $4)
       (i32.const 1)
      )
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
  (local.get $3)
 )
 (func $_RNvCs1234_7___rustc12___rust_alloc (param $0 i32) (param $1 i32) (result i32)
  (call $_RNvCs1234_7___rustc12___rust_alloc$site
   (local.get $0)
   (local.get $1)
   (i32.const 0)
  )
 )
 (func $_RNvCs1234_7___rustc14___rust_dealloc$orig (param $0 i32) (param $1 i32) (param $2 i32)
 )
 (func $_RNvCs1234_7___rustc14___rust_dealloc$site (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (if
   (i32.or
    (i32.or
     (i32.eqz
      (global.get $gimport$0)
     )
     (i32.and
      (global.get $gimport$1)
      (i32.const 1)
     )
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
  (local.set $5
   (global.get $gimport$1)
  )
  (call $fimport$1
   (local.get $0)
   (select
    (i32.shr_u
     (local.get $5)
     (i32.const 1)
    )
    (local.get $3)
    (local.get $5)
   )
  )
  (local.set $5
   (global.get $gimport$1)
  )
  (global.set $gimport$1
   (i32.const 1)
  )
  (call $_RNvCs1234_7___rustc14___rust_dealloc$orig
   (local.get $0)
   (local.get $1)
   (local.get $2)
  )
  (global.set $gimport$1
   (local.get $5)
  )
 )
 (func $_RNvCs1234_7___rustc14___rust_dealloc (param $0 i32) (param $1 i32) (param $2 i32)
  (call $_RNvCs1234_7___rustc14___rust_dealloc$site
   (local.get $0)
   (local.get $1)
   (local.get $2)
   (i32.const 0)
  )
 )
 (func $_RNvCs1234_7___rustc14___rust_realloc$orig (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (result i32)
  (call $_RNvCs1234_7___rustc12___rust_alloc$orig
   (local.get $3)
   (local.get $2)
  )
 )
 (func $_RNvCs1234_7___rustc14___rust_realloc$site (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (result i32)
  (local $5 i32)
  (local $6 i32)
  (if
   (i32.or
    (i32.eqz
     (global.get $gimport$0)
    )
    (i32.and
     (global.get $gimport$1)
     (i32.const 1)
    )
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
  (local.set $6
   (global.get $gimport$1)
  )
  (global.set $gimport$1
   (i32.const 1)
  )
  (local.set $5
   (call $_RNvCs1234_7___rustc14___rust_realloc$orig
    (local.get $0)
    (local.get $1)
    (local.get $2)
    (local.get $3)
   )
  )
  (global.set $gimport$1
   (local.get $6)
  )
  (if
   (local.get $5)
   (then
    (call $fimport$2
     (select
      (local.get $0)
      (i32.const 0)
      (local.get $0)
     )
     (local.get $5)
     (local.get $3)
     (select
      (i32.shr_u
       (local.get $6)
       (i32.const 1)
      )
      (local.get $4)
      (local.get $6)
     )
    )
   )
   (else
    (nop)
   )
  )
  (local.get $5)
 )
 (func $_RNvCs1234_7___rustc14___rust_realloc (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (result i32)
  (call $_RNvCs1234_7___rustc14___rust_realloc$site
   (local.get $0)
   (local.get $1)
   (local.get $2)
   (local.get $3)
   (i32.const 0)
  )
 )
 ;; custom section "wasm-tracemalloc.sites", size 180, contents: "{\"version\":1,\"files\":[\"run+0x7\",\"run+0x14\",\"run+0x1f\"],\"functions\":[\"run\"],\"sites\":[[-1,0,0,-1,0],[0,0,0,0,0],[1,0,0,0,0],[2,0,0,0,0]],\"resolver\":\"names\",\"offsets\":[0,106,119,130]}"
)
