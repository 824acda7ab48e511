// Corpus (session 7): AssemblyScript under the runtimes the corpus lacked: `stub` (a bump
// allocator that never frees: every object made is live at exit) and `minimal` (TCMS, collected
// only when the program calls __collect). Arrays of strings from split, map and filter through
// function references, a sort whose comparator allocates (a memo of keys), join, StaticArray.
class Entry {
  parts: string[];
  constructor(public word: string) {
    this.parts = word.split("a");
  }
}

const memo = new Map<string, string>();

function sortKey(s: string): string {
  if (!memo.has(s)) memo.set(s, s.length.toString() + ":" + s);
  return memo.get(s);
}

function byKey(a: string, b: string): i32 {
  const ka = sortKey(a), kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function shout(s: string, i: i32, all: string[]): string {
  return s.toUpperCase() + "!";
}

function long(s: string, i: i32, all: string[]): bool {
  return s.length > 4;
}

let entries: Entry[] = [];
let table: StaticArray<string> = new StaticArray<string>(4);
let joined = "";

export function run(): void {
  const words = "banana,apple,cherry,date,fig,grape,kiwi,mango,papaya".split(",");
  words.sort(byKey);
  const loud = words.filter(long).map<string>(shout);
  for (let i = 0; i < loud.length; i++) entries.push(new Entry(loud[i].toLowerCase()));
  for (let i = 0; i < table.length; i++) table[i] = words[i] + "/" + i.toString();
  joined = loud.join(" ");
  __collect();
}

export function firstEntry(): usize {
  return changetype<usize>(entries[0]);
}

export function summary(): i32 {
  return entries.length * 100 + joined.length;
}
