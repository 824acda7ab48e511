use std::collections::{BTreeMap, HashMap};
pub struct Wrapper<T> { pub v: Vec<T> }
impl<T: Clone> Wrapper<T> { pub fn dup(&self) -> Vec<T> { self.v.iter().map(|x| x.clone()).collect() } }
pub trait Shape { fn area(&self) -> f64; }
pub struct Sq(pub f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
impl std::fmt::Display for Sq { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, "{}", self.0) } }
#[no_mangle]
pub extern "C" fn go(n: u32) -> u32 {
    let w = Wrapper { v: (0..n).map(|i| format!("{}", i)).collect::<Vec<String>>() };
    let mut m: BTreeMap<String, [u8; 3]> = BTreeMap::new();
    let mut h: HashMap<u32, (i64, char)> = HashMap::new();
    for (i, s) in w.dup().into_iter().enumerate() { m.insert(s, [i as u8; 3]); h.insert(i as u32, (i as i64, 'x')); }
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0))];
    let f = |x: &dyn Shape| x.area() as u32;
    (m.len() + h.len()) as u32 + shapes.iter().map(|s| f(s.as_ref())).sum::<u32>() + Sq(1.0).to_string().len() as u32
}
