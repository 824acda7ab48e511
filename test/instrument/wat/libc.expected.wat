;; sites: {"version":1,"files":["strdup+0x3","make+0x6","main+0x6","main+0xe","main+0x13","main+0x1c","main+0x24","main+0x2c","main+0x32","main+0x39","main+0x3e","main+0x42"],"functions":["strdup","make","main"],"sites":[[-1,0,0,-1,0],[0,0,0,0,0],[1,0,0,1,0],[2,0,0,2,0],[3,0,0,2,0],[4,0,0,2,1],[5,0,0,2,0],[6,0,0,2,1],[7,0,0,2,1],[8,0,0,2,0],[9,0,0,2,0],[10,0,0,2,0],[11,0,0,2,0]],"resolver":"names","offsets":[0,179,189,199,207,212,221,229,237,243,250,255,259]}
(module
 (type $alloc_t (func (param i32) (result i32)))
 (type $1 (func (param i32)))
 (type $2 (func (param i32 i32) (result i32)))
 (type $3 (func (param i32 i32)))
 (type $4 (func (param i32 i32 i32)))
 (type $5 (func (param i32 i32 i32 i32)))
 (type $6 (func (result i32)))
 (type $7 (func (param i32 i32 i32) (result i32)))
 (import "wasm-tracemalloc" "tracing" (global $wasm-tracemalloc.tracing (mut i32)))
 (import "wasm-tracemalloc" "depth" (global $wasm-tracemalloc.depth (mut i32)))
 (import "wasm-tracemalloc" "alloc" (func $wasm-tracemalloc.alloc (param i32 i32 i32)))
 (import "wasm-tracemalloc" "free" (func $wasm-tracemalloc.free (param i32 i32)))
 (import "wasm-tracemalloc" "realloc" (func $wasm-tracemalloc.realloc (param i32 i32 i32 i32)))
 (import "wasm-tracemalloc" "enter" (func $wasm-tracemalloc.enter (param i32) (result i32)))
 (import "wasm-tracemalloc" "leave" (func $wasm-tracemalloc.leave (param i32)))
 (global $bump (mut i32) (i32.const 1024))
 (global $indirect_site (mut i32) (i32.const 0))
 (global $wasm-tracemalloc.site (mut i32) (i32.const 0))
 (memory $0 1)
 (table $0 2 funcref)
 (elem $0 (i32.const 0) $malloc $make)
 (export "memory" (memory $0))
 (export "malloc" (func $malloc))
 (export "free" (func $free))
 (export "main" (func $main))
 (func $wasm-tracemalloc.frame.enter (param $0 i32) (result i32)
  (global.set $wasm-tracemalloc.site
   (i32.const 0)
  )
  (if (result i32)
   (i32.gt_u
    (global.get $wasm-tracemalloc.tracing)
    (i32.const 1)
   )
   (then
    (call $wasm-tracemalloc.enter
     (local.get $0)
    )
   )
   (else
    (i32.const 0)
   )
  )
 )
 (func $wasm-tracemalloc.frame.leave (param $0 i32)
  (if
   (local.get $0)
   (then
    (call $wasm-tracemalloc.leave
     (local.get $0)
    )
   )
  )
 )
 (func $malloc (param $n i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $scratch i32)
  (local.set $2
   (global.get $indirect_site)
  )
  (global.set $indirect_site
   (i32.const 0)
  )
  (if (result i32)
   (global.get $wasm-tracemalloc.tracing)
   (then
    (local.set $1
     (call $wasm-tracemalloc.frame.enter
      (select
       (i32.const 0)
       (global.get $wasm-tracemalloc.site)
       (local.get $2)
      )
     )
    )
    (local.set $scratch
     (call $malloc$site
      (local.get $n)
      (local.get $2)
     )
    )
    (call $wasm-tracemalloc.frame.leave
     (local.get $1)
    )
    (local.get $scratch)
   )
   (else
    (global.set $wasm-tracemalloc.site
     (i32.const 0)
    )
    (call $malloc$orig
     (local.get $n)
    )
   )
  )
 )
 (func $free (param $p i32)
  (local $1 i32)
  (local $2 i32)
  (local.set $2
   (global.get $indirect_site)
  )
  (global.set $indirect_site
   (i32.const 0)
  )
  (if
   (global.get $wasm-tracemalloc.tracing)
   (then
    (local.set $1
     (call $wasm-tracemalloc.frame.enter
      (select
       (i32.const 0)
       (global.get $wasm-tracemalloc.site)
       (local.get $2)
      )
     )
    )
    (call $free$site
     (local.get $p)
     (local.get $2)
    )
    (call $wasm-tracemalloc.frame.leave
     (local.get $1)
    )
   )
   (else
    (global.set $wasm-tracemalloc.site
     (i32.const 0)
    )
    (call $free$orig
     (local.get $p)
    )
   )
  )
 )
 (func $realloc (param $p i32) (param $n i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $scratch i32)
  (local.set $3
   (global.get $indirect_site)
  )
  (global.set $indirect_site
   (i32.const 0)
  )
  (if (result i32)
   (global.get $wasm-tracemalloc.tracing)
   (then
    (local.set $2
     (call $wasm-tracemalloc.frame.enter
      (select
       (i32.const 0)
       (global.get $wasm-tracemalloc.site)
       (local.get $3)
      )
     )
    )
    (local.set $scratch
     (call $realloc$site
      (local.get $p)
      (local.get $n)
      (local.get $3)
     )
    )
    (call $wasm-tracemalloc.frame.leave
     (local.get $2)
    )
    (local.get $scratch)
   )
   (else
    (global.set $wasm-tracemalloc.site
     (i32.const 0)
    )
    (call $realloc$orig
     (local.get $p)
     (local.get $n)
    )
   )
  )
 )
 (func $strdup (param $s i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $scratch i32)
  (local.set $2
   (global.get $indirect_site)
  )
  (global.set $indirect_site
   (i32.const 0)
  )
  (if (result i32)
   (global.get $wasm-tracemalloc.tracing)
   (then
    (local.set $1
     (call $wasm-tracemalloc.frame.enter
      (select
       (i32.const 0)
       (global.get $wasm-tracemalloc.site)
       (local.get $2)
      )
     )
    )
    (local.set $scratch
     (call $strdup$site
      (local.get $s)
      (local.get $2)
     )
    )
    (call $wasm-tracemalloc.frame.leave
     (local.get $1)
    )
    (local.get $scratch)
   )
   (else
    (global.set $wasm-tracemalloc.site
     (i32.const 0)
    )
    (call $strdup$orig
     (local.get $s)
    )
   )
  )
 )
 (func $make (param $n i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $scratch i32)
  (local $scratch_6 i32)
  (global.set $indirect_site
   (i32.const 0)
  )
  (if
   (i32.gt_u
    (global.get $wasm-tracemalloc.tracing)
    (i32.const 1)
   )
   (then
    (local.set $1
     (call $wasm-tracemalloc.enter
      (global.get $wasm-tracemalloc.site)
     )
    )
   )
  )
  (global.set $wasm-tracemalloc.site
   (i32.const 0)
  )
  (local.set $scratch
   (i32.add
    (local.get $n)
    (i32.const 1)
   )
  )
  (local.set $scratch_6
   (if (result i32)
    (global.get $wasm-tracemalloc.tracing)
    (then
     (call $malloc$site
      (local.get $scratch)
      (i32.const 2)
     )
    )
    (else
     (call $malloc$orig
      (local.get $scratch)
     )
    )
   )
  )
  (if
   (local.get $1)
   (then
    (call $wasm-tracemalloc.leave
     (local.get $1)
    )
   )
  )
  (local.get $scratch_6)
 )
 (func $main (result i32)
  (local $a i32)
  (local $b i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $scratch i32)
  (local $scratch_7 i32)
  (local $scratch_8 i32)
  (local $scratch_9 (tuple i32 i32))
  (local $scratch_10 (tuple i32 i32))
  (local $scratch_11 (tuple i32 i32))
  (local $scratch_12 i32)
  (local $scratch_13 i32)
  (local $scratch_14 i32)
  (local $scratch_15 i32)
  (local $scratch_16 i32)
  (local $scratch_17 i32)
  (local $scratch_18 i32)
  (local $scratch_19 i32)
  (local $scratch_20 i32)
  (global.set $indirect_site
   (i32.const 0)
  )
  (if
   (i32.gt_u
    (global.get $wasm-tracemalloc.tracing)
    (i32.const 1)
   )
   (then
    (local.set $2
     (call $wasm-tracemalloc.enter
      (global.get $wasm-tracemalloc.site)
     )
    )
   )
  )
  (global.set $wasm-tracemalloc.site
   (i32.const 0)
  )
  (local.set $scratch
   (i32.const 100)
  )
  (local.set $a
   (if (result i32)
    (global.get $wasm-tracemalloc.tracing)
    (then
     (call $malloc$site
      (local.get $scratch)
      (i32.const 3)
     )
    )
    (else
     (call $malloc$orig
      (local.get $scratch)
     )
    )
   )
  )
  (local.set $b
   (call $make
    (block (result i32)
     (local.set $scratch_8
      (local.tee $a
       (i32.add
        (local.get $a)
        (block (result i32)
         (local.set $scratch_7
          (i32.const 7)
         )
         (if (result i32)
          (global.get $wasm-tracemalloc.tracing)
          (then
           (call $malloc$site
            (local.get $scratch_7)
            (i32.const 4)
           )
          )
          (else
           (call $malloc$orig
            (local.get $scratch_7)
           )
          )
         )
        )
       )
      )
     )
     (global.set $wasm-tracemalloc.site
      (i32.const 5)
     )
     (local.get $scratch_8)
    )
   )
  )
  (local.set $scratch_9
   (tuple.make 2
    (local.get $b)
    (i32.const 300)
   )
  )
  (local.set $b
   (if (result i32)
    (global.get $wasm-tracemalloc.tracing)
    (then
     (call $realloc$site
      (tuple.extract 2 0
       (local.tee $scratch_10
        (local.get $scratch_9)
       )
      )
      (tuple.extract 2 1
       (local.get $scratch_10)
      )
      (i32.const 6)
     )
    )
    (else
     (call $realloc$orig
      (tuple.extract 2 0
       (local.tee $scratch_11
        (local.get $scratch_9)
       )
      )
      (tuple.extract 2 1
       (local.get $scratch_11)
      )
     )
    )
   )
  )
  (drop
   (block (result i32)
    (local.set $scratch_13
     (call_indirect $0 (type $alloc_t)
      (i32.const 50)
      (block (result i32)
       (local.set $scratch_12
        (i32.const 1)
       )
       (global.set $wasm-tracemalloc.site
        (i32.const 7)
       )
       (global.set $indirect_site
        (i32.const 7)
       )
       (local.get $scratch_12)
      )
     )
    )
    (global.set $wasm-tracemalloc.site
     (i32.const 0)
    )
    (local.get $scratch_13)
   )
  )
  (drop
   (block (result i32)
    (local.set $scratch_15
     (call_indirect $0 (type $alloc_t)
      (i32.const 60)
      (block (result i32)
       (local.set $scratch_14
        (i32.const 0)
       )
       (global.set $wasm-tracemalloc.site
        (i32.const 8)
       )
       (global.set $indirect_site
        (i32.const 8)
       )
       (local.get $scratch_14)
      )
     )
    )
    (global.set $wasm-tracemalloc.site
     (i32.const 0)
    )
    (local.get $scratch_15)
   )
  )
  (local.set $scratch_16
   (local.get $a)
  )
  (drop
   (if (result i32)
    (global.get $wasm-tracemalloc.tracing)
    (then
     (call $strdup$site
      (local.get $scratch_16)
      (i32.const 9)
     )
    )
    (else
     (call $strdup$orig
      (local.get $scratch_16)
     )
    )
   )
  )
  (local.set $scratch_17
   (i32.const 70000)
  )
  (drop
   (if (result i32)
    (global.get $wasm-tracemalloc.tracing)
    (then
     (call $malloc$site
      (local.get $scratch_17)
      (i32.const 10)
     )
    )
    (else
     (call $malloc$orig
      (local.get $scratch_17)
     )
    )
   )
  )
  (local.set $scratch_18
   (local.get $b)
  )
  (if
   (global.get $wasm-tracemalloc.tracing)
   (then
    (call $free$site
     (local.get $scratch_18)
     (i32.const 11)
    )
   )
   (else
    (call $free$orig
     (local.get $scratch_18)
    )
   )
  )
  (local.set $scratch_19
   (i32.const 0)
  )
  (if
   (global.get $wasm-tracemalloc.tracing)
   (then
    (call $free$site
     (local.get $scratch_19)
     (i32.const 12)
    )
   )
   (else
    (call $free$orig
     (local.get $scratch_19)
    )
   )
  )
  (local.set $scratch_20
   (local.get $a)
  )
  (if
   (local.get $2)
   (then
    (call $wasm-tracemalloc.leave
     (local.get $2)
    )
   )
  )
  (local.get $scratch_20)
 )
 (func $malloc$orig (param $n i32) (result i32)
  (local $p i32)
  (if
   (i32.gt_u
    (local.get $n)
    (i32.const 60000)
   )
   (then
    (return
     (i32.const 0)
    )
   )
  )
  (local.set $p
   (global.get $bump)
  )
  (global.set $bump
   (i32.add
    (local.get $p)
    (i32.and
     (i32.add
      (local.get $n)
      (i32.const 7)
     )
     (i32.const -8)
    )
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
 (func $realloc$orig (param $p i32) (param $n i32) (result i32)
  (local $q i32)
  (local.set $q
   (call $malloc$orig
    (local.get $n)
   )
  )
  (memory.copy
   (local.get $q)
   (local.get $p)
   (local.get $n)
  )
  (call $free$orig
   (local.get $p)
  )
  (local.get $q)
 )
 (func $realloc$site (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
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
     (call $realloc$orig
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
   (call $realloc$orig
    (local.get $0)
    (local.get $1)
   )
  )
  (if
   (local.get $3)
   (then
    (call $wasm-tracemalloc.realloc
     (select
      (local.get $0)
      (i32.const 0)
      (local.get $0)
     )
     (local.get $3)
     (local.get $1)
     (local.get $2)
    )
   )
   (else
    (if
     (i32.and
      (i32.ne
       (local.get $0)
       (i32.const 0)
      )
      (i32.eqz
       (local.get $1)
      )
     )
     (then
      (call $wasm-tracemalloc.free
       (local.get $0)
       (local.get $2)
      )
     )
    )
   )
  )
  (local.get $3)
 )
 (func $strdup$orig (param $s i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $scratch i32)
  (local $scratch_6 i32)
  (if
   (i32.gt_u
    (global.get $wasm-tracemalloc.tracing)
    (i32.const 1)
   )
   (then
    (local.set $1
     (call $wasm-tracemalloc.enter
      (global.get $wasm-tracemalloc.site)
     )
    )
   )
  )
  (global.set $wasm-tracemalloc.site
   (i32.const 0)
  )
  (local.set $scratch
   (i32.const 16)
  )
  (local.set $scratch_6
   (if (result i32)
    (global.get $wasm-tracemalloc.tracing)
    (then
     (call $malloc$site
      (local.get $scratch)
      (i32.const 1)
     )
    )
    (else
     (call $malloc$orig
      (local.get $scratch)
     )
    )
   )
  )
  (if
   (local.get $1)
   (then
    (call $wasm-tracemalloc.leave
     (local.get $1)
    )
   )
  )
  (local.get $scratch_6)
 )
 (func $strdup$site (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $scratch i32)
  (if
   (i32.or
    (global.get $wasm-tracemalloc.depth)
    (i32.eqz
     (local.get $1)
    )
   )
   (then
    (return
     (call $strdup$orig
      (local.get $0)
     )
    )
   )
  )
  (global.set $wasm-tracemalloc.depth
   (i32.shl
    (local.get $1)
    (i32.const 1)
   )
  )
  (local.set $scratch
   (call $strdup$orig
    (local.get $0)
   )
  )
  (global.set $wasm-tracemalloc.depth
   (i32.const 0)
  )
  (local.get $scratch)
 )
 ;; custom section "wasm-tracemalloc.code", size 108, contents: "{\"codeStart\":107,\"codeSize\":157,\"sha256\":\"7b429e446970f4bcb18e04329d74e6a817558a2d2f9db019a7a89dc77e8f88fb\"}"
 ;; custom section "wasm-tracemalloc.sites", size 79
)
