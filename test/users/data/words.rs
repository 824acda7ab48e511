use std::collections::BTreeMap;

pub struct Index {
    words: Vec<String>,
    counts: BTreeMap<String, u32>,
}

#[no_mangle]
pub extern "C" fn index_new() -> *mut Index {
    let index = Box::new(Index { words: Vec::with_capacity(16), counts: BTreeMap::new() });
    Box::into_raw(index)
}

#[inline(never)]
fn word(i: u32) -> String {
    let mut s = String::with_capacity(24);
    for _ in 0..(i % 5 + 1) {
        s.push('w');
    }
    s
}

#[no_mangle]
pub extern "C" fn index_add(index: *mut Index, i: u32) {
    let index = unsafe { &mut *index };
    let w = word(i);
    *index.counts.entry(w.clone()).or_insert(0) += 1;
    index.words.push(w);
}

#[no_mangle]
pub extern "C" fn index_free(index: *mut Index) {
    drop(unsafe { Box::from_raw(index) });
}

#[no_mangle]
pub extern "C" fn index_leak_words(index: *mut Index) {
    let index = unsafe { &mut *index };
    std::mem::forget(std::mem::take(&mut index.words));
}
