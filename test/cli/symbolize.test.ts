// `symbolize`: a stripped release build (no DWARF, no name section) traced, then named later from
// its -O2 -g build. The program is test/cli/apps/stripped/inventory.c (build.sh: clang -O2 -g,
// llvm-strip --strip-all). Two oracles that do not use our code: llvm-symbolizer --inlining on
// the -g build at every call's code offset (its answers committed beside it:
// inventory.symbolizer.txt, as CI has no LLVM), and tracing the -g build directly.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './cli-process';
import { Snapshot } from '../../node/index';
import { siteTableAt } from '../../instrument/index';
import { SiteTable } from '../../runtime/tracer/site-table';

const DIR = join(ROOT, 'test', 'cli', 'apps', 'stripped');
const APP = join(DIR, 'run.mjs');
const DEBUG = join(DIR, 'inventory.wasm');

type F = [string, number, number, string];
const framesOf = (s: Snapshot): { size: number; count: number; frames: F[] }[] =>
  s.statistics('traceback').map((st) => ({ size: st.size, count: st.count, frames: [...st.traceback].map((f) => [f.filename, f.lineno, f.column, f.functionName ?? ''] as F) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function trace(file: string, out: string): Snapshot {
  const r = cli(['run', '--no-cache', '-o', out, '--', 'node', '--no-warnings', APP, file]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/^41 items, report of \d+ bytes$/m);
  return Snapshot.load(out);
}

/** llvm-symbolizer's answers: code offset → frames innermost first, [function, file, line, column]. */
function symbolizer(): Map<number, [string, string, number, number][]> {
  const out = new Map<number, [string, string, number, number][]>();
  for (const block of readFileSync(join(DIR, 'inventory.symbolizer.txt'), 'utf8').trim().split(/\n\n+/)) {
    const [address, ...rest] = block.split('\n');
    const frames: [string, string, number, number][] = [];
    for (let i = 0; i + 1 < rest.length; i += 2) {
      const m = /^(.*):(\d+):(\d+)$/.exec(rest[i + 1]!);
      frames.push([rest[i]!, m ? m[1]! : '??', m ? Number(m[2]) : 0, m ? Number(m[3]) : 0]);
    }
    out.set(Number(address), frames);
  }
  return out;
}

/** code offset → the index of the function whose body holds it (imports first), from the module's sections. */
function functionAt(wasm: Buffer): (offset: number) => number {
  let p = 8;
  const leb = (): number => { let v = 0, k = 0, b: number; do { b = wasm[p++]!; v += (b & 0x7f) * 2 ** k; k += 7; } while (b & 0x80); return v; };
  const skipName = () => { const n = leb(); p += n; };
  let imported = 0;
  const bodies: [start: number, end: number][] = [];
  while (p < wasm.length) {
    const id = wasm[p++]!;
    const size = leb();
    const end = p + size;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        skipName(); skipName();
        const kind = wasm[p++]!;
        if (kind === 0) { imported++; leb(); } else if (kind === 1) { p++; const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); } else p += 2;
      }
    } else if (id === 10) {
      const payload = p;
      for (let n = leb(); n > 0; n--) { const len = leb(); bodies.push([p - payload, p - payload + len]); p += len; }
    }
    p = end;
  }
  return (offset) => imported + bodies.findIndex(([s, e]) => offset >= s && offset < e);
}

// DWARF spells paths with `./` segments (`./build/./libc-bottom-half/…`) that the instrumenter drops
const norm = (p: string) => p.replace(/^(\.\/)+/, '').replace(/\/(\.\/)+/g, '/');

