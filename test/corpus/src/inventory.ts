// Corpus (session 4): AssemblyScript strings built in loops, Map<string, Item>, nested arrays,
// typed arrays, a Set, and objects dropped for the GC to free (incremental runtime).
class Item {
  tags: Array<string> = new Array<string>();
  history: Float64Array;
  constructor(public name: string, public count: i32) {
    this.history = new Float64Array(count + 1);
  }
}

let items = new Map<string, Item>();
let grid: Array<Array<i32>> = [];
let seen = new Set<i32>();

function label(prefix: string, i: i32): string {
  return prefix + "-" + i.toString();
}

function stock(n: i32): void {
  for (let i = 0; i < n; i++) {
    const it = new Item(label("item", i), i % 5);
    it.tags.push(label("tag", i * 3));
    items.set(it.name, it);
  }
}

function fill(rows: i32, cols: i32): void {
  for (let r = 0; r < rows; r++) {
    const row = new Array<i32>(0);
    for (let c = 0; c < cols; c++) row.push(r * c);
    grid.push(row);
  }
}

function churn(n: i32): i32 {
  let len = 0;
  for (let i = 0; i < n; i++) len += label("tmp", i).length;
  return len;
}

export function run(): i32 {
  stock(12);
  fill(4, 9);
  for (let i = 0; i < 30; i++) seen.add(i * 7);
  const t = churn(25);
  items.delete("item-3");
  __collect();
  return items.size + grid.length + seen.size + t;
}

export function firstItem(): usize {
  return changetype<usize>(items.get("item-0"));
}
