// Corpus (oracle6): a Rust bin crate as a release profile ships it (lto = "fat", codegen-units = 1,
// panic = "abort", opt-level "z" / "s"), with debug info kept, on wasm32-wasi (std over wasi-libc's
// malloc) and wasm32-unknown-unknown (std's dlmalloc). A #[global_allocator] of its own that
// overrides alloc, dealloc and realloc (a byte tally over System) and keeps the default
// alloc_zeroed (self.alloc, then zeroing); iterator chains collected, closures that allocate,
// format!, Vec::extend, String growth, a boxed iterator, chunks joined, a sort by an allocating key.
use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Tally;
static BLOCKS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);
unsafe impl GlobalAlloc for Tally {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = System.alloc(l);
        if !p.is_null() {
            BLOCKS.fetch_add(1, Ordering::Relaxed);
            BYTES.fetch_add(l.size(), Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        BLOCKS.fetch_sub(1, Ordering::Relaxed);
        BYTES.fetch_sub(l.size(), Ordering::Relaxed);
        System.dealloc(p, l)
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        let q = System.realloc(p, l, new_size);
        if !q.is_null() {
            BYTES.fetch_sub(l.size(), Ordering::Relaxed);
            BYTES.fetch_add(new_size, Ordering::Relaxed);
        }
        q
    }
}
#[global_allocator]
static A: Tally = Tally;

#[derive(Debug)]
struct Row { name: String, tags: Vec<String>, score: u32 }

fn parse(line: &str) -> Option<Row> {
    let mut parts = line.split(';');
    let name = parts.next()?.trim().to_string();
    let tags = parts.next()?.split(',').map(|t| t.trim().to_uppercase()).filter(|t| !t.is_empty()).collect();
    let score = parts.next()?.trim().parse().ok()?;
    Some(Row { name, tags, score })
}

fn labels<'a>(rows: &'a [Row]) -> Box<dyn Iterator<Item = String> + 'a> {
    Box::new(rows.iter().filter(|r| r.score > 3).map(|r| format!("{}#{}", r.name, r.score)))
}

#[inline(never)]
fn histogram(rows: &[Row]) -> BTreeMap<String, Vec<u32>> {
    let mut h: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for r in rows {
        for t in &r.tags {
            h.entry(t.clone()).or_default().push(r.score);
        }
    }
    h
}

fn zeros(n: usize) -> Vec<u64> { vec![0u64; n] }

static mut KEPT: Vec<Box<dyn std::any::Any>> = Vec::new();
fn keep<T: 'static>(x: T) { unsafe { KEPT.push(Box::new(x)) } }

fn main() {
    let text = "ada; math, code ;9\nbob; ;2\ncy; art,code;5\n  dee ; art ; 7\neve; x,y,z; 1\nfay;code;4\nbad line";
    let rows: Vec<Row> = text.lines().filter_map(parse).collect();
    let shown: Vec<String> = labels(&rows).collect();
    let mut all: Vec<String> = Vec::new();
    all.extend(rows.iter().map(|r| r.name.repeat(2)));
    all.extend(shown.iter().cloned());
    let mut by_key = all.clone();
    by_key.sort_by_cached_key(|s| s.chars().rev().collect::<String>());
    let h = histogram(&rows);
    let mut line = String::new();
    for (k, v) in &h {
        line.push_str(k);
        line.push('=');
        line.push_str(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("+"));
        line.push(' ');
    }
    let chunks: Vec<String> = line.as_bytes().chunks(7).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    let z = zeros(40);
    let summary = format!("{} rows, {} shown, {} tags, first {}", rows.len(), shown.len(), h.len(), by_key[0]);
    drop(all);
    keep(rows);
    keep(shown);
    keep(by_key);
    keep(h);
    keep(chunks);
    keep(z);
    report(&summary, &line);
}

#[cfg(target_os = "wasi")]
fn report(summary: &str, line: &str) {
    println!("{}\n{}", summary, line);
    println!("live blocks {}, bytes {}", BLOCKS.load(Ordering::Relaxed), BYTES.load(Ordering::Relaxed));
}
#[cfg(not(target_os = "wasi"))]
fn report(summary: &str, line: &str) {
    keep(summary.len() + line.len());
}
