// Corpus (session 4): Rust std: BTreeMap of Strings, Rc<RefCell<..>> trees, boxed closures,
// iterator chains collected into Vecs, format!, String growth.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

pub struct Node { pub label: String, pub children: Vec<Rc<RefCell<Node>>> }

static mut KEPT: Option<(BTreeMap<String, Vec<u32>>, Rc<RefCell<Node>>, Vec<Box<dyn Fn(u32) -> u32>>, Vec<String>, String)> = None;

#[inline(never)]
fn index(words: &[&str]) -> BTreeMap<String, Vec<u32>> {
    let mut m = BTreeMap::new();
    for (i, w) in words.iter().enumerate() { m.entry(w.to_string()).or_insert_with(Vec::new).push(i as u32); }
    m
}

#[inline(never)]
fn tree(depth: u32) -> Rc<RefCell<Node>> {
    let node = Rc::new(RefCell::new(Node { label: format!("n{}", depth), children: Vec::new() }));
    if depth > 0 {
        for _ in 0..2 { let c = tree(depth - 1); node.borrow_mut().children.push(c); }
    }
    node
}

#[inline(never)]
fn adders(n: u32) -> Vec<Box<dyn Fn(u32) -> u32>> {
    (0..n).map(|k| Box::new(move |x| x + k) as Box<dyn Fn(u32) -> u32>).collect()
}

#[inline(never)]
fn shout(words: &[&str]) -> Vec<String> {
    words.iter().filter(|w| w.len() > 2).map(|w| w.to_uppercase()).collect()
}

#[inline(never)]
fn grow(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n { s.push_str(&i.to_string()); }
    s
}

#[no_mangle]
pub extern "C" fn run() -> u32 {
    let words = ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the"];
    let m = index(&words);
    let t = tree(3);
    let f = adders(4);
    let u = shout(&words);
    let g = grow(60);
    let out = m.len() as u32 + t.borrow().children.len() as u32 + f[3](1) + u.len() as u32 + g.len() as u32;
    unsafe { KEPT = Some((m, t, f, u, g)); }
    out
}