describe('symbolize: a stripped build named from its debug build', () => {
  const dir = tempDir('wtm-symbolize-');
  const stripped = trace('inventory.stripped.wasm', join(dir, 'stripped.tmsnap'));

  it('a stripped frame carries its call\'s code offset, and the snapshot the module\'s code identity', () => {
    const frames = framesOf(stripped).flatMap((t) => t.frames).filter(([file]) => !file.endsWith('.mjs'));
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every(([file, line, column]) => /^(wasm-function\[\d+\]|_start)\+0x[0-9a-f]+$/.test(file) && line === 0 && column > 0)).toBe(true);
    const modules = JSON.parse(stripped.metadata.get('modules')!) as { modules: { source: string; code: { codeSize: number; sha256: string } }[] };
    // the -g build's code section, found here by walking its section headers, hashed by node:crypto
    const debug = readFileSync(DEBUG);
    let p = 8, payload: Buffer | null = null;
    const leb = (): number => { let v = 0, k = 0, b: number; do { b = debug[p++]!; v += (b & 0x7f) * 2 ** k; k += 7; } while (b & 0x80); return v; };
    while (p < debug.length && !payload) { const id = debug[p++]; const size = leb(); if (id === 10) payload = debug.subarray(p, p + size); p += size; }
    expect(modules.modules[0]!.code).toMatchObject({ codeSize: payload!.length, sha256: createHash('sha256').update(payload!).digest('hex') });
  });

  it('each frame\'s code offset resolves as llvm-symbolizer --inlining resolves it in the -g build', () => {
    const oracle = symbolizer();
    const offsets = [...new Set(framesOf(stripped).flatMap((t) => t.frames).filter(([, line, column]) => line === 0 && column > 0).map(([, , column]) => column))];
    expect(offsets.length).toBeGreaterThan(8);
    const table = SiteTable.parse(siteTableAt(readFileSync(DEBUG), offsets).table, 'inventory.wasm');
    let inlined = 0;
    offsets.forEach((at, i) => {
      const want = oracle.get(at);
      expect(want, `llvm-symbolizer has no answer at 0x${at.toString(16)}`).toBeDefined();
      const got = table.frames(i + 1);
      const withLine = want!.filter(([, file]) => file !== '??');
      if (withLine.length === 0) {
        // no line (libc built without debug info): the function and offset in it, no line
        expect(got.map((f) => f.lineno)).toEqual([0]);
        return;
      }
      expect(got.map((f) => [norm(f.filename), f.lineno, f.column])).toEqual(want!.map(([, file, line, column]) => [norm(file), line, column]));
      // llvm-symbolizer names the outermost function by the symbol table (main's linkage name is
      // __main_argc_argv); the inlined ones by DWARF, as the instrumenter names them all
      expect(got.slice(0, -1).map((f) => f.functionName)).toEqual(want!.slice(0, -1).map(([fn]) => fn));
      if (got.length > 1) inlined++;
    });
    expect(inlined).toBeGreaterThan(0); // new_item inlined into put
  });

  it('the symbolized snapshot is the one tracing the -g build gives', () => {
    const out = join(dir, 'stripped.sym.tmsnap');
    const r = cli(['symbolize', join(dir, 'stripped.tmsnap'), '--module', 'inventory.stripped.wasm=test/cli/apps/stripped/inventory.wasm', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^inventory\.stripped\.wasm: \d+ frames symbolized from test\/cli\/apps\/stripped\/inventory\.wasm \(dwarf\)$/m);
    const symbolized = Snapshot.load(out);
    const direct = trace('inventory.wasm', join(dir, 'debug.tmsnap'));
    const got = framesOf(symbolized);
    expect(got).toEqual(framesOf(direct));
    // and it says where the frames of put and new_item (inlined) are
    expect(got.some((t) => t.frames.some(([file, line, , fn]) => file.endsWith('inventory.c') && line === 19 && fn === 'new_item'))).toBe(true);
    expect(JSON.parse(symbolized.metadata.get('symbolized')!)).toEqual({ version: 1, modules: [{ module: 'inventory.stripped.wasm', file: 'test/cli/apps/stripped/inventory.wasm', resolver: 'dwarf' }] });
  });

  it('--symbols names each function as the symbol map does (emcc\'s index:name, written by wasm-objdump)', () => {
    // the map alone: the "debug build" is the stripped module itself (no DWARF, no names)
    const out = join(dir, 'stripped.names.tmsnap');
    const r = cli(['symbolize', join(dir, 'stripped.tmsnap'), '--module', 'inventory.stripped.wasm=test/cli/apps/stripped/inventory.stripped.wasm',
      '--symbols', 'test/cli/apps/stripped/inventory.symbols', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^inventory\.stripped\.wasm: \d+ frames symbolized from test\/cli\/apps\/stripped\/inventory\.stripped\.wasm \(names\)$/m);
    const map = new Map(readFileSync(join(DIR, 'inventory.symbols'), 'utf8').trim().split('\n').map((l) => [Number(l.split(':')[0]), l.slice(l.indexOf(':') + 1)] as const));
    const owner = functionAt(readFileSync(join(DIR, 'inventory.stripped.wasm')));
    // each stripped frame, named: the function holding its code offset (read here from the code
    // section's body sizes) as the map names it, the offset in the function kept
    const want = framesOf(stripped).map((t) => ({ ...t, frames: t.frames.map(([file, line, column, fn]): F => {
      const m = /^(?:wasm-function\[(\d+)\]|[^/]*)(\+0x[0-9a-f]+)$/.exec(file);
      if (line !== 0 || !m) return [file, line, column, fn];
      if (m[1] !== undefined) expect(Number(m[1])).toBe(owner(column));
      const name = map.get(owner(column))!;
      return [`${name}${m[2]}`, 0, column, name];
    }) })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const got = framesOf(Snapshot.load(out));
    expect(got).toEqual(want);
    expect(got.flatMap((t) => t.frames).filter(([file]) => /^(put|grow|report)\+0x/.test(file)).length).toBeGreaterThan(2);
  });

  it('--library-frames keeps every frame llvm-symbolizer gives; without it they are folded as docs/library-frames.md says', () => {
    const oracle = symbolizer();
    const NO_LINE: F = ['(no line)', 0, 0, ''];
    // tracebacks whose frames now read the same, summed
    const group = (list: { size: number; count: number; frames: F[] }[]) => {
      const sums = new Map<string, { size: number; count: number; frames: F[] }>();
      for (const t of list) {
        const s = sums.get(JSON.stringify(t.frames)) ?? { size: 0, count: 0, frames: t.frames };
        s.size += t.size; s.count += t.count;
        sums.set(JSON.stringify(t.frames), s);
      }
      return [...sums.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    };
    const run = (extra: string[], out: string) => {
      const r = cli(['symbolize', join(dir, 'stripped.tmsnap'), '--module', 'inventory.stripped.wasm=test/cli/apps/stripped/inventory.wasm', ...extra, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      return group(framesOf(Snapshot.load(out)).map((t) => ({ ...t, frames: t.frames.map(([file, line, column]): F => (line ? [norm(file), line, column, ''] : NO_LINE)) })));
    };
    const all = run(['--library-frames'], join(dir, 'stripped.all.tmsnap'));
    const folded = run([], join(dir, 'stripped.folded.tmsnap'));
    // the oracle: each wasm frame of the stripped run (oldest first) replaced by llvm-symbolizer's
    // frames at its offset (they come innermost first: reversed); a frame with no line is NO_LINE
    const expand = (keep: (f: F) => boolean) => group(framesOf(stripped).map((t) => {
      const frames: { f: F; wasm: boolean }[] = [];
      for (const [file, line, column] of t.frames) {
        if (line !== 0) frames.push({ f: [file, line, column, ''], wasm: false });
        else for (const [, src, l, c] of [...oracle.get(column)!].reverse()) frames.push({ f: src === '??' || l === 0 ? NO_LINE : [norm(src), l, c, ''], wasm: true });
      }
      const user = frames.filter((x) => x.wasm && keep(x.f));
      const shown = user.length ? frames.filter((x) => !x.wasm || keep(x.f)) : frames;
      return { size: t.size, count: t.count, frames: shown.map((x) => x.f).slice(-stripped.tracebackLimit) };
    }));
    // docs/library-frames.md: wasi-libc's files, and any frame without a line, are library frames
    const library = ([file, line]: F) => line === 0 || /(^|\/)(libc-bottom-half|libc-top-half|wasi-libc|dlmalloc\/src)\//.test(file);
    expect(all).toEqual(expand(() => true));
    expect(folded).toEqual(expand((f) => !library(f)));
    // the two differ: wasi-libc's _start (crt1-command.c, with lines) is kept under the program's
    // frames with --library-frames only (a traceback with no frame of the program's keeps all)
    const own = (t: { frames: F[] }) => t.frames.some(([file]) => file.endsWith('/inventory.c'));
    const libc = (t: { frames: F[] }) => t.frames.some(([file]) => file.includes('libc-bottom-half/crt/crt1-command.c'));
    expect(all.filter(own).every(libc)).toBe(true);
    expect(folded.filter(own).length).toBeGreaterThan(2);
    expect(folded.filter(own).some(libc)).toBe(false);
  });

  it('refuses a debug build of other code, in one line, exit 2', () => {
    const r = cli(['symbolize', join(dir, 'stripped.tmsnap'), '--module', 'inventory.stripped.wasm=test/cli/apps/lost/lost.wasm', '-o', join(dir, 'x.tmsnap')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wasm-tracemalloc: 'test\/cli\/apps\/lost\/lost\.wasm' is not the code inventory\.stripped\.wasm ran: its code section is \d+ bytes, sha256 [0-9a-f]{16}…, expected 28578 bytes, sha256 [0-9a-f]{16}…/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const none = cli(['symbolize', join(dir, 'stripped.tmsnap'), '--module', 'app.wasm=test/cli/apps/stripped/inventory.wasm']);
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe(`wasm-tracemalloc: '${join(dir, 'stripped.tmsnap')}' traced no module 'app.wasm' (it traced: inventory.stripped.wasm)`);
    const notMap = cli(['symbolize', join(dir, 'stripped.tmsnap'), '--module', 'inventory.stripped.wasm=test/cli/apps/stripped/inventory.stripped.wasm',
      '--symbols', 'test/cli/apps/stripped/inventory.c', '-o', join(dir, 'x.tmsnap')]);
    expect(notMap.code).toBe(2);
    expect(notMap.stderr.trim()).toBe("wasm-tracemalloc: 'test/cli/apps/stripped/inventory.c': --symbols is not a symbol map: expected lines of `index:name` (emcc --emit-symbol-map)");
    const bad = cli(['symbolize', join(dir, 'stripped.tmsnap'), '--module', 'inventory.stripped.wasm']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^wasm-tracemalloc: --module expects NAME=FILE/);
  });
});
