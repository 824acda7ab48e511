// Every bad input gives exit code 2, nothing on stdout, and exactly ONE line on stderr that starts
// with `wasm-tracemalloc: ` and quotes the bad value — never a stack trace. Checked in process
// through main(argv, io); a few cases also through the real executable (bin/ → dist/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, runMain, tempDir } from './cli-process';
import { writeCheckpoints } from './fixture-snapshots';

let dir: string;
const C_WASM = join(fileURLToPath(new URL('../..', import.meta.url)), 'fixtures', 'c', 'basic.wasm');

beforeAll(async () => {
  dir = tempDir();
  writeCheckpoints(dir);
  const good = readFileSync(join(dir, 'checkpoint-3.tmsnap'));
  writeFileSync(join(dir, 'truncated.tmsnap'), good.subarray(0, Math.floor(good.length / 2)));
  const flipped = Buffer.from(good);
  flipped[flipped.length - 3]! ^= 0xff;
  writeFileSync(join(dir, 'corrupted.tmsnap'), flipped);
  writeFileSync(join(dir, 'text.tmsnap'), 'hello, I am not a snapshot\n');
  writeFileSync(join(dir, 'empty.tmsnap'), '');
  writeFileSync(join(dir, 'bad.json'), '{"format": "wasm-tracemalloc-snapshot-json", "version": 1, "tracebackLimit": 1, "traces": [[1, "big", [], 0]]}');
  writeFileSync(join(dir, 'not.wasm'), 'not wasm at all');
  mkdirSync(join(dir, 'folder.tmsnap'));
});

