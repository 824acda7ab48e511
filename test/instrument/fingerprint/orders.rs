// Rust's std over wasi-libc's malloc (wasm32-wasi): Vec, String, HashMap, Box, realloc by growth
// (fingerprint.test.ts: a stripped build traces as its named build, blocks at the same call sites).
use std::collections::HashMap;

#[link(wasm_import_module = "env")]
extern "C" {
    fn checkpoint(n: i32);
}

struct Order {
    id: u32,
    lines: Vec<(String, u32)>,
    note: Option<Box<str>>,
}

#[inline(never)]
fn parse(i: u32) -> Order {
    let mut lines = Vec::new();
    for k in 0..(i % 5 + 1) {
        lines.push((format!("sku-{:04}-{}", (i * 7 + k) % 300, "x".repeat((k as usize) * 3)), k + 1));
    }
    let note = if i % 3 == 0 { Some(format!("note for order {}", i).into_boxed_str()) } else { None };
    Order { id: i, lines, note }
}

fn main() {
    let mut by_sku: HashMap<String, u32> = HashMap::new();
    let mut kept: Vec<Order> = Vec::new();
    let mut log = String::new();
    for i in 0..2000 {
        let o = parse(i);
        for (sku, n) in &o.lines {
            *by_sku.entry(sku.clone()).or_insert(0) += n;
        }
        if o.id % 10 == 0 {
            log.push_str(&o.id.to_string());
            kept.push(o);
        }
    }
    let aligned: Vec<u128> = (0..(kept.len() as u128)).collect();
    unsafe { checkpoint(1) };
    let total: u32 = by_sku.values().sum();
    let notes = kept.iter().filter(|o| o.note.is_some()).count();
    println!("skus {} total {} kept {} notes {} log {} aligned {}", by_sku.len(), total, kept.len(), notes, log.len(), aligned.len());
}
