// Corpus (oracle4): a Rust bin crate on wasm32-wasi (std's main, stdout) and wasm32-unknown-unknown
// (main called as an export), at opt-level 3 with and without fat LTO, panic=abort, line tables
// only (-C debuginfo=1) and full debug info: iterator chains collected, closures passed to generic
// functions, std's generics inlined into this crate, #[inline(never)] beside default inlining,
// HashMap and BTreeMap growth, String growth, Vec::into_boxed_slice (a shrinking realloc), chunks
// copied out, sort_by_key, dedup.
use std::collections::{BTreeMap, HashMap};

#[derive(Clone)]
struct Order {
    id: u32,
    item: String,
    qty: u32,
}

fn parse(line: &str, id: u32) -> Option<Order> {
    let mut parts = line.split(',');
    let item = parts.next()?.trim().to_string();
    let qty = parts.next()?.trim().parse().ok()?;
    Some(Order { id, item, qty })
}

#[inline(never)]
fn load(text: &str) -> Vec<Order> {
    text.lines().enumerate().filter_map(|(i, l)| parse(l, i as u32)).collect()
}

fn totals(orders: &[Order]) -> HashMap<String, u32> {
    let mut m = HashMap::new();
    for o in orders {
        *m.entry(o.item.clone()).or_insert(0) += o.qty;
    }
    m
}

#[inline(never)]
fn labels<F: Fn(&Order) -> String>(orders: &[Order], f: F) -> Vec<String> {
    orders.iter().map(f).collect()
}

fn groups(xs: &[u32]) -> Vec<Vec<u32>> {
    xs.chunks(3).map(|c| c.to_vec()).collect()
}

#[inline(never)]
fn compact(mut xs: Vec<u32>) -> Box<[u32]> {
    xs.sort_by_key(|x| x % 7);
    xs.dedup();
    xs.into_boxed_slice()
}

struct Kept {
    orders: Vec<Order>,
    totals: HashMap<String, u32>,
    labels: Vec<String>,
    groups: Vec<Vec<u32>>,
    compact: Box<[u32]>,
    index: BTreeMap<u32, String>,
    text: String,
}
static mut KEPT: Option<Kept> = None;

fn main() {
    let mut text = String::new();
    for i in 0..14u32 {
        let item = ["apple", "bread", "cheese", "dates"][(i % 4) as usize];
        text.push_str(&format!("{}, {}\n", item, i * 3 + 1));
    }
    text.push_str("broken line\n");
    let orders = load(&text);
    let totals = totals(&orders);
    let unit = String::from(" pcs");
    let labels = labels(&orders, |o| format!("#{}:{}{}", o.id, o.item, unit));
    let qtys: Vec<u32> = orders.iter().map(|o| o.qty).collect();
    let groups = groups(&qtys);
    let compact = compact(qtys.iter().map(|q| q * 2).chain(0..9).collect());
    let index: BTreeMap<u32, String> = orders.iter().filter(|o| o.qty % 2 == 0).map(|o| (o.id, o.item.to_uppercase())).collect();
    println!("{} orders, {} items, {} labels, last {}, {} groups, {} compact, {} indexed",
        orders.len(), totals.len(), labels.len(), labels[labels.len() - 1], groups.len(), compact.len(), index.len());
    unsafe { KEPT = Some(Kept { orders, totals, labels, groups, compact, index, text }) };
}
