// Corpus: Rust std on wasm32-unknown-unknown: Vec growth, String, HashMap, Box.
use std::collections::HashMap;

pub struct Particle { pub x: f64, pub y: f64, pub tag: u32 }

static mut KEPT: Option<(Vec<u64>, String, HashMap<u32, Vec<u8>>, Box<Particle>, Vec<Box<Particle>>)> = None;

#[inline(never)]
fn squares(n: u64) -> Vec<u64> {
    let mut v = Vec::new();
    for i in 0..n { v.push(i * i); }
    v
}

#[inline(never)]
fn sentence(words: usize) -> String {
    let mut s = String::new();
    for i in 0..words { s.push_str("word"); if i % 2 == 0 { s.push(' '); } }
    s
}

#[inline(never)]
fn table(n: u32) -> HashMap<u32, Vec<u8>> {
    let mut m = HashMap::new();
    for k in 0..n { m.insert(k, vec![k as u8; 24]); }
    m
}

#[inline(never)]
fn particle(tag: u32) -> Box<Particle> {
    Box::new(Particle { x: tag as f64, y: 0.5, tag })
}

#[no_mangle]
pub extern "C" fn run() -> u32 {
    let v = squares(300);
    let s = sentence(40);
    let m = table(10);
    let b = particle(7);
    let many: Vec<Box<Particle>> = (0..5).map(particle).collect();
    let out = v.len() as u32 + s.len() as u32 + m.len() as u32 + b.tag + many.len() as u32;
    unsafe { KEPT = Some((v, s, m, b, many)); }
    out
}
