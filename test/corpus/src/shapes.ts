// Corpus: AssemblyScript classes, arrays and the GC (incremental runtime).
class Vec2 {
  constructor(public x: f64, public y: f64) {}
}

class Body {
  pos: Vec2 = new Vec2(0, 0);
  trail: Array<Vec2> = new Array<Vec2>();
  constructor(public mass: f64) {}
}

let bodies: Array<Body> = [];
let buffer: StaticArray<u8> = new StaticArray<u8>(0);

function spawn(n: i32): void {
  for (let i = 0; i < n; i++) bodies.push(new Body(<f64>i));
}

function walk(steps: i32): void {
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < bodies.length; i++) {
      const b = bodies[i];
      b.trail.push(new Vec2(b.pos.x + <f64>s, b.pos.y));
    }
  }
}

function scratch(n: i32): i32 {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const tmp = new Array<i32>(16);
    total += tmp.length;
  }
  return total;
}

export function run(): i32 {
  spawn(6);
  walk(5);
  buffer = new StaticArray<u8>(4567);
  const t = scratch(20);
  __collect();
  return bodies.length + t;
}

export function firstBody(): usize {
  return changetype<usize>(bodies[0]);
}