// [arguments, what the one line must say]
const CASES: [string[], RegExp][] = [
  [[], /^missing command \(expected one of: instrument, run, top, stats, tree, compare, lines, growth, leaks, report, export, symbolize, demo, cache;/],
  [['frobnicate'], /^unknown command 'frobnicate'/],
  [['top'], /^`top` needs SNAPSHOT/],
  [['top', 'missing.tmsnap'], /^no such snapshot: 'missing.tmsnap'$/],
  [['top', 'folder.tmsnap'], /^'folder.tmsnap' is a directory, expected a snapshot$/],
  [['top', 'truncated.tmsnap'], /^'truncated.tmsnap' is not a valid snapshot: .*byte \d+/],
  [['top', 'corrupted.tmsnap'], /^'corrupted.tmsnap' is not a valid snapshot: /],
  [['top', 'text.tmsnap'], /^'text.tmsnap' is not a valid snapshot: /],
  [['top', 'empty.tmsnap'], /^'empty.tmsnap' is not a valid snapshot: /],
  [['top', 'bad.json'], /^'bad.json' is not a valid snapshot: traces\[0\] is \[1,"big",\[\],0\], expected/],
  [['top', 'checkpoint-1.tmsnap', '--bogus'], /^unknown option '--bogus' for `top`/],
  [['top', 'checkpoint-1.tmsnap', '-x'], /^unknown option '-x' for `top`/],
  [['top', 'checkpoint-1.tmsnap', '--limit'], /^option '--limit' needs a value \(N\)$/],
  [['top', 'checkpoint-1.tmsnap', '--limit', 'ten'], /^option '--limit' expects an integer, got 'ten'$/],
  [['top', 'checkpoint-1.tmsnap', '--limit', '-1'], /^option '--limit' must be >= 0, got '-1'$/],
  [['top', 'checkpoint-1.tmsnap', '--limit', '2', '--limit', '3'], /^option '--limit' given twice$/],
  [['top', 'checkpoint-1.tmsnap', '--key', 'function'], /^option '--key' expects one of lineno, filename, traceback; got 'function'$/],
  [['top', 'checkpoint-1.tmsnap', '--include', ''], /^option '--include' expects a filename pattern .*, got ''$/],
  [['top', 'checkpoint-1.tmsnap', '--exclude', ':12'], /^option '--exclude' expects a filename pattern .*, got ':12'$/],
  [['top', 'checkpoint-1.tmsnap', '--domain', 'native'], /^option '--domain' expects an integer, got 'native'$/],
  [['top', 'checkpoint-1.tmsnap', '--cumulative', '--key', 'traceback'], /^'--cumulative' cannot be used with '--key traceback'/],
  [['top', 'checkpoint-1.tmsnap', '--json=yes'], /^option '--json' takes no value \(got '--json=yes'\)$/],
  [['top', 'checkpoint-1.tmsnap', 'checkpoint-2.tmsnap'], /^unexpected argument 'checkpoint-2.tmsnap' for `top`/],
  [['top', 'checkpoint-1.tmsnap', '--', 'node'], /^`top` takes no command after `--` \(got 'node'\)$/],
  [['top', 'checkpoint-1.tmsnap', '--by', 'freed'], /^option '--by' expects one of live, allocated, temporary; got 'freed'$/],
  [['top', 'checkpoint-1.tmsnap', '--by', 'temporary'], /^'checkpoint-1.tmsnap' has no totals per traceback .*'--by temporary' needs one written by `run` or takeSnapshot\(\)$/],
  [['lines', 'checkpoint-1.tmsnap'], /^`lines` needs FILE/],
  [['lines', 'checkpoint-1.tmsnap', 'nosuch.c'], /^no frame of 'checkpoint-1.tmsnap' is in a file named 'nosuch.c'/],
  [['lines', 'checkpoint-1.tmsnap', 'basic.c', '--function', 'main'], /^the frames of 'fixtures\/c\/basic.c' carry no function names/],
  [['growth', 'checkpoint-1.tmsnap'], /^`growth` needs NEW/],
  [['growth', 'checkpoint-1.tmsnap', 'checkpoint-2.tmsnap', '--by', 'size'], /^option '--by' expects one of function, type; got 'size'$/],
  [['compare', 'checkpoint-1.tmsnap'], /^`compare` needs SNAP2/],
  [['compare', 'checkpoint-1.tmsnap', 'missing.tmsnap'], /^no such snapshot: 'missing.tmsnap'$/],
  [['compare', 'checkpoint-1.tmsnap', 'checkpoint-2.tmsnap', 'truncated.tmsnap'], /^'truncated.tmsnap' is not a valid snapshot/],
  [['report', 'missing.tmsnap'], /^no such snapshot: 'missing.tmsnap'$/],
  [['report', 'checkpoint-3.tmsnap', '--diff', 'corrupted.tmsnap'], /^'corrupted.tmsnap' is not a valid snapshot/],
  [['report', 'checkpoint-3.tmsnap', '--diff'], /^option '--diff' needs a value \(OLD\)$/],
  [['report', 'checkpoint-3.tmsnap', '-o', 'folder.tmsnap'], /^cannot write '.*folder.tmsnap': /],
  [['export', 'checkpoint-3.tmsnap'], /^`export` needs --format \(one of pprof, heapprofile, json\)$/],
  [['export', 'checkpoint-3.tmsnap', '--format', 'svg'], /^option '--format' expects one of pprof, heapprofile, json; got 'svg'$/],
  [['export', 'empty.tmsnap', '--format', 'json'], /^'empty.tmsnap' is not a valid snapshot/],
  [['instrument'], /^`instrument` needs IN.wasm/],
  [['instrument', 'not.wasm'], /^`instrument` needs -o OUT.wasm/],
  [['instrument', 'missing.wasm', '-o', 'out.wasm'], /^no such module: 'missing.wasm'$/],
  [['instrument', 'not.wasm', '-o', 'out.wasm'], /^cannot instrument 'not.wasm': /],
  [['instrument', 'not.wasm', '-o', 'out.wasm', '--profile', 'java'], /^option '--profile' expects auto, none or families among libc, c\+\+, rust, wasm-bindgen, assemblyscript, zig joined by '\+'; got 'java'$/],
  [['instrument', C_WASM, '-o', 'out.wasm', '--glue', 'missing.js'], /^option '--glue': no file 'missing.js'$/],
  [['instrument', C_WASM, '-o', 'out.wasm', '--symbols', 'not.wasm'], /^cannot instrument '.*basic\.wasm': --symbols is not a symbol map: expected lines of `index:name`/],
  [['instrument', 'not.wasm', '-o', 'out.wasm', '--profile', 'libc+'], /^option '--profile' expects auto, none or families .*; got 'libc\+'$/],
  [['instrument', C_WASM, '-o', 'out.wasm', '--profile', 'rust'], /^cannot instrument '.*basic\.wasm': no allocator found: looked for the rust profile only \(__rust_alloc, .*name your allocator with --alloc my_alloc --free my_free/],
  [['instrument', C_WASM, '-o', 'out.wasm', '--profile', 'none'], /^cannot instrument '.*basic\.wasm': no allocator found: --profile none and no function is named/],
  [['instrument', C_WASM, '-o', 'out.wasm', '--alloc', 'no_such_fn'], /^cannot instrument '.*basic\.wasm': --alloc: no function "no_such_fn" in the module/],
  [['instrument', C_WASM, '-o', 'out.wasm', '--free', ''], /^option '--free' expects a function name, export name or index, got ''$/],
  [['run', '--alloc', ' ', '--', 'node', '-e', '0'], /^option '--alloc' expects a function name, export name or index, got ' '$/],
  [['run', '--realloc', '99999999999', '--', 'node', '-e', '0'], /^option '--realloc': function index '99999999999' is out of range/],
  [['run', '--profile', 'bogus', '--', 'node', '-e', '0'], /^option '--profile' expects auto, none or families .*; got 'bogus'$/],
  [['leaks', '--calloc', '', '--', 'node', '-e', '0'], /^option '--calloc' expects a function name, export name or index, got ''$/],
  [['leaks', '--profile', 'c++c', '--', 'node', '-e', '0'], /^option '--profile' expects auto, none or families .*; got 'c\+\+c'$/],
  [['leaks', '--wrapper', '--', 'node', '-e', '0'], /^option '--wrapper' needs a value \(NAME\)$/],
  [['instrument', 'not.wasm', '-o', 'out.wasm', '--source-map', 'missing.map'], /^no such source map: 'missing.map'$/],
  [['run'], /^`run` needs a command to run after `--`/],
  [['run', '--', 'no-such-command-wtm'], /^cannot run 'no-such-command-wtm': command not found$/],
  [['run', '--interval', '1', '--', 'node', '-e', '0'], /^option '--interval' needs '--top N'/],
  [['run', '--snapshot-every', '1', '--', 'node', '-e', '0'], /^option '--snapshot-every' needs '-o TEMPLATE'/],
  [['run', '--nframe', '65', '--', 'node', '-e', '0'], /^option '--nframe' must be <= 64, got '65'$/],
  [['leaks', '--nframe', '0', '--', 'node', '-e', '0'], /^option '--nframe' must be >= 1, got '0'$/],
  [['leaks'], /^`leaks` needs a command to run after `--`/],
  [['demo', '--nframe', 'many'], /^option '--nframe' expects an integer, got 'many'$/],
  [['demo', 'extra'], /^unexpected argument 'extra' for `demo`/],
];

function expectOneLine(r: { code: number | null; stdout: string; stderr: string }, message: RegExp): void {
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^wasm-tracemalloc: [^\n]+\n$/);
  expect(r.stderr.slice('wasm-tracemalloc: '.length).trimEnd()).toMatch(message);
  expect(r.code).toBe(2);
}

describe('bad input: exit 2 and one line on stderr', () => {
  it.each(CASES)('wasm-tracemalloc %j', async (args, message) => {
    expectOneLine(await runMain(args, { cwd: dir }), message);
  });
});

describe('bad input, from the real executable (a subprocess)', () => {
  const chosen = [[], ['top', 'missing.tmsnap'], ['instrument', 'not.wasm', '-o', 'out.wasm'], ['run', '--', 'no-such-command-wtm']].map((a) => JSON.stringify(a));
  const real = CASES.filter(([args]) => chosen.includes(JSON.stringify(args)));
  it('runs the chosen cases', () => expect(real).toHaveLength(chosen.length));
  it.each(real)('wasm-tracemalloc %j', (args, message) => {
    expectOneLine(cli(args, { cwd: dir }), message);
  });
});
