// @ts-nocheck: AssemblyScript (f64, i32, __collect), compiled by asc, not checked by tsc
class Point {
  constructor(public x: f64, public y: f64) {}
}

class Polygon {
  points: Array<Point> = new Array<Point>();
  name: string;
  constructor(name: string) {
    this.name = name;
  }
  add(x: f64, y: f64): void {
    this.points.push(new Point(x, y));
  }
}

const shapes = new Array<Polygon>();

export function makeShape(n: i32): i32 {
  const p = new Polygon("shape");
  for (let i = 0; i < n; i++) p.add(<f64>i, <f64>(i * 2));
  shapes.push(p);
  return shapes.length;
}

export function dropShapes(): void {
  shapes.length = 0;
}

export function collect(): void {
  __collect();
}
