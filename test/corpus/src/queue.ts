// Corpus (oracle4): AssemblyScript at --optimizeLevel 3 --shrinkLevel 2 (what `asc -O3s` ships):
// a generic class instantiated for two types, a priority queue growing its backing array,
// Map<i32, Array<string>>, template literals, String#repeat/padStart/split/slice, StaticArray,
// a closure-free callback passed as a function reference, inheritance with super calls.
@external("env", "printHex") declare function printHex(v: u32): void;

class Entry<T> {
  constructor(public priority: i32, public value: T) {}
}

class Heap<T> {
  items: Array<Entry<T>> = [];
  push(priority: i32, value: T): void {
    this.items.push(new Entry<T>(priority, value));
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.items[parent].priority <= this.items[i].priority) break;
      const t = this.items[parent];
      this.items[parent] = this.items[i];
      this.items[i] = t;
      i = parent;
    }
  }
}

class Named {
  constructor(public name: string) {}
  describe(): string { return `named ${this.name}`; }
}
class Tagged extends Named {
  tags: StaticArray<string>;
  constructor(name: string, n: i32) {
    super(name.toUpperCase());
    this.tags = new StaticArray<string>(n);
    for (let i = 0; i < n; i++) this.tags[i] = name.slice(0, i + 1);
  }
  describe(): string { return super.describe() + " #" + this.tags.length.toString(); }
}

let words = new Heap<string>();
let numbers = new Heap<f64>();
let buckets = new Map<i32, Array<string>>();
let shown: Array<string> = [];
let kept: Named | null = null;

function bucket(word: string): void {
  const k = word.length;
  if (!buckets.has(k)) buckets.set(k, new Array<string>());
  buckets.get(k).push(word.padStart(8, "."));
}

function apply(xs: Array<string>, f: (s: string, i: i32, a: Array<string>) => string): Array<string> {
  return xs.map<string>(f);
}

export function run(): i32 {
  const text = "delta alpha echo charlie bravo foxtrot golf hotel india";
  const parts = text.split(" ");
  for (let i = 0; i < parts.length; i++) {
    words.push(parts[i].length, parts[i]);
    numbers.push(i * 7 % 5, <f64>i / 3);
    bucket(parts[i]);
  }
  shown = apply(parts, (s: string, i: i32, a: Array<string>): string => `${i}:${s.repeat(2)}`);
  kept = new Tagged("queue", 4);
  shown.push(kept!.describe());
  __collect();
  printHex(words.items.length + numbers.items.length * 256 + shown.length * 65536);
  return shown.length;
}

export function firstWord(): usize {
  return changetype<usize>(words.items[0].value);
}
