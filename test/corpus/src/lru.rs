// Corpus (session 7): Rust as wasm-pack ships it (opt-level "z", fat LTO, one codegen unit) with a
// #[global_allocator] of its own (a counting wrapper over System, a common pattern): an LRU cache
// (HashMap + VecDeque of Rc<str>), a BinaryHeap, sort_by_cached_key whose key allocates, write!
// into a String, Cow.
use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::fmt::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 { LIVE.fetch_add(1, Ordering::Relaxed); System.alloc(l) }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) { LIVE.fetch_sub(1, Ordering::Relaxed); System.dealloc(p, l) }
}
#[global_allocator]
static A: Counting = Counting;

struct Lru { cap: usize, map: HashMap<Rc<str>, Vec<u8>>, order: VecDeque<Rc<str>> }
impl Lru {
    fn new(cap: usize) -> Self { Lru { cap, map: HashMap::with_capacity(cap), order: VecDeque::new() } }
    fn put(&mut self, key: &str, value: Vec<u8>) {
        if self.map.len() == self.cap {
            if let Some(old) = self.order.pop_front() { self.map.remove(&old); }
        }
        let k: Rc<str> = Rc::from(key);
        self.order.push_back(k.clone());
        self.map.insert(k, value);
    }
}

fn normalise(s: &str) -> Cow<str> {
    if s.chars().any(|c| c.is_uppercase()) { Cow::Owned(s.to_lowercase()) } else { Cow::Borrowed(s) }
}

static mut KEPT: Option<(Lru, BinaryHeap<(u32, String)>, Vec<String>, String)> = None;

#[no_mangle]
pub extern "C" fn run() -> u32 {
    let mut lru = Lru::new(4);
    for i in 0..7u8 { lru.put(&format!("key-{}", i), vec![i; 10 + i as usize]); }
    let mut heap = BinaryHeap::new();
    for w in ["delta", "Alpha", "charlie", "Bravo", "echo"] { heap.push((w.len() as u32, normalise(w).into_owned())); }
    let mut names: Vec<String> = ["zeta", "Eta", "theta", "Iota"].iter().map(|s| s.to_string()).collect();
    names.sort_by_cached_key(|s| normalise(s).into_owned());
    let mut report = String::new();
    for (k, v) in lru.order.iter().map(|k| (k, &lru.map[k])) { write!(report, "{}:{};", k, v.len()).unwrap(); }
    let n = report.len() as u32 + heap.len() as u32 + names.len() as u32;
    unsafe { KEPT = Some((lru, heap, names, report)); }
    n * 1000 + LIVE.load(Ordering::Relaxed) as u32
}
