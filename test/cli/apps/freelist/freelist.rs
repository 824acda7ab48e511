// test/cli/apps/freelist (test/cli/unfreed.test.ts). A #[global_allocator] of size-class free
// lists over memory.grow: `dealloc` only pushes the block on its list. Built with rustc 1.63:
//   /usr/bin/rustc --target wasm32-unknown-unknown --crate-type cdylib -C opt-level=3 -C lto=fat \
//     -C panic=abort freelist.rs -o freelist-O3.wasm        (and -C opt-level=z: freelist-Oz.wasm)
// At -O3, fat LTO inlines `alloc` and `dealloc` into every caller: only __rust_realloc is left to
// hook, and no function frees. At -Oz both stay functions. `live()` is the allocator's own count
// of blocks handed out and not given back: the truth `leaks` is checked against.
use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

struct FreeList { heads: UnsafeCell<[usize; 20]>, top: UnsafeCell<usize>, end: UnsafeCell<usize>, live: UnsafeCell<usize> }
unsafe impl Sync for FreeList {}

fn class(l: &Layout) -> usize {
    let n = l.size().max(l.align()).max(16);
    (usize::BITS - (n - 1).leading_zeros()) as usize - 4
}

unsafe impl GlobalAlloc for FreeList {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let c = class(&l);
        *self.live.get() += 1;
        let heads = &mut *self.heads.get();
        if heads[c] != 0 {
            let p = heads[c];
            heads[c] = *(p as *const usize);
            return p as *mut u8;
        }
        let size = 16usize << c;
        let (top, end) = (&mut *self.top.get(), &mut *self.end.get());
        let p = (*top + size - 1) & !(size - 1);
        if *top == 0 || p + size > *end {
            let pages = (size + 65535) / 65536 + 1;
            let old = core::arch::wasm32::memory_grow(0, pages);
            if old == usize::MAX { return core::ptr::null_mut(); }
            *top = old * 65536;
            *end = *top + pages * 65536;
            return self.alloc_from_top(size);
        }
        *top = p + size;
        p as *mut u8
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        let c = class(&l);
        *self.live.get() -= 1;
        let heads = &mut *self.heads.get();
        *(p as *mut usize) = heads[c];
        heads[c] = p as usize;
    }
}

impl FreeList {
    unsafe fn alloc_from_top(&self, size: usize) -> *mut u8 {
        let top = &mut *self.top.get();
        let p = (*top + size - 1) & !(size - 1);
        *top = p + size;
        p as *mut u8
    }
}

#[global_allocator]
static A: FreeList = FreeList { heads: UnsafeCell::new([0; 20]), top: UnsafeCell::new(0), end: UnsafeCell::new(0), live: UnsafeCell::new(0) };

static mut KEPT: Vec<String> = Vec::new();

#[no_mangle]
pub extern "C" fn run(n: usize) -> usize {
    let mut words: Vec<String> = Vec::new();
    for i in 0..n {
        let mut s = String::with_capacity(8);
        for _ in 0..(i % 5 + 1) { s.push_str("word"); }
        words.push(s);
    }
    // keep every third word, drop the others (and the Vec)
    for (i, w) in words.into_iter().enumerate() {
        if i % 3 == 0 { unsafe { KEPT.push(w) } }
    }
    unsafe { KEPT.len() }
}

#[no_mangle]
pub extern "C" fn live() -> usize { unsafe { *A.live.get() } }
