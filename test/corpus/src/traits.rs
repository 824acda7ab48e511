// Corpus (session 7): Rust release on WASI (a bin crate: main through std's lang_start, std's
// allocator on wasi-libc's malloc): trait objects (Box<dyn Shape>), generic functions
// monomorphized and inlined, iterator chains collected into HashMap<String, Vec<_>>, a
// Box<dyn Fn> stored in a struct, String formatting through Display impls.
use std::collections::HashMap;
use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}
struct Circle { r: f64 }
struct Poly { points: Vec<(i32, i32)> }
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
    fn name(&self) -> String { format!("circle r={}", self.r) }
}
impl Shape for Poly {
    fn area(&self) -> f64 { self.points.len() as f64 }
    fn name(&self) -> String { format!("poly of {}", self.points.len()) }
}

fn make(i: u32) -> Box<dyn Shape> {
    if i % 3 == 0 { Box::new(Circle { r: i as f64 }) } else { Box::new(Poly { points: (0..i as i32).map(|k| (k, k * k)).collect() }) }
}

// Generic: monomorphized for each key type, inlined into its callers.
fn group_by<T, K: Fn(&T) -> String>(items: &[T], key: K) -> HashMap<String, Vec<usize>> {
    let mut m: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        m.entry(key(it)).or_default().push(i);
    }
    m
}

struct Rule { label: String, check: Box<dyn Fn(&str) -> bool> }
impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "rule<{}>", self.label) }
}

#[inline(never)]
fn rules(n: usize) -> Vec<Rule> {
    (0..n).map(|i| {
        let needle = "ab".repeat(i + 1);
        Rule { label: format!("contains-{}", needle), check: Box::new(move |s: &str| s.contains(&needle)) }
    }).collect()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = (1..9).map(make).collect();
    let by_kind = group_by(&shapes, |s| s.name().split(' ').next().unwrap().to_string());
    let words: Vec<String> = "ab abab cab ba abababab x".split(' ').map(String::from).collect();
    let by_len = group_by(&words, |w| format!("len{}", w.len()));
    let rs = rules(3);
    let hits: Vec<String> = rs.iter().flat_map(|r| words.iter().filter(move |w| (r.check)(w)).map(move |w| format!("{}:{}", r, w))).collect();
    let area: f64 = shapes.iter().map(|s| s.area()).sum();
    let mut lens: Vec<_> = by_len.keys().cloned().collect();
    lens.sort();
    println!("{} shapes area {} kinds {} lens {:?} hits {}", shapes.len(), area, by_kind.len(), lens, hits.len());
    std::mem::forget(shapes);
    std::mem::forget(by_kind);
    std::mem::forget(by_len);
    std::mem::forget(rs);
    std::mem::forget(hits);
}
