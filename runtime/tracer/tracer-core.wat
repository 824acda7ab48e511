;; The tracer core: one instance per domain, imported by the instrumented module as its hooks
;; (docs/hook-abi.md: alloc, free, realloc, enter, leave), so an allocation never leaves wasm.
;; JS reads the tables only at snapshot time. Its own memory: the program's is never touched.
;;
;; Memory layout
;;   0 .. 64            unused (address 0 stays 0), but for SP = 8: the shadow stack's next free
;;                      byte; 16: the released blocks' list; 32: the i64 pair [0, 1] ($pair). In memory, not in a global: with a global, enter+leave cost 16 ns
;;                      a pair from another instance, with memory 11 (V8, measured). The word
;;                      before SS_BASE (60) stays 0: read as the slot of the frame beneath the
;;                      first one (none), so enter and $traceback do not test for the base (the
;;                      threaded core's thread block has the same layout: SP at +8, zeroed)
;;   64 .. SS_END       the shadow stack, oldest first: per frame [site, slot], slot being the
;;                      address of its calling-context tree node's slot in its parent's record
;;                      (found by enter when the frame beneath has its slot and its node's record
;;                      holds the site, else 0 until an allocation needs it; see $traceback)
;;   ARENA ..           64-byte aligned blocks from a bump allocator ($sbrk): segments, directory,
;;                      tracebacks; the blocks a doubling table leaves are handed out again
;;                      ($release_slow, $take: fresh pages cost a first touch), a smaller block
;;                      from a larger one's head (its tail stays on the list); the traceback
;;                      arrays and the pool of sites are segmented and never move
;;
;; The live table (pointer -> size, traceback id) is extendible hashing over fixed-size segments:
;; a directory indexed by the top `gdepth` bits of hash(ptr) points to segments of 512 slots. A
;; segment reaching 7/8 full splits in two on the next hash bit: growth touches one segment, never
;; rehashes the world, and never needs a second copy of the table, so memory stays ~14-28 B per
;; live block.
;; A segment is 32 buckets of 16 slots, probed bucket by bucket from the home bucket (the low hash
;; bits); a bucket's 16 keys fill one cache line and are compared to the pointer in 4 SIMD
;; compares, so the probe almost never branches unpredictably (a linear probe slot by slot cost
;; ~20 ns per event in mispredicted loop exits; this ~10). Values [size, tb] sit apart from the keys.
;; Deleting stores key 0; each bucket counts the entries that overflowed past it (F14's scheme),
;; and a search stops at the first bucket with no overflow, so there are no tombstones.
;; Segment: [live, -, depth, -] | 32 u8 overflow flags | pad | 32 i32 overflow counts | keys 512 * 4
;; | values 512 * 8: an insert's usual case reads the first line (live, its bucket's flag), the
;; bucket's keys and writes a value; the counts are the rare paths'.
;;
;; Traceback ids: `site | 0x80000000` for the one-frame traceback [site] (nframe=1: no
;; interning at all, and no call); otherwise an interned id < 0x80000000: meta[id] = [address, n,
;; total, hash], address that of its n site ids (most recent first) in the pool, found through an
;; open-addressing index. The pool is a chain of blocks that never move (a traceback's sites in
;; one block): a doubling pool copied its sites and left its old block behind, touched, each time
;; (the anchors' program at nframe 16: ~2 MB of sites, ~2 MB more of abandoned pool; a first touch
;; of a page costs ~10-20 us on this VM: bench/README.md, "deep11").
;;
;; Totals per traceback: one record of REC_BYTES per traceback id, in two arrays (tagged ids by
;; site, interned ids by id), two pairs of i64: bytes allocated, allocations (bit 63: changed
;; since the last copy of $copy_peak), bytes freed, frees; two records a cache line, the words
;; every event touches. An allocation adds to one pair, a free to the other (live = allocated -
;; freed, computed by JS when it reads them: [live, allocated] pairs had an allocation add to
;; both, ~3 instructions more; bench/README.md, "Less per event again"). The temporary pair (bytes, allocations freed before the next
;; allocation, heaptrack's), touched by those frees only, is a record of TEMP_BYTES apart, in
;; arrays indexed alike (56-byte records of all six and a generation word straddled lines: at
;; nframe 16 a fifth of the anchors' program's extra misses, bench/README.md, "Deep stacks"). The
;; records make the peak cheap: when the traced memory of all domains (total_current) passes
;; the last copy (total_copied) by more than 1/128, the records changed since that copy are
;; copied into the peak arrays, so the peak set JS reads later is the live set of a moment within 0.8 %
;; of the true high-water mark, with no per-block copy. Copies happen O(log(peak)) times: ~1,800
;; from 1 KiB to 1 GiB, each of the records only.
;; Several domains (cores) share that moment: the core whose event crosses the threshold copies,
;; then calls host.peak_moment, and JS has every other core copy at once (their records have not
;; changed since their last event). Rare (the copies above), so a JS call is cheap there; the
;; event path only compares total_current with this core's own threshold ($next_copy, a local
;; global: reading an imported one costs more).
;; One core alone ($solo, set by JS: TracedTotals): while a core is the only one of its totals and
;; they equal its own current and peak, they ARE its current and peak, so its events leave the
;; imported totals alone (two loads a read: ~9 instructions an event) and compare current with
;; the threshold; the totals are written from current/peak when they are read: by the core when
;; it copies its peak set, clears or resets its peak (which end the mode: $solo_off), by JS
;; before it reads them or another core joins.
;;
;; Size classes: every allocation's [bytes, 1] is also added to the pair of its size's bit length
;; (33 pairs at $sizes, one i64x2 add; `wasm-tracemalloc stats`' histogram of all allocations, as
;; memray's and heaptrack's): +5 instructions per event, half of them allocations (callgrind,
;; core-micro: 200 -> 205 at nframe 1, 309 -> 314 at nframe 16; bench/README.md).
;;
;; The hot path. At nframe 1 an event is: the armed check, the traceback's check (the tagged
;; site; at nframe > 1 the top frame's cached id), the live table's home bucket, the record's
;; pairs (one i64x2 add each), current/peak and the shared totals. All inlined into the hooks,
;; which call out only for rare cases, to functions named *_slow (kept out of line by
;; build-wasm.mjs): Binaryen inlines a function of several callers only when it has no call in
;; it, and a call per event cost more than the table update (callgrind, bench/README.md: 268 ->
;; 192 instructions per event). And each hook's usual case makes no call but as its last act,
;; handing the whole event (or its rest) to a complete *_slow path before changing anything:
;; TurboFan stores a function's parameters to its frame at entry when any path calls and needs
;; them after (bench/README.md, "core22": ~24 instructions an event less at nframe 1 on Node 20).
;; test/runtime/tracer/core-build.test.ts checks which calls the hooks still make.
;;
;; The layout is exported (the immutable globals in CAPITALS): tracer-core.ts reads it from the
;; instance instead of copying the numbers.
(module
  (import "host" "total_current" (global $total_current (mut i64)))
  (import "host" "total_peak" (global $total_peak (mut i64)))
  (import "host" "total_copied" (global $total_copied (mut i64)))
  (import "host" "peak_moment" (func $peak_moment))
  (import "host" "invalid" (func $invalid (param i32 i32 i32)))
  ;; Called by the first hook of a JS task (then $armed is 1, or 2 while nframe is 0, until JS
  ;; clears it; alloc, free and realloc check only that it is 1: $wake_slow): JS checks at the
  ;; next microtask, when no wasm can be running, that the shadow stack is empty and the
  ;; allocator guard 0, and resets them if a trap or a throw left them high (docs/hook-abi.md).
  (import "host" "arm" (func $arm))
  ;; [JS frames] Captures the JS caller's frames and returns the pseudo-site that stands for them
  ;; (an id past the module's sites, dense). Argument 0: the frames of the JS code that called
  ;; the allocator straight from JS (site 0) down to the next wasm frame; 1: the JS frames beneath
  ;; the oldest wasm frame (see "JavaScript frames" at the end of this file).
  (import "host" "js_frames" (func $js_frames (param i32) (result i32)))
  (memory (export "memory") 3 65536)

  (global $SP (export "SP") i32 (i32.const 8))   ;; address of the shadow stack pointer
  (global $SS_BASE (export "SS_BASE") i32 (i32.const 64))
  (global $SS_FRAME (export "SS_FRAME") i32 (i32.const 8))  ;; bytes per frame: [site, slot]
  (global $SS_END i32 (i32.const 131136))        ;; 16384 frames
  (global $ARENA i32 (i32.const 131136))
  (global $released i32 (i32.const 16))          ;; address of the released blocks' list ($release_slow)
  (global $PAIR_ONE i32 (i32.const 32))          ;; the i64 pair [0, 1] ($pair), stored by $boot
  (global $SLOTS (export "SLOTS") i32 (i32.const 512))
  (global $SPLIT_AT i32 (i32.const 448))        ;; 7/8: ~21 B per live block (3/4: ~26)
  (global $BMASK i32 (i32.const 31))            ;; 32 buckets of 16 keys
  (global $KEYS (export "KEYS") i32 (i32.const 192))      ;; header [live, -, depth, -], 32 overflow flags, 32 counts
  (global $VALUES (export "VALUES") i32 (i32.const 2240)) ;; KEYS + 512 * 4
  (global $SEG_BYTES i32 (i32.const 6336))       ;; VALUES + 512 * 8, 99 cache lines
  (global $TAG (export "TAG") i32 (i32.const 0x80000000))
  ;; A totals record: four i64 at these offsets (bit 63 of ALLOC_COUNT: changed since the last
  ;; copy; live = ALLOC_* - FREED_*), and a temporary record: two i64 at TEMP_SIZE, TEMP_COUNT.
  (global $REC_BYTES (export "REC_BYTES") i32 (i32.const 32))
  (global $TEMP_BYTES (export "TEMP_BYTES") i32 (i32.const 16))
  (global $SIZE_CLASSES (export "SIZE_CLASSES") i32 (i32.const 33))
  (global $ALLOC_SIZE (export "ALLOC_SIZE") i32 (i32.const 0))
  (global $ALLOC_COUNT (export "ALLOC_COUNT") i32 (i32.const 8))
  (global $FREED_SIZE (export "FREED_SIZE") i32 (i32.const 16))
  (global $FREED_COUNT (export "FREED_COUNT") i32 (i32.const 24))
  (global $TEMP_SIZE (export "TEMP_SIZE") i32 (i32.const 0))
  (global $TEMP_COUNT (export "TEMP_COUNT") i32 (i32.const 8))
  (global $DIRTY_FIRST i32 (i32.const 4096))  ;; the dirty list's first capacity (it grows)

  (global $nframe (export "nframe") (mut i32) (i32.const 0))
  (global $armed (export "armed") (mut i32) (i32.const 0))
  (global $current (export "current") (mut i64) (i64.const 0))
  (global $peak (export "peak") (mut i64) (i64.const 0))
  (global $bump (export "bump") (mut i32) (i32.const 0))
  ;; The arena's high-water mark: memory past it was never handed out, so it is still zero (as
  ;; memory.grow made it) and $sbrk does not fill it: pages of a large array that are never
  ;; written are never touched (a first touch costs ~10 µs a page on some VMs).
  (global $fresh (mut i32) (i32.const 0))
  (global $dir (export "dir") (mut i32) (i32.const 0))
  (global $gdepth (export "gdepth") (mut i32) (i32.const 0))
  ;; 32 - gdepth, as an i64 shift: hash >> it is the directory index with no branch for depth 0
  (global $dshift (mut i64) (i64.const 32))
  (global $scratch (mut i32) (i32.const 0))
  (global $tb_index (mut i32) (i32.const 0))
  ;; The calling-context tree (CCT), a cache of traceback ids (see $traceback): node records
  ;; (numbered as made; 0 the root) and an open-addressing table of entries [parent node, key,
  ;; value, -]: a frame's site -> the child node, an allocation's site | TAG -> its tb. Grown x2
  ;; (rehashed) when 3/4 full (looked up only when a frame's slot misses: half full, the anchors'
  ;; program's 65.5 k entries took 2^18 slots, 4 MB of fresh pages; bench/README.md, "deep7"), emptied at CCT_MAX slots: the shadow stack, which caches slot
  ;; addresses in the node records, forgets them then.
  (global $cct (mut i32) (i32.const 0))
  (global $cct_mask (mut i32) (i32.const 0))
  (global $cct_count (mut i32) (i32.const 0))
  (global $cct_nodes (mut i32) (i32.const 0))
  (global $cct_nodes_used (mut i32) (i32.const 0))
  (global $CCT_MIN i32 (i32.const 64))
  (global $CCT_MAX i32 (i32.const 0x100000))
  (global $tb_index_mask (mut i32) (i32.const 0))
;; The arrays indexed by interned id (meta, and the records rec_tb, temp_tb and their peak copies
  ;; peak_tb, peak_temp_tb) are segmented and never move: each global is the address of a
  ;; directory, word s the address of segment s (ids s * SEG_IDS and the SEG_IDS after it) minus
  ;; its first id times the entry's bytes, so entry id is at dir[id / SEG_IDS] + id * bytes
  ;; (wrapping in i32; $at). A doubling array copied its records and left its old block behind,
  ;; touched, at every growth: at nframe 16 the anchors' program's five arrays took ~1,000 more
  ;; fresh pages than they hold (bench/README.md, "deep11"). The five directories are one block
  ;; of 5 * dirs_cap words (doubled when full: 4 bytes per SEG_IDS ids each). The ids with a
  ;; segment: tb_meta_cap (meta, rec_tb, temp_tb), peak_tb_cap (the peak copies).
  (global $tb_meta (export "tb_meta") (mut i32) (i32.const 0))
  (global $tb_meta_cap (mut i32) (i32.const 0))
  (global $dirs_cap (mut i32) (i32.const 0))
  (global $DIRS_FIRST i32 (i32.const 16))
  (global $SEG_IDS (export "SEG_IDS") i32 (i32.const 256))
  (global $tb_count (export "tb_count") (mut i32) (i32.const 0))
  ;; The pool's current block: the next free byte, its end, and the next block's size (x2 from
  ;; POOL_FIRST to POOL_MAX bytes, or one traceback's sites if more)
  (global $pool_at (mut i32) (i32.const 0))
  (global $pool_end (mut i32) (i32.const 0))
  (global $pool_next (mut i32) (i32.const 0))
  (global $POOL_FIRST i32 (i32.const 1024))
  (global $POOL_MAX i32 (i32.const 65536))
  ;; Missed frees: an allocation reported at a pointer still live (an allocator never returns a
  ;; live block, so its free was not seen). Counted per site in an array indexed by site id
  ;; (sites are dense), read by JS at snapshot time: a release build that inlines its free can
  ;; miss one free per allocation, and a JS call each would cost more than the event itself.
  (global $missed (export "missed") (mut i32) (i32.const 0))
  (global $missed_cap (export "missed_cap") (mut i32) (i32.const 0))
  (global $MISSED_MAX i32 (i32.const 0x1000000))  ;; beyond: a JS call (never for real site ids)
  ;; Totals records (see the header): by site for tagged ids, by id for interned ones (the latter
  ;; grown with tb_meta, so it always has tb_meta_cap records). Out-of-range sites (never real)
  ;; count into $sink.
  (global $rec_site (export "rec_site") (mut i32) (i32.const 0))
  ;; How many sites the module's table has (set by JS when tracing starts; 0: unknown): the site
  ;; array is made that size at once, so it is never regrown and copied on its way there (a
  ;; module's allocation sites are spread over the ids of all its sites: @swc/wasm's reach
  ;; 450,000), and its pages that no allocating site uses are never touched ($fresh).
  (global $site_count (export "site_count") (mut i32) (i32.const 0))
  (global $rec_site_cap (export "rec_site_cap") (mut i32) (i32.const 0))
  ;; max(rec_site_cap, 1) - 1: site - 1 < it (unsigned) says both "site != 0" and "site's record
  ;; is in reach" in one compare (the allocation hook's usual case)
  (global $rec_site_reach (mut i32) (i32.const 0))
  ;; TAG | rec_site_cap: tb < it (unsigned) says "an interned id, or a site with a record" in one
  ;; compare (the free hook's usual case; $rec_known)
  (global $rec_tag_end (mut i32) (i32.const 0x80000000))
  (global $rec_tb (export "rec_tb") (mut i32) (i32.const 0))
  (global $sink (mut i32) (i32.const 0))
  ;; The temporary records, indexed as rec_site and rec_tb (and grown with them).
  (global $temp_site (export "temp_site") (mut i32) (i32.const 0))
  (global $temp_tb (export "temp_tb") (mut i32) (i32.const 0))
  (global $temp_sink (mut i32) (i32.const 0))
  ;; The peak copies of both arrays (peak_tb holds peak_tb_count records), and `current` then.
  (global $peak_site (export "peak_site") (mut i32) (i32.const 0))
  (global $peak_site_cap (export "peak_site_cap") (mut i32) (i32.const 0))
  (global $peak_tb (export "peak_tb") (mut i32) (i32.const 0))
  (global $peak_tb_count (export "peak_tb_count") (mut i32) (i32.const 0))
  (global $peak_tb_cap (mut i32) (i32.const 0))
  (global $peak_temp_site (export "peak_temp_site") (mut i32) (i32.const 0))
  (global $peak_temp_tb (export "peak_temp_tb") (mut i32) (i32.const 0))
  ;; Records changed since the last copy (their traceback ids, tagged sites too), so a copy moves
  ;; those only, never the whole arrays: a program with 30,000 tracebacks copied all 1.5 MB of
  ;; records ~1,000 times on its way to the peak, and at nframe 1 @swc/wasm (site ids up to
  ;; 450,000, so a 25 MB site array) its whole site array whenever more than 4,096 records had
  ;; changed between two copies. The list grows (a record is in it once per copy, so it never
  ;; holds more ids than there are records): the ids whose record has bit 63 of ALLOC_COUNT set.
  (global $dirty (mut i32) (i32.const 0))
  (global $dirty_len (mut i32) (i32.const 0))
  (global $dirty_cap (mut i32) (i32.const 0))
  ;; total_copied + 1/128: when total_current passes it, the peak set is copied again
  (global $next_copy (mut i64) (i64.const 0))
  ;; 1: this core alone makes the totals (total_current = current, total_peak = peak), which its
  ;; events then leave stale (the header, "One core alone"); set by JS, cleared by $solo_off
  (global $solo (export "solo") (mut i32) (i32.const 0))
  ;; The last block allocated, until the next allocation: freeing it makes it a temporary.
  (global $last_ptr (mut i32) (i32.const 0))
  ;; Every allocation since start/clear by log2 size class: 33 [bytes, allocations] i64 pairs at
  ;; $sizes, class b = the size's bit length (0 for 0 B, 32 for 2 GiB..4 GiB - 1) at entry 32 - b
  ;; (so clz(size) indexes it: $size_class). memray's and heaptrack's histograms; one SIMD add per
  ;; allocation (docs/snapshot-format.md, part 12).
  (global $sizes (export "sizes") (mut i32) (i32.const 0))
  ;; The traceback id of the entry $insert replaced or $remove removed.
  (global $removed_tb (mut i32) (i32.const 0))
  ;; Folded library frames (runtime/tracer/library-frames.ts): weights[site] is how many frames
  ;; site shows (its own and those inlined at it, minus the toolchain's, which are folded); 0 for
  ;; a site that is all library code. $traceback records sites until they show nframe frames, so
  ;; a deep library path (Rust std's 8+ frames) never pushes the program's frames out. Set by JS
  ;; after each $init (set_weights); none: every site weighs 1, as CPython counts frames.
  ;; The table always covers every site with a record (weights_cap >= rec_site_cap; the sites
  ;; past weights_len weigh 1 there too: set_weights, $rec_grow_slow), so the allocation hook's
  ;; usual case tests a site's weight with no bound of its own: its record's bound covers it (a
  ;; compare and a branch an allocation less where weights are set, as the tool sets them;
  ;; bench/README.md, "core25").
  (global $weights (export "weights") (mut i32) (i32.const 0))
  (global $weights_len (mut i32) (i32.const 0))
  (global $weights_cap (mut i32) (i32.const 0))
  (global $MAX_RECORDED i32 (i32.const 256))      ;; call sites one traceback may record
  ;; [JS frames] 1: JS frames are captured (start()'s jsFrames, the default); set by JS.
  (global $js (export "js") (mut i32) (i32.const 0))
  ;; [JS frames] 1 while $js_site's slot for one event is on the shadow stack
  (global $js_pushed (mut i32) (i32.const 0))

  (start $boot)

  ;; ---- memory ----

  ;; A zeroed block of n bytes (64-aligned) at the end of the arena, growing memory as needed.
  (func $sbrk (param $n i32) (result i32)
    (local $p i32) (local $end i32) (local $have i32)
    (local.set $p (global.get $bump))
    (local.set $end (i32.add (local.get $p) (i32.and (i32.add (local.get $n) (i32.const 63)) (i32.const -64))))
    (local.set $have (i32.shl (memory.size) (i32.const 16)))
    (if (i32.gt_u (local.get $end) (local.get $have))
      (then
        (if (i32.eq (memory.grow (i32.shr_u (i32.add (i32.sub (local.get $end) (local.get $have)) (i32.const 65535)) (i32.const 16)))
                    (i32.const -1))
          (then (unreachable)))))
    (if (i32.lt_u (local.get $p) (global.get $fresh))
      (then (memory.fill (local.get $p) (i32.const 0)
        (i32.sub (select (local.get $end) (global.get $fresh) (i32.lt_u (local.get $end) (global.get $fresh))) (local.get $p)))))
    (if (i32.gt_u (local.get $end) (global.get $fresh)) (then (global.set $fresh (local.get $end))))
    (global.set $bump (local.get $end))
    (local.get $p))

  ;; A zeroed block of n bytes: a released one at least that big if there is one, else $sbrk's.
  ;; For the tables that grow ($regrow, the tree, the traceback index); not on a hot path's
  ;; inlined code ($sbrk has no call in it, so the dirty list's growth keeps $changed inlined).
  (func $take (param $n i32) (result i32)
    (local $p i32)
    (if (i32.load (global.get $released))
      (then
        (local.set $p (call $reuse_slow (i32.and (i32.add (local.get $n) (i32.const 63)) (i32.const -64))))
        (if (local.get $p) (then (return (local.get $p))))))
    (call $sbrk (local.get $n)))

  ;; The first released block of at least n bytes (n 64-aligned), zeroed: its first n bytes, the
  ;; rest left on the list in its place (taken whole, a 1 MB block given for a 4 KiB request lost
  ;; the rest: bench/README.md, "deep11"); 0: none fits (the list is short).
  (func $reuse_slow (param $n i32) (result i32)
    (local $at i32) (local $p i32)
    (local.set $at (global.get $released))
    (block $none
      (loop $each
        (local.set $p (i32.load (local.get $at)))
        (br_if $none (i32.eqz (local.get $p)))
        (if (i32.ge_u (i32.load offset=4 (local.get $p)) (local.get $n))
          (then
            ;; taken off the list, or its tail left there in its place (a small block's request
            ;; took a whole large one, the rest lost)
            (if (i32.gt_u (i32.load offset=4 (local.get $p)) (local.get $n))
              (then
                (i32.store (i32.add (local.get $p) (local.get $n)) (i32.load (local.get $p)))
                (i32.store offset=4 (i32.add (local.get $p) (local.get $n)) (i32.sub (i32.load offset=4 (local.get $p)) (local.get $n)))
                (i32.store (local.get $at) (i32.add (local.get $p) (local.get $n))))
              (else (i32.store (local.get $at) (i32.load (local.get $p)))))
            (memory.fill (local.get $p) (i32.const 0) (local.get $n))
            (return (local.get $p))))
        (local.set $at (local.get $p))
        (br $each)))
    (i32.const 0))

  ;; Block p (n bytes, from $sbrk) is no longer used: later $sbrk calls may hand it out again.
  ;; A table that doubles abandons its old block each time; reused, those pages are not touched
  ;; afresh (a first touch of a page costs ~10-20 us on this VM: nframe 16 on the anchors'
  ;; program touched ~38 MB of arena, ~120 ms of its ~160 over nframe 1; bench/README.md, "deep7").
  ;; The list [next, bytes] is kept in the blocks themselves, headed by the word at $released
  ;; (a global address: the list's unlink is the same for its head).
  (func $release_slow (param $p i32) (param $n i32)
    (if (i32.lt_u (local.get $n) (i32.const 64)) (then (return)))
    (i32.store (local.get $p) (i32.load (global.get $released)))
    (i32.store offset=4 (local.get $p) (i32.and (local.get $n) (i32.const -64)))
    (i32.store (global.get $released) (local.get $p)))

  (func $new_segment (param $depth i32) (result i32)
    (local $s i32)
    (local.set $s (call $sbrk (global.get $SEG_BYTES)))
    (i32.store offset=8 (local.get $s) (local.get $depth))
    (local.get $s))

  (func $boot
    (i32.store (global.get $SP) (global.get $SS_BASE))
    (i64.store offset=8 (global.get $PAIR_ONE) (i64.const 1))
    (global.set $fresh (global.get $ARENA))
    (call $init))

  ;; Everything empty again (start, clear): the arena is reused from its beginning.
  (func $init
    (global.set $bump (global.get $ARENA))
    (i32.store (global.get $released) (i32.const 0))
    (global.set $scratch (call $sbrk (i32.sub (global.get $SEG_BYTES) (global.get $KEYS))))
    (global.set $dir (call $sbrk (i32.const 16)))
    (global.set $gdepth (i32.const 0))
    (global.set $dshift (i64.const 32))
    (i32.store (global.get $dir) (call $new_segment (i32.const 0)))
    (global.set $tb_index (call $sbrk (i32.const 1024)))
    (global.set $cct_mask (i32.const 0))
    (call $cct_reset (i32.const 0))
    (global.set $tb_index_mask (i32.const 255))
    ;; the five directories of the arrays by interned id, then their segment 0
    (global.set $dirs_cap (i32.const 0))
    (global.set $tb_meta_cap (i32.const 0))
    (call $tb_grow)
    (global.set $pool_at (call $sbrk (global.get $POOL_FIRST)))
    (global.set $pool_end (i32.add (global.get $pool_at) (global.get $POOL_FIRST)))
    (global.set $pool_next (i32.shl (global.get $POOL_FIRST) (i32.const 1)))
    (global.set $tb_count (i32.const 0))
    (global.set $missed (i32.const 0))
    (global.set $missed_cap (i32.const 0))
    (global.set $temp_site (i32.const 0))
    (global.set $rec_site (i32.const 0))
    (global.set $rec_site_cap (i32.const 0))
    (global.set $rec_site_reach (i32.const 0))
    (global.set $rec_tag_end (global.get $TAG))
    (global.set $sink (call $sbrk (global.get $REC_BYTES)))
    (global.set $temp_sink (call $sbrk (global.get $TEMP_BYTES)))
    (global.set $sizes (call $sbrk (i32.mul (global.get $SIZE_CLASSES) (i32.const 16))))
    (global.set $peak_site (i32.const 0))
    (global.set $peak_site_cap (i32.const 0))
    (global.set $peak_tb_count (i32.const 0))
    (global.set $peak_tb_cap (i32.const 0))
    (global.set $peak_temp_site (i32.const 0))
    (global.set $dirty (call $sbrk (i32.shl (global.get $DIRTY_FIRST) (i32.const 2))))
    (global.set $dirty_cap (global.get $DIRTY_FIRST))
    (global.set $dirty_len (i32.const 0))
    (global.set $last_ptr (i32.const 0))
    ;; a cleared core had nothing at the peak moment: its empty peak set stays right until the next
    (call $set_next_copy)
    (global.set $weights (i32.const 0))
    (global.set $weights_len (i32.const 0))
    (global.set $weights_cap (i32.const 0))
    (global.set $current (i64.const 0))
    (global.set $peak (i64.const 0)))

  (func (export "clear")
    (call $solo_off)
    (global.set $total_current (i64.sub (global.get $total_current) (global.get $current)))
    (call $init))

  ;; ---- the live table ----

  ;; The pointer's 128-byte window (x >> 7) by Fibonacci hashing, its offset in the window (x & 127)
  ;; kept below: h = rotl(((x & -128) * 0x9e3779b1) | (x & 127), 5). The bucket (bits 0-4: the
  ;; product's top bits) and the directory's bits (from bit 31 down: the product's next ones) are
  ;; the window's, so the blocks of one window share a segment and a bucket, whose keys are one
  ;; cache line: an allocator hands out neighbouring blocks one after another (a tree's nodes, an
  ;; array's), and they then reuse the lines the first one brought in (the anchors' program: the
  ;; core's D1 read misses -40 %, its program's 1 MiB misses -80 %; bench/README.md, "core21").
  ;; 128 bytes: 8 blocks of 16, half a bucket (a window of 256 filled a bucket, a second window in
  ;; it overflowed: 8x more probes past the home bucket). The offset's bits (5-11) are split on only
  ;; past depth 20. A bijection: distinct pointers never share a full hash, so a split always
  ;; separates them.
  ;; Written as (x & -128) * (0x9e3779b1 - 1) + x, the same number: the product's low 7 bits are 0,
  ;; so adding x adds its window once more (x & -128: the odd multiplier's product) and ORs its
  ;; offset in (one `and` and its copy fewer than the expression above; bench/README.md, "core24").
  (func $mix (param $x i32) (result i32)
    (i32.rotl (i32.add (i32.mul (i32.and (local.get $x) (i32.const -128)) (i32.const 0x9e3779b0))
                       (local.get $x))
              (i32.const 5)))

  (func $segment_of (param $h i32) (result i32)
    (i32.load (i32.add (global.get $dir)
      (i32.shl (i32.wrap_i64 (i64.shr_u (i64.extend_i32_u (local.get $h)) (global.get $dshift))) (i32.const 2)))))

  ;; Address of bucket b's 16 keys (one cache line) in segment s.
  (func $keys (param $s i32) (param $b i32) (result i32)
    (i32.add (i32.add (local.get $s) (global.get $KEYS)) (i32.shl (local.get $b) (i32.const 6))))

  ;; Address of slot i's value [size, tb] in segment s.
  (func $value (param $s i32) (param $i i32) (result i32)
    (i32.add (i32.add (local.get $s) (global.get $VALUES)) (i32.shl (local.get $i) (i32.const 3))))

  ;; Slot's value [size, tb] at address a: two i32 stores (one i64 store of the pair took TurboFan
  ;; five instructions to build and store; bench/README.md, "core24").
  (func $set_value (param $a i32) (param $size i32) (param $tb i32)
    (i32.store (local.get $a) (local.get $size))
    (i32.store offset=4 (local.get $a) (local.get $tb)))

  ;; Address of bucket b's overflow count: how many entries live past b on their probe path (read
  ;; and written by $place and $remove_slow only).
  (func $overflow (param $s i32) (param $b i32) (result i32)
    (i32.add (i32.add (local.get $s) (i32.const 64)) (i32.shl (local.get $b) (i32.const 2))))

  ;; Bucket b's overflow flag: a byte, not 0 exactly when its count is, in the segment's first
  ;; cache line beside the live count, so that an insert reads one line of the segment's header,
  ;; not two (the counts of buckets 12-31 were on the next ones; bench/README.md, "core24").
  (func $overflowed (param $s i32) (param $b i32) (result i32)
    (i32.load8_u offset=16 (i32.add (local.get $s) (local.get $b))))

  ;; Bit k set when key k of the 16 at address kb equals every lane of v: 4 SIMD compares.
  (func $match (param $kb i32) (param $v v128) (result i32)
    (call $match4 (v128.load (local.get $kb)) (v128.load offset=16 (local.get $kb))
                  (v128.load offset=32 (local.get $kb)) (v128.load offset=48 (local.get $kb)) (local.get $v)))

  ;; The same for a bucket's keys already loaded (k0..k3), so one load serves two compares.
  (func $match4 (param $k0 v128) (param $k1 v128) (param $k2 v128) (param $k3 v128) (param $v v128) (result i32)
    ;; the lanes' all-ones/zero results narrowed (saturating: -1 stays -1) to 16 bytes, one bitmask:
    ;; 4 compares, 3 narrows and a bitmask instead of 4 bitmasks, 3 shifts and 3 ors
    (i8x16.bitmask
      (i8x16.narrow_i16x8_s
        (i16x8.narrow_i32x4_s (i32x4.eq (local.get $k0) (local.get $v)) (i32x4.eq (local.get $k1) (local.get $v)))
        (i16x8.narrow_i32x4_s (i32x4.eq (local.get $k2) (local.get $v)) (i32x4.eq (local.get $k3) (local.get $v))))))

  ;; Puts an entry known to be absent into segment s: the first free slot from its home bucket on,
  ;; counting the overflow in every full bucket passed.
  (func $place (param $s i32) (param $h i32) (param $ptr i32) (param $size i32) (param $tb i32)
    (local $b i32) (local $m i32) (local $i i32) (local $a i32)
    (local.set $b (i32.and (local.get $h) (global.get $BMASK)))
    (loop $probe
      (local.set $m (call $match (call $keys (local.get $s) (local.get $b)) (v128.const i32x4 0 0 0 0)))
      (if (i32.eqz (local.get $m))
        (then
          (local.set $a (call $overflow (local.get $s) (local.get $b)))
          (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (i32.const 1)))
          (i32.store8 offset=16 (i32.add (local.get $s) (local.get $b)) (i32.const 1))
          (local.set $b (i32.and (i32.add (local.get $b) (i32.const 1)) (global.get $BMASK)))
          (br $probe))))
    (local.set $i (i32.add (i32.shl (local.get $b) (i32.const 4)) (i32.ctz (local.get $m))))
    (i32.store (i32.add (i32.add (local.get $s) (global.get $KEYS)) (i32.shl (local.get $i) (i32.const 2))) (local.get $ptr))
    (local.set $a (call $value (local.get $s) (local.get $i)))
    (i32.store (local.get $a) (local.get $size))
    (i32.store offset=4 (local.get $a) (local.get $tb))
    (i32.store (local.get $s) (i32.add (i32.load (local.get $s)) (i32.const 1))))

  (func $double_directory
    (local $old i32) (local $new i32) (local $n i32) (local $k i32) (local $v i32)
    (local.set $old (global.get $dir))
    (local.set $n (i32.shl (i32.const 1) (global.get $gdepth)))
    (local.set $new (call $sbrk (i32.shl (local.get $n) (i32.const 3))))
    (local.set $k (i32.const 0))
    (loop $copy
      (local.set $v (i32.load (i32.add (local.get $old) (i32.shl (local.get $k) (i32.const 2)))))
      (i32.store (i32.add (local.get $new) (i32.shl (local.get $k) (i32.const 3))) (local.get $v))
      (i32.store offset=4 (i32.add (local.get $new) (i32.shl (local.get $k) (i32.const 3))) (local.get $v))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $copy (i32.lt_u (local.get $k) (local.get $n))))
    (global.set $dir (local.get $new))
    (global.set $gdepth (i32.add (global.get $gdepth) (i32.const 1)))
    (global.set $dshift (i64.extend_i32_u (i32.sub (i32.const 32) (global.get $gdepth)))))

  ;; Splits segment s (the one hash h maps to) on the hash bit after its depth.
  (func $split (param $s i32) (param $h i32)
    (local $d i32) (local $b i32) (local $start i32) (local $len i32) (local $k i32)
    (local.set $d (i32.load offset=8 (local.get $s)))
    (if (i32.eq (local.get $d) (global.get $gdepth)) (then (call $double_directory)))
    (local.set $b (call $new_segment (i32.add (local.get $d) (i32.const 1))))
    (i32.store offset=8 (local.get $s) (i32.add (local.get $d) (i32.const 1)))
    ;; the directory entries of s form one aligned run of 2^(gdepth-d); its upper half -> b
    (local.set $len (i32.shl (i32.const 1) (i32.sub (global.get $gdepth) (local.get $d))))
    (local.set $start (i32.and (i32.shr_u (local.get $h) (i32.sub (i32.const 32) (global.get $gdepth)))
                               (i32.sub (i32.const 0) (local.get $len))))
    (local.set $k (i32.add (local.get $start) (i32.shr_u (local.get $len) (i32.const 1))))
    (loop $redirect
      (i32.store (i32.add (global.get $dir) (i32.shl (local.get $k) (i32.const 2))) (local.get $b))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $redirect (i32.lt_u (local.get $k) (i32.add (local.get $start) (local.get $len)))))
    (call $redistribute (local.get $s) (local.get $b) (local.get $d)))

  ;; Empties s and places its entries again: into b when their hash bit (31 - d) is set.
  (func $redistribute (param $s i32) (param $b i32) (param $d i32)
    (local $k i32) (local $a i32) (local $key i32) (local $hk i32)
    (memory.copy (global.get $scratch) (i32.add (local.get $s) (global.get $KEYS)) (i32.sub (global.get $SEG_BYTES) (global.get $KEYS)))
    (memory.fill (i32.add (local.get $s) (i32.const 16)) (i32.const 0) (i32.sub (global.get $VALUES) (i32.const 16)))
    (i32.store (local.get $s) (i32.const 0))
    (loop $move
      (local.set $key (i32.load (i32.add (global.get $scratch) (i32.shl (local.get $k) (i32.const 2)))))
      (if (local.get $key)
        (then
          (local.set $hk (call $mix (local.get $key)))
          (local.set $a (i32.add (i32.add (global.get $scratch) (i32.sub (global.get $VALUES) (global.get $KEYS)))
                                 (i32.shl (local.get $k) (i32.const 3))))
          (call $place
            (select (local.get $b) (local.get $s)
              (i32.and (i32.shr_u (local.get $hk) (i32.sub (i32.const 31) (local.get $d))) (i32.const 1)))
            (local.get $hk) (local.get $key)
            (i32.load (local.get $a)) (i32.load offset=4 (local.get $a)))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $move (i32.lt_u (local.get $k) (global.get $SLOTS)))))

  ;; The probe is one 16-key SIMD compare per bucket, and it stops at the first bucket nothing
  ;; overflowed from: almost always the home bucket, whose free slot then takes the entry.
  ;; An insert is $insert_home, else $insert_slow (the hooks call both: a function with a call
  ;; in it is not inlined by Binaryen, and a call per event costs more than the insert itself).
  ;; The usual insert: ptr absent, its segment not due to split, and its home bucket with a free
  ;; slot and nothing overflowed from it. Then places it and returns 1; else 0 (nothing done).
  ;; The bucket's keys are loaded once for both compares (ptr, then 0).
  (func $insert_home (param $ptr i32) (param $size i32) (param $tb i32) (result i32)
    (local $h i32) (local $s i32) (local $b i32) (local $m i32) (local $a i32) (local $kb i32)
    (local $k0 v128) (local $k1 v128) (local $k2 v128) (local $k3 v128)
    (local.set $h (call $mix (local.get $ptr)))
    (local.set $s (call $segment_of (local.get $h)))
    (if (i32.ge_u (i32.load (local.get $s)) (global.get $SPLIT_AT)) (then (return (i32.const 0))))
    (local.set $b (i32.and (local.get $h) (global.get $BMASK)))
    (if (call $overflowed (local.get $s) (local.get $b)) (then (return (i32.const 0))))
    (local.set $kb (call $keys (local.get $s) (local.get $b)))
    (local.set $k0 (v128.load (local.get $kb)))
    (local.set $k1 (v128.load offset=16 (local.get $kb)))
    (local.set $k2 (v128.load offset=32 (local.get $kb)))
    (local.set $k3 (v128.load offset=48 (local.get $kb)))
    (if (call $match4 (local.get $k0) (local.get $k1) (local.get $k2) (local.get $k3) (i32x4.splat (local.get $ptr)))
      (then (return (i32.const 0))))
    (local.set $m (call $match4 (local.get $k0) (local.get $k1) (local.get $k2) (local.get $k3) (v128.const i32x4 0 0 0 0)))
    (if (i32.eqz (local.get $m)) (then (return (i32.const 0))))
    (local.set $m (i32.add (i32.shl (local.get $b) (i32.const 4)) (i32.ctz (local.get $m))))
    (i32.store (i32.add (i32.add (local.get $s) (global.get $KEYS)) (i32.shl (local.get $m) (i32.const 2))) (local.get $ptr))
    (call $set_value (call $value (local.get $s) (local.get $m)) (local.get $size) (local.get $tb))
    (i32.store (local.get $s) (i32.add (i32.load (local.get $s)) (i32.const 1)))
    (i32.const 1))

  ;; Inserts or overwrites; returns the previous size, or -1 when ptr was not live.
  (func $insert_slow (param $ptr i32) (param $size i32) (param $tb i32) (result i64)
    (local $h i32) (local $s i32) (local $b i32) (local $m i32) (local $a i32) (local $kb i32) (local $old i32) (local $v v128)
    (local.set $h (call $mix (local.get $ptr)))
    (loop $fit
      (local.set $s (call $segment_of (local.get $h)))
      (if (i32.ge_u (i32.load (local.get $s)) (global.get $SPLIT_AT))
        (then
          (call $split (local.get $s) (local.get $h))
          (br $fit))))
    (local.set $v (i32x4.splat (local.get $ptr)))
    (local.set $b (i32.and (local.get $h) (global.get $BMASK)))
    (block $absent
      (loop $probe
        (local.set $kb (call $keys (local.get $s) (local.get $b)))
        (local.set $m (call $match (local.get $kb) (local.get $v)))
        (if (local.get $m)
          (then
            (local.set $a (call $value (local.get $s) (i32.add (i32.shl (local.get $b) (i32.const 4)) (i32.ctz (local.get $m)))))
            (local.set $old (i32.load (local.get $a)))
            (global.set $removed_tb (i32.load offset=4 (local.get $a)))
            (i32.store (local.get $a) (local.get $size))
            (i32.store offset=4 (local.get $a) (local.get $tb))
            (return (i64.extend_i32_u (local.get $old)))))
        (br_if $absent (i32.eqz (call $overflowed (local.get $s) (local.get $b))))
        (local.set $b (i32.and (i32.add (local.get $b) (i32.const 1)) (global.get $BMASK)))
        (br $probe)))
    ;; absent; the usual case: the bucket the search ended in is its home and has a free slot
    (local.set $m (call $match (local.get $kb) (v128.const i32x4 0 0 0 0)))
    (if (i32.and (i32.ne (local.get $m) (i32.const 0)) (i32.eq (local.get $b) (i32.and (local.get $h) (global.get $BMASK))))
      (then
        (local.set $m (i32.add (i32.shl (local.get $b) (i32.const 4)) (i32.ctz (local.get $m))))
        (i32.store (i32.add (i32.add (local.get $s) (global.get $KEYS)) (i32.shl (local.get $m) (i32.const 2))) (local.get $ptr))
        (local.set $a (call $value (local.get $s) (local.get $m)))
        (i32.store (local.get $a) (local.get $size))
        (i32.store offset=4 (local.get $a) (local.get $tb))
        (i32.store (local.get $s) (i32.add (i32.load (local.get $s)) (i32.const 1))))
      (else (call $place (local.get $s) (local.get $h) (local.get $ptr) (local.get $size) (local.get $tb))))
    (i64.const -1))

  ;; Address of ptr's value [size, tb] (its slot i: key at KEYS + 4i, value at VALUES + 8i), or 0.
  (func $find (export "find") (param $ptr i32) (result i32)
    (local $h i32) (local $s i32) (local $b i32) (local $m i32) (local $v v128)
    (if (i32.eqz (local.get $ptr)) (then (return (i32.const 0))))
    (local.set $h (call $mix (local.get $ptr)))
    (local.set $s (call $segment_of (local.get $h)))
    (local.set $v (i32x4.splat (local.get $ptr)))
    (local.set $b (i32.and (local.get $h) (global.get $BMASK)))
    (loop $probe
      (local.set $m (call $match (call $keys (local.get $s) (local.get $b)) (local.get $v)))
      (if (local.get $m)
        (then (return (call $value (local.get $s) (i32.add (i32.shl (local.get $b) (i32.const 4)) (i32.ctz (local.get $m)))))))
      (if (i32.eqz (call $overflowed (local.get $s) (local.get $b))) (then (return (i32.const 0))))
      (local.set $b (i32.and (i32.add (local.get $b) (i32.const 1)) (global.get $BMASK)))
      (br $probe))
    (unreachable))

  ;; A remove is $remove_home, else (-2) $remove_slow (the hooks call both, as for an insert).
  ;; The usual remove: ptr in its home bucket (removed: its size), or absent with nothing
  ;; overflowed from there (-1). Else -2: nothing done.
  (func $remove_home (param $ptr i32) (result i64)
    (local $h i32) (local $s i32) (local $b i32) (local $m i32) (local $a i32)
    (local.set $h (call $mix (local.get $ptr)))
    (local.set $s (call $segment_of (local.get $h)))
    (local.set $b (i32.and (local.get $h) (global.get $BMASK)))
    (local.set $m (call $match (call $keys (local.get $s) (local.get $b)) (i32x4.splat (local.get $ptr))))
    (if (i32.eqz (local.get $m))
      (then (return (select (i64.const -2) (i64.const -1) (call $overflowed (local.get $s) (local.get $b))))))
    (local.set $m (i32.add (i32.shl (local.get $b) (i32.const 4)) (i32.ctz (local.get $m))))
    (i32.store (i32.add (i32.add (local.get $s) (global.get $KEYS)) (i32.shl (local.get $m) (i32.const 2))) (i32.const 0))
    (i32.store (local.get $s) (i32.sub (i32.load (local.get $s)) (i32.const 1)))
    (local.set $a (call $value (local.get $s) (local.get $m)))
    (global.set $removed_tb (i32.load offset=4 (local.get $a)))
    (i64.extend_i32_u (i32.load (local.get $a))))

  ;; Removes ptr; returns its size, or -1 when it was not live. Its key becomes 0 (no tombstone:
  ;; the overflow counts of the buckets it had passed go down instead).
  (func $remove_slow (param $ptr i32) (result i64)
    (local $h i32) (local $s i32) (local $b i32) (local $home i32) (local $m i32) (local $a i32) (local $v v128)
    (local.set $h (call $mix (local.get $ptr)))
    (local.set $s (call $segment_of (local.get $h)))
    (local.set $v (i32x4.splat (local.get $ptr)))
    (local.set $home (i32.and (local.get $h) (global.get $BMASK)))
    (local.set $b (local.get $home))
    (block $found
      (loop $probe
        (local.set $m (call $match (call $keys (local.get $s) (local.get $b)) (local.get $v)))
        (br_if $found (local.get $m))
        (if (i32.eqz (call $overflowed (local.get $s) (local.get $b))) (then (return (i64.const -1))))
        (local.set $b (i32.and (i32.add (local.get $b) (i32.const 1)) (global.get $BMASK)))
        (br $probe)))
    (local.set $m (i32.add (i32.shl (local.get $b) (i32.const 4)) (i32.ctz (local.get $m))))
    (i32.store (i32.add (i32.add (local.get $s) (global.get $KEYS)) (i32.shl (local.get $m) (i32.const 2))) (i32.const 0))
    (loop $unwind
      (if (i32.ne (local.get $home) (local.get $b))
        (then
          (local.set $a (call $overflow (local.get $s) (local.get $home)))
          (i32.store (local.get $a) (i32.sub (i32.load (local.get $a)) (i32.const 1)))
          (if (i32.eqz (i32.load (local.get $a)))
            (then (i32.store8 offset=16 (i32.add (local.get $s) (local.get $home)) (i32.const 0))))
          (local.set $home (i32.and (i32.add (local.get $home) (i32.const 1)) (global.get $BMASK)))
          (br $unwind))))
    (i32.store (local.get $s) (i32.sub (i32.load (local.get $s)) (i32.const 1)))
    (local.set $a (call $value (local.get $s) (local.get $m)))
    (global.set $removed_tb (i32.load offset=4 (local.get $a)))
    (i64.extend_i32_u (i32.load (local.get $a))))

  ;; ---- counters ----

  ;; Each global read once and written once: an imported one (the totals) costs two loads a read.
  (func $add (param $n i64)
    (local $c i64) (local $t i64)
    (local.set $c (i64.add (global.get $current) (local.get $n)))
    (global.set $current (local.get $c))
    (if (i64.gt_s (local.get $c) (global.get $peak)) (then (global.set $peak (local.get $c))))
    ;; alone: the totals are current and peak (written when read)
    (local.set $t (local.get $c))
    (if (i32.eqz (global.get $solo))
      (then
        (local.set $t (i64.add (global.get $total_current) (local.get $n)))
        (global.set $total_current (local.get $t))
        (if (i64.gt_s (local.get $t) (global.get $total_peak)) (then (global.set $total_peak (local.get $t))))))
    ;; all domains past the last peak copy by more than 1/128: copy again (the header says why)
    (if (i64.gt_u (local.get $t) (global.get $next_copy)) (then (call $peak_crossed_slow))))

  ;; Out of $add, so that $add stays small enough to be inlined into every hook (named *_slow:
  ;; inlined into $add, its solo sync made $add too big for that, and $add became a call per event).
  (func $peak_crossed_slow
    (call $solo_sync)
    (global.set $total_copied (global.get $total_current))
    (call $copy_peak)
    (call $peak_moment))

  (func $sub (param $n i64)
    (global.set $current (i64.sub (global.get $current) (local.get $n)))
    (if (i32.eqz (global.get $solo))
      (then (global.set $total_current (i64.sub (global.get $total_current) (local.get $n))))))

  ;; Alone, the totals written from current and peak (they are those); else nothing.
  (func $solo_sync
    (if (global.get $solo)
      (then
        (global.set $total_current (global.get $current))
        (global.set $total_peak (global.get $peak)))))

  ;; Ends the mode (the totals written first): before clear and a reset of this core's peak,
  ;; which would make current/peak differ from the totals. JS sees $solo 0 and lets it go.
  (func $solo_off (export "solo_off")
    (call $solo_sync)
    (global.set $solo (i32.const 0)))

  ;; ---- totals per traceback ----

  ;; The totals record of traceback id tb: small, so Binaryen inlines it into the hooks (a call
  ;; per event cost ~2 ns, measured). A site past the array's end is grown for by $rec_reach
  ;; first, so only an impossible site (>= MISSED_MAX) reads $sink here.
  (func $rec (param $tb i32) (result i32)
    (local $site i32)
    (if (i32.eqz (i32.and (local.get $tb) (global.get $TAG)))
      (then (return (call $at (global.get $rec_tb) (local.get $tb) (global.get $REC_BYTES)))))
    (local.set $site (i32.xor (local.get $tb) (global.get $TAG)))
    (if (i32.ge_u (local.get $site) (global.get $rec_site_cap)) (then (return (global.get $sink))))
    (i32.add (global.get $rec_site) (i32.mul (local.get $site) (global.get $REC_BYTES))))

  ;; $rec of a live block's tb below $rec_tag_end (the free's usual case tests that first: an
  ;; interned id, or a site with a record): a sign test and a shift, where $rec's tag test, xor and
  ;; bound cost ~4 instructions more (bench/README.md, "core24"). (TAG | site) * REC_BYTES wraps
  ;; to site * REC_BYTES: the tag's bit leaves the word.
  (func $rec_known (param $tb i32) (result i32)
    (if (result i32) (i32.lt_s (local.get $tb) (i32.const 0))
      (then (i32.add (global.get $rec_site) (i32.mul (local.get $tb) (global.get $REC_BYTES))))
      (else (call $at (global.get $rec_tb) (local.get $tb) (global.get $REC_BYTES)))))

  ;; id's segment's word in a directory of the arrays by interned id: 4 * (id / SEG_IDS).
  (func $seg (param $id i32) (result i32)
    (i32.and (i32.shr_u (local.get $id) (i32.const 6)) (i32.const -4)))

  ;; The entry of interned id in the array of directory dir, entries of `bytes`.
  (func $at (param $dir i32) (param $id i32) (param $bytes i32) (result i32)
    (i32.add (i32.load (i32.add (local.get $dir) (call $seg (local.get $id)))) (i32.mul (local.get $id) (local.get $bytes))))

  ;; The segment of ids from..from+SEG_IDS-1 of the array of directory dir.
  (func $new_seg (param $dir i32) (param $from i32) (param $bytes i32)
    (i32.store (i32.add (local.get $dir) (call $seg (local.get $from)))
      (i32.sub (call $take (i32.mul (global.get $SEG_IDS) (local.get $bytes))) (i32.mul (local.get $from) (local.get $bytes)))))

  ;; The next segment of meta, rec_tb and temp_tb (ids from tb_meta_cap), the directories
  ;; doubled first when full (those of the peak copies too, which are never ahead).
  (func $tb_grow
    (local $old i32) (local $block i32) (local $k i32) (local $cap i32)
    (if (i32.ge_u (i32.shr_u (global.get $tb_meta_cap) (i32.const 8)) (global.get $dirs_cap))
      (then
        (local.set $old (global.get $tb_meta))
        (local.set $cap (select (i32.shl (global.get $dirs_cap) (i32.const 1)) (global.get $DIRS_FIRST) (global.get $dirs_cap)))
        (local.set $block (call $take (i32.mul (local.get $cap) (i32.const 20))))
        (loop $each
          (if (global.get $dirs_cap)
            (then (memory.copy (i32.add (local.get $block) (i32.mul (local.get $k) (i32.shl (local.get $cap) (i32.const 2))))
              (i32.add (local.get $old) (i32.mul (local.get $k) (i32.shl (global.get $dirs_cap) (i32.const 2))))
              (i32.shl (global.get $dirs_cap) (i32.const 2)))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br_if $each (i32.lt_u (local.get $k) (i32.const 5))))
        (if (global.get $dirs_cap) (then (call $release_slow (local.get $old) (i32.mul (global.get $dirs_cap) (i32.const 20)))))
        (global.set $dirs_cap (local.get $cap))
        (global.set $tb_meta (local.get $block))
        (global.set $rec_tb (i32.add (local.get $block) (i32.shl (local.get $cap) (i32.const 2))))
        (global.set $temp_tb (i32.add (local.get $block) (i32.shl (local.get $cap) (i32.const 3))))
        (global.set $peak_tb (i32.add (local.get $block) (i32.mul (local.get $cap) (i32.const 12))))
        (global.set $peak_temp_tb (i32.add (local.get $block) (i32.shl (local.get $cap) (i32.const 4))))))
    (call $new_seg (global.get $tb_meta) (global.get $tb_meta_cap) (i32.const 16))
    (call $new_seg (global.get $rec_tb) (global.get $tb_meta_cap) (global.get $REC_BYTES))
    (call $new_seg (global.get $temp_tb) (global.get $tb_meta_cap) (global.get $TEMP_BYTES))
    (global.set $tb_meta_cap (i32.add (global.get $tb_meta_cap) (global.get $SEG_IDS))))

  ;; The temporary record of traceback tb (as $rec).
  (func $temp (param $tb i32) (result i32)
    (local $site i32)
    (if (i32.eqz (i32.and (local.get $tb) (global.get $TAG)))
      (then (return (call $at (global.get $temp_tb) (local.get $tb) (global.get $TEMP_BYTES)))))
    (local.set $site (i32.xor (local.get $tb) (global.get $TAG)))
    (if (i32.ge_u (local.get $site) (global.get $rec_site_cap)) (then (return (global.get $temp_sink))))
    (i32.add (global.get $temp_site) (i32.shl (local.get $site) (i32.const 4))))

  ;; $rec_reach's rare case: the site arrays grown to reach tb's site, then its record.
  (func $rec_reach_slow (param $tb i32) (result i32)
    (call $rec_grow_slow (i32.xor (local.get $tb) (global.get $TAG)))
    (call $rec (local.get $tb)))

  ;; Makes the site arrays reach `site` (x2, or to the site): before a site's first allocation.
  (func $rec_grow_slow (param $site i32)
    (local $cap i32)
    (if (i32.ge_u (local.get $site) (global.get $MISSED_MAX)) (then (return)))
    (local.set $cap (i32.shl (global.get $rec_site_cap) (i32.const 1)))
    (if (i32.lt_u (local.get $cap) (global.get $site_count)) (then (local.set $cap (global.get $site_count))))
    (if (i32.le_u (local.get $cap) (local.get $site))
      (then (local.set $cap (i32.and (i32.add (local.get $site) (i32.const 256)) (i32.const -256)))))
    (global.set $rec_site (call $regrow (global.get $rec_site)
      (i32.mul (global.get $rec_site_cap) (global.get $REC_BYTES)) (i32.mul (local.get $cap) (global.get $REC_BYTES))))
    (global.set $temp_site (call $regrow (global.get $temp_site)
      (i32.mul (global.get $rec_site_cap) (global.get $TEMP_BYTES)) (i32.mul (local.get $cap) (global.get $TEMP_BYTES))))
    (call $weights_reach (local.get $cap))
    (global.set $rec_site_cap (local.get $cap))
    (global.set $rec_site_reach (i32.sub (local.get $cap) (i32.const 1)))
    (global.set $rec_tag_end (i32.or (global.get $TAG) (local.get $cap))))

  ;; The weights table made to cover sites 0..cap-1 (before the records reach them: see
  ;; $weights), the sites it gains weighing 1.
  (func $weights_reach (param $cap i32)
    (local $new i32)
    (if (i32.le_u (local.get $cap) (global.get $weights_cap)) (then (return)))
    (local.set $new (call $take (local.get $cap)))
    (memory.copy (local.get $new) (global.get $weights) (global.get $weights_cap))
    (memory.fill (i32.add (local.get $new) (global.get $weights_cap)) (i32.const 1) (i32.sub (local.get $cap) (global.get $weights_cap)))
    (call $release_slow (global.get $weights) (global.get $weights_cap))
    (global.set $weights (local.get $new))
    (global.set $weights_cap (local.get $cap)))

  ;; [n, 1]: a record's fields come in pairs [bytes, blocks], updated with one i64x2 op each.
  ;; [0, 1] is loaded from memory (PAIR_ONE, stored by $boot): TurboFan built the constant in 3
  ;; instructions (a xor, a move, an insert) on each event (bench/README.md, "core24").
  (func $pair (param $n i64) (result v128)
    (i64x2.replace_lane 0 (v128.load (global.get $PAIR_ONE)) (local.get $n)))

  ;; The address of the size class of a block of `size` bytes in $sizes: class b (the size's bit
  ;; length) is entry 32 - b, so the entry is clz(size) (two instructions fewer than 64 - clz).
  (func $size_class (param $size i32) (result i32)
    (i32.add (global.get $sizes) (i32.shl (i32.clz (local.get $size)) (i32.const 4))))

  ;; The totals record of an allocation at traceback tb: $rec, but a site past the site array's
  ;; end has the array grown to reach it first (so the allocation's path checks the tag and the
  ;; capacity once; small enough, with its rare call, to be inlined into the hooks).
  (func $rec_reach (param $tb i32) (result i32)
    (local $site i32)
    (if (i32.eqz (i32.and (local.get $tb) (global.get $TAG)))
      (then (return (call $at (global.get $rec_tb) (local.get $tb) (global.get $REC_BYTES)))))
    (local.set $site (i32.xor (local.get $tb) (global.get $TAG)))
    (if (i32.ge_u (local.get $site) (global.get $rec_site_cap))
      (then (return (call $rec_reach_slow (local.get $tb)))))
    (i32.add (global.get $rec_site) (i32.mul (local.get $site) (global.get $REC_BYTES))))

  ;; A block of n bytes allocated at traceback tb, whose record is r ($rec_reach).
  (func $count_alloc (param $tb i32) (param $r i32) (param $ptr i32) (param $n i64)
    (local $v v128)
    (call $touch (local.get $tb) (local.get $r))
    ;; [bytes, allocations] += [n, 1]: one SIMD add (the mark, bit 63 of the count, is kept)
    (local.set $v (call $pair (local.get $n)))
    (v128.store offset=0 (local.get $r) (i64x2.add (v128.load offset=0 (local.get $r)) (local.get $v)))
    ;; and its size class's pair (n < 2^32)
    (local.set $r (call $size_class (i32.wrap_i64 (local.get $n))))
    (v128.store (local.get $r) (i64x2.add (v128.load (local.get $r)) (local.get $v)))
    (global.set $last_ptr (local.get $ptr)))

  ;; A block of n bytes allocated at traceback tb is no longer live (freed, or replaced when its
  ;; free was missed). Freed before any other allocation: a temporary. ptr is -1 when no block
  ;; was given back (resized in place, a missed free; no block starts at the last byte of memory):
  ;; never a temporary, and never equal to $last_ptr, which is 0 after a temporary (0 there counted an in-place realloc right after a
  ;; temporary as one more: test/cli/stats-tree.test.ts's oracle found it).
  (func $count_free (param $tb i32) (param $ptr i32) (param $n i64)
    (local $r i32) (local $v v128)
    (local.set $r (call $rec (local.get $tb)))
    (call $touch (local.get $tb) (local.get $r))
    ;; [bytes, frees] += [n, 1]
    (local.set $v (call $pair (local.get $n)))
    (v128.store offset=16 (local.get $r) (i64x2.add (v128.load offset=16 (local.get $r)) (local.get $v)))
    (if (i32.eq (local.get $ptr) (global.get $last_ptr))
      (then
        (local.set $r (call $temp (local.get $tb)))
        (v128.store (local.get $r) (i64x2.add (v128.load (local.get $r)) (local.get $v)))
        (global.set $last_ptr (i32.const 0)))))

  ;; Record r of traceback tb is about to change: marked changed, the first time since the last
  ;; copy (a load and a compare of the record's own word per event). No call in it, nor in the
  ;; counters that use it (so they are inlined).
  (func $touch (param $tb i32) (param $r i32)
    (if (i64.ge_s (i64.load offset=8 (local.get $r)) (i64.const 0))
      (then (call $changed (local.get $r) (local.get $tb)))))

  ;; Record r (of traceback tb) changes for the first time since the last copy.
  (func $changed (param $r i32) (param $tb i32)
    (i64.store offset=8 (local.get $r) (i64.or (i64.load offset=8 (local.get $r)) (i64.const 0x8000000000000000)))
    (if (i32.ge_u (global.get $dirty_len) (global.get $dirty_cap))
      (then
        (global.set $dirty (call $regrow_fresh (global.get $dirty) (i32.shl (global.get $dirty_cap) (i32.const 2)) (i32.shl (global.get $dirty_cap) (i32.const 3))))
        (global.set $dirty_cap (i32.shl (global.get $dirty_cap) (i32.const 1)))))
    (i32.store (i32.add (global.get $dirty) (i32.shl (global.get $dirty_len) (i32.const 2))) (local.get $tb))
    (global.set $dirty_len (i32.add (global.get $dirty_len) (i32.const 1))))

  ;; Copies the records into the peak arrays: this moment becomes the peak snapshot's. The peak
  ;; arrays mirror the records as of the last copy, so only those changed since are copied.
  (func $copy_peak (export "copy_peak")
    (local $k i32) (local $tb i32) (local $r i32) (local $site i32)
    (if (i32.lt_u (global.get $peak_site_cap) (global.get $rec_site_cap))
      (then
        (global.set $peak_site (call $regrow (global.get $peak_site) (i32.mul (global.get $peak_site_cap) (global.get $REC_BYTES))
          (i32.mul (global.get $rec_site_cap) (global.get $REC_BYTES))))
        (global.set $peak_temp_site (call $regrow (global.get $peak_temp_site) (i32.mul (global.get $peak_site_cap) (global.get $TEMP_BYTES))
          (i32.mul (global.get $rec_site_cap) (global.get $TEMP_BYTES))))
        (global.set $peak_site_cap (global.get $rec_site_cap))))
    (block $grown
      (loop $grow
        (br_if $grown (i32.ge_u (global.get $peak_tb_cap) (global.get $tb_meta_cap)))
        (call $new_seg (global.get $peak_tb) (global.get $peak_tb_cap) (global.get $REC_BYTES))
        (call $new_seg (global.get $peak_temp_tb) (global.get $peak_tb_cap) (global.get $TEMP_BYTES))
        (global.set $peak_tb_cap (i32.add (global.get $peak_tb_cap) (global.get $SEG_IDS)))
        (br $grow)))
    (block $done
          (loop $each
            (br_if $done (i32.ge_u (local.get $k) (global.get $dirty_len)))
            (local.set $tb (i32.load (i32.add (global.get $dirty) (i32.shl (local.get $k) (i32.const 2)))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (if (i32.and (local.get $tb) (global.get $TAG))
              (then
                ;; a site's record (an impossible site's is $sink's, never copied)
                (local.set $site (i32.xor (local.get $tb) (global.get $TAG)))
                (br_if $each (i32.ge_u (local.get $site) (global.get $rec_site_cap)))
                (local.set $r (i32.add (global.get $rec_site) (i32.mul (local.get $site) (global.get $REC_BYTES))))
                (call $unmark (local.get $r))
                (memory.copy (i32.add (local.get $r) (i32.sub (global.get $peak_site) (global.get $rec_site))) (local.get $r) (global.get $REC_BYTES))
                (local.set $r (i32.add (global.get $temp_site) (i32.mul (local.get $site) (global.get $TEMP_BYTES))))
                (call $copy_temp (i32.add (local.get $r) (i32.sub (global.get $peak_temp_site) (global.get $temp_site))) (local.get $r)))
              (else
                (local.set $r (call $at (global.get $rec_tb) (local.get $tb) (global.get $REC_BYTES)))
                (call $unmark (local.get $r))
                (memory.copy (call $at (global.get $peak_tb) (local.get $tb) (global.get $REC_BYTES)) (local.get $r) (global.get $REC_BYTES))
                (call $copy_temp (call $at (global.get $peak_temp_tb) (local.get $tb) (global.get $TEMP_BYTES))
                  (call $at (global.get $temp_tb) (local.get $tb) (global.get $TEMP_BYTES)))))
            (br $each)))
    (global.set $dirty_len (i32.const 0))
    (global.set $peak_tb_count (global.get $tb_count))
    (call $set_next_copy))

  ;; The temporary record at src copied to dst (its peak copy) if they differ: most are [0, 0]
  ;; on both sides (a program's frees rarely follow their allocation at once), and writing a
  ;; zero record into a peak array still never written touched its fresh page (at nframe 16 the
  ;; anchors' program's peak temporaries, 1 MB of zeros: bench/README.md, "deep11").
  (func $copy_temp (param $dst i32) (param $src i32)
    (local $v v128)
    (local.set $v (v128.load (local.get $src)))
    (if (v128.any_true (v128.xor (local.get $v) (v128.load (local.get $dst))))
      (then (v128.store (local.get $dst) (local.get $v)))))

  ;; Record r is unchanged since this copy: its mark cleared (the copy made without it).
  (func $unmark (param $r i32)
    (i64.store offset=8 (local.get $r) (i64.and (i64.load offset=8 (local.get $r)) (i64.const 0x7fffffffffffffff))))

  (func $set_next_copy
    (global.set $next_copy (i64.add (global.get $total_copied) (i64.shr_u (global.get $total_copied) (i64.const 7)))))

  ;; ---- tracebacks ----

  ;; Reserves the weights table for sites 0..n-1 (zeroed; JS fills it) and returns its address;
  ;; the sites past n that have a record weigh 1 (the table covers them: see $weights).
  (func (export "set_weights") (param $n i32) (result i32)
    (local $cap i32)
    (local.set $cap (select (local.get $n) (global.get $rec_site_cap) (i32.gt_u (local.get $n) (global.get $rec_site_cap))))
    (global.set $weights (call $sbrk (local.get $cap)))
    (memory.fill (i32.add (global.get $weights) (local.get $n)) (i32.const 1) (i32.sub (local.get $cap) (local.get $n)))
    (global.set $weights_len (local.get $n))
    (global.set $weights_cap (local.get $cap))
    (call $cct_reset (i32.const 0))
    (global.get $weights))

  (func $weight (param $site i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $site) (global.get $weights_len))
      (then (i32.load8_u (i32.add (global.get $weights) (local.get $site))))
      (else (i32.const 1))))

  ;; How many of the `total` sites to record: enough to show nframe frames (all when fewer), and
  ;; never more than MAX_RECORDED: a stack of library code with no frame of the program's in
  ;; reach is not walked (and stored) to its bottom on every allocation.
  (func $record_count (param $site i32) (param $total i32) (result i32)
    (local $k i32) (local $shown i32)
    (if (i32.eqz (global.get $weights_len))
      (then (return (select (global.get $nframe) (local.get $total) (i32.lt_u (global.get $nframe) (local.get $total))))))
    (loop $more
      (local.set $shown (i32.add (local.get $shown) (call $weight (call $frame (local.get $site) (local.get $k)))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $more (i32.and (i32.and (i32.lt_u (local.get $k) (local.get $total)) (i32.lt_u (local.get $k) (global.get $MAX_RECORDED)))
                            (i32.lt_u (local.get $shown) (global.get $nframe)))))
    (local.get $k))

  ;; Frame k (0 = the allocation site) of the traceback being recorded.
  (func $frame (param $site i32) (param $k i32) (result i32)
    (if (result i32) (i32.eqz (local.get $k))
      (then (local.get $site))
      (else (i32.load (i32.sub (i32.load (global.get $SP)) (i32.shl (local.get $k) (i32.const 3)))))))

  ;; The id of the traceback being recorded. A traceback is a function of the allocation site and
  ;; the path of call sites from the stack's bottom, so it is cached in a calling-context tree:
  ;; each frame of the shadow stack caches its CCT node's slot in its parent's record (the child
  ;; of the frame below's node by its site), found by enter when the frame below has its slot and
  ;; its node's record holds the site (a recursion's left and right calls: the lookup's loads then
  ;; run while the callee works, off the allocation's path), else computed at an allocation only
  ;; for the frames pushed since the last one (enter stored 0); the slot caches the id of the
  ;; node's last allocation site. So a traceback costs a few loads however deep it is; the frames are walked (and hashed,
  ;; in $intern) only the first time a path allocates at a site. The ids are the ones $intern
  ;; gives, in the same order: the tree only caches them.
  (func $traceback (param $site i32) (result i32)
    (local $sp i32) (local $slot i32) (local $tb i32)
    ;; the usual case, inlined into the hooks: the top frame has its slot (enter found it, or an
    ;; allocation before this one did) and the slot's last allocation was at this site (an
    ;; empty stack reads the 0 before SS_BASE: $traceback_slow)
    (local.set $sp (i32.load (global.get $SP)))
    (if (i32.gt_u (global.get $nframe) (i32.const 1))
      (then
        (local.set $slot (i32.load offset=4 (i32.sub (local.get $sp) (global.get $SS_FRAME))))
        (if (local.get $slot)
          (then (if (i32.eq (i32.load offset=8 (local.get $slot)) (local.get $site))
            (then (return (i32.load offset=12 (local.get $slot)))))))))
    (call $traceback_slow (local.get $site)))

  ;; $traceback's other cases.
  (func $traceback_slow (param $site i32) (result i32)
    (local $sp i32) (local $slot i32) (local $tb i32)
    ;; nframe 1: the site alone, unless it is all library code (then its callers are needed)
    (if (i32.le_u (global.get $nframe) (i32.const 1))
      (then (if (call $weight (local.get $site)) (then (return (i32.or (local.get $site) (global.get $TAG)))))))
    (local.set $sp (i32.load (global.get $SP)))
    (if (i32.eq (local.get $sp) (global.get $SS_BASE)) (then (return (i32.or (local.get $site) (global.get $TAG)))))
    (local.set $slot (i32.load offset=4 (i32.sub (local.get $sp) (global.get $SS_FRAME))))
    (if (i32.eqz (local.get $slot)) (then (local.set $slot (call $cct_top (local.get $sp)))))
    ;; the node's last allocation site and its id: the usual answer
    (if (i32.eq (i32.load offset=8 (local.get $slot)) (local.get $site)) (then (return (i32.load offset=12 (local.get $slot)))))
    (local.set $tb (call $cct_get (i32.load offset=4 (local.get $slot)) (i32.or (local.get $site) (global.get $TAG))))
    (if (i32.eq (local.get $tb) (i32.const -1))
      (then
        (local.set $tb (call $traceback_of_stack (local.get $site)))
        ;; the tree full: it was emptied (the slot too), so this id is not cached
        (if (i32.eqz (call $cct_put (i32.load offset=4 (local.get $slot)) (i32.or (local.get $site) (global.get $TAG)) (local.get $tb)))
          (then (return (local.get $tb))))))
    (i64.store offset=8 (local.get $slot)
      (i64.or (i64.extend_i32_u (local.get $site)) (i64.shl (i64.extend_i32_u (local.get $tb)) (i64.const 32))))
    (local.get $tb))

  ;; A node's record: two slots [site, child node, the child's last allocation site, its tb] for
  ;; its two last children (a call site's callees, say a recursion's left and right; the table
  ;; finds the others). A node's own cache of its last allocation is in its slot in its parent's
  ;; record, which the frame holds: a fresh frame's traceback reads its parent's record only, and
  ;; the record of a node that calls nothing (a leaf of the program's call tree) is never read.
  ;; Nodes are numbered in the order they are made, so a program repeating a walk of its call
  ;; tree reads the records in order (bench/README.md, "Deep stacks": 64 bytes a node with its
  ;; own cache in it cost more).
  (func $node_record (param $node i32) (result i32)
    (i32.add (global.get $cct_nodes) (i32.shl (local.get $node) (i32.const 5))))

  ;; The slot of the top frame's CCT node (sp: the stack pointer), computing those of the frames
  ;; above the highest one that has its slot. A frame's slot never changes while it is on the
  ;; stack: a parent's record changes only when a child is looked up at that frame's height.
  (func $cct_top (param $sp i32) (result i32)
    (local $p i32) (local $node i32) (local $slot i32)
    (loop $restart
      (local.set $p (i32.sub (local.get $sp) (global.get $SS_FRAME)))
      (local.set $node (i32.const 0))
      (block $found
        (loop $down
          (br_if $found (i32.lt_u (local.get $p) (global.get $SS_BASE)))
          (local.set $slot (i32.load offset=4 (local.get $p)))
          (if (local.get $slot)
            (then
              (local.set $node (i32.load offset=4 (local.get $slot)))
              (br $found)))
          (local.set $p (i32.sub (local.get $p) (global.get $SS_FRAME)))
          (br $down)))
      ;; p: the highest frame with a slot (node: its node), or below the base (node 0: the root)
      (loop $up
        (local.set $p (i32.add (local.get $p) (global.get $SS_FRAME)))
        (if (i32.lt_u (local.get $p) (local.get $sp))
          (then
            (local.set $slot (call $cct_child (local.get $node) (i32.load (local.get $p))))
            ;; 0: the tree was full and is empty again (the frames' slots too): from the bottom
            (br_if $restart (i32.eqz (local.get $slot)))
            (i32.store offset=4 (local.get $p) (local.get $slot))
            (local.set $node (i32.load offset=4 (local.get $slot)))
            (br $up)))))
    (local.get $slot))

  ;; The slot of parent's child by a frame's site, made if new (the child too); 0 when the tree
  ;; was full (then emptied). The slot is chosen without a branch (left and right children
  ;; alternate: a branch per slot mispredicted one time in two, bench/README.md).
  (func $cct_child (param $parent i32) (param $site i32) (result i32)
    (local $r i32) (local $slot i32) (local $id i32)
    (local.set $r (call $node_record (local.get $parent)))
    (local.set $slot (i32.add (local.get $r) (i32.shl (i32.ne (i32.load (local.get $r)) (local.get $site)) (i32.const 4))))
    (if (i32.eq (i32.load (local.get $slot)) (local.get $site)) (then (return (local.get $slot))))
    (local.set $id (call $cct_get (local.get $parent) (local.get $site)))
    (if (i32.eq (local.get $id) (i32.const -1))
      (then
        (local.set $id (global.get $cct_nodes_used))
        (if (i32.eqz (call $cct_put (local.get $parent) (local.get $site) (local.get $id))) (then (return (i32.const 0))))
        (global.set $cct_nodes_used (i32.add (local.get $id) (i32.const 1)))
        ;; no children yet
        (memory.fill (call $node_record (local.get $id)) (i32.const 0xff) (i32.const 32))))
    ;; the first slot for it, the other for the first's: [site, node, no last allocation yet]
    (v128.store offset=16 (local.get $r) (v128.load (local.get $r)))
    (v128.store (local.get $r) (i32x4.replace_lane 1 (i32x4.replace_lane 0 (v128.const i32x4 -1 -1 -1 -1) (local.get $site)) (local.get $id)))
    (local.get $r))

  ;; The table's value for (parent, key): a frame's site -> child node, site | TAG -> tb; -1: none.
  (func $cct_get (param $parent i32) (param $key i32) (result i32)
    (local $want i64) (local $i i32) (local $a i32) (local $k i64)
    (local.set $want (i64.or (i64.shl (i64.extend_i32_u (local.get $key)) (i64.const 32)) (i64.extend_i32_u (local.get $parent))))
    (local.set $i (call $cct_home (local.get $parent) (local.get $key)))
    (loop $probe
      (local.set $a (i32.add (global.get $cct) (i32.shl (local.get $i) (i32.const 4))))
      (local.set $k (i64.load (local.get $a)))
      (if (i64.eq (local.get $k) (local.get $want)) (then (return (i32.load offset=8 (local.get $a)))))
      (if (i64.eq (local.get $k) (i64.const -1)) (then (return (i32.const -1))))
      (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (global.get $cct_mask)))
      (br $probe))
    (unreachable))

  (func $cct_home (param $parent i32) (param $key i32) (result i32)
    (local $h i32)
    (local.set $h (i32.mul (i32.xor (local.get $parent) (i32.mul (local.get $key) (i32.const 0x85ebca6b))) (i32.const 0x9e3779b1)))
    (i32.and (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))) (global.get $cct_mask)))

  ;; Adds (parent, key) -> value (known absent); 0 when the table was 3/4 full: then the tree is
  ;; grown (below CCT_MAX slots) or emptied, the records moved, the frames' slots forgotten, and
  ;; nothing is added.
  (func $cct_put (param $parent i32) (param $key i32) (param $value i32) (result i32)
    (if (i32.ge_u (i32.shl (global.get $cct_count) (i32.const 2)) (i32.mul (global.get $cct_mask) (i32.const 3)))
      (then
        (if (i32.lt_u (global.get $cct_mask) (i32.sub (global.get $CCT_MAX) (i32.const 1)))
          (then (call $cct_grow))
          (else (call $cct_reset (i32.const 0))))
        (return (i32.const 0))))
    (call $cct_place (global.get $cct) (local.get $parent) (local.get $key) (local.get $value))
    (global.set $cct_count (i32.add (global.get $cct_count) (i32.const 1)))
    (i32.const 1))

  ;; Puts (parent, key) -> value (known absent) into the table at t (of cct_mask + 1 slots).
  (func $cct_place (param $t i32) (param $parent i32) (param $key i32) (param $value i32)
    (local $i i32) (local $a i32)
    (local.set $i (call $cct_home (local.get $parent) (local.get $key)))
    (loop $probe
      (local.set $a (i32.add (local.get $t) (i32.shl (local.get $i) (i32.const 4))))
      (if (i64.ne (i64.load (local.get $a)) (i64.const -1))
        (then
          (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (global.get $cct_mask)))
          (br $probe))))
    (i64.store (local.get $a) (i64.or (i64.shl (i64.extend_i32_u (local.get $key)) (i64.const 32)) (i64.extend_i32_u (local.get $parent))))
    (i32.store offset=8 (local.get $a) (local.get $value)))

  ;; The tree doubled, keeping what it holds: its entries placed again in a table twice the size,
  ;; its nodes (same ids) copied into an array twice the size. Emptying it instead (as at
  ;; CCT_MAX) had every traceback interned again after each doubling: the anchors' program's
  ;; 32,770 tracebacks were interned ~98 k times (bench/README.md, "Deep stacks").
  (func $cct_grow
    (local $old i32) (local $end i32) (local $cap i32) (local $k i64) (local $nodes i32)
    (local.set $old (global.get $cct))
    (local.set $end (i32.add (local.get $old) (i32.shl (i32.add (global.get $cct_mask) (i32.const 1)) (i32.const 4))))
    (local.set $cap (i32.shl (i32.add (global.get $cct_mask) (i32.const 1)) (i32.const 1)))
    (global.set $cct (call $take (i32.shl (local.get $cap) (i32.const 4))))
    (global.set $cct_mask (i32.sub (local.get $cap) (i32.const 1)))
    (memory.fill (global.get $cct) (i32.const 0xff) (i32.shl (local.get $cap) (i32.const 4)))
    (loop $each
      (local.set $k (i64.load (local.get $old)))
      (if (i64.ne (local.get $k) (i64.const -1))
        (then (call $cct_place (global.get $cct) (i32.wrap_i64 (local.get $k)) (i32.wrap_i64 (i64.shr_u (local.get $k) (i64.const 32)))
          (i32.load offset=8 (local.get $old)))))
      (local.set $old (i32.add (local.get $old) (i32.const 16)))
      (br_if $each (i32.lt_u (local.get $old) (local.get $end))))
    (call $release_slow (i32.sub (local.get $end) (i32.shl (local.get $cap) (i32.const 3))) (i32.shl (local.get $cap) (i32.const 3)))
    (local.set $nodes (call $take (i32.shl (i32.add (i32.shr_u (i32.mul (local.get $cap) (i32.const 3)) (i32.const 2)) (i32.const 1)) (i32.const 5))))
    (memory.copy (local.get $nodes) (global.get $cct_nodes) (i32.shl (global.get $cct_nodes_used) (i32.const 5)))
    ;; the old node array: (cap / 4 + 1) records
    (call $release_slow (global.get $cct_nodes) (i32.shl (i32.add (i32.shr_u (i32.mul (local.get $cap) (i32.const 3)) (i32.const 3)) (i32.const 1)) (i32.const 5)))
    (global.set $cct_nodes (local.get $nodes))
    ;; the frames' slots are addresses in the old array
    (call $forget_nodes))

  ;; Empties the tree (grown x2 up to CCT_MAX slots when `grow`), and forgets the slots the
  ;; shadow stack's frames cached. At CCT_MAX slots when 3/4 full ($cct_grow below it). Also after anything that changes what a leaf's id would be:
  ;; nframe, the weights, clear. The table's slots: CCT_MIN..CCT_MAX; the nodes: three per four
  ;; slots (+ the root), as the table is never more than 3/4 full (a node is an entry).
  (func $cct_reset (param $grow i32)
    (local $cap i32)
    (local.set $cap (i32.add (global.get $cct_mask) (i32.const 1)))
    (if (i32.lt_u (local.get $cap) (global.get $CCT_MIN))
      (then (local.set $cap (global.get $CCT_MIN)) (local.set $grow (i32.const 2)))
      (else (if (i32.and (local.get $grow) (i32.lt_u (local.get $cap) (global.get $CCT_MAX)))
        (then (local.set $cap (i32.shl (local.get $cap) (i32.const 1))))
        (else (local.set $grow (i32.const 0))))))
    (if (local.get $grow)
      (then
        (global.set $cct (call $sbrk (i32.shl (local.get $cap) (i32.const 4))))
        (global.set $cct_nodes (call $sbrk (i32.shl (i32.add (i32.shr_u (i32.mul (local.get $cap) (i32.const 3)) (i32.const 2)) (i32.const 1)) (i32.const 5))))))
    (global.set $cct_mask (i32.sub (local.get $cap) (i32.const 1)))
    (memory.fill (global.get $cct) (i32.const 0xff) (i32.shl (local.get $cap) (i32.const 4)))
    (global.set $cct_count (i32.const 0))
    ;; the root, node 0: no children (the others are written whole when made)
    (memory.fill (global.get $cct_nodes) (i32.const 0xff) (i32.const 32))
    (global.set $cct_nodes_used (i32.const 1))
    (call $forget_nodes))

  ;; Every frame of the shadow stack forgets its cached tree slot (found again when needed).
  (func $forget_nodes
    (local $p i32) (local $end i32)
    (local.set $p (global.get $SS_BASE))
    (local.set $end (i32.load (global.get $SP)))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (i32.store offset=4 (local.get $p) (i32.const 0))
        (local.set $p (i32.add (local.get $p) (global.get $SS_FRAME)))
        (br $each))))

  ;; The hooks' rare first check: the first hook of a JS task arms (host.arm), and armed says
  ;; whether nframe is 0 (2: the event is skipped), so the usual event checks one global.
  (func $wake_slow (result i32)
    (if (i32.eqz (global.get $armed)) (then (call $arm)))
    (global.set $armed (select (i32.const 1) (i32.const 2) (global.get $nframe)))
    (i32.ne (global.get $armed) (i32.const 1)))

  (func (export "set_nframe") (param $n i32)
    (if (global.get $armed) (then (global.set $armed (select (i32.const 1) (i32.const 2) (local.get $n)))))
    (if (i32.ne (local.get $n) (global.get $nframe))
      (then (global.set $nframe (local.get $n)) (call $cct_reset (i32.const 0)))))

  ;; The id of the traceback of the allocation at site under the current stack, from its frames.
  (func $traceback_of_stack (param $site i32) (result i32)
    (local $total i32)
    (local.set $total (i32.add (i32.shr_u (i32.sub (i32.load (global.get $SP)) (global.get $SS_BASE)) (i32.const 3)) (i32.const 1)))
    (call $intern (local.get $site) (local.get $total) (call $record_count (local.get $site) (local.get $total))))

  ;; The interned id of [site, frames...] (n of them, of a stack `total` deep).
  (func $intern (param $site i32) (param $total i32) (param $n i32) (result i32)
    (local $h i32) (local $k i32) (local $i i32) (local $e i32) (local $m i32)
    ;; hash of (total, frames)
    (local.set $h (i32.mul (i32.xor (local.get $total) (i32.const 0x2545f491)) (i32.const 0x9e3779b1)))
    (local.set $k (i32.const 0))
    (loop $hash
      (local.set $h (i32.mul (i32.xor (local.get $h) (call $frame (local.get $site) (local.get $k))) (i32.const 0x9e3779b1)))
      (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 15))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $hash (i32.lt_u (local.get $k) (local.get $n))))
    (local.set $i (i32.and (local.get $h) (global.get $tb_index_mask)))
    (loop $probe
      (local.set $e (i32.load (i32.add (global.get $tb_index) (i32.shl (local.get $i) (i32.const 2)))))
      (if (i32.eqz (local.get $e)) (then (return (call $intern_new (local.get $site) (local.get $n) (local.get $total) (local.get $h) (local.get $i)))))
      (local.set $m (call $at (global.get $tb_meta) (i32.sub (local.get $e) (i32.const 1)) (i32.const 16)))
      (if (i32.and (i32.eq (i32.load offset=12 (local.get $m)) (local.get $h))
            (i32.and (i32.eq (i32.load offset=4 (local.get $m)) (local.get $n)) (i32.eq (i32.load offset=8 (local.get $m)) (local.get $total))))
        (then (if (call $same_frames (local.get $site) (local.get $n) (i32.load (local.get $m)))
          (then (return (i32.sub (local.get $e) (i32.const 1)))))))
      (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (global.get $tb_index_mask)))
      (br $probe))
    (unreachable))

  ;; Whether [site, frames...] (n of them) equals the pool's sites at p (most recent first).
  (func $same_frames (param $site i32) (param $n i32) (param $p i32) (result i32)
    (local $k i32)
    (loop $each
      (if (i32.ne (i32.load (local.get $p)) (call $frame (local.get $site) (local.get $k))) (then (return (i32.const 0))))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $each (i32.lt_u (local.get $k) (local.get $n))))
    (i32.const 1))

  ;; A block of `bytes` holding the first `used` bytes of `old` (old is abandoned in the arena).
  (func $regrow (param $old i32) (param $used i32) (param $bytes i32) (result i32)
    (local $new i32)
    (local.set $new (call $take (local.get $bytes)))
    (call $copy_nonzero (local.get $new) (local.get $old) (local.get $used))
    (call $release_slow (local.get $old) (local.get $used))
    (local.get $new))

  ;; Copies n bytes from src to dst, which is zeroed ($take's), but for the 4 KiB pieces of src
  ;; that are all zero: dst's pages there stay untouched when they are fresh arena. The arrays a
  ;; table regrows are often mostly zeros (the temporary records: at nframe 16 the anchors'
  ;; program's were 1 MB of zeros, copied at each doubling; bench/README.md, "deep11").
  (func $copy_nonzero (param $dst i32) (param $src i32) (param $n i32)
    (local $k i32) (local $len i32) (local $p i32) (local $end i32)
    (block $done
      (loop $piece
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        (local.set $len (i32.sub (local.get $n) (local.get $k)))
        (if (i32.gt_u (local.get $len) (i32.const 4096)) (then (local.set $len (i32.const 4096))))
        ;; scan the piece 16 bytes at a time (a tail under 16 bytes counts as non-zero)
        (local.set $p (i32.add (local.get $src) (local.get $k)))
        (local.set $end (i32.add (local.get $p) (i32.and (local.get $len) (i32.const -16))))
        (block $nonzero
          (br_if $nonzero (i32.and (local.get $len) (i32.const 15)))
          (loop $scan
            (br_if $nonzero (v128.any_true (v128.load (local.get $p))))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (br_if $scan (i32.lt_u (local.get $p) (local.get $end))))
          (local.set $k (i32.add (local.get $k) (local.get $len)))
          (br $piece))
        (memory.copy (i32.add (local.get $dst) (local.get $k)) (i32.add (local.get $src) (local.get $k)) (local.get $len))
        (local.set $k (i32.add (local.get $k) (local.get $len)))
        (br $piece))))

  ;; $regrow from the arena's end, the old block abandoned: no call but $sbrk's code, so the
  ;; dirty list's growth in $changed keeps the counters inlined (its blocks are small).
  (func $regrow_fresh (param $old i32) (param $used i32) (param $bytes i32) (result i32)
    (local $new i32)
    (local.set $new (call $sbrk (local.get $bytes)))
    (memory.copy (local.get $new) (local.get $old) (local.get $used))
    (local.get $new))

  (func $intern_new (param $site i32) (param $n i32) (param $total i32) (param $h i32) (param $slot i32) (result i32)
    (local $id i32) (local $m i32) (local $k i32) (local $cap i32) (local $e i32) (local $i i32)
    (local.set $id (global.get $tb_count))
    (if (i32.ge_u (local.get $id) (global.get $tb_meta_cap)) (then (call $tb_grow)))
    ;; the sites go in the pool's current block, or a new one (the old one's tail stays unused:
    ;; never written, so never touched when it was fresh arena)
    (if (i32.gt_u (i32.add (global.get $pool_at) (i32.shl (local.get $n) (i32.const 2))) (global.get $pool_end))
      (then
        (local.set $cap (global.get $pool_next))
        (if (i32.lt_u (local.get $cap) (i32.shl (local.get $n) (i32.const 2)))
          (then (local.set $cap (i32.shl (local.get $n) (i32.const 2)))))
        (global.set $pool_at (call $take (local.get $cap)))
        (global.set $pool_end (i32.add (global.get $pool_at) (local.get $cap)))
        (if (i32.lt_u (global.get $pool_next) (global.get $POOL_MAX))
          (then (global.set $pool_next (i32.shl (global.get $pool_next) (i32.const 1)))))))
    (loop $copy
      (i32.store (i32.add (global.get $pool_at) (i32.shl (local.get $k) (i32.const 2)))
        (call $frame (local.get $site) (local.get $k)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $copy (i32.lt_u (local.get $k) (local.get $n))))
    (local.set $m (call $at (global.get $tb_meta) (local.get $id) (i32.const 16)))
    (i32.store (local.get $m) (global.get $pool_at))
    (i32.store offset=4 (local.get $m) (local.get $n))
    (i32.store offset=8 (local.get $m) (local.get $total))
    (i32.store offset=12 (local.get $m) (local.get $h))
    (global.set $pool_at (i32.add (global.get $pool_at) (i32.shl (local.get $n) (i32.const 2))))
    (i32.store (i32.add (global.get $tb_index) (i32.shl (local.get $slot) (i32.const 2))) (i32.add (local.get $id) (i32.const 1)))
    (global.set $tb_count (i32.add (local.get $id) (i32.const 1)))
    ;; keep the index at most half full
    (if (i32.gt_u (i32.shl (global.get $tb_count) (i32.const 1)) (global.get $tb_index_mask))
      (then
        (global.set $tb_index_mask (i32.add (i32.shl (global.get $tb_index_mask) (i32.const 1)) (i32.const 1)))
        (call $release_slow (global.get $tb_index) (i32.shl (i32.add (global.get $tb_index_mask) (i32.const 1)) (i32.const 1)))
        (global.set $tb_index (call $take (i32.shl (i32.add (global.get $tb_index_mask) (i32.const 1)) (i32.const 2))))
        (local.set $e (i32.const 0))
        (loop $reindex
          (local.set $i (i32.and (i32.load offset=12 (call $at (global.get $tb_meta) (local.get $e) (i32.const 16)))
                                 (global.get $tb_index_mask)))
          (block $placed
            (loop $probe
              (br_if $placed (i32.eqz (i32.load (i32.add (global.get $tb_index) (i32.shl (local.get $i) (i32.const 2))))))
              (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (global.get $tb_index_mask)))
              (br $probe)))
          (i32.store (i32.add (global.get $tb_index) (i32.shl (local.get $i) (i32.const 2))) (i32.add (local.get $e) (i32.const 1)))
          (local.set $e (i32.add (local.get $e) (i32.const 1)))
          (br_if $reindex (i32.lt_u (local.get $e) (global.get $tb_count))))))
    (local.get $id))

  ;; ---- missed frees ----

  (func $count_missed (param $site i32)
    (local $cap i32) (local $a i32)
    (if (i32.ge_u (local.get $site) (global.get $missed_cap))
      (then
        (if (i32.ge_u (local.get $site) (global.get $MISSED_MAX))
          (then (call $invalid (i32.const 2) (local.get $site) (i32.const 0)) (return)))
        (local.set $cap (i32.shl (global.get $missed_cap) (i32.const 1)))
        (if (i32.le_u (local.get $cap) (local.get $site))
          (then (local.set $cap (i32.and (i32.add (local.get $site) (i32.const 256)) (i32.const -256)))))
        (global.set $missed (call $regrow (global.get $missed) (i32.shl (global.get $missed_cap) (i32.const 2)) (i32.shl (local.get $cap) (i32.const 2))))
        (global.set $missed_cap (local.get $cap))))
    (local.set $a (i32.add (global.get $missed) (i32.shl (local.get $site) (i32.const 2))))
    (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (i32.const 1))))

  ;; ---- the hooks (docs/hook-abi.md) ----

  ;; Whether the traceback is [site] alone, with no JS frame nor interning to look at: nframe 1
  ;; and a site of the module's that shows a frame. Exactly the case where $js_site returns the
  ;; site unchanged (it captures JS frames only for site 0, for a site of weight 0, or for a
  ;; bottom slot a traceback of more than one site reaches) and $traceback then tags it, so the
  ;; hooks skip both: the nframe 1 path is these few instructions and no call.
  (func $one_frame (param $site i32) (result i32)
    (if (result i32) (i32.and (i32.le_u (global.get $nframe) (i32.const 1)) (i32.ne (local.get $site) (i32.const 0)))
      (then (i32.ne (call $weight (local.get $site)) (i32.const 0)))
      (else (i32.const 0))))

;; The hooks' usual cases have no call on their paths but at their ends: V8's TurboFan (Node 20)
  ;; stores a function's parameters to its frame at entry when any path calls and needs them after
  ;; the call (and reloads them), ~8 instructions an event; so each rare case hands the whole
  ;; event, or the rest of it, to a *_slow function as the hook's last act, with nothing to keep
  ;; (bench/README.md, "core22"). The *_slow functions are the complete paths: a usual case that
  ;; gives up does so before it has changed anything.

  ;; An allocation: armed, and its traceback's usual case: at nframe 1 [site] with its
  ;; record in reach (site 0, a site of weight 0 and a site past the record array: $alloc_slow);
  ;; at nframe > 1 the id the top frame's tree slot cached for this site ($traceback's usual
  ;; case; with JS frames on, $js_site's too: a site, and the activation's JS frames captured).
  ;; Else $alloc_deep_slow finds it, and gives back the parameters with it, so that they do not
  ;; live across its call (nothing here is stored at entry for it). Then $alloc_tb (one caller:
  ;; inlined).
  (func $alloc_hook (export "alloc") (param $ptr i32) (param $size i32) (param $site i32)
    (local $tb i32) (local $r i32) (local $v v128) (local $slot i32)
    (if (i32.ne (global.get $armed) (i32.const 1))
      (then (call $alloc_slow (local.get $ptr) (local.get $size) (local.get $site)) (return)))
    ;; ptr 0 (a failed allocation) is not tested here: its usual case always gives up to
    ;; $alloc_table_slow, which drops it (the probe for 0 finds a free slot, or no free slot is
    ;; found), or to $alloc_slow; the deep path's traceback is not computed for it
    (block $usual
      (block $deep
        (if (i32.gt_u (global.get $nframe) (i32.const 1))
          (then
            ;; [deep usual case]
            ;; (JS frames: tests one by one, not flags combined: TurboFan set and or'ed them)
            (if (global.get $js)
              (then
                (br_if $deep (i32.eqz (local.get $site)))
                (br_if $deep (i32.eqz (i32.load (global.get $SS_BASE))))))
            ;; an empty stack reads the 0 before SS_BASE
            (local.set $slot (i32.load offset=4 (i32.sub (i32.load (global.get $SP)) (global.get $SS_FRAME))))
            (br_if $deep (i32.eqz (local.get $slot)))
            (br_if $deep (i32.ne (i32.load offset=8 (local.get $slot)) (local.get $site)))
            (local.set $tb (i32.load offset=12 (local.get $slot)))
            ;; a site without a record yet (tagged, past rec_site_cap): the deep path grows the array
            (br_if $deep (i32.ge_u (local.get $tb) (global.get $rec_tag_end)))
            (local.set $r (call $rec_known (local.get $tb)))
            (br $usual)))
        (if (i32.ge_u (i32.sub (local.get $site) (i32.const 1)) (global.get $rec_site_reach))
          (then (call $alloc_slow (local.get $ptr) (local.get $size) (local.get $site)) (return)))
        ;; site < rec_site_cap <= weights_cap: its weight is in the table ($weights)
        (if (i32.eqz (i32.load8_u (i32.add (global.get $weights) (local.get $site))))
          (then (call $alloc_slow (local.get $ptr) (local.get $size) (local.get $site)) (return)))
        (local.set $tb (i32.or (local.get $site) (global.get $TAG)))
        (local.set $r (i32.add (global.get $rec_site) (i32.mul (local.get $site) (global.get $REC_BYTES))))
        (br $usual))
      (if (i32.eqz (local.get $ptr)) (then (return)))
      (local.set $v (call $alloc_deep_slow (local.get $ptr) (local.get $size) (local.get $site)))
      (local.set $ptr (i32x4.extract_lane 0 (local.get $v)))
      (local.set $size (i32x4.extract_lane 1 (local.get $v)))
      (local.set $site (i32x4.extract_lane 2 (local.get $v)))
      (local.set $tb (i32x4.extract_lane 3 (local.get $v)))
      (local.set $r (call $rec (local.get $tb))))
    (call $alloc_tb (local.get $ptr) (local.get $size) (local.get $site) (local.get $tb) (local.get $r)))

  ;; nframe > 1 (armed, ptr not 0): the traceback tb, its record's array grown to reach it, and
  ;; [ptr, size, site, tb] (the hook's parameters given back: see alloc).
  ;; [JS frames] $js_site's steps, written out here by build-wasm.mjs (`;; {js_site_steps}`, one
  ;; source: the same steps, in the same order): this is where nearly every capture is made, and
  ;; V8 walks and summarizes each wasm frame above the program's, so the capture starts one frame
  ;; nearer the program's (~7 k instructions of ~60-200 k a capture, bench/README.md "Captures
  ;; one frame nearer"). $alloc_slow and $realloc_slow keep calling $js_site.
  (func $alloc_deep_slow (param $ptr i32) (param $size i32) (param $site i32) (result v128)
    (local $tb i32) (local $rs i32) (local $sp i32) (local $total i32)
    ;; [JS frames] the site to record, and the JS frames under it (the end of this file)
    (local.set $rs (local.get $site))
    (if (global.get $js)
      (then
        ;; {js_site_steps}
        ))
    (local.set $tb (call $traceback (local.get $rs)))
    (if (global.get $js_pushed) (then (call $js_pop)))
    (drop (call $rec_reach (local.get $tb)))
    (i32x4.replace_lane 3 (i32x4.replace_lane 2 (i32x4.replace_lane 1 (i32x4.splat (local.get $ptr))
      (local.get $size)) (local.get $site)) (local.get $tb)))

  ;; The rest of an allocation of `size` bytes at ptr, traceback tb (whose record is r), at site:
  ;; the usual case is ptr absent, its segment not due to split, its home bucket with a free slot
  ;; and nothing overflowed from it (else $alloc_table_slow does the rest); then the record, the
  ;; size class, current/peak and the totals, and last the rare record's first change since a
  ;; peak copy and the peak copy itself.
  (func $alloc_tb (param $ptr i32) (param $size i32) (param $site i32) (param $tb i32) (param $r i32)
    (local $h i32) (local $s i32) (local $b i32) (local $m i32) (local $kb i32)
    (local $k0 v128) (local $k1 v128) (local $k2 v128) (local $k3 v128)
    (local $n i64) (local $v v128) (local $a i32) (local $c i64) (local $t i64) (local $live i32)
    (local.set $h (call $mix (local.get $ptr)))
    (local.set $s (call $segment_of (local.get $h)))
    (local.set $b (i32.and (local.get $h) (global.get $BMASK)))
    ;; the live count, read once (its store below would make TurboFan load it again)
    (local.set $live (i32.load (local.get $s)))
    (if (i32.ge_u (local.get $live) (global.get $SPLIT_AT))
      (then (call $alloc_table_slow (local.get $ptr) (local.get $size) (local.get $site) (local.get $tb)) (return)))
    (if (call $overflowed (local.get $s) (local.get $b))
      (then (call $alloc_table_slow (local.get $ptr) (local.get $size) (local.get $site) (local.get $tb)) (return)))
    (local.set $kb (call $keys (local.get $s) (local.get $b)))
    (local.set $k0 (v128.load (local.get $kb)))
    (local.set $k1 (v128.load offset=16 (local.get $kb)))
    (local.set $k2 (v128.load offset=32 (local.get $kb)))
    (local.set $k3 (v128.load offset=48 (local.get $kb)))
    (if (call $match4 (local.get $k0) (local.get $k1) (local.get $k2) (local.get $k3) (i32x4.splat (local.get $ptr)))
      (then (call $alloc_table_slow (local.get $ptr) (local.get $size) (local.get $site) (local.get $tb)) (return)))
    (local.set $m (call $match4 (local.get $k0) (local.get $k1) (local.get $k2) (local.get $k3) (v128.const i32x4 0 0 0 0)))
    (if (i32.eqz (local.get $m))
      (then (call $alloc_table_slow (local.get $ptr) (local.get $size) (local.get $site) (local.get $tb)) (return)))
    (local.set $m (i32.add (i32.shl (local.get $b) (i32.const 4)) (i32.ctz (local.get $m))))
    (i32.store (i32.add (i32.add (local.get $s) (global.get $KEYS)) (i32.shl (local.get $m) (i32.const 2))) (local.get $ptr))
    (call $set_value (call $value (local.get $s) (local.get $m)) (local.get $size) (local.get $tb))
    (i32.store (local.get $s) (i32.add (local.get $live) (i32.const 1)))
    ;; [bytes, allocations] += [n, 1] (the mark, bit 63 of the count, is kept), and its size
    ;; class's pair ($size_class)
    (local.set $n (i64.extend_i32_u (local.get $size)))
    (local.set $v (call $pair (local.get $n)))
    (v128.store (local.get $r) (i64x2.add (v128.load (local.get $r)) (local.get $v)))
    (local.set $a (call $size_class (local.get $size)))
    (v128.store (local.get $a) (i64x2.add (v128.load (local.get $a)) (local.get $v)))
    (global.set $last_ptr (local.get $ptr))
    ;; $add, its peak copy's call last
    (local.set $c (i64.add (global.get $current) (local.get $n)))
    (global.set $current (local.get $c))
    (if (i64.gt_s (local.get $c) (global.get $peak)) (then (global.set $peak (local.get $c))))
    (local.set $t (local.get $c))
    (if (i32.eqz (global.get $solo))
      (then
        (local.set $t (i64.add (global.get $total_current) (local.get $n)))
        (global.set $total_current (local.get $t))
        (if (i64.gt_s (local.get $t) (global.get $total_peak)) (then (global.set $total_peak (local.get $t))))))
    (if (i64.ge_s (i64.load offset=8 (local.get $r)) (i64.const 0))
      (then (call $changed_then_peak_slow (local.get $r) (local.get $tb) (local.get $t)) (return)))
    (if (i64.gt_u (local.get $t) (global.get $next_copy)) (then (call $peak_crossed_slow))))

  ;; $alloc_tb's end when record r (of tb) changes for the first time since the last peak copy:
  ;; marked, then the copy if the totals t passed its threshold (the record is in it then).
  (func $changed_then_peak_slow (param $r i32) (param $tb i32) (param $t i64)
    (call $changed (local.get $r) (local.get $tb))
    (if (i64.gt_u (local.get $t) (global.get $next_copy)) (then (call $peak_crossed_slow))))

  ;; $alloc_tb's rest when the home bucket will not do (nothing changed yet): the general insert,
  ;; a missed free, then the record and the counters.
  (func $alloc_table_slow (param $ptr i32) (param $size i32) (param $site i32) (param $tb i32)
    (local $old i64)
    ;; NULL: nothing allocated (alloc's usual case does not test it)
    (if (i32.eqz (local.get $ptr)) (then (return)))
    (local.set $old (call $insert_slow (local.get $ptr) (local.get $size) (local.get $tb)))
    (if (i64.ge_s (local.get $old) (i64.const 0))
      (then
        (call $count_missed (local.get $site))
        (call $count_free (global.get $removed_tb) (i32.const -1) (local.get $old))
        (call $sub (local.get $old))))
    (call $count_alloc (local.get $tb) (call $rec_reach (local.get $tb)) (local.get $ptr) (i64.extend_i32_u (local.get $size)))
    (call $add (i64.extend_i32_u (local.get $size))))

  ;; A free: armed, ptr not 0 and in its home bucket, its record already marked changed since the
  ;; last peak copy (the mark's first setting is a call: $changed); else $free_slow, with nothing
  ;; done. Then $free_found.
  (func (export "free") (param $ptr i32) (param $site i32)
    (local $h i32) (local $s i32) (local $b i32) (local $m i32) (local $a i32) (local $tb i32) (local $r i32)
    (if (i32.ne (global.get $armed) (i32.const 1))
      (then (call $free_slow (local.get $ptr) (local.get $site)) (return)))
    (if (i32.eqz (local.get $ptr)) (then (return)))
    (block $other
      (local.set $h (call $mix (local.get $ptr)))
      (local.set $s (call $segment_of (local.get $h)))
      (local.set $b (i32.and (local.get $h) (global.get $BMASK)))
      (local.set $m (call $match (call $keys (local.get $s) (local.get $b)) (i32x4.splat (local.get $ptr))))
      (br_if $other (i32.eqz (local.get $m)))
      (local.set $m (i32.add (i32.shl (local.get $b) (i32.const 4)) (i32.ctz (local.get $m))))
      (local.set $a (call $value (local.get $s) (local.get $m)))
      (local.set $tb (i32.load offset=4 (local.get $a)))
      (br_if $other (i32.ge_u (local.get $tb) (global.get $rec_tag_end)))
      (local.set $r (call $rec_known (local.get $tb)))
      (br_if $other (i64.ge_s (i64.load offset=8 (local.get $r)) (i64.const 0)))
      (call $free_found (local.get $ptr) (local.get $s) (local.get $m) (local.get $a) (local.get $tb) (local.get $r))
      (return))
    (call $free_slow (local.get $ptr) (local.get $site)))

  ;; The usual free's rest (free and realloc): ptr's entry (slot m of segment s, value at a,
  ;; traceback tb, record r, marked) removed; [bytes, frees] += [n, 1]; freed before any other
  ;; allocation: a temporary; current and the totals.
  (func $free_found (param $ptr i32) (param $s i32) (param $m i32) (param $a i32) (param $tb i32) (param $r i32)
    (local $n i64) (local $v v128)
    (i32.store (i32.add (i32.add (local.get $s) (global.get $KEYS)) (i32.shl (local.get $m) (i32.const 2))) (i32.const 0))
    (i32.store (local.get $s) (i32.sub (i32.load (local.get $s)) (i32.const 1)))
    (local.set $n (i64.extend_i32_u (i32.load (local.get $a))))
    (local.set $v (call $pair (local.get $n)))
    (v128.store offset=16 (local.get $r) (i64x2.add (v128.load offset=16 (local.get $r)) (local.get $v)))
    (if (i32.eq (local.get $ptr) (global.get $last_ptr))
      (then
        (local.set $a (call $temp (local.get $tb)))
        (v128.store (local.get $a) (i64x2.add (v128.load (local.get $a)) (local.get $v)))
        (global.set $last_ptr (i32.const 0))))
    (call $sub (local.get $n)))

  ;; Every case of an allocation (the hook above runs the usual one itself).
  (func $alloc_slow (param $ptr i32) (param $size i32) (param $site i32)
    (local $old i64) (local $tb i32) (local $rs i32)
    (if (i32.ne (global.get $armed) (i32.const 1)) (then (if (call $wake_slow) (then (return)))))
    (if (i32.eqz (local.get $ptr)) (then (return)))
    (if (call $one_frame (local.get $site))
      (then (local.set $tb (i32.or (local.get $site) (global.get $TAG))))
      (else
        ;; [JS frames] the site to record, and the JS frames under it (the end of this file)
        (local.set $rs (local.get $site))
        (if (global.get $js) (then (local.set $rs (call $js_site (local.get $site)))))
        (local.set $tb (call $traceback (local.get $rs)))
        (if (global.get $js_pushed) (then (call $js_pop)))))
    (local.set $old (i64.const -1))
    (if (i32.eqz (call $insert_home (local.get $ptr) (local.get $size) (local.get $tb)))
      (then (local.set $old (call $insert_slow (local.get $ptr) (local.get $size) (local.get $tb)))))
    (if (i64.ge_s (local.get $old) (i64.const 0))
      (then
        (call $count_missed (local.get $site))
        (call $count_free (global.get $removed_tb) (i32.const -1) (local.get $old))
        (call $sub (local.get $old))))
    (call $count_alloc (local.get $tb) (call $rec_reach (local.get $tb)) (local.get $ptr) (i64.extend_i32_u (local.get $size)))
    (call $add (i64.extend_i32_u (local.get $size))))

  ;; A site with bit 31 set is a quiet free (docs/hook-abi.md): a function every free passes
  ;; through but that also sees blocks never handed out (AssemblyScript's TLSF insertBlock), so a
  ;; pointer not in the table is expected there.
  ;; Every case of a free (the hook above runs the usual one itself).
  (func $free_slow (param $ptr i32) (param $site i32)
    (local $size i64)
    (if (i32.ne (global.get $armed) (i32.const 1)) (then (if (call $wake_slow) (then (return)))))
    (if (i32.eqz (local.get $ptr)) (then (return)))
    (local.set $size (call $remove_home (local.get $ptr)))
    (if (i64.eq (local.get $size) (i64.const -2)) (then (local.set $size (call $remove_slow (local.get $ptr)))))
    (if (i64.lt_s (local.get $size) (i64.const 0))
      (then (if (i32.eqz (i32.and (local.get $site) (global.get $TAG)))
        (then (call $invalid (i32.const 0) (local.get $site) (local.get $ptr)))))
      (else
        (call $count_free (global.get $removed_tb) (local.get $ptr) (local.get $size))
        (call $sub (local.get $size)))))

  ;; CPython's tracemalloc_realloc: the old trace goes, the new block is traced at the realloc's
  ;; own traceback (one trace per chain).
  ;; A site with bit 31 set is quiet: an old block no longer in the table is expected (AS's
  ;; moving __renew frees it through the hooked insertBlock before this hook runs).
  ;; A realloc that moved a block (or of NULL): armed, new not 0, and old 0 or free's usual case
  ;; (below); then the new block is alloc's (what follows the old block's removal below is
  ;; exactly an allocation at new). Else, and in place, $realloc_slow.
  (func (export "realloc") (param $old i32) (param $new i32) (param $size i32) (param $site i32)
    (local $h i32) (local $s i32) (local $b i32) (local $m i32) (local $a i32) (local $tb i32) (local $r i32)
    (if (i32.ne (global.get $armed) (i32.const 1))
      (then (call $realloc_slow (local.get $old) (local.get $new) (local.get $size) (local.get $site)) (return)))
    (if (i32.eqz (local.get $new)) (then (return)))
    (if (i32.eq (local.get $old) (local.get $new))
      (then (call $realloc_slow (local.get $old) (local.get $new) (local.get $size) (local.get $site)) (return)))
    ;; the old block's removal: free's usual case (else $realloc_slow, with nothing done)
    (if (local.get $old)
      (then (block $removed
        (block $other
          (local.set $h (call $mix (local.get $old)))
          (local.set $s (call $segment_of (local.get $h)))
          (local.set $b (i32.and (local.get $h) (global.get $BMASK)))
          (local.set $m (call $match (call $keys (local.get $s) (local.get $b)) (i32x4.splat (local.get $old))))
          (br_if $other (i32.eqz (local.get $m)))
          (local.set $m (i32.add (i32.shl (local.get $b) (i32.const 4)) (i32.ctz (local.get $m))))
          (local.set $a (call $value (local.get $s) (local.get $m)))
          (local.set $tb (i32.load offset=4 (local.get $a)))
          (br_if $other (i32.ge_u (local.get $tb) (global.get $rec_tag_end)))
          (local.set $r (call $rec_known (local.get $tb)))
          (br_if $other (i64.ge_s (i64.load offset=8 (local.get $r)) (i64.const 0)))
          (call $free_found (local.get $old) (local.get $s) (local.get $m) (local.get $a) (local.get $tb) (local.get $r))
          (br $removed))
        (call $realloc_slow (local.get $old) (local.get $new) (local.get $size) (local.get $site))
        (return))))
    ;; (bit 31, quiet, matters only for an old block not found)
    (call $alloc_hook (local.get $new) (local.get $size) (i32.and (local.get $site) (i32.const 0x7fffffff))))

  ;; Every case of a realloc (the hook above runs the usual one itself).
  (func $realloc_slow (param $old i32) (param $new i32) (param $size i32) (param $site i32)
    (local $s i64) (local $quiet i32) (local $tb i32) (local $rs i32)
    (if (i32.ne (global.get $armed) (i32.const 1)) (then (if (call $wake_slow) (then (return)))))
    (if (i32.eqz (local.get $new)) (then (return)))
    (local.set $quiet (i32.and (local.get $site) (global.get $TAG)))
    (local.set $site (i32.xor (local.get $site) (local.get $quiet)))
    (if (i32.and (i32.ne (local.get $old) (i32.const 0)) (i32.ne (local.get $old) (local.get $new)))
      (then
        (local.set $s (call $remove_home (local.get $old)))
        (if (i64.eq (local.get $s) (i64.const -2)) (then (local.set $s (call $remove_slow (local.get $old)))))
        (if (i64.lt_s (local.get $s) (i64.const 0))
          (then (if (i32.eqz (local.get $quiet)) (then (call $invalid (i32.const 1) (local.get $site) (local.get $old)))))
          (else
            (call $count_free (global.get $removed_tb) (local.get $old) (local.get $s))
            (call $sub (local.get $s))))))
    (if (call $one_frame (local.get $site))
      (then (local.set $tb (i32.or (local.get $site) (global.get $TAG))))
      (else
        ;; [JS frames] the site to record, and the JS frames under it (the end of this file)
        (local.set $rs (local.get $site))
        (if (global.get $js) (then (local.set $rs (call $js_site (local.get $site)))))
        (local.set $tb (call $traceback (local.get $rs)))
        (if (global.get $js_pushed) (then (call $js_pop)))))
    (local.set $s (i64.const -1))
    (if (i32.eqz (call $insert_home (local.get $new) (local.get $size) (local.get $tb)))
      (then (local.set $s (call $insert_slow (local.get $new) (local.get $size) (local.get $tb)))))
    (if (i64.ge_s (local.get $s) (i64.const 0))
      (then
        ;; in place (or a missed free): the old entry's record gives its block back first
        (call $count_free (global.get $removed_tb) (i32.const -1) (local.get $s))
        (call $sub (local.get $s))
        (if (i32.ne (local.get $old) (local.get $new)) (then (call $count_missed (local.get $site)))))
      (else
        (if (i32.and (i32.and (i32.ne (local.get $old) (i32.const 0)) (i32.eq (local.get $old) (local.get $new))) (i32.eqz (local.get $quiet)))
          (then (call $invalid (i32.const 1) (local.get $site) (local.get $old))))))
    (call $count_alloc (local.get $tb) (call $rec_reach (local.get $tb)) (local.get $new) (i64.extend_i32_u (local.get $size)))
    (call $add (i64.extend_i32_u (local.get $size))))

  ;; The shadow stack. A token is the sp before the push (>= 64, never 0); `leave` restores it,
  ;; so an unbalanced enter (trap, longjmp, throw) is repaired by an outer leave, or by JS resetting
  ;; sp at the microtask after the task that left it (see $arm). A full stack skips the push.
  ;; Site 0 pushes nothing: the token of the current height (a framed function entered from JS,
  ;; which restores that height after a catch: docs/hook-abi.md, "Traps and throws").
  ;; The arming apart, returning at once: a call on enter's own path made V8 spill the site and
  ;; reload it on every enter (~5 instructions of its ~60; bench/README.md, "deep10").
  (func (export "enter") (param $site i32) (result i32)
    (if (i32.eqz (global.get $armed)) (then (return (call $enter_arming_slow (local.get $site)))))
    (call $push (local.get $site)))

  (func $enter_arming_slow (param $site i32) (result i32)
    (global.set $armed (select (i32.const 1) (i32.const 2) (global.get $nframe)))
    (call $arm)
    (call $push (local.get $site)))

  (func $push (param $site i32) (result i32)
    (local $sp i32) (local $at i32) (local $slot i32) (local $r i32)
    (local.set $sp (i32.load (global.get $SP)))
    ;; site 0: no frame (a function entered from JS or from an allocator's body, with no call site
    ;; to show), only the height, which the function restores to after a catch
    (if (i32.eqz (local.get $site)) (then (return (local.get $sp))))
    (local.set $at (local.get $sp))
    ;; [JS frames] the first frame of a wasm activation sits on a slot for the JS frames beneath
    ;; it: 0 until an allocation needs them ($js_site). The token is the height below that
    ;; slot, so the leave that ends the activation drops it with the frame.
    ;; (js is 0 or 1: one compare, no branch on js; sp is never 0)
    (if (i32.eq (local.get $sp) (i32.mul (global.get $js) (global.get $SS_BASE)))
      (then
        (i64.store (local.get $sp) (i64.const 0))
        (local.set $at (i32.add (local.get $sp) (global.get $SS_FRAME)))))
    (if (i32.lt_u (local.get $at) (global.get $SS_END))
      (then
        ;; [site, slot]: the slot found now when the frame beneath has its own and its node's
        ;; record holds this site (see $traceback), else 0 (found at the next allocation); at
        ;; the base, "the frame beneath" is the word before SS_BASE, 0
        (local.set $slot (i32.load offset=4 (i32.sub (local.get $at) (global.get $SS_FRAME))))
        (if (local.get $slot)
          (then
            (local.set $r (call $node_record (i32.load offset=4 (local.get $slot))))
            (local.set $slot (i32.add (local.get $r) (i32.shl (i32.ne (i32.load (local.get $r)) (local.get $site)) (i32.const 4))))
            (local.set $slot (select (local.get $slot) (i32.const 0) (i32.eq (i32.load (local.get $slot)) (local.get $site))))))
        (i64.store (local.get $at) (i64.or (i64.extend_i32_u (local.get $site)) (i64.shl (i64.extend_i32_u (local.get $slot)) (i64.const 32))))
        (i32.store (global.get $SP) (i32.add (local.get $at) (global.get $SS_FRAME)))))
    (local.get $sp))

  (func (export "leave") (param $token i32)
    (i32.store (global.get $SP) (local.get $token)))

  ;; ---- JavaScript frames (docs/hook-abi.md, "JavaScript frames") ----
  ;; Kept apart from $traceback on purpose: $js_site only decides which site it is given (and may
  ;; push one slot for that call), so $traceback keeps its two callers (the hooks) and its inlining. JS frames
  ;; are pseudo-sites (ids past the module's site table, handed out by JS per distinct JS stack:
  ;; the cache by call site), so interning, totals and the peak treat them as any site.
  ;;  - site 0 (the allocator called straight from JS): the JS caller's frames become frame 0.
  ;;  - inside a wasm activation (the shadow stack not empty): its bottom slot (see enter) holds
  ;;    the JS frames beneath it, captured once per activation, when the first allocation whose
  ;;    traceback reaches the bottom needs them.
  ;;  - at height 0 with a site (an export that allocates itself, or no shadow stack at nframe 1):
  ;;    the site alone when it fills nframe; else the JS frames beneath it, captured per event
  ;;    (there is no frame of the activation to keep them on).
  ;; The steps between `;; {js_site_steps:` and `;; }js_site_steps` are their one source:
  ;; build-wasm.mjs (expandSteps) writes them out again in $alloc_deep_slow, where
  ;; `;; {js_site_steps}` stands. They read and set $rs (the site to record) and use $sp and
  ;; $total: locals of both functions.
  (func $js_site (param $site i32) (result i32)
    (local $rs i32) (local $sp i32) (local $total i32)
    (local.set $rs (local.get $site))
    ;; {js_site_steps:
    (block $done
      (local.set $sp (i32.load (global.get $SP)))
      (if (i32.eqz (local.get $rs))
        (then
          (local.set $rs (call $js_frames (i32.const 0)))
          ;; no wasm frame beneath: those JS frames already reach the bottom
          (br_if $done (i32.eq (local.get $sp) (global.get $SS_BASE)))))
      (if (i32.gt_u (local.get $sp) (global.get $SS_BASE))
        (then
          (if (i32.eqz (i32.load (global.get $SS_BASE)))
            (then
              (local.set $total (i32.add (i32.shr_u (i32.sub (local.get $sp) (global.get $SS_BASE)) (i32.const 3)) (i32.const 1)))
              (if (i32.eq (call $record_count (local.get $rs) (local.get $total)) (local.get $total))
                (then
                  (i32.store (global.get $SS_BASE) (call $js_frames (i32.const 1)))
                  ;; the frames above it cached their tree nodes under the old bottom
                  (call $forget_nodes)))))
          (br $done)))
      (br_if $done (i32.and (i32.le_u (global.get $nframe) (i32.const 1)) (i32.ne (call $weight (local.get $rs)) (i32.const 0))))
      ;; a site whose caller is JS: [site, JS frames], the slot pushed for this event only (the hook
      ;; pops it after $traceback)
      (i64.store (local.get $sp) (i64.extend_i32_u (call $js_frames (i32.const 1))))
      (i32.store (global.get $SP) (i32.add (local.get $sp) (global.get $SS_FRAME)))
      (global.set $js_pushed (i32.const 1)))
    ;; }js_site_steps
    (local.get $rs))

  (func $js_pop
    (global.set $js_pushed (i32.const 0))
    (i32.store (global.get $SP) (global.get $SS_BASE)))
)
