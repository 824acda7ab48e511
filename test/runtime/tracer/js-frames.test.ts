// JS frames above wasm frames (runtime/tracer/js-frames.ts, docs/hook-abi.md "JavaScript frames"),
// on a program written for this check (js-frames/jsf.c, built by js-frames/build.sh with emcc and
// run by its unmodified Emscripten glue): every allocation made from a JS line of this file must
// carry that line. The oracles are independent of the tool: V8's own `new Error().stack` captured
// on the same line gives the line, the source text gives the column (where V8 puts a call: the
// property name), and a TypeScript file compiled here by esbuild with a source map gives known
// source positions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { instrument } from '../../instrument/validate';
import { PROGRAM_WAT, SITES, compileWat, programBytes, withCustomSection } from './helpers';
import { encodeSiteTable } from '../../../abi';
import * as tracemalloc from '../../../runtime/tracer/index';
import { Filter } from '../../../runtime/model/filter';
import { setJsSourceMapper } from '../../../runtime/tracer/js-frames';
import { installJsSourceMaps } from '../../../node/js-source-maps';

const require = createRequire(import.meta.url);
const dir = join(fileURLToPath(import.meta.url), '..', 'js-frames');
const callsFile = join(dir, 'calls.cjs');
const callLines = readFileSync(callsFile, 'utf8').split('\n');
type Call = (...args: unknown[]) => number[];
const calls = require(callsFile) as Record<string, Call>;

interface Jsf {
  _malloc(n: number): number;
  _free(p: number): void;
  _keep_flat(n: number): number;
  _keep_copy(s: number): number;
  allocateUTF8(s: string): number;
}
let M: Jsf;

beforeAll(async () => {
  installJsSourceMaps(); // what the Node entry installs
  tracemalloc.setInstrumenter((bytes) => instrument(bytes).bytes as Uint8Array<ArrayBuffer>);
  tracemalloc.patchWebAssembly();
  const factory = require(join(dir, 'jsf.cjs')) as (o: object) => Promise<Jsf>;
  M = await factory({ wasmBinary: readFileSync(join(dir, 'jsf.wasm')) });
  // The glue's exports are stubs that replace themselves on their first call (a real glue frame
  // then, shown as such); the checks below are about the calls after it.
  M._free(M._keep_copy(M.allocateUTF8('warm')));
  M._free(M._keep_flat(1));
});
afterEach(() => tracemalloc.stop());
afterAll(() => {
  tracemalloc.stop();
  tracemalloc.unpatchWebAssembly();
  tracemalloc.setInstrumenter(null);
  setJsSourceMapper(null);
});

/** Where V8 places a call `text(` on a line of calls.cjs: the column of its last name. */
function columnOf(line: number, text: string): number {
  const at = callLines[line - 1]!.indexOf(text);
  expect(at, `"${text}" on line ${line}`).toBeGreaterThanOrEqual(0);
  return at + text.lastIndexOf('.') + 2;
}

/** The traceback of a live block, most recent first, as "file:line:column". */
function framesOf(ptr: number): string[] {
  const tb = tracemalloc.getObjectTraceback(ptr);
  expect(tb, `traceback of ${ptr}`).not.toBeNull();
  return [...tb!].reverse().map((f) => `${f.filename}:${f.lineno}:${f.column}`);
}

/** The line of calls.cjs's callback arrow (`then(24)`). */
const callbackLine = callLines.findIndex((l) => l.includes('got.push(then(24)')) + 1;
const at = (line: number, text: string) => `${callsFile}:${line}:${columnOf(line, text)}`;
const jsf = (line: number, column: number) => `jsf.c:${line}:${column}`; // built with -fdebug-compilation-dir=.

