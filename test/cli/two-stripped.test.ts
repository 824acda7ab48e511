// Two different stripped modules in one process (test/cli/apps/two-stripped: a.wasm and b.wasm,
// one template, their code the same size, so the same call reads `wasm-function[3]+0x3` in both):
// the module that shows the text first keeps it, the other's frame reads `b.wasm!wasm-function[3]+0x3`
// (runtime/tracer/frame-names.ts, docs/snapshot-format.md), alike in every snapshot of the run and
// in snapshots merged from several processes. `symbolize` names each from its own debug build, or
// its own symbol map (`--symbols NAME=FILE`).
// Oracles: the program's own account of what each module kept (run.mjs), the sources' text, and
// the symbol maps wabt's wasm-objdump wrote from the debug builds (build.sh).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WASI } from 'node:wasi';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './cli-process';
import { Snapshot } from '../../node/index';
import * as tracemalloc from '../../runtime/tracer/index';
import { mergeSnapshots } from '../../runtime/tracer/merge';
import { instrument } from '../../instrument/index';

const DIR = join(ROOT, 'test', 'cli', 'apps', 'two-stripped');
const REL = 'test/cli/apps/two-stripped';
const MODULES = ['a', 'b'] as const;

/** What each module kept, as the program says: module file → bytes. */
const kept = (stdout: string): Map<string, number> => new Map([...stdout.matchAll(/^(\w+\.wasm): kept 1 block of (\d+) bytes$/gm)].map((m) => [m[1]!, Number(m[2])]));
const lines = (s: Snapshot) => s.statistics('lineno').map((st) => [st.traceback[0]!.filename, st.traceback[0]!.lineno, st.size, st.count] as const);
/** The line of `malloc(` in a module's source. */
const mallocLine = (m: string) => readFileSync(join(DIR, `${m}.c`), 'utf8').split('\n').findIndex((l) => l.includes('malloc(')) + 1;
/** The symbol map's name of function `index`. */
const mapName = (m: string, index: number) => new Map(readFileSync(join(DIR, `${m}.symbols`), 'utf8').trim().split('\n').map((l) => [Number(l.split(':')[0]), l.slice(l.indexOf(':') + 1)] as const)).get(index);

