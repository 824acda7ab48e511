// Corpus (oracle7): AssemblyScript as releases ship it, without --debug (no name section), under the
// minimal runtime (TCMS, collected where the program calls __collect) and the incremental one at -Oz.
// An orchard: a generic stack, a binary tree built by recursion, a Map<i32, Tree> and a Set<string>,
// function references passed to sort/map/filter, strings built by replaceAll/substring/repeat,
// i64 formatting, typed arrays over one buffer, objects dropped before a collection.
class Stack<T> {
  items: T[] = [];
  push(v: T): void { this.items.push(v); }
  pop(): T { return this.items.pop(); }
  get size(): i32 { return this.items.length; }
}

class Tree {
  left: Tree | null = null;
  right: Tree | null = null;
  tag: string;
  constructor(public depth: i32, seed: i32) {
    this.tag = "tree-" + depth.toString() + "-" + seed.toString();
  }
}

function plant(depth: i32, seed: i32): Tree {
  const t = new Tree(depth, seed);
  if (depth > 0) {
    t.left = plant(depth - 1, seed * 2);
    if (depth % 2 == 0) t.right = plant(depth - 1, seed * 2 + 1);
  }
  return t;
}

function count(t: Tree | null): i32 {
  if (t == null) return 0;
  return 1 + count(t.left) + count(t.right);
}

function byLength(a: string, b: string): i32 { return a.length - b.length; }
function shout(s: string, _i: i32, _a: string[]): string { return s.toUpperCase() + "!"; }
function long(s: string, _i: i32, _a: string[]): bool { return s.length > 4; }

const groves = new Map<i32, Tree>();
const seen = new Set<string>();
let labels: string[] = [];
let stack = new Stack<string>();

function harvest(n: i32): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(97 + (i % 26));
  return s.replaceAll("a", "AA").substring(1);
}

export function run(): i32 {
  groves.set(1, plant(5, 1));
  groves.set(2, plant(3, 7));
  groves.set(3, plant(2, 9));
  const words = "pear,fig,apple,quince,plum,medlar,sloe".split(",");
  words.sort(byLength);
  labels = words.map<string>(shout).filter(long);
  for (let i = 0; i < words.length; i++) {
    seen.add(words[i].repeat(2));
    stack.push(harvest(10 + i * 7));
  }
  const big: i64 = 9007199254740993;
  labels.push(big.toString() + "/" + (<f64>count(groves.get(1))).toString());
  const buf = new ArrayBuffer(64);
  const bytes = Uint8Array.wrap(buf, 8, 16);
  const words32 = new Int32Array(10);
  bytes[0] = 3;
  words32[9] = bytes[0];
  stack.pop();
  groves.delete(3);
  __collect();
  return count(groves.get(1)) + count(groves.get(2)) + stack.size + seen.size + labels.length + words32[9];
}

export function firstLabel(): usize {
  return changetype<usize>(labels[0]);
}
