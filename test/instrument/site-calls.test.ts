// Allocator call sites that test `tracing` themselves (instrument/binary/code.ts siteCall(),
// wrappers.ts SiteCall): not tracing, a call site calls NAME$orig (the original body) straight, so
// an untraced allocator call costs one test and no wrapper's call level (Node 20's V8 inlines no
// wasm call: bench/README.md, "wrap24"); NAME$site is called only while tracing and reads no
// `tracing` of its own. What is recorded, and what the program computes, are the same.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import binaryen from 'binaryen';
import { describe, expect, it } from 'vitest';
import { binaryenText, instrument } from './validate';
import { recordingHooks } from './hooks';

const WAT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'wat', 'site-calls.wat'), 'utf8');

/** `text` compiled with tail calls, its names kept (a name section). */
function wasm(text: string): Uint8Array {
  const before = binaryen.getDebugInfo();
  binaryen.setDebugInfo(true);
  const m = binaryen.parseText(text);
  try {
    m.setFeatures(binaryen.Features.MVP | binaryen.Features.MutableGlobals | binaryen.Features.TailCall);
    return m.emitBinary();
  } finally {
    m.dispose();
    binaryen.setDebugInfo(before);
  }
}

interface Node { head: string; text: string; kids: Node[]; parent?: Node }

/** Binaryen's folded text as a tree of `(head …)` nodes, each with its own text. */
function parse(text: string): Node {
  const root: Node = { head: '', text, kids: [] };
  const stack: [Node, number][] = [[root, 0]];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') { for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++; continue; }
    if (c === ';' && text[i + 1] === ';') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c === '(') {
      let j = i + 1;
      while (j < text.length && !/[\s()]/.test(text[j]!)) j++;
      const parent = stack[stack.length - 1]![0];
      const node: Node = { head: text.slice(i + 1, j), text: '', kids: [], parent };
      parent.kids.push(node);
      stack.push([node, i]);
      i = j - 1;
    } else if (c === ')') {
      const [node, at] = stack.pop()!;
      node.text = text.slice(at, i + 1);
    }
  }
  return root;
}

function* walk(n: Node): Generator<Node> {
  yield n;
  for (const k of n.kids) yield* walk(k);
}

const TRACING = '(global.get $wasm-tracemalloc.tracing)';

/** A call's callee, `$name`. */
const calleeOf = (n: Node): string | undefined =>
  n.head === 'call' || n.head === 'return_call' ? n.text.slice(n.head.length + 2).match(/^[^\s)]+/)![0] : undefined;

/** Every call of a NAME$site, and whether it is the `then` arm of an `if` on `tracing` whose `else` calls NAME$orig. */
function siteCalls(bytes: Uint8Array): { callee: string; tested: boolean }[] {
  const out: { callee: string; tested: boolean }[] = [];
  for (const n of walk(parse(binaryenText(bytes)))) {
    const callee = calleeOf(n);
    if (!callee?.endsWith('$site')) continue;
    // (the `then` arm itself, or, in an entry with frames on, a `local.set` of its result there:
    // the arm calls the frame helpers around it, wrappers.ts entryBody())
    let then = n.parent;
    if (then?.head === 'local.set') then = then.parent;
    const iff = then?.parent;
    const orig = `${callee.slice(0, -'$site'.length)}$orig`;
    const otherArm = iff?.kids.find((k) => k.head === 'else');
    const tested = then?.head === 'then' && iff?.head === 'if' && iff.kids.find((k) => k.head !== 'result')?.text === TRACING &&
      otherArm !== undefined && [...walk(otherArm)].some((c) => calleeOf(c) === orig);
    out.push({ callee, tested });
  }
  return out;
}

/** The text of function NAME in Binaryen's output. */
function body(text: string, name: string): string {
  const at = text.indexOf(`(func $${name} `);
  expect(at).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n (func ', at + 1);
  return text.slice(at, end < 0 ? undefined : end);
}

describe('allocator call sites that test `tracing`', () => {
  const input = wasm(WAT);
  const original = () => {
    const ex = new WebAssembly.Instance(new WebAssembly.Module(input as Uint8Array<ArrayBuffer>)).exports as Record<string, any>;
    return [ex.run(10), ex.run(3), ex.malloc(40)];
  };

  it.each([['frames on', true], ['frames off', false]] as const)('%s: every NAME$site call is an if on `tracing` whose else calls NAME$orig; NAME$site reads no `tracing`', (_name, frames) => {
    const out = instrument(input, { frames });
    const calls = siteCalls(out.bytes);
    // make's two, free's, tail's, and the entries' (malloc: JS and the pointer call; free)
    expect(calls.filter((c) => c.callee === '$malloc$site').length).toBe(4);
    expect(calls.filter((c) => c.callee === '$free$site').length).toBe(2);
    expect(calls.filter((c) => !c.tested)).toEqual([]);
    const text = binaryenText(out.bytes);
    for (const name of ['malloc', 'free']) expect(body(text, `${name}$site`)).not.toContain(TRACING);
  });

  it.each([['frames on', true, 2], ['frames off', false, 1]] as const)('%s: the same results, traced and not; events only while tracing', (_name, frames, nframe) => {
    const want = original();
    const out = instrument(input, { frames });
    const h = recordingHooks(nframe);
    const ex = new WebAssembly.Instance(new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>), { 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as Record<string, any>;
    h.tracing.value = 0;
    const first = ex.run(10);
    expect(h.events).toEqual([]);
    h.tracing.value = nframe;
    const second = ex.run(3);
    const events = h.events.map((e) => `${e.type} ${e.size}`);
    expect(events).toEqual(['alloc 3', 'alloc 8', 'free 0', 'alloc 24', 'alloc 4']);
    const sites = h.events.map((e) => e.sites[0]);
    expect(new Set(sites.filter((s, i) => i !== 3)).size).toBe(4); // four static sites; the pointer call's its own
    h.tracing.value = 0;
    const third = ex.malloc(40);
    expect(h.events.length).toBe(5);
    expect([first, second, third]).toEqual(want);
    expect(h.depth.value).toBe(0);
  });
});
