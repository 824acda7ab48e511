;; The shadow stack of site ids that instrumented code maintains when tracing > 1
;; (docs/hook-abi.md, "Deeper frames"). One instance per domain, with its OWN memory, so the
;; program's memory is never touched; the instrumented module imports `enter`/`leave` from it
;; directly (wasm→wasm, no JS on the way). The JS hook reads the stack at an allocation.
;;
;; Layout (little-endian u32 words): word 0 = sp, the byte offset of the next free slot (4 when
;; empty); words 1.. = site ids, oldest first. A token is the sp before the push (>= 4, never 0):
;; `leave` restores it, so an unbalanced enter (a trap, a longjmp) is repaired by the next
;; `leave` of an outer frame, and by `reset` when the outermost export returns or throws.
(module
  (memory (export "memory") 1 1024)
  (data (i32.const 0) "\04\00\00\00")

  (func (export "enter") (param $site i32) (result i32)
    (local $sp i32)
    (local.set $sp (i32.load (i32.const 0)))
    ;; Out of room: grow by a page; if that fails, skip the push (leave still restores sp).
    (if (i32.ge_u (i32.add (local.get $sp) (i32.const 4))
                  (i32.shl (memory.size) (i32.const 16)))
      (then
        (if (i32.eq (memory.grow (i32.const 1)) (i32.const -1))
          (then (return (local.get $sp))))))
    (i32.store (local.get $sp) (local.get $site))
    (i32.store (i32.const 0) (i32.add (local.get $sp) (i32.const 4)))
    (local.get $sp))

  (func (export "leave") (param $token i32)
    (i32.store (i32.const 0) (local.get $token)))
)
