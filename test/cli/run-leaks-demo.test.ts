// The commands that run programs: `run`, `leaks` and `demo`, end to end — a real Node program
// loading the C fixture's wasm, instrumented on the fly by the register hook, traced, snapshotted.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/index';
import { BASIC_TRACED, BIN, cli, ROOT, tempDir, withoutModuleLines } from './cli-process';

const APP = join(ROOT, 'test', 'cli', 'apps', 'c-fixture.mjs');
const LEAK = 'fixtures/c/basic.c:49: size=4321 B, count=1, average=4321 B';
const PHASES = 'phase 1: hash=990eb573 failed=1\nphase 2: hash=990eb573\nphase 3: hash=682dd1b3\nphase 4: hash=ea8260b7\n';
const load = (path: string) => Snapshot.deserialize(readFileSync(path));


describe('run', () => {
  it('traces the program and writes the snapshot at exit (-o); the program\'s output is untouched', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const r = cli(['run', '--no-cache', '-o', 'app.tmsnap', '--', 'node', '--no-warnings', APP], { cwd: dir, env: { WASM_TRACEMALLOC_CACHE_DIR: cache } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(PHASES);
    expect(r.stderr).toMatch(BASIC_TRACED); // what was traced, once, with how the allocator was found
    expect(withoutModuleLines(r.stderr)).toBe('wasm-tracemalloc: wrote app.tmsnap\n');
    expect(existsSync(cache)).toBe(false); // --no-cache: nothing read or written there
    const snapshot = load(join(dir, 'app.tmsnap'));
    expect(snapshot.tracebackLimit).toBe(16); // run's default depth
    expect(snapshot.statistics('lineno').map(String)).toEqual([LEAK]);
    expect(snapshot.metadata.get('command')).toBe(`node --no-warnings ${APP}`);
    expect(JSON.parse(snapshot.metadata.get('timeline')!)).toHaveLength(1);
  });

  it('prints the top lines at exit when no -o is given, and exits 1 when the program fails', () => {
    const r = cli(['run', '--nframe', '2', '--', 'node', '--no-warnings', APP, '1', '0', '3'], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(PHASES);
    expect(withoutModuleLines(r.stderr)).toBe(['[ Top 1 lines at exit ]', LEAK, 'Total allocated size: 4321 B', `wasm-tracemalloc: 'node --no-warnings ${APP} 1 0 3' failed (exit code 3)`, ''].join('\n'));
  });

  it('--top/--interval and --snapshot-every write a numbered series with the timeline', () => {
    const dir = tempDir();
    const r = cli(['run', '--top', '1', '--interval', '0.3', '--snapshot-every', '0.3', '-o', 'snap-$pid-$counter.tmsnap', '--', 'node', '--no-warnings', APP, '5', '400'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(dir).filter((f) => f.endsWith('.tmsnap')).sort();
    expect(files.length).toBeGreaterThanOrEqual(2);
    const pid = /^snap-(\d+)-0001\.tmsnap$/.exec(files[0]!)![1];
    expect(files).toEqual(files.map((_, i) => `snap-${pid}-${String(i + 1).padStart(4, '0')}.tmsnap`));
    // the last one is written at exit: 5 runs, 5 leaks; the series only grows
    const counts = files.map((f) => load(join(dir, f)).traces.length);
    expect(counts[counts.length - 1]).toBe(5);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
    const timeline = JSON.parse(load(join(dir, files[files.length - 1]!)).metadata.get('timeline')!) as number[][];
    expect(timeline).toHaveLength(files.length);
    expect(timeline[timeline.length - 1]![1]).toBe(5 * 4321);
    // periodic top lines went to stderr, ending with the one at exit
    expect(r.stderr).toMatch(/\[ Top 1 lines at \d+\.\d s \]\n/);
    expect(r.stderr).toContain(`[ Top 1 lines at exit ]\nfixtures/c/basic.c:49: size=21.1 KiB, count=5, average=4321 B\nTotal allocated size: 21.1 KiB\n`);
  });

  it('through a Node wrapper (npm start, npx) and a shell: the program\'s snapshot, not the wrapper\'s', () => {
    const dir = tempDir();
    const wrapper = join(ROOT, 'test', 'cli', 'apps', 'wrapper.mjs');
    const r = cli(['run', '--top', '1', '--interval', '0.2', '-o', 'w.tmsnap', '--', 'sh', '-c', `node --no-warnings ${wrapper} node --no-warnings ${APP} 2 300`], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(PHASES);
    expect(load(join(dir, 'w.tmsnap')).statistics('lineno').map(String)).toEqual(['fixtures/c/basic.c:49: size=8642 B, count=2, average=4321 B']);
    // the shell (which SIGUSR2 would kill) was never signalled: it lived to pass on the status
    expect(r.stderr).toContain('[ Top 1 lines at exit ]');
  });
});

describe('run, stopped with Ctrl-C', () => {
  it('saves and shows the program\'s snapshot when interrupted', async () => {
    const dir = tempDir();
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [BIN, 'run', '-o', 'srv.tmsnap', '--', 'node', '--no-warnings', join(ROOT, 'test', 'cli', 'apps', 'server.mjs')], { cwd: dir, env });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes('started\n')) resolve();
      });
    });
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(withoutModuleLines(stderr)).toMatch(/^wasm-tracemalloc: wrote srv.tmsnap\nwasm-tracemalloc: 'node --no-warnings .*server.mjs' failed \(interrupted \(SIGINT\)\)\n$/);
    const [leak] = load(join(dir, 'srv.tmsnap')).statistics('lineno');
    expect(String(leak!.traceback)).toBe('fixtures/c/basic.c:49');
    expect(leak!.count).toBeGreaterThanOrEqual(1);
  });
});

