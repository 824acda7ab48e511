// Node 20/22 crash under node:wasi that tracing made likelier (node/wasi-fast-calls.ts): a GC
// finished inside one of node:wasi's fast API calls leaves the JS frames beneath the wasm ones
// stale, and the process dies of SIGSEGV. The program here forces the bad timing without any of
// our code: an ArrayBuffer puts V8's external memory over its limit right before `wasi.start`, so
// incremental marking runs while the program makes 20,000 fd_writes, each of which reports a
// small uvwasi allocation from inside the fast call. Run plainly on Node 20.20 it dies in the
// first round (bench/README.md, "A rare crash on Node 20", has the counts). Under
// `--import wasm-tracemalloc/register` (tracing on) and after `import 'wasm-tracemalloc'`, fast
// API calls are off on the affected versions, and it must run to the end with its own output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import binaryen from 'binaryen';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../root';
import { hasUnsafeWasiFastCalls } from '../../node/wasi-fast-calls';

const dir = mkdtempSync(join(tmpdir(), 'wtm-wasi-gc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A WASI command: `_start` writes "x\n" to stdout (fd 1) 20,000 times, one fd_write each.
const m = binaryen.parseText(`(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "x\\n")
  (func (export "_start")
    (local $i i32)
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 2))
    (loop $again
      (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get $i) (i32.const 20000))))))`);
writeFileSync(join(dir, 'writes.wasm'), m.emitBinary());
m.dispose();

const app = join(dir, 'app.mjs');
writeFileSync(
  app,
  `import { closeSync, openSync, readFileSync } from 'node:fs';
import { devNull } from 'node:os';
import { WASI } from 'node:wasi';
if (process.env.ENTRY) await import(process.env.ENTRY);
const module = new WebAssembly.Module(readFileSync(${JSON.stringify(join(dir, 'writes.wasm'))}));
let pressure = null;
for (let round = 0; round < 5; round++) {
  const fd = openSync(devNull, 'w');
  const wasi = new WASI({ version: 'preview1', args: [], env: {}, stdout: fd, returnOnExit: true });
  const instance = process.env.ASYNC
    ? await WebAssembly.instantiate(module, wasi.getImportObject())
    : new WebAssembly.Instance(module, wasi.getImportObject());
  pressure = new ArrayBuffer(80 << 20); // external memory over V8's limit: marking starts now
  const code = wasi.start(instance);
  closeSync(fd);
  if (code !== 0) throw new Error('exit code ' + code);
}
console.log('5 rounds', pressure.byteLength);
`,
);

function runApp(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--no-warnings', ...args, app], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('no GC inside node:wasi fast API calls (Node 20/22)', () => {
  it('knows the affected versions', () => {
    expect(hasUnsafeWasiFastCalls('20.20.2')).toBe(true);
    expect(hasUnsafeWasiFastCalls('22.23.5')).toBe(true);
    expect(hasUnsafeWasiFastCalls('24.22.3')).toBe(false);
  });

  it('a traced process (register) survives a GC due during fd_writes', () => {
    const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
    const r = runApp(['--import', register], { WASM_TRACEMALLOC: '16' });
    expect({ status: r.status, signal: r.signal, stdout: r.stdout }).toEqual({ status: 0, signal: null, stdout: `5 rounds ${80 << 20}\n` });
  });

  it('a traced process (register) survives it when the program instantiates asynchronously', () => {
    const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
    const r = runApp(['--import', register], { WASM_TRACEMALLOC: '16', ASYNC: '1' });
    expect({ status: r.status, signal: r.signal, stdout: r.stdout }).toEqual({ status: 0, signal: null, stdout: `5 rounds ${80 << 20}\n` });
  });

  it('so does a program that imports the Node entry', () => {
    const entry = pathToFileURL(join(root, 'dist', 'node', 'index.js')).href;
    const r = runApp([], { ENTRY: entry });
    expect({ status: r.status, signal: r.signal, stdout: r.stdout }).toEqual({ status: 0, signal: null, stdout: `5 rounds ${80 << 20}\n` });
  });
});