describe('two stripped modules in one process', () => {
  let dir: string;
  let snap: string;
  let truth: Map<string, number>;
  beforeAll(() => {
    dir = tempDir();
    snap = join(dir, 'two.tmsnap');
    const r = cli(['run', '-o', snap, '--', 'node', '--no-warnings', join(DIR, 'run.mjs')]);
    expect(r.code, r.stderr).toBe(0);
    truth = kept(r.stdout);
    expect([...truth.keys()]).toEqual(['a.wasm', 'b.wasm']);
  }, 60_000);

  it('the two modules\' blocks are two lines: the first module\'s frame as it reads, the other\'s named `b.wasm!…`', () => {
    const stripped = lines(Snapshot.load(snap));
    expect(stripped).toHaveLength(2);
    const plain = stripped.find(([file]) => !file.includes('!'))!;
    expect(plain[0]).toMatch(/^wasm-function\[\d+\]\+0x[0-9a-f]+$/);
    expect(stripped.map(([file, , size, count]) => [file, size, count]).sort()).toEqual([
      [plain[0], truth.get('a.wasm'), 1],
      [`b.wasm!${plain[0]}`, truth.get('b.wasm'), 1],
    ].sort());
  });

  it('symbolize names each module from its own debug build (it picks each module\'s rows by their instances)', () => {
    const out = join(dir, 'two.dwarf.tmsnap');
    const r = cli(['symbolize', snap, '-m', `a.wasm=${REL}/a.debug.wasm`, '-m', `b.wasm=${REL}/b.debug.wasm`, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const symbolized = lines(Snapshot.load(out)).map(([file, lineno, size]) => [file.replace(/^.*\//, ''), lineno, size]);
    expect(symbolized.sort()).toEqual(MODULES.map((m) => [`${m}.c`, mallocLine(m), truth.get(`${m}.wasm`)]).sort());
  });

  it('--symbols NAME=FILE gives each module its own symbol map; a plain FILE still applies to every module', () => {
    const index = Number(/wasm-function\[(\d+)\]/.exec(lines(Snapshot.load(snap))[0]![0])![1]);
    expect(new Set(lines(Snapshot.load(snap)).map(([file]) => /wasm-function\[(\d+)\]/.exec(file)![1]))).toEqual(new Set([String(index)]));
    const named = join(dir, 'two.names.tmsnap');
    const r = cli(['symbolize', snap, '-m', `a.wasm=${REL}/a.wasm`, '-m', `b.wasm=${REL}/b.wasm`,
      '--symbols', `a.wasm=${REL}/a.symbols`, '--symbols', `b.wasm=${REL}/b.symbols`, '-o', named]);
    expect(r.code, r.stderr).toBe(0);
    const want = MODULES.map((m) => mapName(m, index));
    expect(want).toEqual(['make_a', 'make_b']); // the maps differ in this function's name
    expect(lines(Snapshot.load(named)).map(([file, , size]) => [file.replace(/\+0x[0-9a-f]+$/, ''), size]).sort())
      .toEqual(MODULES.map((m, i) => [want[i], truth.get(`${m}.wasm`)]).sort());
    // today's form: one map for every module (here a's, so b's frame takes a's name)
    const one = join(dir, 'two.one.tmsnap');
    expect(cli(['symbolize', snap, '-m', `a.wasm=${REL}/a.wasm`, '-m', `b.wasm=${REL}/b.wasm`, '--symbols', `${REL}/a.symbols`, '-o', one]).code).toBe(0);
    expect(lines(Snapshot.load(one)).map(([file, , size]) => [file.replace(/\+0x[0-9a-f]+$/, ''), size])).toEqual([['make_a', truth.get('a.wasm')! + truth.get('b.wasm')!]]);
  });

  it('--symbols NAME=FILE for a NAME no --module names: one line, exit 2', () => {
    const r = cli(['symbolize', snap, '-m', `a.wasm=${REL}/a.wasm`, '--symbols', `c.wasm=${REL}/a.symbols`, '-o', join(dir, 'x.tmsnap')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`wasm-tracemalloc: --symbols c.wasm=${REL}/a.symbols: no --module c.wasm (the modules given: a.wasm)`);
  });

  it('snapshots merged from processes name each module\'s frame alike: the base\'s names kept, the parts\' after them', () => {
    const only = (m: string) => {
      const out = join(dir, `${m}.only.tmsnap`);
      const r = cli(['run', '-o', out, '--', 'node', '--no-warnings', join(DIR, 'run.mjs'), m]);
      expect(r.code, r.stderr).toBe(0);
      expect(kept(r.stdout)).toEqual(new Map([[`${m}.wasm`, truth.get(`${m}.wasm`)]]));
      return Snapshot.load(out);
    };
    const both = Snapshot.load(snap);
    const text = lines(both).find(([file]) => !file.includes('!'))![0];
    const bOnly = only('b');
    expect(lines(bOnly).map(([file, , size]) => [file, size])).toEqual([[text, truth.get('b.wasm')]]); // alone, b's frame is plain
    const byFile = (s: Snapshot) => new Map(lines(s).map(([file, , size]) => [file, size]));
    // the process that loaded both first: b's blocks of both processes on b's line
    expect(byFile(mergeSnapshots(both, [{ snapshot: bOnly, label: 'process 2' }])))
      .toEqual(new Map([[text, truth.get('a.wasm')], [`b.wasm!${text}`, 2 * truth.get('b.wasm')!]]));
    // b's process first: b keeps the text there, so a's frame is the one named
    expect(byFile(mergeSnapshots(bOnly, [{ snapshot: both, label: 'process 1' }])))
      .toEqual(new Map([[text, 2 * truth.get('b.wasm')!], [`a.wasm!${text}`, truth.get('a.wasm')]]));
  }, 60_000);
});

describe('two stripped modules traced in one process by the API', () => {
  afterEach(() => tracemalloc.stop());

  it('a frame reads alike in every snapshot of the run, so compareTo shows each module\'s own growth', async () => {
    const load = async (m: string) => {
      const wasi = new WASI({ version: 'preview1', args: [m], env: {}, returnOnExit: true });
      const { instance } = await tracemalloc.instantiate(instrument(readFileSync(join(DIR, `${m}.wasm`))).bytes, wasi.getImportObject() as WebAssembly.Imports, { name: `${m}.wasm` });
      wasi.initialize(instance);
      return instance.exports as unknown as { run(n: number): number; give(p: number): void };
    };
    const [a, b] = [await load('a'), await load('b')];
    tracemalloc.start();
    b.run(2000); // b shows the text first: it keeps it for the run
    const first = tracemalloc.takeSnapshot();
    expect(first.statistics('lineno').map((s) => [s.traceback[0]!.filename, s.size])).toEqual([[expect.stringMatching(/^wasm-function\[\d+\]\+0x[0-9a-f]+$/), 2000]]);
    const text = first.statistics('lineno')[0]!.traceback[0]!.filename;
    a.run(1000);
    b.run(300);
    const second = tracemalloc.takeSnapshot();
    expect(second.compareTo(first, 'lineno').map((d) => [d.traceback[0]!.filename, d.size, d.sizeDiff, d.count, d.countDiff]).sort()).toEqual([
      [text, 2300, 300, 2, 1],
      [`a.wasm!${text}`, 1000, 1000, 1, 1],
    ].sort());
  });
});
