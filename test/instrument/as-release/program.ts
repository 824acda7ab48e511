// @ts-nocheck: AssemblyScript (asc), not TypeScript: i32, StaticArray… are asc's
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

// Arrays growing by push while other objects are allocated between: __renew moves their buffers
// (through __new under the incremental runtime, through TLSF's moveBlock under the minimal one).
let ints: Array<i32> | null = null;
let strings: Array<string> | null = null;

export function grow(n: i32): void {
  const a = new Array<i32>(0);
  const b = new Array<string>(0);
  ints = a;
  strings = b;
  for (let i = 0; i < n; i++) {
    a.push(i);
    if (i % 100 == 1) b.push(i.toString()); // not 0: "0" is a static string
  }
}

export function drop(): void {
  keep = null;
  ints = null;
  strings = null;
}