describe('JS frames', () => {
  it('nframe 1: an allocator called straight from JS has the JS line as frame 0', () => {
    tracemalloc.start(1, { jsFrames: true });
    const [p, line] = calls.direct!(M, 40);
    expect(framesOf(p!)).toEqual([at(line!, 'M._malloc(')]);
    // an export that allocates itself: its own line fills the one frame
    const [q] = calls.flat!(M, 24);
    expect(framesOf(q!)).toEqual([jsf(16, 10)]);
    tracemalloc.stop();
  });

  it('nframe 16: JS frames of every caller, oldest end, beneath the wasm frames', () => {
    tracemalloc.start(16, { jsFrames: true });
    const [p, inner, outer] = calls.viaHelper!(M);
    const f = framesOf(p!);
    expect(f.slice(0, 2)).toEqual([at(inner!, 'M._malloc('), at(outer!, 'direct(')]);
    // then this test's own frames; none of the tool's, none of node:
    expect(f.length).toBeGreaterThan(2);
    const root = join(dir, '..', '..', '..', '..');
    expect(f.filter((s) => s.startsWith(join(root, 'runtime')) || s.startsWith('node:') || s.startsWith('wasm://'))).toEqual([]);

    const [q, flatLine] = calls.flat!(M, 25);
    expect(framesOf(q!).slice(0, 2)).toEqual([jsf(16, 10), at(flatLine!, 'M._keep_flat(')]);

    // copy_of's malloc, keep_copy's call, then the JS line of each entry: two activations in one
    // JS task, each with its own JS caller
    const [c1, line1, c2, line2] = calls.twoEntries!(M);
    expect(framesOf(c1!).slice(0, 3)).toEqual([jsf(9, 13), jsf(21, 10), at(line1!, 'M._keep_copy(')]);
    expect(framesOf(c2!).slice(0, 3)).toEqual([jsf(9, 13), jsf(21, 10), at(line2!, 'M._keep_copy(')]);
    tracemalloc.stop();
  });

  it('frames cut at nframe, the wasm frames first; the real depth counts the JS frames', () => {
    tracemalloc.start(2, { jsFrames: true });
    const [c] = calls.copy!(M, 'cut');
    expect(framesOf(c!)).toEqual([jsf(9, 13), jsf(21, 10)]);
    tracemalloc.stop();
    tracemalloc.start(3, { jsFrames: true });
    const [d, line] = calls.copy!(M, 'cut');
    expect(framesOf(d!)).toEqual([jsf(9, 13), jsf(21, 10), at(line!, 'M._keep_copy(')]);
    const trace = [...tracemalloc.takeSnapshot().traces].find((t) => t.traceback.at(-1)?.lineno === 9)!;
    expect(trace.traceback.totalNframe).toBeGreaterThan(3); // the JS frames beneath the last shown
    tracemalloc.stop();
  });

  it('one traceback per JS call site (a loop), and Filter works on the JS file name', () => {
    tracemalloc.start(4, { jsFrames: true });
    const lines = calls.loop!(M, 500);
    const snapshot = tracemalloc.takeSnapshot();
    const stats = snapshot.filterTraces([new Filter(true, callsFile)]).statistics('traceback');
    expect(stats).toHaveLength(1);
    expect(stats[0]!.count).toBe(500);
    expect(String(stats[0]!.traceback.at(-1))).toBe(`${callsFile}:${lines[0]}`);
    expect(snapshot.filterTraces([new Filter(false, callsFile)]).traces.length).toBe(snapshot.traces.length - 500);
    tracemalloc.stop();
  });

  it('call sites taken in turn: every block has its own line (the cache never mixes two stacks)', () => {
    const deeperCall = callLines.findIndex((l) => l.includes('out.push(deeper(M))')) + 1;
    for (const n of [1, 2]) {
      tracemalloc.start(n, { jsFrames: true });
      const blocks = (calls.alternate! as unknown as (m: Jsf, k: number) => [number, number][])(M, 300);
      for (const [i, [p, line]] of blocks.entries()) {
        const f = framesOf(p);
        expect(f[0]).toBe(at(line, 'M._malloc('));
        if (n === 2) expect(i % 3 === 2 ? f[1] : f[1]!.slice(0, f[1]!.indexOf(':'))).toBe(i % 3 === 2 ? at(deeperCall, 'deeper(') : fileURLToPath(import.meta.url));
      }
      tracemalloc.stop();
    }
  });

  it("through a JS file's source map: the TypeScript line and column", () => {
    const tmp = mkdtempSync(join(tmpdir(), 'jsframes-'));
    const ts = [
      '// a TypeScript caller of the wasm allocator, compiled by esbuild with a source map',
      'interface Api { _malloc(n: number): number }',
      'export function allocate(api: Api, n: number): number {',
      '  const size: number = n * 2;',
      '  return api._malloc(size);',
      '}',
      '',
    ].join('\n');
    writeFileSync(join(tmp, 'lib.ts'), ts);
    buildSync({ entryPoints: [join(tmp, 'lib.ts')], outfile: join(tmp, 'lib.cjs'), format: 'cjs', sourcemap: true, minify: true, logLevel: 'silent' });
    const lib = require(join(tmp, 'lib.cjs')) as object;
    tracemalloc.start(16, { jsFrames: true });
    const [p, line] = calls.viaLib!(lib, M);
    const f = framesOf(p!);
    // the known source position: line 5 of lib.ts, the column of `_malloc` (1-based)
    expect(f[0]).toBe(`${join(tmp, 'lib.ts')}:5:${ts.split('\n')[4]!.indexOf('_malloc') + 1}`);
    expect(f[1]).toBe(at(line!, 'lib.allocate('));
    expect(f.some((s) => s.includes('lib.cjs'))).toBe(false); // the minified file does not show
    tracemalloc.stop();
  });

  it('off by default, and with jsFrames: false: the allocator called from JS stays at <unknown>', () => {
    for (const options of [undefined, { jsFrames: false }]) {
      tracemalloc.start(16, options);
      const [p] = calls.direct!(M, 42);
      expect(framesOf(p!)).toEqual(['<unknown>:0:undefined']); // no column known
      const [q] = calls.flat!(M, 26);
      expect(framesOf(q!)).toEqual([jsf(16, 10)]);
      tracemalloc.stop();
    }
  });

  it('a module with no line of the program\'s keeps its frames beside the JS ones (JS frames are never folded)', async () => {
    // the test program's site table with every line unknown: all its frames are folded as library
    // frames, and kept because nothing else is the program's; a JS frame must not change that
    const lineless = { ...SITES, sites: SITES.sites.map(([f, , , fn, k], i) => (i === 0 ? SITES.sites[0]! : [f, 0, 0, fn, k])) } as typeof SITES;
    const { instance } = await tracemalloc.instantiate(programBytes(lineless), {}, { name: 'lineless.wasm' });
    tracemalloc.start(8, { jsFrames: true });
    const outer = instance.exports.outer as (n: number) => number;
    const [p, line] = calls.callExport!(outer, 777);
    expect(framesOf(p!).slice(0, 4)).toEqual(['src/lib.c:0:undefined', 'src/lib.c:0:undefined', 'src/app.c:0:undefined', `${callsFile}:${line}:${columnOf(line!, 'fn(')}`]);
  });

  // The test program with a JS import: call_js (site 8) calls it, malloc_deep calls the
  // allocator from JS through one more wasm frame than the export `malloc` (site 0 both).
  const CALLBACK_SITES = {
    ...SITES,
    functions: [...SITES.functions, 'call_js'],
    sites: [...SITES.sites, [0, 80, 3, 5, 1]],
  } as typeof SITES;
  const CALLBACK_WAT = PROGRAM_WAT
    .replace('(memory (export "memory") 2)', `(import "env" "cb" (func $cb))
  (memory (export "memory") 2)`)
    .replace(/\)\s*$/, `
  (func (export "call_js")
    (local $tok i32)
    (local.set $tok (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1))
      (then (call $enter (i32.const 8))) (else (i32.const 0))))
    (call $cb)
    (if (local.get $tok) (then (call $leave (local.get $tok)))))
  (func $deep (param $size i32) (result i32) (call $malloc (local.get $size) (i32.const 0)))
  (func (export "malloc_deep") (param $size i32) (result i32) (call $deep (local.get $size))))`);
  type Callback = { call_js(): void; outer(n: number): number; malloc(n: number): number; malloc_deep(n: number): number };
  async function callbackProgram(name: string, cb: () => void): Promise<Callback> {
    const bytes = withCustomSection(compileWat(CALLBACK_WAT), 'wasm-tracemalloc.sites', encodeSiteTable(CALLBACK_SITES));
    const { instance } = await tracemalloc.instantiate(bytes, { env: { cb: () => cb() } }, { name });
    return instance.exports as unknown as Callback;
  }

  it('module A calls JS that calls module B: B has the JS frames that called it, down to A', async () => {
    // the oracle: V8's own stack at the callback's line (calls.callback); none of A's callers
    const got: number[] = [];
    let cb = () => {};
    const A = await callbackProgram('a.wasm', () => cb());
    const { instance } = await tracemalloc.instantiate(programBytes(), {}, { name: 'b.wasm' });
    const B = instance.exports as unknown as Callback;
    cb = calls.callback!(B.outer, got) as unknown as () => void;
    tracemalloc.start(16, { jsFrames: true });
    const [, aLine] = calls.callExport!(A.call_js, 0);
    const [p, line] = got;
    const f = framesOf(p!);
    expect(f.slice(0, 4)).toEqual(['src/lib.c:30:3', 'src/lib.c:40:3', 'src/app.c:50:7', at(line!, 'then(')]);
    // then only the two arrows of this file that A's import calls: the frames beneath A are not B's
    expect(f.slice(4).map((s) => s.slice(0, s.indexOf(':')))).toEqual([fileURLToPath(import.meta.url), fileURLToPath(import.meta.url)]);
    expect(f.some((s) => s.startsWith(`${callsFile}:${aLine}:`))).toBe(false);
  });

  it('module A calls JS that calls A again: the JS frames beneath A\'s oldest frame (the first entry)', async () => {
    const got: number[] = [];
    let cb = () => {};
    const A = await callbackProgram('a2.wasm', () => cb());
    cb = calls.callback!(A.outer, got) as unknown as () => void;
    tracemalloc.start(16, { jsFrames: true });
    const [, aLine] = calls.callExport!(A.call_js, 0);
    const f = framesOf(got[0]!);
    expect(f.slice(0, 5)).toEqual(['src/lib.c:30:3', 'src/lib.c:40:3', 'src/app.c:50:7', 'src/app.c:80:3', at(aLine!, 'fn(')]);
  });

  // An activation's JS frames are those beneath it while it lasts. A trap leaves the shadow stack
  // high until the next microtask (docs/hook-abi.md, "Traps and throws"), so a later activation of
  // the same synchronous run starts on the trapped one's frames: JS frames the trapped activation
  // only captured (an activation's frames captured at its entry, bench/README.md "capture25", not
  // kept) must not become the later one's, which are those of its own JS caller.
  it('an activation that traps, then a new entry from a different JS caller: that caller\'s JS frames', async () => {
    const bytes = withCustomSection(compileWat(PROGRAM_WAT.replace(/\)\s*$/, `
  (func (export "trap5")
    (drop (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1))
      (then (call $enter (i32.const 5))) (else (i32.const 0))))
    (unreachable)))`)), 'wasm-tracemalloc.sites', encodeSiteTable(SITES));
    const { instance } = await tracemalloc.instantiate(bytes, {}, { name: 'trapped.wasm' });
    const A = instance.exports as unknown as { outer(n: number): number; trap5(): void };
    for (const jsFrames of ['exact', true] as const) {
      tracemalloc.start(16, { jsFrames });
      // activations entered at site 5 need their JS frames (their tracebacks reach the bottom)
      for (let i = 0; i < 3; i++) calls.callExport!(A.outer, 24);
      const got: number[] = [];
      const viaCallback = calls.callback!(A.trap5, got) as unknown as () => void;
      // the same synchronous run: entered at site 5 from the callback's line, trapped
      expect(viaCallback).toThrow(WebAssembly.RuntimeError);
      const [p, line] = calls.callExport!(A.outer, 24);
      const f = framesOf(p!);
      const js = f.filter((s) => s.startsWith(`${callsFile}:`));
      expect(js[0], String(jsFrames)).toBe(at(line!, 'fn('));
      expect(js.some((s) => s.startsWith(`${callsFile}:${callbackLine}:`)), String(jsFrames)).toBe(false);
      await Promise.resolve(); // the microtask after the trap: the shadow stack is reset
      tracemalloc.stop();
    }
  });

  it('the allocator called from JS through more wasm frames than the last time: still the JS line', async () => {
    const A = await callbackProgram('a3.wasm', () => {});
    for (const n of [1, 2, 16]) {
      tracemalloc.start(n, { jsFrames: true });
      // shallow, deep, shallow: the capture's limit learnt from one must not cut the next
      const [p1, l1] = calls.callExport!(A.malloc, 8);
      const [p2, l2] = calls.callExport!(A.malloc_deep, 8);
      const [p3, l3] = calls.callExport!(A.malloc, 8);
      expect(framesOf(p1!)[0]).toBe(`${callsFile}:${l1}:${columnOf(l1!, 'fn(')}`);
      expect(framesOf(p2!)[0]).toBe(`${callsFile}:${l2}:${columnOf(l2!, 'fn(')}`);
      expect(framesOf(p3!)[0]).toBe(`${callsFile}:${l3}:${columnOf(l3!, 'fn(')}`);
      if (n > 1) expect(framesOf(p1!).length).toBe(Math.min(n, framesOf(p2!).length));
      tracemalloc.stop();
    }
  });

  /** Runs `body` counting V8 stack captures (Error.captureStackTrace, what a JS-frames capture is). */
  function countingCaptures<T>(body: () => T): [T, number] {
    const E = Error as ErrorConstructor & { captureStackTrace: (o: object, f?: Function) => void };
    const real = E.captureStackTrace;
    let n = 0;
    E.captureStackTrace = function (this: unknown, o: object, f?: Function) {
      n++;
      return real.call(E, o, f);
    };
    try {
      return [body(), n];
    } finally {
      E.captureStackTrace = real;
    }
  }

  it('a hot JS call site is captured once per doubling run, and a new call site is seen again', async () => {
    tracemalloc.start(4, { jsFrames: true });
    const [hot, captures] = countingCaptures(() => {
      const out: number[] = [];
      for (let i = 0; i < 4000; i++) out.push(calls.direct!(M, 24)[0]!);
      return out;
    });
    // 4000 allocations from one line: a capture per 64 at most, not one each
    expect(captures).toBeLessThan(4000 / 32);
    const lineOfDirect = calls.direct!(M, 24)[1]!;
    const hotFrames = framesOf(hot[0]!);
    expect(hotFrames[0]).toBe(at(lineOfDirect, 'M._malloc('));
    for (const p of [hot[1]!, hot[1000]!, hot[3999]!]) expect(framesOf(p)).toEqual(hotFrames);
    // the same synchronous run, another JS stack (direct called through viaHelper): seen at the
    // next check, within 64 events
    const later = Array.from({ length: 200 }, () => calls.viaHelper!(M) as number[]);
    const [, , outer] = later[0]!;
    expect(framesOf(later[199]![0]!).slice(0, 2)).toEqual([at(lineOfDirect, 'M._malloc('), at(outer!, 'direct(')]);
    // a new task is checked at once: the hot run ends with the task that made it
    for (let i = 0; i < 1000; i++) calls.direct!(M, 24);
    await Promise.resolve();
    const [p, , outer2] = calls.viaHelper!(M) as number[];
    expect(framesOf(p!).slice(0, 2)).toEqual([at(lineOfDirect, 'M._malloc('), at(outer2!, 'direct(')]);
  });

  // V8 walks a stack from its top and summarizes every frame, the ones a capture then skips too:
  // the capture is made in the body of the function the core calls, so no frame of the tool's
  // lies between (three did: ~9 k instructions a capture on libxml2-wasm, bench/README.md).
  it('captures from the body of the host import itself, beneath which it starts', () => {
    tracemalloc.start(16, { jsFrames: 'exact' });
    const E = Error as ErrorConstructor & { captureStackTrace: (o: object, f?: Function) => void; stackTraceLimit: number };
    const real = E.captureStackTrace;
    const between: number[] = [];
    E.captureStackTrace = function spy(this: unknown, o: object, f?: Function) {
      const limit = E.stackTraceLimit;
      E.stackTraceLimit = 1000;
      try {
        // the frames beneath this spy, and the ones beneath `f`: the host import's own frame is
        // the one frame between them when it calls captureStackTrace itself
        const mine: { stack?: unknown } = {};
        const theirs: { stack?: unknown } = {};
        real.call(E, mine, spy);
        real.call(E, theirs, f);
        if (Array.isArray(mine.stack) && Array.isArray(theirs.stack)) between.push(mine.stack.length - theirs.stack.length);
      } finally {
        E.stackTraceLimit = limit;
      }
      return real.call(E, o, f);
    };
    let p: number, inner: number, outer: number;
    try {
      [p, inner, outer] = calls.viaHelper!(M) as [number, number, number];
    } finally {
      E.captureStackTrace = real;
    }
    expect(between.length).toBeGreaterThan(0);
    expect(between.every((n) => n === 1)).toBe(true);
    expect(framesOf(p).slice(0, 2)).toEqual([at(inner, 'M._malloc('), at(outer, 'direct(')]);
  });

  // V8 walks and summarizes every frame up to the capture's limit: the JS frames of an allocator
  // called from JS end at the next wasm frame (here A's, which called that JS), and the frames
  // beneath it were walked for nothing (html-rewriter-wasm: lol-html's frames beneath its
  // handlers, ~9 of 21 a capture at nframe 16; bench/README.md, capture23).
  it('a capture asks for no frame past the wasm frame that ends the JS frames, and gets the same frames', async () => {
    const got: number[] = [];
    const A = await callbackProgram('a4.wasm', () => got.push(M._malloc(24)));
    tracemalloc.start(16, { jsFrames: 'exact' });
    const E = Error as ErrorConstructor & { captureStackTrace: (o: object, f?: Function) => void; stackTraceLimit: number };
    const real = E.captureStackTrace;
    const asked: [limit: number, needed: number][] = [];
    E.captureStackTrace = function spy(this: unknown, o: object, f?: Function) {
      const limit = E.stackTraceLimit;
      E.stackTraceLimit = 1000;
      try {
        // the whole stack beneath `f`: the frames through the first wasm frame beneath the JS ones
        const all: { stack?: unknown } = {};
        real.call(E, all, f);
        if (Array.isArray(all.stack)) {
          const wasm = (s: { getFileName(): string | null }) => /^wasm:\/\/|wasm-function\[/.test(s.getFileName() ?? '');
          const sites = all.stack as { getFileName(): string | null }[];
          const js = sites.findIndex((s) => !wasm(s));
          const end = sites.findIndex((s, i) => i > js && wasm(s));
          if (js > 0) asked.push([limit, end > 0 ? end + 1 : sites.length + 1]);
        }
      } finally {
        E.stackTraceLimit = limit;
      }
      return real.call(E, o, f);
    };
    try {
      for (let i = 0; i < 5; i++) calls.callExport!(A.call_js, 0);
    } finally {
      E.captureStackTrace = real;
    }
    expect(asked.length).toBeGreaterThanOrEqual(5);
    const needed = asked[0]![1];
    expect(needed).toBeLessThan(16); // the JS frames end well before nframe: the case this is for
    expect(asked.every(([, n]) => n === needed)).toBe(true);
    // the first capture learns how far the JS frames went; the later ones ask for no more
    for (const [limit] of asked.slice(1)) expect(limit).toBeLessThanOrEqual(needed);
    // and every block has the same frames: this file's two arrows (A's import, the callback),
    // the JS frames beneath A not among them
    const frames = got.map(framesOf);
    expect(frames[0]!.length).toBe(2);
    expect(frames[0]!.every((s) => s.startsWith(`${fileURLToPath(import.meta.url)}:`))).toBe(true);
    for (const f of frames) expect(f).toEqual(frames[0]);
  });

  // V8 walks and summarizes every frame above the JS ones, the core's too (~7 k instructions a small
  // wasm frame): the usual allocation's capture starts two of the core's frames above the
  // program's (the hook and its deep case), not three ($js_site's own frame, before).
  it("a capture starts two of the core's frames above the program's, for the JS caller's frames and for an activation's", () => {
    const ptrs: number[] = [];
    tracemalloc.start(16, { jsFrames: 'exact' });
    for (let i = 0; i < 3; i++) M._free(M._keep_copy(M.allocateUTF8('warm'))); // the hooks armed
    const E = Error as ErrorConstructor & { captureStackTrace: (o: object, f?: Function) => void; stackTraceLimit: number };
    const real = E.captureStackTrace;
    const coreFrames: number[] = [];
    E.captureStackTrace = function spy(this: unknown, o: object, f?: Function) {
      const limit = E.stackTraceLimit;
      E.stackTraceLimit = 1000;
      try {
        // the whole stack beneath `f`: its first frames are the core's (one wasm module's URL)
        const all: { stack?: unknown } = {};
        real.call(E, all, f);
        const sites = Array.isArray(all.stack) ? (all.stack as { getFileName(): string | null }[]) : [];
        const url = (i: number) => sites[i]?.getFileName() ?? '';
        if (/^wasm:\/\//.test(url(0))) {
          let n = 0;
          while (url(n) === url(0)) n++;
          coreFrames.push(n);
        }
      } finally {
        E.stackTraceLimit = limit;
      }
      return real.call(E, o, f);
    };
    try {
      for (let i = 0; i < 4; i++) {
        ptrs.push(calls.direct!(M, 24 + i)[0]!); // kind 0: the allocator called from JS
        ptrs.push(calls.copy!(M, 'abc')[0]!); // kind 1: an activation's first allocation
      }
    } finally {
      E.captureStackTrace = real;
    }
    expect(coreFrames.length).toBeGreaterThanOrEqual(8);
    expect(coreFrames).toEqual(coreFrames.map(() => 2));
    // and the blocks still carry their JS lines (the frames are the capture's, wherever it starts)
    for (const p of ptrs) expect(framesOf(p).some((f) => f.startsWith(`${callsFile}:`))).toBe(true);
  });

  it("jsFrames: 'exact' captures every allocation entered from JS", () => {
    tracemalloc.start(4, { jsFrames: 'exact' });
    const [ps, captures] = countingCaptures(() => {
      const out: number[][] = [];
      for (let i = 0; i < 300; i++) out.push(calls.direct!(M, 24));
      out.push(calls.viaHelper!(M) as number[]); // right after a hot run: exact
      return out;
    });
    expect(captures).toBeGreaterThanOrEqual(301);
    const [p, inner, outer] = ps[300]!;
    expect(framesOf(p!).slice(0, 2)).toEqual([at(inner!, 'M._malloc('), at(outer!, 'direct(')]);
  });

  it('a bad jsFrames value is refused with what was expected', () => {
    expect(() => tracemalloc.start(1, { jsFrames: 'yes' as unknown as boolean })).toThrow("start() option jsFrames: expected true, false or 'exact'");
  });
});
