// Corpus (session 7): AssemblyScript virtual dispatch (abstract methods, overrides, an interface:
// the compiler's ~virtual stubs between caller and callee), allocations inside overridden methods,
// a function reference stored in a field and called later, and strings built in each override.
abstract class Animal {
  constructor(public name: string) {}
  abstract speak(times: i32): string;
  describe(): string {
    return this.name + " says " + this.speak(2);
  }
}

class Dog extends Animal {
  speak(times: i32): string {
    let s = "";
    for (let i = 0; i < times; i++) s += "woof ";
    return s;
  }
}

class Cat extends Animal {
  lives: Array<i32> = [1, 2, 3];
  speak(times: i32): string {
    this.lives.push(times);
    return "meow".repeat(times);
  }
}

interface Keeper {
  feed(a: Animal): string;
}

class Zookeeper implements Keeper {
  fed: Array<string> = [];
  feed(a: Animal): string {
    const note = "fed " + a.name;
    this.fed.push(note);
    return note;
  }
}

function shout(s: string): string {
  return s.toUpperCase();
}

class Announcer {
  constructor(public transform: (s: string) => string) {}
  say(s: string): string {
    return this.transform(s + "!");
  }
}

let animals: Array<Animal> = [];
let keeper: Keeper = new Zookeeper();
let lines: Array<string> = [];

export function run(): void {
  animals.push(new Dog("rex"));
  animals.push(new Cat("tom"));
  animals.push(new Dog("fido"));
  const announcer = new Announcer(shout);
  for (let i = 0; i < animals.length; i++) {
    lines.push(animals[i].describe());
    lines.push(announcer.say(keeper.feed(animals[i])));
  }
}

export function firstLine(): usize {
  return changetype<usize>(lines[0]);
}
