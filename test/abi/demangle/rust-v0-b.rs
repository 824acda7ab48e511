#![allow(non_snake_case)]
pub struct Buf<const N: usize> { pub b: [u8; N] }
impl<const N: usize> Buf<N> { #[inline(never)] pub fn len(&self) -> usize { N } }
pub struct Flag<const B: bool>;
impl<const B: bool> Flag<B> { #[inline(never)] pub fn get(&self) -> bool { B } }
pub struct Ch<const C: char>;
impl<const C: char> Ch<C> { #[inline(never)] pub fn get(&self) -> char { C } }
#[inline(never)] pub fn apply<F: Fn(&str) -> usize>(f: F) -> usize { f("hello") }
#[inline(never)] pub fn with_dyn(f: &dyn Fn(u32) -> u32) -> u32 { f(3) }
#[inline(never)] pub fn with_ptr(f: fn(&str) -> u8, g: unsafe extern "C" fn(i32) -> i32) -> u8 { f("x") + unsafe { g(1) as u8 } }
#[inline(never)] pub fn été<'a>(x: &'a mut Vec<(i8, u64)>, y: *const u16, z: *mut [i16]) -> &'a (i8, u64) { let _ = (y, z); &x[0] }
#[inline(never)] pub fn itr(v: &Vec<u32>) -> Box<dyn Iterator<Item = u32> + '_> { Box::new(v.iter().map(|x| x + 1)) }
#[inline(never)] pub fn neg<const I: i32>() -> i32 { I }
fn f1(s: &str) -> u8 { s.len() as u8 }
unsafe extern "C" fn g1(i: i32) -> i32 { i }
#[no_mangle]
pub extern "C" fn go2(n: u32) -> u32 {
    let b = Buf::<4> { b: [0; 4] };
    let mut v = vec![(1i8, 2u64)];
    let r = été(&mut v, std::ptr::null(), std::ptr::null_mut::<[i16; 0]>() as *mut [i16]);
    (b.len() + Flag::<true>.get() as usize + Ch::<'ü'>.get() as usize + apply(|s| s.len() + n as usize)) as u32
      + with_dyn(&|x| x * n) + with_ptr(f1, g1) as u32 + r.0 as u32 + itr(&vec![1, 2]).sum::<u32>() + neg::<-7>() as u32
}
