// Corpus (oracle5): Rust with a hand-written #[global_allocator] (no System, no dlmalloc): size
// classes with free lists, carved from pages the allocator asks of memory.grow itself; big blocks
// get their own pages, their size in a header. Its realloc grows in place inside a size class.
// The program: a tree built by deep recursion (Box at every level), a recursive-descent reader
// whose every level owns a String, Rc<RefCell<Vec<_>>> shared between closures, Vec growth
// through the allocator's realloc, and a `Box<[u8]>` big enough for its own pages.
use std::alloc::{GlobalAlloc, Layout};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const CLASSES: [usize; 8] = [16, 32, 64, 128, 256, 512, 1024, 2048];
const PAGE: usize = 65536;

struct Slab { free: [Cell<usize>; 8], bump: Cell<usize>, end: Cell<usize>, live: Cell<usize> }
unsafe impl Sync for Slab {}

fn class_of(size: usize, align: usize) -> Option<usize> {
    let need = size.max(align);
    CLASSES.iter().position(|&c| c >= need)
}

impl Slab {
    unsafe fn pages(&self, bytes: usize) -> usize {
        let n = (bytes + PAGE - 1) / PAGE;
        let old = core::arch::wasm32::memory_grow(0, n);
        if old == usize::MAX { return 0; }
        old * PAGE
    }
    unsafe fn carve(&self, size: usize) -> usize {
        if self.bump.get() + size > self.end.get() {
            let base = self.pages(PAGE);
            if base == 0 { return 0; }
            self.bump.set(base);
            self.end.set(base + PAGE);
        }
        let p = self.bump.get();
        self.bump.set(p + size);
        p
    }
}

unsafe impl GlobalAlloc for Slab {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        self.live.set(self.live.get() + 1);
        match class_of(l.size(), l.align()) {
            Some(c) => {
                let head = self.free[c].get();
                if head != 0 {
                    self.free[c].set(*(head as *const usize));
                    return head as *mut u8;
                }
                self.carve(CLASSES[c]) as *mut u8
            }
            None => {
                let base = self.pages(l.size() + 16);
                if base == 0 { return core::ptr::null_mut(); }
                *(base as *mut usize) = l.size();
                (base + 16) as *mut u8
            }
        }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        self.live.set(self.live.get() - 1);
        if let Some(c) = class_of(l.size(), l.align()) {
            *(p as *mut usize) = self.free[c].get();
            self.free[c].set(p as usize);
        } // big blocks' pages are never given back
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        if class_of(l.size(), l.align()).is_some() && class_of(l.size(), l.align()) == class_of(new_size, l.align()) {
            return p;
        }
        let q = self.alloc(Layout::from_size_align_unchecked(new_size, l.align()));
        if !q.is_null() {
            core::ptr::copy_nonoverlapping(p, q, l.size().min(new_size));
            self.dealloc(p, l);
        }
        q
    }
}

#[global_allocator]
static HEAP: Slab = Slab {
    free: [Cell::new(0), Cell::new(0), Cell::new(0), Cell::new(0), Cell::new(0), Cell::new(0), Cell::new(0), Cell::new(0)],
    bump: Cell::new(0), end: Cell::new(0), live: Cell::new(0),
};

enum Tree { Leaf(u32), Node(Box<Tree>, Box<Tree>) }

fn build(depth: u32, seed: u32) -> Tree {
    if depth == 0 { return Tree::Leaf(seed); }
    Tree::Node(Box::new(build(depth - 1, seed * 2)), Box::new(build(depth - 1, seed * 2 + 1)))
}

fn sum(t: &Tree) -> u64 {
    match t { Tree::Leaf(v) => *v as u64, Tree::Node(a, b) => sum(a) + sum(b) }
}

// "[[[x]]]": each level of brackets is a call that owns a String of what it has read
fn nested(s: &[u8], i: &mut usize, out: &mut Vec<String>) {
    let mut seen = String::new();
    while *i < s.len() {
        let c = s[*i];
        *i += 1;
        match c {
            b'[' => nested(s, i, out),
            b']' => break,
            _ => seen.push(c as char),
        }
    }
    if !seen.is_empty() { out.push(seen); }
}

static mut KEPT: Option<(Tree, Vec<String>, Rc<RefCell<Vec<u32>>>, Box<[u8]>, Vec<Box<dyn Fn(u32) -> u32>>)> = None;

#[no_mangle]
pub extern "C" fn run() -> u32 {
    let tree = build(6, 1);
    let mut text = String::new();
    for d in 0..60 { text.push('['); if d % 7 == 0 { text.push_str("ab"); } }
    for _ in 0..60 { text.push(']'); }
    let mut words = Vec::new();
    let mut i = 0;
    nested(text.as_bytes(), &mut i, &mut words);
    let shared = Rc::new(RefCell::new(Vec::new()));
    let mut fns: Vec<Box<dyn Fn(u32) -> u32>> = Vec::new();
    for k in 0..5u32 {
        let s = shared.clone();
        fns.push(Box::new(move |x| { s.borrow_mut().push(x * k); x + k }));
    }
    let mut acc = 0;
    for f in &fns { acc = f(acc + 1); }
    let big = vec![7u8; 3 * PAGE].into_boxed_slice();
    let mut scratch: Vec<u64> = Vec::new();
    for n in 0..300 { scratch.push(n); }
    drop(scratch);
    let total = sum(&tree) as u32 + words.len() as u32 + acc + big[5] as u32;
    unsafe { KEPT = Some((tree, words, shared, big, fns)); }
    total
}

/// The allocator's own count of live blocks (to check the oracle's live set against).
#[no_mangle]
pub extern "C" fn live() -> usize { HEAP.live.get() }
