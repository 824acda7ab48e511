// A module instrumented for threads made linkable without the tool (runtime/tracer/unhook.ts),
// what a worker the tool did not set up gets of a module instrumented ahead of time
// (plain-for-workers.ts). The oracle is the program itself: Emscripten's -pthread build of
// test/threads/src/tally.c (emcc 3.1.6 -O2 -g), its .wasm replaced by the unhooked instrumented
// bytes, run by plain Node with no tool at all: the same stdout and exit code as as built, and the
// same imports (the hooks' gone) and exports as before.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { instrument } from '../../../instrument/index';
import { unhooked } from '../../../runtime/tracer/unhook';
import { root } from '../../root';
import { compileWat } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'wtm-unhook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const built = join(root, 'test', 'threads', 'built');
const noFetch = join(root, 'test', 'users', 'no-fetch.cjs');
const run = (cwd: string) => spawnSync(process.execPath, ['--require', noFetch, 'tally-O2.js'], { cwd, encoding: 'utf8', timeout: 60_000 });
const shape = (bytes: Uint8Array) => {
  const m = new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  return { imports: WebAssembly.Module.imports(m), exports: WebAssembly.Module.exports(m) };
};

describe('unhooked: a module instrumented for threads, linkable without the tool', () => {
  it('runs an Emscripten -pthread program with no tool as it runs as built', () => {
    const original = new Uint8Array(readFileSync(join(built, 'tally-O2.wasm')));
    const instrumented = instrument(original, { threads: true }).bytes;
    expect(shape(instrumented).imports.some((i) => i.module === 'wasm-tracemalloc')).toBe(true);
    const out = unhooked(instrumented)!;
    expect(out).not.toBeNull();
    expect(shape(out).imports).toEqual(shape(original).imports);
    expect(shape(out).exports).toEqual(shape(instrumented).exports);

    const copy = join(dir, 'built');
    cpSync(built, copy, { recursive: true });
    writeFileSync(join(copy, 'tally-O2.wasm'), out);
    const plain = run(built);
    expect(plain.status).toBe(0);
    const ran = run(copy);
    expect([ran.status, ran.stdout]).toEqual([0, plain.stdout]);
  });

  it('gives null (bytes left alone) without hook imports, or when a hook is not the last import of its kind', () => {
    expect(unhooked(new Uint8Array(readFileSync(join(built, 'tally-O2.wasm'))))).toBeNull();
    // an index would move: the program's own import after a hook
    expect(unhooked(compileWat('(module (import "wasm-tracemalloc" "free" (func (param i32 i32))) (import "env" "f" (func)) (func (export "g") (call 1)))'))).toBeNull();
    const last = unhooked(compileWat('(module (import "env" "f" (func)) (import "wasm-tracemalloc" "free" (func (param i32 i32))) (func (export "g") (call 0)))'))!;
    expect(WebAssembly.Module.imports(new WebAssembly.Module(last))).toEqual([{ module: 'env', name: 'f', kind: 'function' }]);
  });
});
