// Naming allocators on the command line: `run` and `leaks` hand --alloc/--free/…/--profile to the
// traced program (WASM_TRACEMALLOC_INSTRUMENT), so a minified module — sql.js's dist build, whose
// malloc/free are the exports `Ia`/`Ja` — is traced; `instrument --profile` restricts detection to
// profile families. Bad values: test/cli/errors.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args';
import { allocatorOptions } from '../../cli/allocators';
import { leaksCommand } from '../../cli/leaks';
import { runCommand } from '../../cli/run';
import { Snapshot } from '../../runtime/index';
import { cli, ROOT, tempDir, withoutModuleLines } from './cli-process';

const load = (path: string) => Snapshot.deserialize(readFileSync(path));
const total = (s: Snapshot) => [...s.traces].reduce((n, t) => n + t.size, 0);
const C_APP = join(ROOT, 'test', 'cli', 'apps', 'c-fixture.mjs');

let dir: string;
let sqlApp: string;

beforeAll(async () => {
  dir = tempDir();
  sqlApp = join(dir, 'sql-app.cjs');
  writeFileSync(
    sqlApp,
    `require(${JSON.stringify(join(ROOT, 'node_modules', 'sql.js'))})().then((SQL) => {
      const db = new SQL.Database();
      db.run('CREATE TABLE t (x TEXT)');
      for (let i = 0; i < 200; i++) db.run('INSERT INTO t VALUES (?)', ['y'.repeat(500)]);
      process.stdout.write(String(db.exec('SELECT count(*) FROM t')[0].values[0][0]));
    });`,
  );
});

describe('allocator flags → instrument() options', () => {
  it('keeps names whole (C++ names hold spaces and commas), digits as indices, families split on +', () => {
    const args = parseArgs(runCommand.spec, [
      '--alloc', 'Ia', '--alloc', '12', '--free', 'operator delete(void*, unsigned long)', '--realloc', 'my_realloc',
      '--calloc', 'c', '--alloc-out', 'pm', '--wrapper', 'dup', '--profile', 'libc+c++', '--', 'node', 'x',
    ]);
    expect(allocatorOptions(args)).toEqual({
      alloc: ['Ia', 12], free: ['operator delete(void*, unsigned long)'], realloc: ['my_realloc'],
      calloc: ['c'], allocOut: ['pm'], wrapper: ['dup'], families: ['libc', 'c++'],
    });
    expect(allocatorOptions(parseArgs(leaksCommand.spec, ['--profile', 'none', '--', 'node']))).toEqual({ detect: false });
    expect(allocatorOptions(parseArgs(leaksCommand.spec, ['--profile', 'auto', '--', 'node']))).toBeNull();
    expect(allocatorOptions(parseArgs(leaksCommand.spec, ['--', 'node']))).toBeNull();
  });
});

