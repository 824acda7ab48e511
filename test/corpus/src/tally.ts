// Corpus (oracle6): AssemblyScript as a release ships it: -O3 without --debug (no name section;
// the source map alone names lines), under the incremental and stub runtimes. A tally of votes:
// closures over a Map of arrays, strings built by concatenation and template literals, a class
// hierarchy with an overridden method that allocates, an array grown by push and then sliced,
// typed arrays, a static array of results kept past the run.
abstract class Ballot {
  constructor(public who: string) {}
  abstract label(): string;
}
class Yes extends Ballot {
  label(): string { return "yes:" + this.who; }
}
class No extends Ballot {
  reasons: string[] = [];
  constructor(who: string, reason: string) {
    super(who);
    this.reasons.push(reason.toUpperCase());
  }
  label(): string { return `no:${this.who}(${this.reasons.join(",")})`; }
}

const byTopic = new Map<string, Ballot[]>();
let kept: string[] = [];
let counts = new Int32Array(4);

function cast(topic: string, b: Ballot): void {
  if (!byTopic.has(topic)) byTopic.set(topic, []);
  byTopic.get(topic).push(b);
}

function summarize(topic: string): string {
  const ballots = byTopic.get(topic);
  let out = topic + "=";
  for (let i = 0; i < ballots.length; i++) {
    out += ballots[i].label();
    if (i + 1 < ballots.length) out += ";";
  }
  return out;
}

export function run(): i32 {
  const names = "ann,bo,cy,dee,ed,flo,gus".split(",");
  for (let i = 0; i < names.length; i++) {
    const topic = i % 3 == 0 ? "roads" : i % 3 == 1 ? "parks" : "taxes";
    cast(topic, i % 2 == 0 ? changetype<Ballot>(new Yes(names[i])) : changetype<Ballot>(new No(names[i], "cost " + i.toString())));
    counts[i & 3]++;
  }
  const topics = byTopic.keys();
  for (let i = 0; i < topics.length; i++) kept.push(summarize(topics[i]));
  const wide = new Float64Array(12);
  wide[3] = 1.5;
  kept = kept.slice(0, 2).concat([names.join("+"), wide.length.toString()]);
  byTopic.delete("taxes");
  __collect();
  return kept.length;
}

export function firstKept(): usize {
  return changetype<usize>(kept[0]);
}
