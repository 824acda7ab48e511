// The tool's Node code is one script (dist/node/script.cjs, node/script.ts) run through `vm.Script`
// with V8's code cache (node/script-loader.ts), and every Node entry that holds the tracer's state
// is a facade over it. Checked here on the built package, as users run it:
//  - ONE tracer: a program under `--import wasm-tracemalloc/register` (and under `wasm-tracemalloc
//    run`) that imports `.`, `/browser`, `/native` and `/report`, and requires `.` (the CommonJS
//    entry, which had a tracer of its own before: it failed here), sees register's tracer through
//    each (tracing, its nframe, its modules' traces; a stop() through one entry is seen through
//    the others; the classes are one: a snapshot of `.` is a `/browser` Snapshot, `/report`'s
//    fromJson makes `.`'s Snapshot; `/native`'s stop() removes register's hooks). A second copy of
//    the state (what a script of register's code alone gave the app: bench/README.md) fails each;
//  - each ES facade exports the names the CommonJS facade of its entry has (the ES build's export
//    list against the script's own module object: two builds);
//  - the code cache: written once by the first start (its file not written again), used by the
//    next (WASM_TRACEMALLOC_DEBUG_CODE_CACHE=1 prints what the loader did), even by a program under
//    node:wasi on Node 20–23, where the tool changes a V8 flag V8 checks a cache against; a
//    truncated, foreign or corrupt file is not used and the program's output is unchanged; none
//    written with WASM_TRACEMALLOC_CACHE=0; a fresh home under CI=true gets its folder made; two
//    copies of one build at two paths sharing the cache folder each run as themselves (V8's cache
//    holds the script's path: a copy that used another's took that copy's native addon).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../root';

const dir = mkdtempSync(join(tmpdir(), 'wtm-register-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
const fixtures = pathToFileURL(join(root, 'fixtures', 'index.mjs')).href;
const baseEnv: NodeJS.ProcessEnv = { ...process.env };
delete baseEnv.NODE_OPTIONS;
delete baseEnv.WASM_TRACEMALLOC_DEBUG_CODE_CACHE;

// the program imports the package by name: a folder whose node_modules links to this checkout
const app = join(dir, 'app');
mkdirSync(join(app, 'node_modules'), { recursive: true });
spawnSync('ln', ['-s', root, join(app, 'node_modules', 'wasm-tracemalloc')]);

describe('one tracer for register and the program', () => {
  const program = join(app, 'one-state.mjs');
  writeFileSync(program, `import * as api from 'wasm-tracemalloc';
import * as browser from 'wasm-tracemalloc/browser';
import * as native from 'wasm-tracemalloc/native';
import { fromJson, toJson } from 'wasm-tracemalloc/report';
import { createRequire } from 'node:module';
const cjs = createRequire(import.meta.url)('wasm-tracemalloc'); // the CommonJS entry
import { loadFixture } from ${JSON.stringify(fixtures)};
const fx = await loadFixture('c');
await fx.run(fx.wasmBytes);
const snapshot = api.takeSnapshot();
const seen = {
  tracing: [api.isTracing(), browser.isTracing(), cjs.isTracing()],
  nframe: [api.getTracebackLimit(), browser.getTracebackLimit(), cjs.getTracebackLimit()],
  traces: snapshot.traces.length > 0 && browser.takeSnapshot().traces.length > 0,
  classes: snapshot instanceof browser.Snapshot && snapshot instanceof cjs.Snapshot && fromJson(JSON.stringify(toJson(snapshot))) instanceof api.Snapshot,
  native: process.env.WASM_TRACEMALLOC_NATIVE === '1' ? native.isTracing() : null,
};
if (process.env.WASM_TRACEMALLOC_NATIVE === '1') {
  const domain0 = () => api.takeSnapshot().filterTraces([new api.DomainFilter(true, 0)]).traces.length;
  seen.nativeBeforeStop = domain0() > 0;
  native.stop();
  seen.nativeAfterStop = [native.isTracing(), domain0()];
}
if (process.env.ONE_STATE_STOP === '1') { // not under run: it expects the snapshot of a tracing program
  browser.stop();
  seen.afterStop = [api.isTracing(), browser.isTracing(), cjs.isTracing()];
}
console.log(JSON.stringify(seen));
`);
  const expected = { tracing: [true, true, true], nframe: [16, 16, 16], traces: true, classes: true, native: null, afterStop: [false, false, false] };
  const env = { ...baseEnv, WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_CACHE_DIR: join(dir, 'cache-one'), ONE_STATE_STOP: '1' };

  it('under --import wasm-tracemalloc/register (a start without a code cache, then one with it)', () => {
    for (const start of ['first', 'second']) {
      const r = spawnSync(process.execPath, ['--import', 'wasm-tracemalloc/register', program], { cwd: app, env, encoding: 'utf8', timeout: 60_000 });
      expect([r.status, r.stdout ? JSON.parse(r.stdout) : r.stderr], start).toEqual([0, expected]);
    }
  });

  it('under wasm-tracemalloc run', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'wasm-tracemalloc.js'), 'run', '--nframe', '16', '--', process.execPath, program], { cwd: app, env: { ...baseEnv, WASM_TRACEMALLOC_CACHE_DIR: env.WASM_TRACEMALLOC_CACHE_DIR }, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const { afterStop: _, ...tracing } = expected;
    expect(JSON.parse(r.stdout.trim().split('\n')[0]!)).toEqual(tracing);
  });

  it("with register's native tracing: the program's /native is register's hook", () => {
    const r = spawnSync(process.execPath, ['--import', 'wasm-tracemalloc/register', program], { cwd: app, env: { ...env, WASM_TRACEMALLOC_NATIVE: '1' }, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ...expected, native: true, nativeBeforeStop: true, nativeAfterStop: [false, 0] });
  });
});

