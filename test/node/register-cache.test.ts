// The cache of instrumented modules through register.js, as users run it: a second start reads
// the entry and traces the same; concurrent first starts each write whole entries;
// WASM_TRACEMALLOC_CACHE=0 writes none. (instrument-cache.test.ts tests the cache's logic.)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/model/snapshot';
import { defaultWeights } from '../../runtime/tracer/site-table';
import { root } from '../root';

const dir = mkdtempSync(join(tmpdir(), 'wtm-register-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const entries = (cache: string) => readdirSync(cache).filter((f) => f.endsWith('.wtmc'));

describe('register with the cache', () => {
  const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
  const app = join(dir, 'app.mjs');
  writeFileSync(
    app,
    `import { loadFixture } from ${JSON.stringify(pathToFileURL(join(root, 'fixtures', 'index.mjs')).href)};
const fx = await loadFixture('c');
process.stdout.write((await fx.run(fx.wasmBytes)).stdout);
`,
  );
  const env = (cache: string, snapshot: string, extra: Record<string, string> = {}) => ({
    ...process.env, WASM_TRACEMALLOC: '4', WASM_TRACEMALLOC_CACHE_DIR: cache, WASM_TRACEMALLOC_SNAPSHOT: snapshot, ...extra,
  });
  const lines = (path: string) => Snapshot.deserialize(new Uint8Array(readFileSync(path))).statistics('traceback').map((s) => s.traceback.format().join('|') + String(s));

  it('a second start reads the entry and traces the same', () => {
    const cache = join(dir, 'register');
    const runOnce = (snap: string) => spawnSync(process.execPath, ['--no-warnings', '--import', register, app], { cwd: root, env: env(cache, snap), encoding: 'utf8', timeout: 60_000 });
    const first = runOnce(join(dir, 'first.snap'));
    expect(first.stderr).toMatch(/^wasm-tracemalloc: \S*basic\.wasm: traced \(libc, found by names: .*\)\n$/);
    const [entry] = entries(cache);
    expect(entries(cache)).toHaveLength(1);
    // the entry keeps the site table's default weights before the bytes (what the second start reads)
    const data = readFileSync(join(cache, entry!));
    const headerEnd = 10 + data.readUInt32LE(6);
    const header = JSON.parse(data.toString('utf8', 10, headerEnd)) as { weights: number; length: number };
    const weights = data.subarray(headerEnd, headerEnd + header.weights);
    expect(header.weights).toBeGreaterThan(1);
    expect([...weights]).toEqual([...defaultWeights(data.subarray(headerEnd + header.weights))!]);
    utimesSync(join(cache, entry!), new Date(1e12), new Date(1e12));
    const second = runOnce(join(dir, 'second.snap'));
    expect(second.stderr).toBe(first.stderr); // the same line from the cached entry's stats
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(join(cache, entry!)).mtimeMs).toBeGreaterThan(1e12); // the hit touched it
    expect(lines(join(dir, 'second.snap'))).toEqual(lines(join(dir, 'first.snap')));
  });

  it('two modules of one size that differ where no sample reads each get their line (the cache key, not a sample)', () => {
    // The once-per-module line (runtime/tracer/modules.ts) took 64 k bytes sampled across the
    // module for its identity: two builds of one size differing between samples were one module
    // and the second was never named. Under the cache the entry's key (sha256) is that identity.
    const uleb = (n: number): number[] => { const out: number[] = []; do { out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0)); n = Math.floor(n / 128); } while (n > 0); return out; };
    const name = [...Buffer.from('padding')];
    const pad = 1 << 20;
    const head = Buffer.from([0, ...uleb(1 + name.length + pad), name.length, ...name]);
    const a = Buffer.concat([readFileSync(join(root, 'fixtures', 'c', 'basic.wasm')), head, Buffer.alloc(pad)]);
    const step = Math.floor(a.length / 65536);
    expect(step).toBeGreaterThan(1);
    const b = Buffer.from(a);
    const at = a.length - pad + 100 + (((a.length - pad + 100) % step === 0) ? 1 : 0); // inside the padding, between two samples
    b[at] = 1;
    const two = join(dir, 'two-app.mjs');
    writeFileSync(two, `const a = Buffer.from(${JSON.stringify(a.toString('base64'))}, 'base64');
const b = Buffer.from(a); b[${at}] = 1;
for (const bytes of [a, b, a]) new WebAssembly.Module(bytes);
console.log('compiled');
`);
    const cache = join(dir, 'two-cache');
    for (const pass of ['first', 'second']) {
      const r = spawnSync(process.execPath, ['--no-warnings', '--import', register, two], { cwd: root, env: env(cache, join(dir, `two-${pass}.snap`)), encoding: 'utf8', timeout: 60_000 });
      expect(r.stdout).toBe('compiled\n');
      // a and b each once (a compiled again is not news), from the entry's key on both starts
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^wasm-tracemalloc: .*: traced \(libc, /), expect.stringMatching(/^wasm-tracemalloc: .*: traced \(libc, /)]);
    }
    expect(entries(cache)).toHaveLength(2);
  }, 120_000);

  it('a big module is announced before it is instrumented, and only when it is', () => {
    // basic.wasm with an 8 MiB custom section: as big as a real C++ module, as quick to run
    const big = join(dir, 'big.wasm');
    const pad = 8 << 20;
    const uleb = (n: number): number[] => { const out: number[] = []; do { out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0)); n = Math.floor(n / 128); } while (n > 0); return out; };
    const name = [...Buffer.from('padding')];
    const head = Buffer.from([0, ...uleb(1 + name.length + pad), name.length, ...name]);
    writeFileSync(big, Buffer.concat([readFileSync(join(root, 'fixtures', 'c', 'basic.wasm')), head, Buffer.alloc(pad)]));
    const bigApp = join(dir, 'big-app.mjs');
    writeFileSync(bigApp, `import { readFileSync } from 'node:fs';
import { loadFixture } from ${JSON.stringify(pathToFileURL(join(root, 'fixtures', 'index.mjs')).href)};
const fx = await loadFixture('c');
process.stdout.write((await fx.run(new Uint8Array(readFileSync(${JSON.stringify(big)})))).stdout);
`);
    const cache = join(dir, 'big-cache');
    const mb = (statSync(big).size / 1e6).toFixed(1);
    const start = (extra: Record<string, string> = {}) => spawnSync(process.execPath, ['--no-warnings', '--import', register, bigApp], { cwd: root, env: env(cache, join(dir, 'big.snap'), extra), encoding: 'utf8', timeout: 60_000 });
    const plain = spawnSync(process.execPath, ['--no-warnings', bigApp], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const first = start();
    const said = (r: { stderr: string }) => r.stderr.trim().split('\n');
    expect(said(first)).toEqual([
      `wasm-tracemalloc: ${big}: instrumenting ${mb} MB of wasm… (once: later starts read it from ${cache})`,
      expect.stringMatching(/^wasm-tracemalloc: \S*big\.wasm: traced \(libc, /),
    ]);
    expect(first.stdout).toBe(plain.stdout);
    const second = start();
    expect(said(second)).toEqual([said(first)[1]]); // read from the cache: nothing to announce
    const off = start({ WASM_TRACEMALLOC_CACHE: '0' });
    expect(said(off)[0]).toBe(`wasm-tracemalloc: ${big}: instrumenting ${mb} MB of wasm… (the cache is off: every start instruments it again)`);
    expect(off.stdout).toBe(plain.stdout);
  }, 120_000);

  it('a big module refused before any rewrite is not announced: its refusal is its one line', () => {
    // Found by the zoo's @imagemagick/magick-wasm x64 build (memory64, 15 MB, Node 24): every
    // start said "instrumenting 15.2 MB of wasm… (once: later starts read it from …)", then that
    // it was refused; nothing was instrumented, and nothing cached. Here: a memory64 module
    // (`(memory i64 1)`, wat2wasm --enable-memory64) with an 8 MiB custom section.
    const uleb = (n: number): number[] => { const out: number[] = []; do { out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0)); n = Math.floor(n / 128); } while (n > 0); return out; };
    const m64 = Buffer.from('0061736d010000000105016000017f030201000503010401070e02066d656d6f72790200016600000a06010400412a0b', 'hex');
    const name = [...Buffer.from('padding')];
    const big = join(dir, 'refused.wasm');
    writeFileSync(big, Buffer.concat([m64, Buffer.from([0, ...uleb(1 + name.length + (8 << 20)), name.length, ...name]), Buffer.alloc(8 << 20)]));
    const app = join(dir, 'refused-app.mjs');
    writeFileSync(app, `import { readFileSync } from 'node:fs';
const { instance } = await WebAssembly.instantiate(readFileSync(${JSON.stringify(big)}));
console.log(instance.exports.f());
`);
    // Node 24 runs memory64 as it is; Node 20 and 22 behind V8's flag
    const flags = Number(process.versions.node.split('.')[0]) >= 24 ? [] : ['--experimental-wasm-memory64'];
    const cache = join(dir, 'refused-cache');
    const plain = spawnSync(process.execPath, [...flags, '--no-warnings', app], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(plain.stdout).toBe('42\n');
    for (let i = 0; i < 2; i++) {
      const r = spawnSync(process.execPath, [...flags, '--no-warnings', '--import', register, app], { cwd: root, env: env(cache, join(dir, 'refused.snap')), encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^wasm-tracemalloc: \S*refused\.wasm: not traced: instrumenting it failed \(cannot instrument: the module uses memory64/)]);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.status).toBe(plain.status);
    }
  }, 120_000);

  it('concurrent first starts each write a whole entry; WASM_TRACEMALLOC_CACHE=0 writes none', async () => {
    const cache = join(dir, 'concurrent');
    const starts = [0, 1, 2, 3].map(
      (i) =>
        new Promise<number | null>((done) => {
          const child = spawn(process.execPath, ['--no-warnings', '--import', register, app], { cwd: root, env: env(cache, join(dir, `c${i}.snap`)), stdio: 'ignore' });
          child.on('exit', done);
        }),
    );
    expect(await Promise.all(starts)).toEqual([0, 0, 0, 0]);
    const names = readdirSync(cache);
    expect(names.filter((n) => n.endsWith('.wtmc'))).toHaveLength(1); // one entry
    expect(names.filter((n) => n.endsWith('.wtmi')).length).toBeLessThanOrEqual(1); // the module file's index, when not racy
    expect(names.filter((n) => !/\.wtm(c|i|v8)$/.test(n))).toEqual([]); // no temporary left (.wtmv8: the tool's code cache, node/script-loader.ts)
    for (const i of [1, 2, 3]) expect(lines(join(dir, `c${i}.snap`))).toEqual(lines(join(dir, 'c0.snap')));
    const off = join(dir, 'off');
    const r = spawnSync(process.execPath, ['--no-warnings', '--import', register, app], { cwd: root, env: env(off, join(dir, 'off.snap'), { WASM_TRACEMALLOC_CACHE: '0' }), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(() => readdirSync(off)).toThrow(/ENOENT/);
  }, 120_000);
});
