// `node --import wasm-tracemalloc/register app.mjs`: an unmodified program that instantiates an
// UNinstrumented module gets it instrumented and traced, with snapshots on SIGUSR2 and at exit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/model/snapshot';
import { root } from '../root';
import { stripCustomSections } from '../instrument/fingerprint/strip';

const dir = mkdtempSync(join(tmpdir(), 'wtm-register-'));
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
const manifest = JSON.parse(readFileSync(join(root, 'fixtures', 'c', 'manifest.json'), 'utf8'));

const app = join(dir, 'app.mjs');
writeFileSync(
  app,
  `import { copyFileSync } from 'node:fs';
import { loadFixture } from ${JSON.stringify(pathToFileURL(join(root, 'fixtures', 'index.mjs')).href)};
const fx = await loadFixture(process.env.FIXTURE ?? 'c');
const { stdout } = await fx.run(fx.wasmBytes);        // plain WebAssembly.instantiate inside
process.stdout.write(stdout);
if (process.env.WASM_TRACEMALLOC_SNAPSHOT && Number(process.env.WASM_TRACEMALLOC) > 0) {
  process.kill(process.pid, 'SIGUSR2');
  await new Promise((r) => setTimeout(r, 300));
  copyFileSync(process.env.WASM_TRACEMALLOC_SNAPSHOT, process.env.WASM_TRACEMALLOC_SNAPSHOT + '.usr2');
}
await fx.run(fx.wasmBytes);                            // a second instance: a second domain
`,
);

