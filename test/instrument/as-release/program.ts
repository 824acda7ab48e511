// AssemblyScript program for the release-build test (as-release.test.ts): churns short-lived
// objects, strings and arrays (the GC frees them inside __new's incremental steps and in
// __collect), and keeps KEPT nodes and their holder in a global. After run() and __collect() the
// live objects are exactly: the holder (StaticArray<Node | null>(SLOTS): SLOTS * 4 bytes) and
// KEPT nodes (8 bytes each), whatever the optimization level.

class Node {
  constructor(public value: i32, public next: Node | null) {}
}

const SLOTS = 64;
let keep: StaticArray<Node | null> | null = null;

export function run(n: i32): i32 {
  const held = new StaticArray<Node | null>(SLOTS);
  keep = held;
  let sum = 0;
  let r: u32 = 7;
  for (let i = 0; i < n; i++) {
    r = r * 1103515245 + 12345;
    const k = <i32>((r >>> 8) % SLOTS);
    // a slot holds one node at the end: the previous one becomes garbage
    held[k] = new Node(i, null);
    const s = "v" + (r % 10000).toString();
    const a = new Array<i32>(<i32>(r % 32));
    sum += s.length + a.length;
  }
  // fill every slot once more so the kept set does not depend on the random walk
  for (let k = 0; k < SLOTS; k++) held[k] = new Node(k, null);
  return sum;
}

export function drop(): void {
  keep = null;
}
