// A Rust cdylib with wasm-bindgen's three allocator exports (the code of wasm-bindgen's
// src/lib.rs `__wbindgen_malloc`/`__wbindgen_realloc`/`__wbindgen_free`, without the CLI) and a
// workload of Vec/String/BTreeMap allocations. `--cfg renamed` exports them under the newer
// names `__wbindgen_export`, `__wbindgen_export2`, `__wbindgen_export3` (and in another order).
// `--cfg nofree` leaves the free out, as wasm-bindgen does when JS never frees a block
// (@swc/wasm-typescript: JS passes strings in and never takes one back).
#[allow(unused_imports)] // dealloc, under --cfg nofree
use std::alloc::{alloc, dealloc, realloc, Layout};
use std::collections::BTreeMap;

#[cfg_attr(not(renamed), export_name = "__wbindgen_malloc")]
#[cfg_attr(renamed, export_name = "__wbindgen_export3")]
pub unsafe extern "C" fn wb_malloc(size: usize, align: usize) -> *mut u8 {
    if let Ok(layout) = Layout::from_size_align(size, align) {
        if layout.size() > 0 {
            let ptr = alloc(layout);
            if !ptr.is_null() { return ptr; }
        } else {
            return align as *mut u8;
        }
    }
    std::process::abort()
}

#[cfg_attr(not(renamed), export_name = "__wbindgen_realloc")]
#[cfg_attr(renamed, export_name = "__wbindgen_export")]
pub unsafe extern "C" fn wb_realloc(ptr: *mut u8, old_size: usize, new_size: usize, align: usize) -> *mut u8 {
    debug_assert!(old_size > 0);
    debug_assert!(new_size > 0);
    if let Ok(layout) = Layout::from_size_align(old_size, align) {
        let ptr = realloc(ptr, layout, new_size);
        if !ptr.is_null() { return ptr; }
    }
    std::process::abort()
}

#[cfg(not(nofree))]
#[cfg_attr(not(renamed), export_name = "__wbindgen_free")]
#[cfg_attr(renamed, export_name = "__wbindgen_export2")]
pub unsafe extern "C" fn wb_free(ptr: *mut u8, size: usize, align: usize) {
    if size == 0 { return; }
    dealloc(ptr, Layout::from_size_align_unchecked(size, align));
}

static mut KEPT: Vec<Vec<String>> = Vec::new();

/// Builds `n` words, groups them in a map, keeps every third group alive; returns a checksum.
#[no_mangle]
pub extern "C" fn work(n: u32) -> u32 {
    let mut words: Vec<String> = Vec::new();
    for i in 0..n {
        let mut s = String::new();
        for j in 0..(i % 13 + 1) { s.push((b'a' + ((i + j) % 26) as u8) as char); }
        words.push(s);
    }
    let mut map: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for w in &words { map.entry(w.len()).or_default().push(w.clone()); }
    let mut sum = 0u32;
    for (k, v) in map.into_iter() {
        sum = sum.wrapping_mul(31).wrapping_add(k as u32 * v.len() as u32);
        if k % 3 == 0 { unsafe { KEPT.push(v); } }
    }
    sum
}

/// Frees what `work` kept.
#[no_mangle]
pub extern "C" fn release() { unsafe { KEPT = Vec::new(); } }

/// A string handed to JS the wasm-bindgen way: JS reads it and frees it with __wbindgen_free.
#[no_mangle]
pub extern "C" fn greeting(out: *mut usize) {
    let s = format!("hello {}", 42).into_bytes().into_boxed_slice();
    let len = s.len();
    let ptr = Box::into_raw(s) as *mut u8 as usize;
    unsafe { *out = ptr; *out.add(1) = len; }
}