describe('run, sent SIGUSR2', () => {
  it('writes the snapshot of the traced process to the -o template, and the program goes on', async () => {
    const dir = tempDir();
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [BIN, 'run', '-o', 'u-$pid-$counter.tmsnap', '--', 'node', '--no-warnings', join(ROOT, 'test', 'cli', 'apps', 'server.mjs')], { cwd: dir, env });
    let stdout = '';
    let stderr = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes('started\n')) resolve();
      });
    });
    const wrote = new Promise<void>((resolve) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        if (/wrote \S+ \(SIGUSR2\)/.test(stderr)) resolve();
      });
    });
    child.kill('SIGUSR2');
    await wrote;
    expect(child.exitCode).toBeNull(); // still running
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1); // interrupted, as without SIGUSR2
    const files = readdirSync(dir).filter((f) => /^u-\d+-\d{4}\.tmsnap$/.test(f)).sort((a, b) => a.split('-')[2]!.localeCompare(b.split('-')[2]!));
    expect(files.length).toBe(2); // at SIGUSR2, at exit
    const [leak] = load(join(dir, files[0]!)).statistics('lineno');
    expect(String(leak!.traceback)).toBe('fixtures/c/basic.c:49');
  });
});

describe('run, when a periodic snapshot cannot be written', () => {
  it('stops the program and says so in one line (exit 2)', () => {
    const r = cli(['run', '--snapshot-every', '0.2', '-o', '/nonexistent-wtm/snap-$counter.tmsnap', '--', 'node', '--no-warnings', join(ROOT, 'test', 'cli', 'apps', 'server.mjs')], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(withoutModuleLines(r.stderr)).toMatch(/^wasm-tracemalloc: cannot write snapshot '\/nonexistent-wtm\/snap-0001.tmsnap': no such file or directory: .*\n$/);
  });
});

describe('run --native', () => {
  it('puts the process\'s own malloc in domain 0 (zlib), or says in one line why it cannot', async () => {
    const native = await import('../../native/index');
    const dir = tempDir();
    // an open deflate stream keeps zlib's state (allocated through Node's AllocForZlib) alive at exit
    const program = "globalThis.z=require('zlib').createDeflate(); z.write(Buffer.alloc(1<<20, 3)); setTimeout(()=>{}, 200)";
    const r = cli(['run', '--native', '--nframe', '6', '-o', 'n.tmsnap', '--', 'node', '-e', program], { cwd: dir });
    expect(r.code).toBe(0);
    const snapshot = load(join(dir, 'n.tmsnap'));
    const native0 = [...snapshot.traces].filter((t) => t.domain === 0);
    if (native.available) {
      expect(native0.length).toBeGreaterThan(0);
      expect(snapshot.statistics('lineno', true).map(String).join('\n')).toMatch(/ZlibContext::InitZlib/);
    } else {
      expect(native0).toEqual([]);
      expect(r.stderr).toContain(`wasm-tracemalloc: native tracing unavailable: ${native.reason}`);
    }
  });
});

describe('leaks', () => {
  it('shows what is still allocated at exit, by traceback, with source lines', () => {
    const r = cli(['leaks', '--', 'node', '--no-warnings', APP, '2'], { cwd: ROOT });
    expect(r.code).toBe(0);
    const lines = r.stdout.slice(PHASES.length).split('\n');
    expect(lines[0]).toBe('2 memory blocks still allocated at exit, from 1 traceback:');
    // two instances (two runs), each with its one block in its global `leaked`: reachable
    expect(lines[1]).toBe("All of them are still reachable: a pointer to each is left in the module's memory (globals, caches, containers never freed before exit).");
    expect(lines[2]).toBe('');
    // headed by the allocation site, then the traceback, most recent call first (one chain format)
    expect(lines[3]).toBe('#1: fixtures/c/basic.c:49: size=8642 B, count=2, average=4321 B');
    const at = lines.indexOf('  File "fixtures/c/basic.c", line 49');
    expect(lines.slice(at, at + 4)).toEqual([
      '  File "fixtures/c/basic.c", line 49',
      '    leaked = malloc(4321); /* @site leak */',
      '  File "fixtures/c/basic.c", line 108',
      '    leak();',
    ]);
    // then the JS that started the module (JS frames: leaks' default), oldest last
    expect(lines.slice(at + 4, -4).filter((l) => l.startsWith('  File ')).at(-1)).toBe(`  File "${join(ROOT, 'test', 'cli', 'apps', 'c-fixture.mjs')}", line 10`);
    expect(lines.slice(-4, -2)).toEqual(['', 'Total allocated size: 8642 B']);
    expect(lines.at(-2)).toMatch(/^Reachable or not: a conservative scan of the module's memory/);
  });

  it('--json, and -o keeps the exit snapshot', () => {
    const dir = tempDir();
    const r = cli(['leaks', '--json', '-o', 'exit.tmsnap', '--', 'node', '--no-warnings', APP], { cwd: dir });
    expect(r.code).toBe(0);
    expect(withoutModuleLines(r.stderr)).toBe(PHASES); // the program's stdout, moved: ours is the JSON alone
    const data = JSON.parse(r.stdout);
    expect(data.complete).toBe(true);
    expect(data.untraced).toEqual([]);
    expect(data.total).toEqual({ size: 4321, count: 1 });
    expect(data.statistics[0].traceback.slice(-2)).toEqual([{ filename: 'fixtures/c/basic.c', lineno: 108 }, { filename: 'fixtures/c/basic.c', lineno: 49 }]);
    expect(load(join(dir, 'exit.tmsnap')).statistics('lineno').map(String)).toEqual([LEAK]);
  });
});

describe('demo', () => {
  it('instruments and traces the bundled C program: top lines, the diff, the leak, report.html', () => {
    const dir = tempDir();
    const r = cli(['demo', '-o', 'out/report.html', '--snapshots', 'snaps'], { cwd: dir });
    expect(r.stderr).toBe('wasm-tracemalloc: basic.wasm: traced (instrumented ahead of time)\n');
    expect(r.code).toBe(0);
    const out = r.stdout;
    // checkpoint 1: every entry point, exact lines of the manifest
    expect(out).toContain([
      '[ Top 5 lines ]',
      'fixtures/c/basic.c:67: size=9134 B, count=2, average=4567 B',
      'fixtures/c/basic.c:83: size=8901 B, count=1, average=8901 B',
      'fixtures/c/basic.c:62: size=7101 B, count=3, average=2367 B',
      'fixtures/c/basic.c:58: size=6170 B, count=5, average=1234 B',
      'fixtures/c/basic.c:75: size=5678 B, count=1, average=5678 B',
      'Total allocated size: 36.1 KiB',
    ].join('\n'));
    // the diff 2 -> 3 and its two call chains, with source lines from the package
    expect(out).toContain('fixtures/c/basic.c:31: size=20.2 KiB (+20.2 KiB), count=6 (+6), average=3456 B');
    expect(out).toContain('It came through 2 call chains (most recent call first):');
    expect(out).toContain('  fixtures/c/basic.c:31: size=13.5 KiB (+13.5 KiB), count=4 (+4), average=3456 B\n    File "fixtures/c/basic.c", line 31\n      char *p = malloc(3456); /* @site leaf */\n    File "fixtures/c/basic.c", line 37');
    expect(out).toContain('for (i = 0; i < 2; i++) kept[28 + i] = middle(100 + i); /* @frame main-middle */');
    // the leak
    expect(out).toContain(`[ Top 1 lines ]\n${LEAK}\nTotal allocated size: 4321 B`);
    expect(existsSync(join(dir, 'out', 'report.html'))).toBe(true);
    expect(load(join(dir, 'snaps', 'checkpoint-3.tmsnap')).statistics('lineno')[0]!.toString()).toBe('fixtures/c/basic.c:31: size=20.2 KiB, count=6, average=3456 B');
  });
});
