;; sites: {"version":1,"files":["run+0x3","run+0x5"],"functions":["run"],"sites":[[-1,0,0,-1,0],[0,0,0,0,0],[1,0,0,0,0]],"resolver":"names","offsets":[0,96,98]}
(module
 (type $0 (func (param i32) (result i32)))
 (type $1 (func (param i32)))
 (type $2 (func (param i32 i32)))
 (type $3 (func (param i32 i32) (result i32)))
 (type $4 (func (param i32 i32 i32)))
 (type $5 (func))
 (import "wasm-tracemalloc" "tracing" (global $gimport$0 (mut i32)))
 (import "wasm-tracemalloc" "depth" (global $gimport$1 (mut i32)))
 (import "wasm-tracemalloc" "alloc" (func $fimport$0 (param i32 i32 i32)))
 (import "wasm-tracemalloc" "free" (func $fimport$1 (param i32 i32)))
 (global $bump (mut i32) (i32.const 1024))
 (memory $0 1)
 (export "run" (func $run))
 (func $run
  (call $"operator delete(void*)$site"
   (call $"operator new(unsigned long)$site"
    (i32.const 24)
    (i32.const 1)
   )
   (i32.const 2)
  )
 )
 (func $malloc$orig (param $0 i32) (result i32)
  (local $1 i32)
  (local.set $1
   (global.get $bump)
  )
  (global.set $bump
   (i32.add
    (local.get $1)
    (local.get $0)
   )
  )
  (local.get $1)
 )
 (func $malloc$site (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
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
     (call $malloc$orig
      (local.get $0)
     )
    )
   )
  )
  (local.set $3
   (global.get $gimport$1)
  )
  (global.set $gimport$1
   (i32.const 1)
  )
  (local.set $2
   (call $malloc$orig
    (local.get $0)
   )
  )
  (global.set $gimport$1
   (local.get $3)
  )
  (if
   (local.get $2)
   (then
    (call $fimport$0
     (local.get $2)
     (local.get $0)
     (select
      (i32.shr_u
       (local.get $3)
       (i32.const 1)
      )
      (local.get $1)
      (local.get $3)
     )
    )
   )
  )
  (local.get $2)
 )
 (func $malloc (param $0 i32) (result i32)
  (call $malloc$site
   (local.get $0)
   (i32.const 0)
  )
 )
 (func $free$orig (param $0 i32)
 )
 (func $free$site (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
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
    (call $free$orig
     (local.get $0)
    )
    (return)
   )
  )
  (local.set $3
   (global.get $gimport$1)
  )
  (call $fimport$1
   (local.get $0)
   (select
    (i32.shr_u
     (local.get $3)
     (i32.const 1)
    )
    (local.get $1)
    (local.get $3)
   )
  )
  (local.set $3
   (global.get $gimport$1)
  )
  (global.set $gimport$1
   (i32.const 1)
  )
  (call $free$orig
   (local.get $0)
  )
  (global.set $gimport$1
   (local.get $3)
  )
 )
 (func $free (param $0 i32)
  (call $free$site
   (local.get $0)
   (i32.const 0)
  )
 )
 (func $"operator new(unsigned long)$orig" (param $0 i32) (result i32)
  (call $malloc$orig
   (local.get $0)
  )
 )
 (func $"operator new(unsigned long)$site" (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
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
     (call $"operator new(unsigned long)$orig"
      (local.get $0)
     )
    )
   )
  )
  (local.set $3
   (global.get $gimport$1)
  )
  (global.set $gimport$1
   (i32.const 1)
  )
  (local.set $2
   (call $"operator new(unsigned long)$orig"
    (local.get $0)
   )
  )
  (global.set $gimport$1
   (local.get $3)
  )
  (if
   (local.get $2)
   (then
    (call $fimport$0
     (local.get $2)
     (local.get $0)
     (select
      (i32.shr_u
       (local.get $3)
       (i32.const 1)
      )
      (local.get $1)
      (local.get $3)
     )
    )
   )
  )
  (local.get $2)
 )
 (func $"operator new(unsigned long)" (param $0 i32) (result i32)
  (call $"operator new(unsigned long)$site"
   (local.get $0)
   (i32.const 0)
  )
 )
 (func $"operator delete(void*)$orig" (param $0 i32)
  (call $free$orig
   (local.get $0)
  )
 )
 (func $"operator delete(void*)$site" (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
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
    (call $"operator delete(void*)$orig"
     (local.get $0)
    )
    (return)
   )
  )
  (local.set $3
   (global.get $gimport$1)
  )
  (call $fimport$1
   (local.get $0)
   (select
    (i32.shr_u
     (local.get $3)
     (i32.const 1)
    )
    (local.get $1)
    (local.get $3)
   )
  )
  (local.set $3
   (global.get $gimport$1)
  )
  (global.set $gimport$1
   (i32.const 1)
  )
  (call $"operator delete(void*)$orig"
   (local.get $0)
  )
  (global.set $gimport$1
   (local.get $3)
  )
 )
 (func $"operator delete(void*)" (param $0 i32)
  (call $"operator delete(void*)$site"
   (local.get $0)
   (i32.const 0)
  )
 )
 ;; custom section "wasm-tracemalloc.sites", size 150, contents: "{\"version\":1,\"files\":[\"run+0x3\",\"run+0x5\"],\"functions\":[\"run\"],\"sites\":[[-1,0,0,-1,0],[0,0,0,0,0],[1,0,0,0,0]],\"resolver\":\"names\",\"offsets\":[0,96,98]}"
)