describe('the facades', () => {
  it('export what the CommonJS build of their entry exports', () => {
    const probe = join(app, 'names.mjs');
    writeFileSync(probe, `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const names = (o) => Object.keys(o).filter((k) => k !== 'default' && k !== '__esModule').sort();
const out = {};
for (const [entry, cjs] of [['wasm-tracemalloc', 'wasm-tracemalloc'], ['wasm-tracemalloc/browser', 'wasm-tracemalloc'], ['wasm-tracemalloc/native', 'wasm-tracemalloc/native'], ['wasm-tracemalloc/report', 'wasm-tracemalloc/report']]) {
  out[entry] = [names(await import(entry)), names(require(cjs))];
}
console.log(JSON.stringify(out));
`);
    const r = spawnSync(process.execPath, [probe], { cwd: app, env: baseEnv, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, [string[], string[]]>;
    for (const [entry, [esm, cjs]] of Object.entries(out)) {
      expect(esm.length, entry).toBeGreaterThan(8);
      expect(esm, entry).toEqual(cjs);
    }
    // the files are facades, not the ES build's code
    expect(readFileSync(join(root, 'dist', 'node', 'index.js'), 'utf8')).toMatch(/toolScript\(\)\.node\(\)/);
  });
});

describe("the code cache of the tool's own JS", () => {
  const program = join(app, 'wasi.mjs'); // the C fixture runs under node:wasi (the V8 flag, Node 20–23)
  writeFileSync(program, `import { loadFixture } from ${JSON.stringify(fixtures)};
const fx = await loadFixture('c');
const { stdout } = await fx.run(fx.wasmBytes);
console.log('done', String(stdout ?? '').length > 0);
`);
  const start = (cache: string, extra: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync(process.execPath, ['--import', register, program], {
      cwd: app, env: { ...baseEnv, WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_CACHE_DIR: cache, WASM_TRACEMALLOC_DEBUG_CODE_CACHE: '1', ...extra }, encoding: 'utf8', timeout: 60_000,
    });
    const said = /wasm-tracemalloc: code cache (\S+): (absent|used|rejected)/.exec(r.stderr);
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, file: said?.[1], how: said?.[2] };
  };
  const codeFiles = (cache: string) => readdirSync(cache).filter((f) => f.endsWith('.wtmv8'));
  const untraced = spawnSync(process.execPath, [program], { cwd: app, env: baseEnv, encoding: 'utf8' });

  it('is written once by a first start and used by the next, a program under node:wasi too', () => {
    const cache = join(dir, 'cache-once');
    const first = start(cache);
    expect([first.status, first.stdout, first.how], first.stderr).toEqual([0, untraced.stdout, 'absent']);
    const id = /\/\*wasm-tracemalloc ([0-9a-f]{16})\*\//.exec(readFileSync(join(root, 'dist', 'node', 'script.cjs'), 'latin1'))![1];
    expect(codeFiles(cache)).toHaveLength(1);
    expect(codeFiles(cache)[0]).toMatch(new RegExp(`^script-${id}-[0-9a-f]{8}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.wtmv8$`));
    const file = join(cache, codeFiles(cache)[0]!);
    expect(first.file).toBe(file);
    const written = statSync(file, { bigint: true });
    for (const n of [2, 3]) {
      const again = start(cache);
      expect([again.status, again.stdout, again.how], `start ${n}: ${again.stderr}`).toEqual([0, untraced.stdout, 'used']);
      const now = statSync(file, { bigint: true });
      expect([now.ino, now.mtimeNs], `start ${n}`).toEqual([written.ino, written.mtimeNs]); // not written again
    }
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('two copies of one build at two paths, one cache folder: each runs as itself (the native hook of its own folder)', () => {
    // copy A has the native addon built, copy B none: B must say it has none, not load A's
    const cache = join(dir, 'cache-copies');
    const copy = (name: string, addon: boolean) => {
      const at = join(dir, name);
      cpSync(join(root, 'dist'), join(at, 'dist'), { recursive: true });
      cpSync(join(root, 'package.json'), join(at, 'package.json'));
      mkdirSync(join(at, 'native', 'build', 'Release'), { recursive: true });
      cpSync(join(root, 'native', 'binding.gyp'), join(at, 'native', 'binding.gyp'));
      if (addon) cpSync(join(root, 'native', 'build', 'Release', 'wasm_tracemalloc_native.node'), join(at, 'native', 'build', 'Release', 'wasm_tracemalloc_native.node'));
      return at;
    };
    const probe = (at: string) => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const n = await import(${JSON.stringify(pathToFileURL(join(at, 'dist', 'native', 'index.js')).href)}); console.log(JSON.stringify({ available: n.available, reason: n.reason }));`], {
        env: { ...baseEnv, WASM_TRACEMALLOC_CACHE_DIR: cache, WASM_TRACEMALLOC_DEBUG_CODE_CACHE: '1' }, encoding: 'utf8', timeout: 60_000,
      });
      expect(r.status, r.stderr).toBe(0);
      return { ...(JSON.parse(r.stdout) as { available: boolean; reason: string }), how: /code cache \S+: (\w+)/.exec(r.stderr)?.[1] };
    };
    const a = copy('copy-a', true);
    const b = copy('copy-b', false);
    expect(probe(a)).toEqual({ available: true, reason: '', how: 'absent' });
    expect(probe(a).how).toBe('used');
    const fromB = probe(b);
    expect(fromB.available).toBe(false);
    expect(fromB.reason).toContain(join(b, 'native'));
    expect(probe(a)).toEqual({ available: true, reason: '', how: 'used' });
  });

  it('a truncated, foreign or corrupt file is not used, the program is unchanged, and a good one replaces it', () => {
    const cache = join(dir, 'cache-bad');
    start(cache);
    const file = join(cache, codeFiles(cache)[0]!);
    const good = readFileSync(file);
    // the file (node/script-loader.ts): a 12-byte header with V8's length, then V8's bytes twice
    const length = good.readUInt32LE(8);
    expect(good.length).toBe(12 + 2 * length);
    const flipped = Buffer.from(good);
    flipped[12 + (length >> 1)]! ^= 0x5a; // a bit flip inside V8's bytes, in one copy: not used
    const v8Foreign = Buffer.from(good);
    v8Foreign.fill(0x41, 12); // both copies alike, not V8's: V8 itself rejects them
    const cases: [string, Buffer, string][] = [
      ['empty', Buffer.alloc(0), 'absent'],
      ['truncated', good.subarray(0, good.length >> 1), 'absent'],
      ['foreign', Buffer.from('not a code cache at all\n'.repeat(100)), 'absent'],
      ['a bit flipped', flipped, 'absent'],
      ["not V8's", v8Foreign, 'rejected'],
    ];
    for (const [what, bytes, how] of cases) {
      writeFileSync(file, bytes);
      const r = start(cache);
      expect([r.status, r.stdout, r.how], `${what}: ${r.stderr}`).toEqual([0, untraced.stdout, how]);
      expect(readFileSync(file).equals(bytes), what).toBe(false); // written again at exit
      expect(start(cache).how, what).toBe('used');
    }
  });

  it('none is written with WASM_TRACEMALLOC_CACHE=0; under CI=true a fresh home gets its folder', () => {
    const off = join(dir, 'cache-off');
    const r = start(off, { WASM_TRACEMALLOC_CACHE: '0' });
    expect([r.status, r.stdout, r.file], r.stderr).toEqual([0, untraced.stdout, 'off']);
    expect(() => readdirSync(off)).toThrow(/ENOENT/);

    const home = join(dir, 'home');
    mkdirSync(home);
    const env: NodeJS.ProcessEnv = { ...baseEnv, CI: 'true', HOME: home, WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_DEBUG_CODE_CACHE: '1' };
    delete env.WASM_TRACEMALLOC_CACHE_DIR;
    delete env.XDG_CACHE_HOME;
    for (const how of ['absent', 'used']) {
      const c = spawnSync(process.execPath, ['--import', register, program], { cwd: app, env, encoding: 'utf8', timeout: 60_000 });
      expect([c.status, c.stdout], c.stderr).toEqual([0, untraced.stdout]);
      expect(c.stderr).toContain(`code cache ${join(home, '.cache', 'wasm-tracemalloc')}/script-`);
      expect(c.stderr).toContain(`: ${how}\n`);
    }
  });
});
