// Differential: a program behaves the same with and without tracing (stdout, exit code), whatever
// its glue does — Emscripten dynamic linking (every export into the table), exit() from inside
// wasm, a program that routes fs.writeSync(2) to process.stderr.write, a snapshot path that
// cannot be written — and the tool says, one line per module, what it traced.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/index';
import { BIN, ROOT } from '../cli/cli-process';

/** Emscripten 3.1.6 glue must not see a global fetch (no-fetch.cjs), on every Node. */
const NO_FETCH = join(ROOT, 'test', 'users', 'no-fetch.cjs');

const register = join(ROOT, 'dist', 'node', 'register.js');
const DYLINK = join(ROOT, 'fixtures', 'dylink', 'main.cjs');
const dir = mkdtempSync(join(tmpdir(), 'users-unchanged-'));

// cwd: the dylink glue's dlopen reads side.wasm from the working directory
const CWD = join(ROOT, 'fixtures', 'dylink');

function node(args: string[], env: NodeJS.ProcessEnv = {}, stderrFd?: number) {
  const clean: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete clean.NODE_OPTIONS;
  const r = spawnSync(process.execPath, args, { cwd: CWD, env: clean, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', stderrFd ?? 'pipe'] });
  return { stdout: r.stdout, stderr: r.stderr ?? '', status: r.status };
}
const traced = (args: string[], snapshot: string, env: NodeJS.ProcessEnv = {}, stderrFd?: number) =>
  node(['--import', register, ...args], { WASM_TRACEMALLOC: '4', WASM_TRACEMALLOC_SNAPSHOT: snapshot, ...env }, stderrFd);


/** [size, count] of what main.c:12 allocated through the side module's side_dup(): 10 strings of
 * 27 bytes, all live at exit. The main module's call through the dlsym pointer is the oldest
 * frame (beneath it, the glue's JS frames that called main: JS frames are register's default);
 * the side module's own (it calls the main module's exported malloc) reads <unknown>, or is folded
 * away with the library frames. */
function sideDups(snapshot: Snapshot): [number, number] | undefined {
  const stat = snapshot.statistics('traceback').find((s) => /^(\S+\.[cm]?js:\d+ > )*fixtures\/dylink\/main\.c:12( > <unknown>:0)?$/.test([...s.traceback].map(String).join(' > ')));
  return stat && [stat.size, stat.count];
}

describe('Emscripten dynamic linking (MAIN_MODULE + SIDE_MODULE, exit(3) from main)', () => {
  const args = ['--require', NO_FETCH, '--no-warnings', DYLINK];

  it('runs unchanged under register, and traces the side module\'s allocations through the main module', () => {
    const plain = node(args);
    expect(plain.status).toBe(3);
    expect(plain.stdout).toBe('hello from the side module 499500\nmain 0x1\n');
    const path = join(dir, 'dylink.tmsnap');
    const r = traced(args, path);
    expect([r.stdout, r.status]).toEqual([plain.stdout, plain.status]);
    expect(r.stderr).toMatch(/^wasm-tracemalloc: \S*main\.wasm: traced \(libc, found by [^\n]*\)$/m);
    expect(r.stderr).toMatch(/^wasm-tracemalloc: \S*side\.wasm: traced \(a side module: it allocates through the main module's malloc\/free, traced there/m);
    // written at exit, though main() exited from inside wasm
    const snapshot = Snapshot.deserialize(readFileSync(path));
    expect(sideDups(snapshot)).toEqual([270, 10]);
    const modules = JSON.parse(snapshot.metadata.get('modules')!) as { version: number; modules: { source: string; traced: boolean }[] };
    expect(modules.version).toBe(1);
    expect(modules.modules.map((m) => [m.source.split('/').pop(), m.traced])).toEqual([['main.wasm', true], ['side.wasm', true]]);
  });

  it('JS frames: the side module calling the main module\'s malloc is wasm, not JS: the JS that called main() is beneath main.c:12, once', () => {
    const path = join(dir, 'dylink-js.tmsnap');
    const r = traced(args, path, { WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_JS_FRAMES: '1' });
    expect(r.status).toBe(3);
    const stat = Snapshot.deserialize(readFileSync(path)).statistics('traceback').find((s) => s.size === 270);
    const frames = [...stat!.traceback].map(String); // oldest first
    const at = frames.indexOf('fixtures/dylink/main.c:12');
    expect(at).toBeGreaterThan(0);
    expect(frames.slice(0, at).every((f) => f.startsWith(DYLINK))).toBe(true); // the glue's callMain…
    expect(frames.slice(at + 1).filter((f) => f !== '<unknown>:0')).toEqual([]); // nothing of JS above it
  });

  it('runs unchanged under `run` too', () => {
    const plain = node(args);
    const path = join(dir, 'dylink-run.tmsnap');
    const r = node([BIN, 'run', '--nframe', '4', '-o', path, '--', process.execPath, ...args]);
    expect([r.stdout, r.status]).toEqual([plain.stdout, 1]); // run's own status: 1 when the program fails
    expect(r.stderr).toContain('failed (exit code 3)');
    expect(sideDups(Snapshot.deserialize(readFileSync(path)))).toEqual([270, 10]);
  });

  it('a snapshot path in a missing folder: one line, and the program\'s exit code is its own', () => {
    const r = traced(args, join(dir, 'no', 'such', 'folder', 'x.tmsnap'));
    expect(r.status).toBe(3);
    expect(r.stdout).toBe(node(args).stdout);
    const lines = r.stderr.split('\n').filter((l) => l.includes('cannot write'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^wasm-tracemalloc: cannot write the snapshot to WASM_TRACEMALLOC_SNAPSHOT=".*x\.tmsnap": ENOENT/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('a program that routes fs.writeSync(2, …) to process.stderr.write (as some Go glue does)', () => {
  it('runs unchanged with stderr to a file: the tool writes through the fd it captured at startup', () => {
    const app = join(dir, 'go-glue.mjs');
    writeFileSync(app, `
      import fs from 'node:fs';
      const writeSync = fs.writeSync;
      // stderr to a file is a SyncWriteStream, which writes with fs.writeSync: a line sent through
      // either of them would recurse until V8 dies
      fs.writeSync = (fd, buf, ...rest) => (fd === 2 ? (process.stderr.write(buf), buf.length) : writeSync(fd, buf, ...rest));
      const { runWasi } = await import(${JSON.stringify(join(ROOT, 'fixtures', 'harness', 'wasi.mjs'))});
      await runWasi(fs.readFileSync(${JSON.stringify(join(ROOT, 'fixtures', 'c', 'basic.wasm'))}));
      console.log('done');
    `);
    const errFile = join(dir, 'stderr.txt');
    const fd = openSync(errFile, 'w');
    const r = traced(['--no-warnings', app], join(dir, 'go.tmsnap'), {}, fd);
    closeSync(fd);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('done\n');
    expect(readFileSync(errFile, 'utf8')).toMatch(/^wasm-tracemalloc: \S*basic\.wasm: traced \(libc/m);
    expect(existsSync(join(dir, 'go.tmsnap'))).toBe(true);
  });
});
