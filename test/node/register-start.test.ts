// What a traced start loads before the program runs (issue 13 item 3: a second start ≤ 1.2× its
// untraced start). Node's list of the built-in modules a process has loaded
// (`process.moduleLoadList`) is the oracle: a traced start of a program that uses none of them
// loads neither node:crypto (hashing: only on a cache miss), nor node:worker_threads (the
// threaded modules' arena is handed to workers when the program loads it), nor node:v8 (on Node
// 20–23 it sets a V8 flag once the program has loaded node:wasi: test/node/register-wasi-gc.test.ts
// runs the crash the flag avoids). And a Worker the program makes after loading worker_threads, however it loads it, still
// gets the arena (test/node/register-threaded.test.ts runs real threaded modules).
// Our own ES files, as a module hook sees them loaded (`module.register`'s `load`): register's
// code and the snapshot model are in the tool's one script (dist/node/script.cjs, run through
// `vm.Script`: node/script.ts), so a traced start loads register.js and the script's loader, and
// never an ES file defining SnapshotBuilder (the ES build's model), whether it makes a snapshot or
// not, with `require` of ES modules or without (`--no-experimental-require-module`); the
// snapshot written at exit is whole either way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../root';

const dir = mkdtempSync(join(tmpdir(), 'wtm-register-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
const env: NodeJS.ProcessEnv = { ...process.env, WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_CACHE_DIR: join(dir, 'cache') };
delete env.NODE_OPTIONS;
const traced = (program: string) => spawnSync(process.execPath, ['--import', register, program], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });

describe('a traced start', () => {
  // a wasm program (a fixture's module, instrumented on the first start, read from the cache on
  // the second) that prints the built-ins loaded when it is done
  const builtinsAfter = (fixture: string, start: string) => {
    const program = join(dir, `builtins-${fixture}.mjs`);
    writeFileSync(program, `import { loadFixture } from ${JSON.stringify(pathToFileURL(join(root, 'fixtures', 'index.mjs')).href)};
const fx = await loadFixture(${JSON.stringify(fixture)});
await fx.run(fx.wasmBytes);
console.log(JSON.stringify(process.moduleLoadList));
`);
    const r = traced(program);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr, `${start} start`).toMatch(/\.wasm: traced /);
    const loaded = JSON.parse(r.stdout.trim().split('\n').pop()!) as string[];
    expect(loaded.length).toBeGreaterThan(50); // the list is Node's, as read
    expect(loaded).toContain('NativeModule fs');
    return loaded;
  };

  it('loads neither node:crypto, node:worker_threads nor node:v8 for a program that does not', () => {
    // AssemblyScript's module imports nothing from node:wasi
    for (const start of ['first', 'second']) {
      const loaded = builtinsAfter('as-minimal', start);
      expect(loaded, `${start} start`).not.toContain('NativeModule wasi');
      expect(loaded, `${start} start`).not.toContain('NativeModule worker_threads');
      if (start === 'second') expect(loaded).not.toContain('NativeModule crypto');
      expect(loaded, `${start} start`).not.toContain('NativeModule v8');
    }
  });

  it('loads node:v8 on Node 20–23 once the program has loaded node:wasi, and not node:worker_threads', () => {
    // the C fixture runs under node:wasi: fast API calls are turned off (node:v8) before it is
    // instantiated where Node needs it (node/wasi-fast-calls.ts)
    for (const start of ['first', 'second']) {
      const loaded = builtinsAfter('c', start);
      expect(loaded).toContain('NativeModule wasi');
      expect(loaded, `${start} start`).not.toContain('NativeModule worker_threads');
      if (start === 'second') expect(loaded).not.toContain('NativeModule crypto');
      expect(loaded.includes('NativeModule v8'), `${start} start`).toBe(Number(process.versions.node.split('.')[0]) < 24);
    }
  });

  for (const [how, load] of [
    ['import', "import { Worker } from 'node:worker_threads';"],
    ['await import()', "const { Worker } = await import('worker_threads');"],
    ['require', "const { Worker } = (await import('node:module')).createRequire(import.meta.url)('worker_threads');"],
    ['process.getBuiltinModule', "const { Worker } = process.getBuiltinModule('node:worker_threads');"],
  ] as const) {
    it(`hands the threaded modules' arena to a Worker made right after worker_threads is loaded by ${how}`, () => {
      const program = join(dir, `worker-${how.replace(/\W+/g, '-')}.mjs`);
      writeFileSync(program, `${load}
const code = "const { getEnvironmentData, parentPort } = require('node:worker_threads'); parentPort.postMessage(getEnvironmentData('wasm-tracemalloc:arena') instanceof WebAssembly.Memory)";
new Worker(code, { eval: true }).on('message', (shared) => console.log('arena in the worker:', shared));
`);
      const r = traced(program);
      expect([r.status, r.stdout]).toEqual([0, 'arena in the worker: true\n']);
    });
  }
});