describe('run/leaks trace a minified build with its allocator named', () => {
  it('run --alloc Ia --free Ja: sql.js traced (and the same without the flags, through its glue)', () => {
    const named = cli(['run', '--alloc', 'Ia', '--free', 'Ja', '-o', 'sql.tmsnap', '--', 'node', sqlApp], { cwd: dir, timeout: 120_000 });
    expect(named.code).toBe(0);
    expect(named.stdout).toBe('200');
    // sql.js's realloc is inlined into SQLite's sqlite3MemRealloc (and its memalign not singled
    // out): said on the line after the module's, as on every path
    expect(named.stderr).toMatch(/^wasm-tracemalloc: \S*sql-wasm\.wasm: traced \(user, found by your names[^\n]*\)\nwasm-tracemalloc: \S*sql-wasm\.wasm: allocator code inlined\? dlmalloc's realloc or memalign was not found as a function, and its code is in [^\n]+\nwasm-tracemalloc: wrote sql\.tmsnap\n$/);
    const snapshot = load(join(dir, 'sql.tmsnap'));
    expect(snapshot.traces.length).toBeGreaterThan(10);
    expect(total(snapshot)).toBeGreaterThan(100_000); // 200 rows of 500 bytes live in the database
    const [, current, peak] = JSON.parse(snapshot.metadata.get('timeline')!).at(-1) as number[];
    expect(current).toBe(total(snapshot));
    expect(peak).toBeGreaterThanOrEqual(current);

    // Without the flags, register reads the glue that compiled the bytes (sql-wasm.js binds
    // `_malloc=c.Ia`, `_free=c.Ja`): the same allocator, the same live set (issue 12), and says how.
    const unnamed = cli(['run', '-o', 'plain.tmsnap', '--', 'node', sqlApp], { cwd: dir, timeout: 120_000 });
    expect(unnamed.code).toBe(0);
    expect(unnamed.stderr).toMatch(/^wasm-tracemalloc: \S*sql-wasm\.wasm: traced \([^\n]*found by [^\n]*glue[^\n]*\)\nwasm-tracemalloc: \S*sql-wasm\.wasm: allocator code inlined\? [^\n]+\nwasm-tracemalloc: wrote plain\.tmsnap\n$/);
    const plain = load(join(dir, 'plain.tmsnap'));
    expect(plain.traces.length).toBe(snapshot.traces.length);
    // SQLite's live set differs by a few bytes between any two runs of the same build (zoo/: 339 804
    // to 339 813 B), so the totals agree to within that, not to the byte
    expect(Math.abs(total(plain) - total(snapshot))).toBeLessThanOrEqual(64);
    expect(total(plain)).toBeGreaterThan(100_000);
  });

  it('a name pinned to the module that it does not have: the program still runs, untraced, with one line in flag words', () => {
    const r = cli(['run', '--alloc', 'sql-wasm.wasm:no_such_alloc', '--free', 'Ja', '-o', 'bad.tmsnap', '--', 'node', sqlApp], { cwd: dir, timeout: 120_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('200');
    expect(r.stderr).toMatch(/^wasm-tracemalloc: \S+sql-wasm\.wasm: not traced: instrumenting it failed \(--alloc: no function "no_such_alloc" in the module .*\)\nwasm-tracemalloc: wrote bad\.tmsnap\n$/);
    expect(load(join(dir, 'bad.tmsnap')).traces.length).toBe(0);
  });

  it('leaks --alloc Ia --free Ja --json: what sql.js still holds at exit', () => {
    const r = cli(['leaks', '--alloc', 'Ia', '--free', 'Ja', '--nframe', '4', '--json', '--', 'node', sqlApp], { cwd: dir, timeout: 120_000 });
    expect(r.code).toBe(0);
    expect(withoutModuleLines(r.stderr)).toBe('200'); // the program's stdout: --json keeps ours for the JSON alone
    const json = JSON.parse(r.stdout) as { total: { size: number; count: number }; complete: boolean; traced: { source: string }[] };
    expect(json.complete).toBe(true);
    expect(json.traced.map((m) => m.source)).toEqual([join(ROOT, 'node_modules', 'sql.js', 'dist', 'sql-wasm.wasm')]);
    expect(json.total.size).toBeGreaterThan(100_000);
    expect(json.total.count).toBeGreaterThan(10);
  });

  it('run --profile none traces nothing; --profile libc, or none with malloc/free named, traces the C fixture', () => {
    const none = cli(['run', '--profile', 'none', '-o', 'none.tmsnap', '--', 'node', '--no-warnings', C_APP], { cwd: dir });
    expect(none.code).toBe(0);
    expect(load(join(dir, 'none.tmsnap')).traces.length).toBe(0);
    const leak = ['fixtures/c/basic.c:49: size=4321 B, count=1, average=4321 B'];
    for (const flags of [['--profile', 'libc'], ['--profile', 'none', '--alloc', 'malloc', '--free', 'free', '--realloc', 'realloc', '--calloc', 'calloc']]) {
      const r = cli(['run', ...flags, '-o', 'libc.tmsnap', '--', 'node', '--no-warnings', C_APP], { cwd: dir });
      expect(r.code).toBe(0);
      expect(load(join(dir, 'libc.tmsnap')).statistics('lineno').map(String)).toEqual(leak);
    }
  });
});

describe('instrument --profile', () => {
  it('detects only the families asked for', () => {
    const wasm = join(ROOT, 'fixtures', 'cpp', 'main.wasm');
    const both = cli(['instrument', wasm, '-o', join(dir, 'both.wasm'), '--profile', 'libc+c++']);
    expect(both.code).toBe(0);
    expect(both.stdout).toMatch(/^wrote .*both\.wasm: allocator libc\+c\+\+, \d+ allocation sites/);
    const cxx = cli(['instrument', wasm, '-o', join(dir, 'cxx.wasm'), '--profile', 'c++']);
    expect(cxx.code).toBe(0);
    expect(cxx.stdout).toMatch(/: allocator c\+\+, \d+ allocation sites/);
    const libc = cli(['instrument', wasm, '-o', join(dir, 'libc.wasm'), '--profile', 'libc']);
    expect(libc.code).toBe(0);
    expect(libc.stdout).toMatch(/: allocator libc, \d+ allocation sites/);
    // the program's `new`s are calls to operator new: with libc only, just its direct mallocs
    const sites = (out: string) => Number(/(\d+) allocation sites/.exec(out)![1]);
    expect(sites(libc.stdout)).toBeLessThan(sites(both.stdout));
    expect(readFileSync(join(dir, 'cxx.wasm')).equals(readFileSync(join(dir, 'both.wasm')))).toBe(false);
  });
});
