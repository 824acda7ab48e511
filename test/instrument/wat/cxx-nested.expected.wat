;; sites: {"version":1,"files":["run+0x3","run+0x5"],"functions":["run"],"sites":[[-1,0,0,-1,0],[0,0,0,0,0],[1,0,0,0,0]],"resolver":"names","offsets":[0,96,98]}
(module
 (type $0 (func (param i32) (result i32)))
 (type $1 (func (param i32)))
 (type $2 (func (param i32 i32)))
 (type $3 (func (param i32 i32) (result i32)))
 (type $4 (func (param i32 i32 i32)))
 (type $5 (func))
 (import "wasm-tracemalloc" "tracing" (global $wasm-tracemalloc.tracing (mut i32)))
 (import "wasm-tracemalloc" "depth" (global $wasm-tracemalloc.depth (mut i32)))
 (import "wasm-tracemalloc" "alloc" (func $wasm-tracemalloc.alloc (param i32 i32 i32)))
 (import "wasm-tracemalloc" "free" (func $wasm-tracemalloc.free (param i32 i32)))
 (global $bump (mut i32) (i32.const 1024))
 (memory $0 1)
 (export "run" (func $run))
 (func $malloc (param $n i32) (result i32)
  (local $scratch i32)
  (local.set $scratch
   (local.get $n)
  )
  (if (result i32)
   (global.get $wasm-tracemalloc.tracing)
   (then
    (call $malloc$site
     (local.get $scratch)
     (i32.const 0)
    )
   )
   (else
    (call $malloc$orig
     (local.get $scratch)
    )
   )
  )
 )
 (func $free (param $p i32)
  (local $scratch i32)
  (local.set $scratch
   (local.get $p)
  )
  (if
   (global.get $wasm-tracemalloc.tracing)
   (then
    (call $free$site
     (local.get $scratch)
     (i32.const 0)
    )
   )
   (else
    (call $free$orig
     (local.get $scratch)
    )
   )
  )
 )
 (func $"operator new(unsigned long)" (param $n i32) (result i32)
  (local $scratch i32)
  (local.set $scratch
   (local.get $n)
  )
  (if (result i32)
   (global.get $wasm-tracemalloc.tracing)
   (then
    (call $"operator new(unsigned long)$site"
     (local.get $scratch)
     (i32.const 0)
    )
   )
   (else
    (call $"operator new(unsigned long)$orig"
     (local.get $scratch)
    )
   )
  )
 )
 (func $"operator delete(void*)" (param $p i32)
  (local $scratch i32)
  (local.set $scratch
   (local.get $p)
  )
  (if
   (global.get $wasm-tracemalloc.tracing)
   (then
    (call $"operator delete(void*)$site"
     (local.get $scratch)
     (i32.const 0)
    )
   )
   (else
    (call $"operator delete(void*)$orig"
     (local.get $scratch)
    )
   )
  )
 )
 (func $run
  (local $scratch i32)
  (local $scratch_1 i32)
  (local.set $scratch
   (i32.const 24)
  )
  (local.set $scratch_1
   (if (result i32)
    (global.get $wasm-tracemalloc.tracing)
    (then
     (call $"operator new(unsigned long)$site"
      (local.get $scratch)
      (i32.const 1)
     )
    )
    (else
     (call $"operator new(unsigned long)$orig"
      (local.get $scratch)
     )
    )
   )
  )
  (if
   (global.get $wasm-tracemalloc.tracing)
   (then
    (call $"operator delete(void*)$site"
     (local.get $scratch_1)
     (i32.const 2)
    )
   )
   (else
    (call $"operator delete(void*)$orig"
     (local.get $scratch_1)
    )
   )
  )
 )
 (func $malloc$orig (param $n i32) (result i32)
  (local $p i32)
  (local.set $p
   (global.get $bump)
  )
  (global.set $bump
   (i32.add
    (local.get $p)
    (local.get $n)
   )
  )
  (local.get $p)
 )
 (func $malloc$site (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local.set $3
   (global.get $wasm-tracemalloc.depth)
  )
  (if
   (i32.and
    (local.get $3)
    (i32.const 1)
   )
   (then
    (return
     (call $malloc$orig
      (local.get $0)
     )
    )
   )
  )
  (if
   (local.get $3)
   (then
    (local.set $1
     (i32.shr_u
      (local.get $3)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $2
   (call $malloc$orig
    (local.get $0)
   )
  )
  (if
   (local.get $2)
   (then
    (call $wasm-tracemalloc.alloc
     (local.get $2)
     (local.get $0)
     (local.get $1)
    )
   )
  )
  (local.get $2)
 )
 (func $free$orig (param $p i32)
 )
 (func $free$site (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local.set $3
   (global.get $wasm-tracemalloc.depth)
  )
  (if
   (i32.or
    (i32.and
     (local.get $3)
     (i32.const 1)
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
  (if
   (local.get $3)
   (then
    (local.set $1
     (i32.shr_u
      (local.get $3)
      (i32.const 1)
     )
    )
   )
  )
  (call $wasm-tracemalloc.free
   (local.get $0)
   (local.get $1)
  )
  (call $free$orig
   (local.get $0)
  )
 )
 (func $"operator new(unsigned long)$orig" (param $n i32) (result i32)
  (call $malloc$orig
   (local.get $n)
  )
 )
 (func $"operator new(unsigned long)$site" (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local.set $3
   (global.get $wasm-tracemalloc.depth)
  )
  (if
   (i32.and
    (local.get $3)
    (i32.const 1)
   )
   (then
    (return
     (call $"operator new(unsigned long)$orig"
      (local.get $0)
     )
    )
   )
  )
  (if
   (local.get $3)
   (then
    (local.set $1
     (i32.shr_u
      (local.get $3)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $2
   (call $"operator new(unsigned long)$orig"
    (local.get $0)
   )
  )
  (if
   (local.get $2)
   (then
    (call $wasm-tracemalloc.alloc
     (local.get $2)
     (local.get $0)
     (local.get $1)
    )
   )
  )
  (local.get $2)
 )
 (func $"operator delete(void*)$orig" (param $p i32)
  (call $free$orig
   (local.get $p)
  )
 )
 (func $"operator delete(void*)$site" (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local.set $3
   (global.get $wasm-tracemalloc.depth)
  )
  (if
   (i32.or
    (i32.and
     (local.get $3)
     (i32.const 1)
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
  (if
   (local.get $3)
   (then
    (local.set $1
     (i32.shr_u
      (local.get $3)
      (i32.const 1)
     )
    )
   )
  )
  (call $wasm-tracemalloc.free
   (local.get $0)
   (local.get $1)
  )
  (call $"operator delete(void*)$orig"
   (local.get $0)
  )
 )
 ;; custom section "wasm-tracemalloc.code", size 106, contents: "{\"codeStart\":56,\"codeSize\":45,\"sha256\":\"d1400da4845318c27c80805b6c003370dddccd43970983a0dca09c4401f67dba\"}"
 ;; custom section "wasm-tracemalloc.sites", size 36
)
