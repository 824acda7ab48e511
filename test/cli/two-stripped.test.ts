// Two different stripped modules in one process (test/cli/apps/two-stripped: a.wasm and b.wasm,
// one template, their code the same size, so the same call reads `wasm-function[3]+0x3` in both,
// and their blocks are one line until symbolized: docs/snapshot-format.md). `symbolize` names each
// from its own debug build, or its own symbol map (`--symbols NAME=FILE`).
// Oracles: the program's own account of what each module kept (run.mjs), the sources' text, and
// the symbol maps wabt's wasm-objdump wrote from the debug builds (build.sh).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './cli-process';
import { Snapshot } from '../../node/index';

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

  it('symbolize names each module from its own debug build (it picks each module\'s rows by their instances)', () => {
    // stripped, the two blocks read the same frame (one line of both: the collision left open)
    const stripped = lines(Snapshot.load(snap));
    expect(stripped).toHaveLength(1);
    expect(stripped[0]![0]).toMatch(/^wasm-function\[\d+\]\+0x[0-9a-f]+$/);
    expect(stripped[0]!.slice(2)).toEqual([truth.get('a.wasm')! + truth.get('b.wasm')!, 2]);
    const out = join(dir, 'two.dwarf.tmsnap');
    const r = cli(['symbolize', snap, '-m', `a.wasm=${REL}/a.debug.wasm`, '-m', `b.wasm=${REL}/b.debug.wasm`, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const symbolized = lines(Snapshot.load(out)).map(([file, lineno, size]) => [file.replace(/^.*\//, ''), lineno, size]);
    expect(symbolized.sort()).toEqual(MODULES.map((m) => [`${m}.c`, mallocLine(m), truth.get(`${m}.wasm`)]).sort());
  });

  it('--symbols NAME=FILE gives each module its own symbol map; a plain FILE still applies to every module', () => {
    const index = Number(/wasm-function\[(\d+)\]/.exec(lines(Snapshot.load(snap))[0]![0])![1]);
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
});
