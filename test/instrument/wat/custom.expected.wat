;; sites: {"version":1,"files":["run+0x7","run+0xf"],"functions":["run"],"sites":[[-1,0,0,-1,0],[0,0,0,0,0],[1,0,0,0,0]],"resolver":"names","offsets":[0,101,109]}
(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param i32 i32 i32)))
 (type $2 (func (param i32 i32) (result i32)))
 (type $3 (func (result i32)))
 (type $4 (func (param i32 i32 i32) (result i32)))
 (import "wasm-tracemalloc" "tracing" (global $gimport$0 (mut i32)))
 (import "wasm-tracemalloc" "depth" (global $gimport$1 (mut i32)))
 (import "wasm-tracemalloc" "alloc" (func $fimport$0 (param i32 i32 i32)))
 (import "wasm-tracemalloc" "free" (func $fimport$1 (param i32 i32)))
 (global $global$0 (mut i32) (i32.const 1024))
 (memory $0 1)
 (export "arena_alloc" (func $0))
 (export "run" (func $2))
 (func $0 (param $0 i32) (param $1 i32) (result i32)
  (local $scratch (tuple i32 i32))
  (local $scratch_3 (tuple i32 i32))
  (local $scratch_4 (tuple i32 i32))
  (local.set $scratch
   (tuple.make 2
    (local.get $0)
    (local.get $1)
   )
  )
  (if (result i32)
   (global.get $gimport$0)
   (then
    (call $4
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
    (call $3
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
 (func $1 (param $0 i32) (param $1 i32)
  (local $scratch (tuple i32 i32))
  (local $scratch_3 (tuple i32 i32))
  (local $scratch_4 (tuple i32 i32))
  (local.set $scratch
   (tuple.make 2
    (local.get $0)
    (local.get $1)
   )
  )
  (if
   (global.get $gimport$0)
   (then
    (call $6
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
    (call $5
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
 (func $2 (result i32)
  (local $0 i32)
  (local $scratch (tuple i32 i32))
  (local $scratch_2 (tuple i32 i32))
  (local $scratch_3 (tuple i32 i32))
  (local $scratch_4 (tuple i32 i32))
  (local $scratch_5 (tuple i32 i32))
  (local $scratch_6 (tuple i32 i32))
  (local.set $scratch
   (tuple.make 2
    (i32.const 1)
    (i32.const 48)
   )
  )
  (local.set $0
   (if (result i32)
    (global.get $gimport$0)
    (then
     (call $4
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
     (call $3
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
   (tuple.make 2
    (i32.const 1)
    (local.get $0)
   )
  )
  (if
   (global.get $gimport$0)
   (then
    (call $6
     (tuple.extract 2 0
      (local.tee $scratch_5
       (local.get $scratch_4)
      )
     )
     (tuple.extract 2 1
      (local.get $scratch_5)
     )
     (i32.const 2)
    )
   )
   (else
    (call $5
     (tuple.extract 2 0
      (local.tee $scratch_6
       (local.get $scratch_4)
      )
     )
     (tuple.extract 2 1
      (local.get $scratch_6)
     )
    )
   )
  )
  (local.get $0)
 )
 (func $3 (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local.set $2
   (global.get $global$0)
  )
  (global.set $global$0
   (i32.add
    (local.get $2)
    (local.get $1)
   )
  )
  (local.get $2)
 )
 (func $4 (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local.set $4
   (global.get $gimport$1)
  )
  (if
   (i32.and
    (local.get $4)
    (i32.const 1)
   )
   (then
    (return
     (call $3
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
   (call $3
    (local.get $0)
    (local.get $1)
   )
  )
  (if
   (local.get $3)
   (then
    (call $fimport$0
     (local.get $3)
     (local.get $1)
     (local.get $2)
    )
   )
  )
  (local.get $3)
 )
 (func $5 (param $0 i32) (param $1 i32)
 )
 (func $6 (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local.set $4
   (global.get $gimport$1)
  )
  (if
   (i32.or
    (i32.and
     (local.get $4)
     (i32.const 1)
    )
    (i32.eqz
     (local.get $1)
    )
   )
   (then
    (call $5
     (local.get $0)
     (local.get $1)
    )
    (return)
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
  (call $fimport$1
   (local.get $1)
   (local.get $2)
  )
  (call $5
   (local.get $0)
   (local.get $1)
  )
 )
 ;; custom section "wasm-tracemalloc.code", size 106, contents: "{\"codeStart\":71,\"codeSize\":43,\"sha256\":\"5a15d4c994178c497b5673f6d72887175f720c16a706c4ff35160f738af61f3b\"}"
 ;; custom section "wasm-tracemalloc.sites", size 36
)