describe('the snapshot model', () => {
  // records every file: URL the ESM loader loads (a hook of its own: module.register, Node ≥ 20.6)
  const hooks = join(dir, 'record-hooks.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.WTM_LOADED_LIST, url + '\\n');
  return next(url, context);
}
`);
  const record = join(dir, 'record.mjs');
  writeFileSync(record, `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(hooks).href)});
`);
  const program = join(dir, 'model-app.mjs');
  writeFileSync(program, `import { loadFixture } from ${JSON.stringify(pathToFileURL(join(root, 'fixtures', 'index.mjs')).href)};
const fx = await loadFixture('as-minimal');
await fx.run(fx.wasmBytes);
console.log('done');
`);
  // our files loaded by a traced run of the program (each URL once), and the snapshot, if any
  const run = (name: string, extra: NodeJS.ProcessEnv, flags: string[] = []) => {
    const list = join(dir, `${name}.loaded`);
    rmSync(list, { force: true });
    const snapshot = extra.WASM_TRACEMALLOC_SNAPSHOT;
    if (snapshot) rmSync(snapshot, { force: true });
    const r = spawnSync(process.execPath, [...flags, '--import', record, '--import', register, program], { cwd: dir, env: { ...env, ...extra, WTM_LOADED_LIST: list }, encoding: 'utf8', timeout: 60_000 });
    expect([r.status, r.stdout], r.stderr).toEqual([0, 'done\n']);
    expect(r.stderr).not.toMatch(/Warning/); // no experimental warning of require(esm)
    const ours = [...new Set(readFileSync(list, 'utf8').split('\n'))].filter((u) => u.startsWith(pathToFileURL(join(root, 'dist')).href));
    expect(ours).toContain(register); // the hook sees our files
    // the file that defines SnapshotBuilder (esbuild writes `var SnapshotBuilder = class {`)
    const model = ours.filter((u) => /\bclass SnapshotBuilder\b|\bSnapshotBuilder = class\b/.test(readFileSync(fileURLToPath(u), 'utf8')));
    return { ours, model, snapshot: snapshot && existsSync(snapshot) ? readFileSync(snapshot) : null };
  };
  const hasRequireModule = process.features.require_module === true;

  it('is not loaded by a start that makes no snapshot, first or second', () => {
    for (const start of ['first', 'second']) {
      const { ours, model } = run(`no-snapshot-${start}`, {});
      expect(ours, start).toContain(pathToFileURL(join(root, 'dist', 'node', 'script-loader.js')).href);
      expect(model, `${start} start`).toEqual([]);
    }
  });

  it('is not loaded from the ES build for the snapshot written at exit either; the snapshot is whole', async () => {
    const { Snapshot } = await import('../../dist/node/index.js');
    const flags = hasRequireModule ? [[], ['--no-experimental-require-module']] : [[]];
    const totals: number[] = [];
    for (const [i, f] of flags.entries()) {
      const { snapshot, model } = run(`snapshot-${i}`, { WASM_TRACEMALLOC_SNAPSHOT: join(dir, `model-${i}.tmsnap`) }, f);
      expect(model, f.join(' ')).toEqual([]);
      expect(snapshot, f.join(' ')).not.toBeNull();
      const s = Snapshot.deserialize(snapshot!);
      expect(s.traces.length, f.join(' ')).toBeGreaterThan(0);
      totals.push(s.statistics('lineno').reduce((n, st) => n + st.size, 0));
    }
    expect(new Set(totals).size).toBe(1); // the same blocks either way
  });
});
