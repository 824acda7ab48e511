// Frame sites inside `try` bodies cost no call (docs/hook-abi.md, "Deeper frames"; issue 13): a
// frame site only sets `$site`, its callee pushes the frame at entry, and a function's pop is at
// its one exit, outside every `try`. So the only calls inside the instrumented module's try bodies
// are the original module's own: each is an exceptional edge to the handler, which is what made
// TurboFan's compile of occt-import-js (48,497 try blocks) 2.7-3x slower with frames
// (bench/README.md). Read with Binaryen's text, not with our decoder; both encodings: the legacy
// try/catch of em++ -fwasm-exceptions, and Binaryen's translation of it to try_table (exnref).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/cli-process';
import { binaryenText, instrument, toExnref } from './validate';

interface Node { head: string; kids: Node[]; /** where the text after the head starts */ at: number }

/** Binaryen's folded text as a tree of `(head …)` nodes (strings and comments skipped). */
function parse(text: string): Node {
  const root: Node = { head: '', kids: [], at: 0 };
  const stack = [root];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') { for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++; continue; }
    if (c === ';' && text[i + 1] === ';') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c === '(' && text[i + 1] === ';') { i = text.indexOf(';)', i) + 1; continue; }
    if (c === '(') {
      let j = i + 1;
      while (j < text.length && !/[\s()]/.test(text[j]!)) j++;
      let at = j;
      while (at < text.length && /\s/.test(text[at]!)) at++;
      const node: Node = { head: text.slice(i + 1, j), kids: [], at };
      stack[stack.length - 1]!.kids.push(node);
      stack.push(node);
      i = j - 1;
    } else if (c === ')') stack.pop();
  }
  return root;
}

const CALLS = new Set(['call', 'call_indirect', 'call_ref', 'return_call', 'return_call_indirect', 'return_call_ref']);

/**
 * Inside try bodies (`(try … (do …))`, a `try_table`'s body): the calls but the instrumenter's
 * helpers, the helpers called by name, and the frame sites (`$site` sets). An allocator's call
 * site is an `if` on `tracing` (instrument/binary/code.ts siteCall()): its `NAME$site` call
 * counts as the original call, its `NAME$orig` call in the other arm (`origArms`) does not.
 */
function inTryBodies(bytes: Uint8Array): { calls: number; helpers: Map<string, number>; siteSets: number; tries: number; siteCalls: number; origArms: number } {
  const text = binaryenText(bytes);
  const out = { calls: 0, helpers: new Map<string, number>(), siteSets: 0, tries: 0, siteCalls: 0, origArms: 0 };
  const name = (i: number) => text.slice(i).match(/^\$"(?:[^"\\]|\\.)*"|^\S+/)![0].replace(/^\$"(.*)"$/, '$$$1'); // ($"a b" for names with spaces)
  const walk = (n: Node, inTry: boolean): void => {
    if (inTry && CALLS.has(n.head)) {
      const callee = name(n.at);
      if (callee.startsWith('$wasm-tracemalloc.')) out.helpers.set(callee, (out.helpers.get(callee) ?? 0) + 1);
      else if (callee.endsWith('$orig')) out.origArms++;
      else {
        out.calls++;
        if (callee.endsWith('$site')) out.siteCalls++;
      }
    }
    if (inTry && n.head === 'global.set' && name(n.at) === '$wasm-tracemalloc.site') out.siteSets++;
    if (n.head === 'try' || n.head === 'try_table') out.tries++;
    for (const k of n.kids) {
      const body = (n.head === 'try' && k.head === 'do') || (n.head === 'try_table' && !k.head.startsWith('catch') && k.head !== 'result');
      walk(k, inTry || body);
    }
  };
  walk(parse(text), false);
  return out;
}


describe('frame sites inside try bodies', () => {
  const legacy = new Uint8Array(readFileSync(join(ROOT, 'test', 'corpus', 'built', 'catches-wasm-O2-g.wasm')));
  const cases: [string, Uint8Array][] = [['legacy try/catch (em++ -fwasm-exceptions -O2)', legacy], ['try_table (the same, translated to exnref)', toExnref(legacy)]];

  it.each(cases)('%s: no frame push or pop in a try body, the original calls only', (_name, input) => {
    const before = inTryBodies(input);
    expect(before.tries).toBeGreaterThan(3);
    expect(before.calls).toBeGreaterThan(10);
    const r = instrument(input, { validate: false }); // validate.ts: Binaryen and (legacy) V8
    const after = inTryBodies(r.bytes);
    expect(after.tries).toBe(before.tries);
    expect(after.calls).toBe(before.calls);
    expect(after.siteCalls).toBeGreaterThan(0);
    expect(after.origArms).toBe(after.siteCalls); // the untraced arm of each allocator call site
    expect(after.siteSets).toBeGreaterThan(20); // the frame sites in try bodies, a global.set each
    // until session 18: $frame.enter and $frame.leave around each of them. What is left: the restore
    // at the start of a handler nested in an outer try body, when the handler has a site (here
    // libc++abi's std::__terminate, whose handlers call abort_message: never run)
    expect([...after.helpers.keys()].filter((h) => h !== '$wasm-tracemalloc.frame.restore')).toEqual([]);
    expect(after.helpers.get('$wasm-tracemalloc.frame.restore') ?? 0).toBeLessThan(after.siteSets / 10);
  });
});