function runApp(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--no-warnings', '--import', register, app], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('register', () => {
  it('instruments on load, traces, and writes snapshots on SIGUSR2 and at exit', () => {
    const path = join(dir, 'trace.snap');
    const r = runApp({ WASM_TRACEMALLOC: '4', WASM_TRACEMALLOC_SNAPSHOT: path });
    // one line per module, once (the program instantiates it twice)
    expect(r.stderr).toMatch(/^wasm-tracemalloc: fixtures\/c\/basic\.wasm: traced \(libc, found by names: [^\n]*malloc[^\n]*\)\n$/);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(manifest.stdout);
    const leak = (s: Snapshot) => s.statistics('lineno').map(String);
    const atSignal = Snapshot.deserialize(new Uint8Array(readFileSync(path + '.usr2')));
    expect(atSignal.tracebackLimit).toBe(4);
    expect(leak(atSignal)).toEqual(['fixtures/c/basic.c:49: size=4321 B, count=1, average=4321 B']);
    const atExit = Snapshot.deserialize(new Uint8Array(readFileSync(path)));
    expect(leak(atExit)).toEqual(['fixtures/c/basic.c:49: size=8642 B, count=2, average=4321 B']);
    expect([...atExit.traces].map((t) => t.domain).sort()).toEqual([1, 2]);
  });

  it('finds a module\'s source map next to the .wasm file the program read (AssemblyScript)', () => {
    const as = JSON.parse(readFileSync(join(root, 'fixtures', 'as-minimal', 'manifest.json'), 'utf8'));
    const path = join(dir, 'as.snap');
    const r = runApp({ WASM_TRACEMALLOC: '1', WASM_TRACEMALLOC_SNAPSHOT: path, FIXTURE: 'as-minimal' });
    expect(r.stderr).toMatch(/^wasm-tracemalloc: fixtures\/as-minimal\/index\.wasm: traced \([^\n]*assemblyscript, found by names: [^\n]*\)\n$/);
    expect(r.stdout).toBe(as.stdout);
    const files = new Set(Snapshot.deserialize(new Uint8Array(readFileSync(path + '.usr2'))).statistics('filename').map((s) => s.traceback[0]!.filename));
    // what is still live once the program returned is AssemblyScript's own static data; its
    // frames come from the source map (the name-section fallback would read `name+0xOFFSET`)
    expect(files.size).toBeGreaterThan(0);
    for (const file of files) expect(file).toMatch(/^(~lib\/|fixtures\/).*\.ts$/);
  });

  it('traces a minified build (sql.js) with the allocator named in WASM_TRACEMALLOC_INSTRUMENT', () => {
    const sqlApp = join(dir, 'sql.cjs');
    writeFileSync(
      sqlApp,
      `require(${JSON.stringify(join(root, 'node_modules', 'sql.js'))})().then((SQL) => {
        const db = new SQL.Database();
        db.run('CREATE TABLE t (x TEXT)');
        for (let i = 0; i < 100; i++) db.run('INSERT INTO t VALUES (?)', ['y'.repeat(500)]);
        process.stdout.write(String(db.exec('SELECT count(*) FROM t')[0].values[0][0]));
      });`,
    );
    const path = join(dir, 'sql.snap');
    const r = spawnSync(process.execPath, ['--no-warnings', '--import', register, sqlApp], {
      cwd: root,
      env: { ...process.env, WASM_TRACEMALLOC: '1', WASM_TRACEMALLOC_SNAPSHOT: path, WASM_TRACEMALLOC_INSTRUMENT: '{"alloc":["Ia"],"free":["Ja"]}' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toMatch(/^wasm-tracemalloc: node_modules\/sql\.js\/dist\/sql-wasm\.wasm: traced \(user, found by your names[^\n]*\)\nwasm-tracemalloc: node_modules\/sql\.js\/dist\/sql-wasm\.wasm: allocator code inlined\? [^\n]+\n$/);
    expect(r.stdout).toBe('100');
    const snapshot = Snapshot.deserialize(new Uint8Array(readFileSync(path)));
    expect(snapshot.traces.length).toBeGreaterThan(10);
    expect(snapshot.statistics('filename').reduce((n, s) => n + s.size, 0)).toBeGreaterThan(50_000);
    const bad = spawnSync(process.execPath, ['--import', register, sqlApp], {
      env: { ...process.env, WASM_TRACEMALLOC: '1', WASM_TRACEMALLOC_INSTRUMENT: '[1]' },
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^wasm-tracemalloc: WASM_TRACEMALLOC_INSTRUMENT="\[1\]": expected a JSON object/);
  });

  it('names a module embedded in its script by that script on every line, its caveat too', () => {
    // a stripped emcc -O2 build (emmalloc's realloc inlined into its one caller: the caveat line),
    // its bytes in the script itself as binaryen's npm package ships its module: no file to name
    const bytes = stripCustomSections(new Uint8Array(readFileSync(join(root, 'test', 'instrument', 'fingerprint', 'em-emm-inline-O2.wasm'))));
    const embedded = join(dir, 'embedded.mjs');
    writeFileSync(embedded, `new WebAssembly.Module(Buffer.from('${Buffer.from(bytes).toString('base64')}', 'base64'));\nconsole.log('compiled');\n`);
    const r = spawnSync(process.execPath, ['--no-warnings', '--import', register, embedded], {
      cwd: root, env: { ...process.env, WASM_TRACEMALLOC: '1' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(r.stdout).toBe('compiled\n');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    // the module's line, then its caveat under the same name
    const by = `bytes compiled by ${embedded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+`;
    expect(lines[0]).toMatch(new RegExp(`^wasm-tracemalloc: ${by}: traced \\(libc, found by code fingerprint`));
    expect(lines[1]).toMatch(new RegExp(`^wasm-tracemalloc: ${by}: allocator code inlined\\? emmalloc's realloc`));
  });

  it('does nothing without WASM_TRACEMALLOC (or with 0)', () => {
    const path = join(dir, 'none.snap');
    for (const value of [undefined, '0']) {
      const env: Record<string, string> = { WASM_TRACEMALLOC_SNAPSHOT: path };
      if (value !== undefined) env.WASM_TRACEMALLOC = value;
      else delete process.env.WASM_TRACEMALLOC;
      const r = runApp(env);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(manifest.stdout);
      expect(existsSync(path)).toBe(false);
    }
  });

  it('refuses a bad nframe in one line, exit status 2', () => {
    for (const bad of ['abc', '65', '-1']) {
      const r = runApp({ WASM_TRACEMALLOC: bad });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`wasm-tracemalloc: WASM_TRACEMALLOC="${bad}": expected a number of frames from 1 to 64 (or 0 for off)\n`);
    }
  });
});
