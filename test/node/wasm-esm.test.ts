// Programs whose wasm Node itself loads, or compiles with options, run unchanged and traced:
// - Node's WebAssembly ES module integration (`import { keep } from './m.wasm'`: Node 24; 20 and 22
//   with --experimental-wasm-modules; wasm-pack's `--target bundler` packages load this way). Node
//   `import`s every module that `WebAssembly.Module.imports` lists, so an instrumented module's
//   hook imports (`wasm-tracemalloc`) were imported as a package: the program died at load
//   (ERR_MODULE_NOT_FOUND, or a LinkError where the package resolved).
// - compile options (`{ builtins: ['js-string'] }`, which dart2wasm, Kotlin/Wasm and Node's own ES
//   module loader pass): the patched API dropped them, so a module importing `wasm:js-string`
//   failed to link.
// The oracle is the program's own count of the bytes it keeps.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import binaryen from 'binaryen';
import { afterAll, describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/model/snapshot';
import { root } from '../root';

const dir = mkdtempSync(join(tmpdir(), 'wtm-wasm-esm-')); // outside the repository: `wasm-tracemalloc` resolves to nothing there
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
const cli = join(root, 'bin', 'wasm-tracemalloc.js');
const major = Number(process.versions.node.split('.')[0]);
const esmFlag = major < 24 ? ['--experimental-wasm-modules'] : [];

function wasm(text: string): Uint8Array {
  const m = binaryen.parseText(text);
  m.setFeatures(binaryen.Features.All);
  binaryen.setDebugInfo(true); // keep the names: the allocator is found by them
  try {
    return m.emitBinary();
  } finally {
    binaryen.setDebugInfo(false);
    m.dispose();
  }
}

// A bump allocator that calls back into a JS module the ES module loader links.
writeFileSync(join(dir, 'm.wasm'), wasm(`(module
  (import "./env.mjs" "note" (func $note (param i32)))
  (memory (export "memory") 2)
  (global $top (mut i32) (i32.const 1024))
  (func $malloc (export "malloc") (param $n i32) (result i32) (local $p i32)
    (local.set $p (global.get $top))
    (global.set $top (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 15)) (i32.const -16)))
    (call $note (local.get $n))
    (local.get $p))
  (func $free (export "free") (param $p i32))
  (func $keep (export "keep") (param $n i32) (result i32) (call $malloc (local.get $n)))
  (func $drop (export "drop") (param $p i32) (call $free (local.get $p))))`));
writeFileSync(join(dir, 'env.mjs'), 'export let notes = 0;\nexport function note(n) { notes++; }\n');
writeFileSync(join(dir, 'app.mjs'), `import { keep, drop } from './m.wasm';
import * as env from './env.mjs';
const blocks = [];
for (let i = 1; i <= 10; i++) blocks.push([keep(i * 100), i * 100]);
for (const [p] of blocks.splice(0, 4)) drop(p);
console.log('kept', blocks.reduce((n, [, size]) => n + size, 0), 'notes', env.notes);
`);

function node(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.NODE_OPTIONS;
  delete base.WASM_TRACEMALLOC;
  return spawnSync(process.execPath, args, { cwd: dir, env: { ...base, ...env }, encoding: 'utf8', timeout: 60_000 });
}
const liveBytes = (path: string) => [...Snapshot.deserialize(new Uint8Array(readFileSync(path))).traces].reduce((n, t) => n + t.size, 0);

describe("Node's WebAssembly ES module integration", () => {
  const plain = node([...esmFlag, '--no-warnings', 'app.mjs']);

  it('runs the program unchanged and traced under register', () => {
    expect([plain.status, plain.stdout]).toEqual([0, 'kept 4500 notes 10\n']);
    const snap = join(dir, 'register.tmsnap');
    const r = node([...esmFlag, '--no-warnings', '--import', register, 'app.mjs'], { WASM_TRACEMALLOC: '4', WASM_TRACEMALLOC_SNAPSHOT: snap });
    expect([r.status, r.stdout]).toEqual([plain.status, plain.stdout]);
    expect(r.stderr).toMatch(/m\.wasm: traced \(libc, found by names/);
    expect(liveBytes(snap)).toBe(4500);
  });

  it('runs the program unchanged and traced under `run`', () => {
    const snap = join(dir, 'run.tmsnap');
    const r = spawnSync(process.execPath, [cli, 'run', '-o', snap, '--', process.execPath, ...esmFlag, '--no-warnings', 'app.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect([r.status, r.stdout]).toEqual([plain.status, plain.stdout]);
    expect(liveBytes(snap)).toBe(4500);
  });
});

// (import "wasm:js-string" "length"): linked by the engine when compiled with the builtins option.
const jsString = wasm(`(module
  (import "wasm:js-string" "length" (func $len (param externref) (result i32)))
  (memory 1)
  (func (export "strlen") (param externref) (result i32) (call $len (local.get 0))))`);
const builtins = (() => {
  try {
    return new WebAssembly.Instance(new (WebAssembly.Module as unknown as new (b: Uint8Array, o: unknown) => WebAssembly.Module)(jsString, { builtins: ['js-string'] }), {}) !== null;
  } catch {
    return false; // Node 20: no JS String Builtins
  }
})();

describe('compile options', () => {
  // Where the engine has no JS String Builtins (Node 20) the program fails to link, traced or not:
  // the same status and stdout either way (the option's effect is checked where it exists: Node 24).
  it('passes them on: a module importing wasm:js-string links through Module, compile and instantiate', () => {
    writeFileSync(join(dir, 'js.wasm'), jsString);
    writeFileSync(join(dir, 'js.mjs'), `import { readFileSync } from 'node:fs';
const bytes = readFileSync(new URL('./js.wasm', import.meta.url));
const options = { builtins: ['js-string'] };
console.log(new WebAssembly.Instance(new WebAssembly.Module(bytes, options), {}).exports.strlen('hello'));
console.log((await WebAssembly.instantiate(bytes, {}, options)).instance.exports.strlen('h\u00e9llo!'));
console.log((await WebAssembly.instantiate(await WebAssembly.compile(bytes, options), {})).exports.strlen('abc'));
`);
    const plainJs = node(['js.mjs']);
    if (builtins) expect([plainJs.status, plainJs.stdout]).toEqual([0, '5\n6\n3\n']);
    else expect(plainJs.status).not.toBe(0);
    const r = node(['--import', register, 'js.mjs'], { WASM_TRACEMALLOC: '4' });
    expect([r.status, r.stdout]).toEqual([plainJs.status, plainJs.stdout]);
  });
});
