use std::collections::HashMap;

pub struct Node {
    pub value: u32,
    pub next: Option<Box<Node>>,
}

#[inline(never)]
fn make_list(n: u32) -> Option<Box<Node>> {
    let mut head: Option<Box<Node>> = None;
    for i in 0..n {
        head = Some(Box::new(Node { value: i, next: head }));
    }
    head
}

#[no_mangle]
pub extern "C" fn run(n: u32) -> u32 {
    let list = make_list(n);
    let mut v: Vec<u32> = Vec::with_capacity(4);
    for i in 0..n {
        v.push(i);
    }
    let s = format!("item {}", n);
    let mut m = HashMap::new();
    m.insert(n, s.len());
    let head = list.map(|b| b.value).unwrap_or(0);
    head + v.len() as u32 + m.len() as u32
}
