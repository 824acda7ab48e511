// @ts-nocheck: AssemblyScript (i32 and friends), compiled by asc in build.sh, not by tsc
class Node {
  constructor(public value: i32, public next: Node | null) {}
}

export function run(n: i32): i32 {
  let head: Node | null = null;
  for (let i = 0; i < n; i++) {
    head = new Node(i, head);
  }
  const arr = new Array<i32>(16);
  arr.push(5);
  const s = "x".repeat(n);
  return arr.length + s.length + (head ? head.value : 0);
}
