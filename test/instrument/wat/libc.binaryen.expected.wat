;; sites: {"version":1,"files":["strdup+0x3","make+0x6","main+0x6","main+0xe","main+0x13","main+0x1c","main+0x24","main+0x2c","main+0x32","main+0x39","main+0x3e","main+0x42"],"functions":["strdup","make","main"],"sites":[[-1,0,0,-1,0],[0,0,0,0,0],[1,0,0,1,0],[2,0,0,2,0],[3,0,0,2,0],[4,0,0,2,1],[5,0,0,2,0],[6,0,0,2,1],[7,0,0,2,1],[8,0,0,2,0],[9,0,0,2,0],[10,0,0,2,0],[11,0,0,2,0]],"resolver":"names","offsets":[0,179,189,199,207,212,221,229,237,243,250,255,259]}
(module
 (type $alloc_t (func (param i32) (result i32)))
 (type $1 (func (param i32 i32) (result i32)))
 (type $2 (func (param i32)))
 (type $3 (func (param i32 i32)))
 (type $4 (func (param i32 i32 i32)))
 (type $5 (func (param i32 i32 i32 i32)))
 (type $6 (func (result i32)))
 (type $7 (func (param i32 i32 i32) (result i32)))
 (import "wasm-tracemalloc" "tracing" (global $gimport$0 (mut i32)))
 (import "wasm-tracemalloc" "depth" (global $gimport$1 (mut i32)))
 (import "wasm-tracemalloc" "alloc" (func $fimport$0 (param i32 i32 i32)))
 (import "wasm-tracemalloc" "leave" (func $fimport$1 (param i32)))
 (import "wasm-tracemalloc" "free" (func $fimport$2 (param i32 i32)))
 (import "wasm-tracemalloc" "realloc" (func $fimport$3 (param i32 i32 i32 i32)))
 (import "wasm-tracemalloc" "enter" (func $fimport$4 (param i32) (result i32)))
 (global $bump (mut i32) (i32.const 1024))
 (global $indirect_site (mut i32) (i32.const 0))
 (global $indirect_tok (mut i32) (i32.const 0))
 (memory $0 1)
 (table $0 2 funcref)
 (elem $0 (i32.const 0) $malloc $make)
 (export "memory" (memory $0))
 (export "malloc" (func $malloc))
 (export "free" (func $free))
 (export "main" (func $main))
 (func $make (param $n i32) (result i32)
  (global.set $indirect_site
   (i32.const 0)
  )
  (call $malloc$site
   (i32.add
    (local.get $n)
    (i32.const 1)
   )
   (i32.const 2)
  )
 )
 (func $main (result i32)
  (local $a i32)
  (local $b i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (global.set $indirect_site
   (i32.const 0)
  )
  (local.set $a
   (call $malloc$site
    (i32.const 100)
    (i32.const 3)
   )
  )
  (local.set $2
   (local.tee $a
    (i32.add
     (local.get $a)
     (call $malloc$site
      (i32.const 7)
      (i32.const 4)
     )
    )
   )
  )
  (local.set $3
   (if (result i32)
    (i32.gt_u
     (global.get $gimport$0)
     (i32.const 1)
    )
    (then
     (call $fimport$4
      (i32.const 5)
     )
    )
    (else
     (i32.const 0)
    )
   )
  )
  (local.set $4
   (call $make
    (local.get $2)
   )
  )
  (if
   (local.get $3)
   (then
    (call $fimport$1
     (local.get $3)
    )
   )
  )
  (local.set $b
   (local.get $4)
  )
  (local.set $b
   (call $realloc$site
    (local.get $b)
    (i32.const 300)
    (i32.const 6)
   )
  )
  (local.set $3
   (if (result i32)
    (i32.gt_u
     (global.get $gimport$0)
     (i32.const 1)
    )
    (then
     (global.set $indirect_tok
      (call $fimport$4
       (i32.const 7)
      )
     )
     (global.get $indirect_tok)
    )
    (else
     (i32.const 0)
    )
   )
  )
  (global.set $indirect_site
   (i32.const 7)
  )
  (local.set $4
   (call_indirect $0 (type $alloc_t)
    (i32.const 50)
    (i32.const 1)
   )
  )
  (if
   (local.get $3)
   (then
    (call $fimport$1
     (local.get $3)
    )
   )
  )
  (drop
   (local.get $4)
  )
  (local.set $3
   (if (result i32)
    (i32.gt_u
     (global.get $gimport$0)
     (i32.const 1)
    )
    (then
     (global.set $indirect_tok
      (call $fimport$4
       (i32.const 8)
      )
     )
     (global.get $indirect_tok)
    )
    (else
     (i32.const 0)
    )
   )
  )
  (global.set $indirect_site
   (i32.const 8)
  )
  (local.set $4
   (call_indirect $0 (type $alloc_t)
    (i32.const 60)
    (i32.const 0)
   )
  )
  (if
   (local.get $3)
   (then
    (call $fimport$1
     (local.get $3)
    )
   )
  )
  (drop
   (local.get $4)
  )
  (drop
   (call $strdup$site
    (local.get $a)
    (i32.const 9)
   )
  )
  (drop
   (call $malloc$site
    (i32.const 70000)
    (i32.const 10)
   )
  )
  (call $free$site
   (local.get $b)
   (i32.const 11)
  )
  (call $free$site
   (i32.const 0)
   (i32.const 12)
  )
  (local.get $a)
 )
 (func $malloc$orig (param $0 i32) (result i32)
  (local $1 i32)
  (if
   (i32.gt_u
    (local.get $0)
    (i32.const 60000)
   )
   (then
    (return
     (i32.const 0)
    )
   )
  )
  (local.set $1
   (global.get $bump)
  )
  (global.set $bump
   (i32.add
    (local.get $1)
    (i32.and
     (i32.add
      (local.get $0)
      (i32.const 7)
     )
     (i32.const -8)
    )
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
  (local $1 i32)
  (call $malloc$site
   (local.get $0)
   (block (result i32)
    (local.set $1
     (global.get $indirect_site)
    )
    (if
     (local.get $1)
     (then
      (if
       (i32.gt_u
        (global.get $gimport$0)
        (i32.const 1)
       )
       (then
        (call $fimport$1
         (global.get $indirect_tok)
        )
       )
      )
     )
    )
    (global.set $indirect_site
     (i32.const 0)
    )
    (local.get $1)
   )
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
  (call $fimport$2
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
  (local $1 i32)
  (call $free$site
   (local.get $0)
   (block (result i32)
    (local.set $1
     (global.get $indirect_site)
    )
    (if
     (local.get $1)
     (then
      (if
       (i32.gt_u
        (global.get $gimport$0)
        (i32.const 1)
       )
       (then
        (call $fimport$1
         (global.get $indirect_tok)
        )
       )
      )
     )
    )
    (global.set $indirect_site
     (i32.const 0)
    )
    (local.get $1)
   )
  )
 )
 (func $realloc$orig (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local.set $2
   (call $malloc$orig
    (local.get $1)
   )
  )
  (memory.copy
   (local.get $2)
   (local.get $0)
   (local.get $1)
  )
  (call $free$orig
   (local.get $0)
  )
  (local.get $2)
 )
 (func $realloc$site (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
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
     (call $realloc$orig
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
   (call $realloc$orig
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
    (call $fimport$3
     (select
      (local.get $0)
      (i32.const 0)
      (local.get $0)
     )
     (local.get $3)
     (local.get $1)
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
      (call $fimport$2
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
   )
  )
  (local.get $3)
 )
 (func $realloc (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (call $realloc$site
   (local.get $0)
   (local.get $1)
   (block (result i32)
    (local.set $2
     (global.get $indirect_site)
    )
    (if
     (local.get $2)
     (then
      (if
       (i32.gt_u
        (global.get $gimport$0)
        (i32.const 1)
       )
       (then
        (call $fimport$1
         (global.get $indirect_tok)
        )
       )
      )
     )
    )
    (global.set $indirect_site
     (i32.const 0)
    )
    (local.get $2)
   )
  )
 )
 (func $strdup$orig (param $0 i32) (result i32)
  (call $malloc$site
   (i32.const 16)
   (i32.const 1)
  )
 )
 (func $strdup$site (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (if
   (i32.or
    (i32.or
     (i32.eqz
      (global.get $gimport$0)
     )
     (global.get $gimport$1)
    )
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
  (global.set $gimport$1
   (i32.shl
    (local.get $1)
    (i32.const 1)
   )
  )
  (local.set $2
   (call $strdup$orig
    (local.get $0)
   )
  )
  (global.set $gimport$1
   (i32.const 0)
  )
  (local.get $2)
 )
 (func $strdup (param $0 i32) (result i32)
  (local $1 i32)
  (call $strdup$site
   (local.get $0)
   (block (result i32)
    (local.set $1
     (global.get $indirect_site)
    )
    (if
     (local.get $1)
     (then
      (if
       (i32.gt_u
        (global.get $gimport$0)
        (i32.const 1)
       )
       (then
        (call $fimport$1
         (global.get $indirect_tok)
        )
       )
      )
     )
    )
    (global.set $indirect_site
     (i32.const 0)
    )
    (local.get $1)
   )
  )
 )
 ;; custom section "wasm-tracemalloc.sites", size 453, contents: "{\"version\":1,\"files\":[\"strdup+0x3\",\"make+0x6\",\"main+0x6\",\"main+0xe\",\"main+0x13\",\"main+0x1c\",\"main+0x24\",\"main+0x2c\",\"main+0x32\",\"main+0x39\",\"main+0x3e\",\"main+0x42\"],\"functions\":[\"strdup\",\"make\",\"main\"],\"sites\":[[-1,0,0,-1,0],[0,0,0,0,0],[1,0,0,1,0],[2,0,0,2,0],[3,0,0,2,0],[4,0,0,2,1],[5,0,0,2,0],[6,0,0,2,1],[7,0,0,2,1],[8,0,0,2,0],[9,0,0,2,0],[10,0,0,2,0],[11,0,0,2,0]],\"resolver\":\"names\",\"offsets\":[0,179,189,199,207,212,221,229,237,243,250,255,259]}"
)
