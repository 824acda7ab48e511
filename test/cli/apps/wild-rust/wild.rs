// Rust's default layout puts the stack first: its static data lies above the stack's top. Frees
// of it are wild frees (test/cli/unmatched.test.ts), not frees of a pre-initialised heap.
use std::alloc::{alloc, dealloc, Layout};
static TABLE: [u8; 64] = [7; 64];
static mut COUNTER: [u32; 16] = [0; 16];
fn main() {
    let layout = Layout::from_size_align(48, 8).unwrap();
    unsafe {
        let p = alloc(layout);
        *p = 1;
        println!("allocated one block of 48 bytes");
        dealloc(p, layout);
        // wild frees: static data (read-only and writable), never allocated
        dealloc(TABLE.as_ptr() as *mut u8, layout);
        dealloc(std::ptr::addr_of_mut!(COUNTER) as *mut u8, layout);
    }
    println!("done: {}", TABLE[3]);
}
