;; sites: {"version":1,"files":["alloc_one+0x3","run+0x13","run+0x16","run+0x1a","run+0x1d","run+0x23"],"functions":["alloc_one","run"],"sites":[[-1,0,0,-1,0],[0,0,0,0,0],[1,0,0,1,1],[2,0,0,1,1],[3,0,0,1,1],[4,0,0,1,1],[5,0,0,1,0]],"resolver":"names","offsets":[0,176,199,202,206,209,215]}
(module
 (type $v_i (func (result i32)))
 (type $1 (func (param i32) (result i32)))
 (type $2 (func (param i32)))
 (type $3 (func (param i32 i32 i32)))
 (type $4 (func))
 (type $5 (func (param i32 i32) (result i32)))
 (import "env" "base" (global $base i32))
 (import "wasm-tracemalloc" "tracing" (global $wasm-tracemalloc.tracing (mut i32)))
 (import "wasm-tracemalloc" "depth" (global $wasm-tracemalloc.depth (mut i32)))
 (import "env" "log" (func $log (param i32)))
 (import "wasm-tracemalloc" "alloc" (func $wasm-tracemalloc.alloc (param i32 i32 i32)))
 (import "wasm-tracemalloc" "enter" (func $wasm-tracemalloc.enter (param i32) (result i32)))
 (import "wasm-tracemalloc" "leave" (func $wasm-tracemalloc.leave (param i32)))
 (global $heap (mut i32) (global.get $base))
 (global $counter (mut i32) (i32.const 0))
 (global $wasm-tracemalloc.site (mut i32) (i32.const 0))
 (memory $0 1)
 (data $0 (global.get $base) "hi")
 (table $t 4 funcref)
 (elem $0 (i32.const 0) $seven $alloc_one)
 (elem $later func $eight)
 (export "memory" (memory $0))
 (export "counter" (global $counter))
 (export "run" (func $run))
 (start $init)
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
 (func $init
  (global.set $counter
   (i32.const 100)
  )
 )
 (func $malloc (param $n i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $scratch i32)
  (if (result i32)
   (global.get $wasm-tracemalloc.tracing)
   (then
    (local.set $1
     (call $wasm-tracemalloc.frame.enter
      (global.get $wasm-tracemalloc.site)
     )
    )
    (local.set $scratch
     (call $malloc$site
      (local.get $n)
      (i32.const 0)
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
 (func $seven (result i32)
  (i32.const 7)
 )
 (func $eight (result i32)
  (i32.const 8)
 )
 (func $alloc_one (result i32)
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $scratch i32)
  (local $scratch_5 i32)
  (if
   (i32.gt_u
    (global.get $wasm-tracemalloc.tracing)
    (i32.const 1)
   )
   (then
    (local.set $0
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
   (i32.const 1)
  )
  (local.set $scratch_5
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
   (local.get $0)
   (then
    (call $wasm-tracemalloc.leave
     (local.get $0)
    )
   )
  )
  (local.get $scratch_5)
 )
 (func $run (result i32)
  (local $f funcref)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $scratch i32)
  (local $scratch_6 i32)
  (local $scratch_7 i32)
  (local $scratch_8 i32)
  (local $scratch_9 i32)
  (local $scratch_10 i32)
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
  (table.init $t $later
   (i32.const 2)
   (i32.const 0)
   (i32.const 1)
  )
  (local.set $f
   (ref.func $seven)
  )
  (call $log
   (block (result i32)
    (local.set $scratch_6
     (call_indirect $t (type $v_i)
      (block (result i32)
       (local.set $scratch
        (i32.const 2)
       )
       (global.set $wasm-tracemalloc.site
        (i32.const 2)
       )
       (local.get $scratch)
      )
     )
    )
    (global.set $wasm-tracemalloc.site
     (i32.const 0)
    )
    (local.set $4
     (call $wasm-tracemalloc.frame.enter
      (i32.const 3)
     )
    )
    (local.get $scratch_6)
   )
  )
  (call $wasm-tracemalloc.frame.leave
   (local.get $4)
  )
  (call $log
   (block (result i32)
    (local.set $scratch_8
     (call_indirect $t (type $v_i)
      (block (result i32)
       (local.set $scratch_7
        (i32.const 1)
       )
       (global.set $wasm-tracemalloc.site
        (i32.const 4)
       )
       (local.get $scratch_7)
      )
     )
    )
    (global.set $wasm-tracemalloc.site
     (i32.const 0)
    )
    (local.set $4
     (call $wasm-tracemalloc.frame.enter
      (i32.const 5)
     )
    )
    (local.get $scratch_8)
   )
  )
  (call $wasm-tracemalloc.frame.leave
   (local.get $4)
  )
  (global.set $counter
   (i32.add
    (global.get $counter)
    (block (result i32)
     (local.set $scratch_9
      (i32.const 16)
     )
     (if (result i32)
      (global.get $wasm-tracemalloc.tracing)
      (then
       (call $malloc$site
        (local.get $scratch_9)
        (i32.const 6)
       )
      )
      (else
       (call $malloc$orig
        (local.get $scratch_9)
       )
      )
     )
    )
   )
  )
  (local.set $scratch_10
   (i32.add
    (global.get $counter)
    (i32.load8_u
     (global.get $base)
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
  (local.get $scratch_10)
 )
 (func $malloc$orig (param $n i32) (result i32)
  (local $p i32)
  (local.set $p
   (global.get $heap)
  )
  (global.set $heap
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
 ;; custom section "wasm-tracemalloc.caveats", size 369, contents: "frees not traced? libc allocates through malloc, but no function that frees its blocks was found (inlined into its callers, or never linked because nothing frees): a block the program frees stays traced, so live memory and leaks may be over-counted; a link without -O keeps free a function (clang -O2 -c x.c && clang x.o), or name the free with options { free: [NAME] }"
 ;; custom section "wasm-tracemalloc.code", size 107, contents: "{\"codeStart\":135,\"codeSize\":94,\"sha256\":\"3fc145b7a312ffb9ee6834079d37df89689edba19169566bdf721d446ca1cdf1\"}"
 ;; custom section "wasm-tracemalloc.sites", size 62
)
