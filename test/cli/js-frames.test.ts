// `run --js-frames` (register's WASM_TRACEMALLOC_JS_FRAMES=1) on a program written for this check:
// an Emscripten module (test/runtime/tracer/js-frames/jsf.c) called from known lines of a CommonJS
// program. The program prints, as its own output, the lines V8 reports for its calls (the oracle:
// `new Error().stack` on the same line); the run must print the same thing traced and untraced
// (same exit code), and the snapshot, `top` and the pprof and heapprofile exports must carry those
// JS lines above the wasm frames.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { Snapshot } from '../../runtime/index';
import { ROOT, cli, tempDir } from './cli-process';

const dir = tempDir('cli-js-frames-');
const app = join(dir, 'app.cjs');
const jsf = join(ROOT, 'test', 'runtime', 'tracer', 'js-frames');
writeFileSync(app, `'use strict';
const { readFileSync } = require('node:fs');
const line = (e) => Number(/:(\\d+):\\d+\\)?$/.exec(String(e.stack).split('\\n')[1])[1]);
require(${JSON.stringify(join(jsf, 'jsf.cjs'))})({ wasmBinary: readFileSync(${JSON.stringify(join(jsf, 'jsf.wasm'))}) }).then((M) => {
  M._free(M._keep_flat(1)); M._free(M._malloc(1)); // the glue's stubs replace themselves on first call
  const a = M._malloc(3000); const lineA = line(new Error());
  const b = M._keep_flat(5000); const lineB = line(new Error());
  console.log(JSON.stringify({ lineA, lineB, a: a > 0, b: b > 0 }));
  process.exitCode = 3;
});
`);

it('run (JS frames by default): same output and exit code, and the JS lines in the snapshot, top and the exports', () => {
  const plain = spawnSync(process.execPath, [app], { encoding: 'utf8' });
  expect(plain.status).toBe(3);
  const { lineA, lineB } = JSON.parse(plain.stdout) as { lineA: number; lineB: number };
  const snap = join(dir, 'app.tmsnap');
  // JS frames are run's default: no flag
  const traced = cli(['run', '--nframe', '4', '-o', snap, '--', process.execPath, app]);
  expect([traced.stdout, traced.code]).toEqual([plain.stdout, 1]); // `run` exits 1 when the program failed
  const tracebacks = [...Snapshot.deserialize(readFileSync(snap)).statistics('traceback')].map((s) => [s.size, [...s.traceback].reverse().map(String)]);
  expect(tracebacks).toContainEqual([3000, [`${app}:${lineA}`]]);
  expect(tracebacks).toContainEqual([5000, ['jsf.c:16', `${app}:${lineB}`]]);

  const top = cli(['top', snap]);
  expect(top.stdout).toContain(`${app}:${lineA}`);
  expect(top.stdout).not.toContain('--js-frames'); // the JS lines are there: no hint
  const pprof = join(dir, 'app.pb.gz');
  expect(cli(['export', snap, '--format', 'pprof', '-o', pprof]).code).toBe(0);
  expect(gunzipSync(readFileSync(pprof)).toString('latin1')).toContain(app);
  const heap = join(dir, 'app.heapprofile');
  expect(cli(['export', snap, '--format', 'heapprofile', '-o', heap]).code).toBe(0);
  expect(readFileSync(heap, 'utf8')).toContain(`${app}`);

  // --no-js-frames: the allocator called from JS is <unknown>
  const off = cli(['run', '--nframe', '4', '--no-js-frames', '-o', snap, '--', process.execPath, app]);
  expect(off.stdout).toBe(plain.stdout);
  const offTracebacks = [...Snapshot.deserialize(readFileSync(snap)).statistics('traceback')].map((s) => [s.size, [...s.traceback].reverse().map(String)]);
  expect(offTracebacks).toContainEqual([3000, ['<unknown>:0']]);
  // and `top` says how much that is, and how to see those lines; the 5000 B block has a wasm frame
  const hint = /^3000 B in 1 block \(([\d.]+) % of ([\d.]+ [KMG]?i?B)\) entered wasm from JavaScript and read <unknown>:0; JS frames were off: without --no-js-frames \(run, leaks, register\) or with start\(n, \{ jsFrames: true \}\) they show the JavaScript lines that allocated them\.$/m;
  const offTop = cli(['top', snap]);
  expect(offTop.stdout).toMatch(hint);
  const live = [...Snapshot.deserialize(readFileSync(snap)).traces].reduce((n, t) => n + t.size, 0);
  expect(Number(hint.exec(offTop.stdout)![1])).toBeCloseTo((100 * 3000) / live, 1);

  // the environment says the same to run and to register
  const envOff = cli(['run', '--nframe', '4', '-o', snap, '--', process.execPath, app], { env: { ...process.env, WASM_TRACEMALLOC_JS_FRAMES: '0' } });
  expect(envOff.stdout).toBe(plain.stdout);
  expect([...Snapshot.deserialize(readFileSync(snap)).statistics('traceback')].map((s) => [s.size, [...s.traceback].reverse().map(String)])).toContainEqual([3000, ['<unknown>:0']]);
  const exact = cli(['run', '--nframe', '4', '--js-frames-exact', '-o', snap, '--', process.execPath, app]);
  expect(exact.stdout).toBe(plain.stdout);
  expect([...Snapshot.deserialize(readFileSync(snap)).statistics('traceback')].map((s) => [s.size, [...s.traceback].reverse().map(String)])).toContainEqual([3000, [`${app}:${lineA}`]]);
  expect(cli(['run', '--no-js-frames', '--js-frames', '--', process.execPath, app])).toMatchObject({ code: 2 });
});
