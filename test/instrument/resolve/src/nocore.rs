// A crate for a modern rustc (rustup's, 1.88+: DWARF 5 by -C dwarf-version=5, v0 symbol
// mangling by default) that has no wasm32 standard library installed: #![no_core], with
// malloc/free imported from the host.
#![feature(no_core, lang_items)]
#![no_core]
#![no_std]
#![allow(internal_features)]

#[lang = "pointee_sized"] pub trait PointeeSized {}
#[lang = "meta_sized"] pub trait MetaSized: PointeeSized {}
#[lang = "sized"] pub trait Sized: MetaSized {}
#[lang = "copy"] pub trait Copy {}
impl Copy for usize {}
impl<T: ?Sized> Copy for *mut T {}

extern "C" {
    fn malloc(n: usize) -> *mut u8;
    fn free(p: *mut u8);
}

#[inline(always)]
fn checked(n: usize) -> *mut u8 {
    unsafe { malloc(n) }
}

#[inline(never)]
fn helper(n: usize) -> *mut u8 {
    checked(n)
}

#[no_mangle]
pub extern "C" fn run(n: usize) -> *mut u8 {
    let p = helper(n);
    let q = checked(16);
    unsafe { free(q) };
    p
}
