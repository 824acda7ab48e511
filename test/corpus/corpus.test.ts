// The corpus (test/corpus/README.md): programs written for this check, built by every toolchain
// at shipped optimization levels, whose answers come from an oracle that never runs our code
// (oracle.mjs: V8's debugger at each allocator entry of the ORIGINAL module, symbolized with
// llvm-symbolizer --inlining or trace-mapping). Here the instrumented module runs under the
// tracer at nframe 1 and 8; the live set at exit, grouped by traceback, must equal the oracle's
// with the toolchain-runtime frames folded (a frame is the user's when its file is one of the
// corpus sources; a traceback with no user frame keeps every frame).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOSSY_MAP, instrument } from '../../instrument/index';
import * as tracemalloc from '../../runtime/index';
// @ts-expect-error: plain ESM helper without types
import { PROGRAMS, builtPath } from './programs.mjs';

/** [file, line, function, function+offset (stripped builds: where the call is, as the frame reads)] */
type OracleFrame = [string | null, number, string | null, string?];
interface Expected {
  stdout: string;
  /** Per export returning a pointer the program holds: the block's size and full chain. */
  objects?: Record<string, { size: number; frames: OracleFrame[] }>;
  traces: { size: number; count: number; frames: OracleFrame[] }[];
}
/** What a run shows its user: output and exit code (the harnesses that have them). */
interface Outcome { stdout: string; stderr?: string; exitCode?: number }
const outcome = (r: Outcome): Outcome => ({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
type Program = {
  run: (bytes: Uint8Array, options: object) => Promise<Outcome & { instance: WebAssembly.Instance }>;
  instrument?: object;
  objects?: string[];
  lossy?: boolean;
  /** No names and no line rows (one-step clang -O2): frames are compared as function+offset. */
  stripped?: boolean;
};

const USER = 'test/corpus/src/';
// File names as both sides spell them, normalised alike (llvm-symbolizer keeps `build/./x.c` and
// `std/src/sys/wasi/../unix/alloc.rs`, which the tool reads as `std/src/sys/unix/alloc.rs`).
const normalFile = (file: string): string => {
  let f = file.replace(/^(\.\/)+/, '').replace(/\/(\.\/)+/g, '/');
  for (let prev = ''; prev !== f;) { prev = f; f = f.replace(/(^|\/)(?!\.\.\/)[^/]+\/\.\.\//, '$1'); }
  return f;
};
const frameKey = (file: string | null, line: number) => (file && line > 0 ? `${normalFile(file)}:${line}` : '(no line)');

/** The oracle's live set as `size x count: chain` rows, chains most recent first, folded and cut to nframe. */
export function expectedRows(expected: Expected, nframe: number): string[] {
  const groups = new Map<string, number>();
  for (const t of expected.traces) {
    const chain = foldedChain(t.frames, nframe);
    const key = `${t.size}|${chain}`;
    groups.set(key, (groups.get(key) ?? 0) + t.count);
  }
  return rows(groups);
}

/** An oracle chain (innermost first) with library frames folded, cut to nframe. */
function foldedChain(frames: OracleFrame[], nframe: number): string {
  const all = frames.map(([file, line, , at]) => (at && !(line > 0) ? at : frameKey(file, line)));
  const user = all.filter((k) => k.startsWith(USER));
  return (user.length ? user : all).slice(0, nframe).join(' <- ');
}

function rows(groups: Map<string, number>): string[] {
  return [...groups].map(([key, count]) => {
    const [size, chain] = key.split('|');
    return `${size} B x ${count}: ${chain}`;
  }).sort();
}

/** Ours: the instrumented program's live set at exit, grouped the same way. */
async function ourRows(name: string, nframe: number): Promise<{ rows: string[]; stdout: string; outcome: Outcome; objects: Record<string, string | null>; warnings: string[] }> {
  const program = (PROGRAMS as Record<string, Program>)[name]!;
  const path = builtPath(name) as string;
  const { bytes, stats } = instrument(readFileSync(path), {
    sourceMapBaseDir: 'test/corpus/built', // as a user's build names it: relative to the project
    readFile: (p: string) => readFileSync(p, 'utf8'),
    // a separate DWARF file (-gseparate-dwarf), named by the module's external_debug_info
    readBinaryFile: (p: string) => readFileSync(p),
    ...program.instrument,
  });
  tracemalloc.start(nframe);
  try {
    const result = await program.run(bytes, {
      instantiate: async (b: Uint8Array, imports: WebAssembly.Imports) =>
        (await tracemalloc.instantiate(b, imports, { name })).instance,
    });
    const { stdout, instance } = result;
    const groups = new Map<string, number>();
    for (const trace of tracemalloc.takeSnapshot().traces) {
      const chain = [...trace.traceback].reverse().map((f) => (program.stripped && !(f.lineno > 0) ? f.filename : frameKey(f.filename, f.lineno))).join(' <- ');
      const key = `${trace.size}|${chain}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    // getObjectTraceback on the pointers the program holds (AssemblyScript objects: keyed at ptr - 16)
    const objects = Object.fromEntries((program.objects ?? []).map((fn) => {
      const tb = tracemalloc.getObjectTraceback((instance.exports[fn] as () => number)() >>> 0);
      return [fn, tb && [...tb].reverse().map((f) => frameKey(f.filename, f.lineno)).join(' <- ')];
    }));
    return { rows: rows(groups), stdout, outcome: outcome(result), objects, warnings: stats.warnings };
  } finally {
    tracemalloc.stop();
  }
}

describe.each(Object.keys(PROGRAMS))('%s', (name) => {
  const program = (PROGRAMS as Record<string, Program>)[name]!;
  const expected = JSON.parse(readFileSync(new URL(`./expected/${name}.json`, import.meta.url), 'utf8')) as Expected;
  it.each((program as { nframes?: number[] }).nframes ?? [1, 8])('nframe %i: every live block at its true chain, user code first', async (nframe) => {
    const ours = await ourRows(name, nframe);
    if (process.env.CORPUS_TABLE) {
      // Diagnostics for the notes: expected vs ours, appended as one JSON line per case.
      const { appendFileSync } = await import('node:fs');
      appendFileSync(process.env.CORPUS_TABLE, JSON.stringify({ name, nframe, expected: expectedRows(expected, nframe), ours: ours.rows }) + '\n');
    }
    expect(ours.stdout).toBe(expected.stdout);
    // never change what the program does: the same output and exit code as a plain run
    if (nframe === 1) expect(ours.outcome).toEqual(outcome(await program.run(readFileSync(builtPath(name) as string), {})));
    expect(ours.rows).toEqual(expectedRows(expected, nframe));
    const objects = Object.fromEntries(Object.entries(expected.objects ?? {}).map(([fn, o]) => [fn, foldedChain(o.frames, nframe)]));
    expect(ours.objects).toEqual(objects);
    // a lossy source map is said once per module; DWARF builds have nothing to say
    expect(ours.warnings.filter((w) => w.startsWith(LOSSY_MAP))).toHaveLength(program.lossy ? 1 : 0);
  });
});
