// The fingerprint corpus program in Rust (std's allocator on wasm32-unknown-unknown is the
// dlmalloc crate): Vec growth (realloc), HashMap, String, Box, an aligned allocation, some kept.
use std::collections::HashMap;

static mut KEPT: Vec<Vec<u8>> = Vec::new();

#[repr(align(64))]
struct Aligned([u8; 200]);

#[no_mangle]
pub extern "C" fn run(n: u32) -> u32 {
    let mut v: Vec<u64> = Vec::new();
    for i in 0..n { v.push(i as u64); }
    let mut m = HashMap::new();
    for i in 0..n { m.insert(i, format!("{}", i)); }
    let a = Box::new(Aligned([7; 200]));
    let s: String = (0..n).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
    unsafe {
        for i in 0..n / 10 { KEPT.push(vec![i as u8; 100 + i as usize]); }
    }
    (v.len() + m.len() + s.len() + a.0[3] as usize) as u32
}

#[no_mangle]
pub extern "C" fn release() {
    unsafe { KEPT = Vec::new(); }
}
