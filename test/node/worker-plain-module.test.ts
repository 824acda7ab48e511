// A worker made after the API's start() is preloaded with dist/node/worker.cjs, which wraps
// WebAssembly.Instance and instantiate until a module instrumented for threads arrives
// (node/worker-host.ts, node/worker.ts). Every other module must go to V8's own as before: the
// wrappers once constructed themselves again, so any plain module instantiated in such a worker
// overflowed the stack, and a pthreads program whose workers instantiate its (untraced) module
// waited for them forever (wasm-vips in the zoo). Differential: the same stdout and exit code as
// without the tool, for `new WebAssembly.Instance`, `instantiate(module)` and `instantiate(bytes)`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { root } from '../root';

const dir = mkdtempSync(join(tmpdir(), 'wtm-worker-plain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const ADD = [0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11];

it('a worker made after start() instantiates a module not instrumented for threads as without the tool', () => {
  const worker = `
    const { parentPort } = require('node:worker_threads');
    const bytes = new Uint8Array(${JSON.stringify(ADD)});
    const module = new WebAssembly.Module(bytes);
    (async () => {
      const a = new WebAssembly.Instance(module, {}).exports.add(2, 3);
      const b = (await WebAssembly.instantiate(module, {})).exports.add(4, 5);
      const c = (await WebAssembly.instantiate(bytes, {})).instance.exports.add(6, 7);
      parentPort.postMessage([a, b, c, WebAssembly.Instance.name, new WebAssembly.Instance(module) instanceof WebAssembly.Instance]);
    })().catch((e) => { parentPort.postMessage(String(e)); });`;
  const main = (traced: boolean) => `
    ${traced ? `const { start } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'node', 'index.js')).href)}); start(1);` : ''}
    const { Worker } = await import('node:worker_threads');
    const w = new Worker(${JSON.stringify(worker)}, { eval: true });
    w.on('message', (m) => console.log(JSON.stringify(m)));
    w.on('error', (e) => { console.log('error', e.message); process.exitCode = 3; });`;
  const run = (traced: boolean) => {
    const file = join(dir, `${traced ? 'traced' : 'plain'}.mjs`);
    writeFileSync(file, main(traced));
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    delete env.WASM_TRACEMALLOC;
    return spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 30_000, env });
  };
  const plain = run(false);
  expect([plain.status, plain.stdout]).toEqual([0, '[5,9,13,"Instance",true]\n']);
  const traced = run(true);
  expect([traced.status, traced.stdout]).toEqual([plain.status, plain.stdout]);
});

// (module (memory (export "memory") 1) (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const ADD_MEMORY = [0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 5, 3, 1, 0, 1, 7, 16, 2, 6, 109, 101, 109, 111, 114, 121, 2, 0, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11];

// xmllint-wasm (the zoo) runs its module in a fresh Worker per call: under the API it ran untraced
// and nothing was said. Two workers, one line.
it('says once that a module with a linear memory instantiated in a worker is not traced under the API', () => {
  const worker = `
    const { parentPort } = require('node:worker_threads');
    WebAssembly.instantiate(new Uint8Array(${JSON.stringify(ADD_MEMORY)}), {}).then(({ instance }) => parentPort.postMessage(instance.exports.add(2, 3)));`;
  const file = join(dir, 'two-workers.mjs');
  writeFileSync(file, `
    const { start } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'node', 'index.js')).href)}); start(1);
    const { Worker } = await import('node:worker_threads');
    for (let i = 0; i < 2; i++) {
      const w = new Worker(${JSON.stringify(worker)}, { eval: true });
      await new Promise((resolve) => w.once('message', (m) => { console.log(m); w.terminate().then(resolve); }));
    }`);
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.WASM_TRACEMALLOC;
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 30_000, env });
  expect([r.status, r.stdout]).toEqual([0, '5\n5\n']);
  expect(r.stderr.split('\n').filter((l) => l.startsWith('wasm-tracemalloc'))).toEqual([
    expect.stringMatching(/^wasm-tracemalloc: worker thread \d+: a module instantiated there is not traced: the API traces the thread that called start\(\); `wasm-tracemalloc run` or `node --import wasm-tracemalloc\/register` traces every thread$/),
  ]);
});
