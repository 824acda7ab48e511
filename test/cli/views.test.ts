// The views of issue 14 on a real program (apps/churn/churn.c, clang -O1, wasi-libc's dlmalloc),
// end to end through the CLI: the peak, totals per traceback (--by allocated|temporary), the
// line-by-line table, growth between snapshots, and the live view (plain, and under tmux). The
// known answers are the program's own constants: malloc(3000000) at line 23, 1000 × malloc(100)
// freed at once at line 32, one malloc(1000) per round at 47, 10 × malloc(48 - 4) nodes per round
// at 40 called from 50 (sizeof(struct node) = 44 on wasm32).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/index';
import { BIN, cli, ROOT, tempDir } from './cli-process';

const APP = join(ROOT, 'test', 'cli', 'apps', 'churn', 'churn.mjs');
const SRC = 'test/cli/apps/churn/churn.c';
const load = (path: string) => Snapshot.deserialize(readFileSync(path));

/** Runs churn.mjs traced: `rounds` rounds in each of `instances` instances; returns the dir. */
function traced(rounds: number, extra: string[] = [], instances = 1): { dir: string; stderr: string } {
  const dir = tempDir();
  const r = cli(['run', '--nframe', '4', ...extra, '--', 'node', '--no-warnings', APP, String(rounds), String(instances)], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return { dir, stderr: r.stderr };
}

describe('run --peak', () => {
  it('names the large temporary that set the peak, with its exact size, though it was freed before exit', () => {
    const { dir, stderr } = traced(2, ['-o', 'exit.tmsnap', '--peak', 'peak.tmsnap']);
    expect(stderr).toContain('wasm-tracemalloc: wrote peak.tmsnap (peak: ');
    const peak = load(join(dir, 'peak.tmsnap'));
    const [first] = peak.statistics('lineno');
    expect([first!.traceback[0]!.filename, first!.traceback[0]!.lineno, first!.size, first!.count]).toEqual([SRC, 23, 3_000_000, 1]);
    // within 1/128 of the true peak, which the exit snapshot records
    const exit = load(join(dir, 'exit.tmsnap'));
    const truePeak = Number(exit.metadata.get('peak'));
    const atPeak = Number(peak.metadata.get('current'));
    expect(atPeak).toBeLessThanOrEqual(truePeak);
    expect(truePeak - atPeak).toBeLessThanOrEqual(truePeak / 128);
    expect(exit.statistics('lineno').some((s) => s.traceback[0]!.lineno === 23)).toBe(false);
    // the exit snapshot carries the same peak set; top reads the peak file like any snapshot
    expect(exit.peak!.statistics('lineno').map(String)).toEqual(peak.statistics('lineno').map(String));
    const top = cli(['top', join(dir, 'peak.tmsnap'), '--limit', '1']);
    expect(top.stdout.split('\n')[1]).toBe(`${SRC}:23: size=2930 KiB, count=1, average=2930 KiB`);
  });
});

describe('top --by', () => {
  it('temporary: finds the loop that allocates and frees, and nothing that stays', () => {
    const { dir } = traced(3, ['-o', 'exit.tmsnap']);
    const r = cli(['top', join(dir, 'exit.tmsnap'), '--by', 'temporary', '--json']);
    expect(r.code).toBe(0);
    const stats = (JSON.parse(r.stdout) as { statistics: { size: number; count: number; traceback: { filename: string; lineno: number }[] }[] }).statistics;
    const at = (line: number) => stats.find((s) => s.traceback.at(-1)!.lineno === line && s.traceback.at(-1)!.filename === SRC);
    expect(at(32)).toMatchObject({ count: 3000, size: 300_000 });
    expect(at(23)).toMatchObject({ count: 3, size: 9_000_000 });
    expect(at(47)).toBeUndefined();
    expect(at(40)).toBeUndefined();
    const text = cli(['top', join(dir, 'exit.tmsnap'), '--by', 'temporary', '--limit', '2']).stdout;
    expect(text).toBe(
      [
        '[ Top 2 lines by temporary allocations ]',
        `${SRC}:23: size=8789 KiB, count=3, average=2930 KiB`,
        `${SRC}:32: size=293 KiB, count=3000, average=100 B`,
        'Total in temporary allocations: 9082 KiB in 3003 allocations',
        '',
      ].join('\n'),
    );
  });

  it('allocated: every allocation since start, live ones and freed ones', () => {
    const { dir } = traced(2, ['-o', 'exit.tmsnap']);
    const snapshot = load(join(dir, 'exit.tmsnap')).by('allocated');
    const lines = new Map(snapshot.statistics('lineno').filter((s) => s.traceback[0]!.filename === SRC).map((s) => [s.traceback[0]!.lineno, [s.size, s.count]]));
    // 60: getenv("ROUNDS") — wasi-libc's environ, folded into the program's line: "ROUNDS=2\0" and
    // the 2-pointer environ array
    expect(Object.fromEntries(lines)).toEqual({ 23: [6_000_000, 2], 32: [200_000, 2000], 47: [2000, 2], 40: [880, 20], 60: [17, 2] });
  });

  it('refuses --by allocated on a snapshot without totals, in one line', () => {
    const r = cli(['top', join(ROOT, 'test/runtime/snapshot-corpus/release-v1.wtsnap'), '--by', 'allocated']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wasm-tracemalloc: '.*release-v1\.wtsnap' has no totals per traceback .*\n$/);
  });
});

describe('lines', () => {
  it("prints memory_profiler's table for one function, exact, with the bytes under its calls", () => {
    const { dir } = traced(2, ['-o', 'exit.tmsnap']);
    const r = cli(['lines', join(dir, 'exit.tmsnap'), 'churn.c', '--function', 'grow']);
    expect(r.code, r.stderr).toBe(0);
    const source = readFileSync(join(ROOT, SRC), 'utf8').split('\n');
    const row = (n: number, size: string, count: string, under: string) => `${String(n).padStart(6)}  ${size.padStart(6)}  ${count.padStart(5)}  ${under.padStart(11)}   ${source[n - 1]}`.trimEnd();
    expect(r.stdout).toBe(
      [
        `Filename: ${SRC}, function grow`,
        '',
        'Line #    Size  Count  Under calls   Line Contents',
        '==================================================',
        row(46, '', '', ''),
        row(47, '2000 B', '2', ''),
        row(48, '', '', ''),
        row(49, '', '', ''),
        row(50, '', '', '880 B'),
        ...[51, 52, 53, 54, 55].map((n) => row(n, '', '', '')),
        '',
        'Total on these lines: size=2000 B, count=2',
        '',
      ].join('\n'),
    );
  });

  it('says which files a name could mean, and which functions have frames, in one line', () => {
    const { dir } = traced(1, ['-o', 'exit.tmsnap']);
    const none = cli(['lines', join(dir, 'exit.tmsnap'), 'nosuch.c']);
    expect([none.code, none.stderr]).toEqual([2, `wasm-tracemalloc: no frame of '${join(dir, 'exit.tmsnap')}' is in a file named 'nosuch.c' (see \`wasm-tracemalloc top ${join(dir, 'exit.tmsnap')} --key filename\`)\n`]);
    const fn = cli(['lines', join(dir, 'exit.tmsnap'), 'churn.c', '--function', 'nosuch']);
    expect(fn.code).toBe(2);
    expect(fn.stderr).toMatch(/^wasm-tracemalloc: no frame of function 'nosuch' in '.*churn\.c' \(functions with frames there: .*'grow'.*\)\n$/);
  });
});

describe('growth', () => {
  it('names what grew by allocating function, with exact sizes and counts', () => {
    const one = traced(1, ['-o', 'a.tmsnap']);
    const three = traced(3, ['-o', 'b.tmsnap']);
    const r = cli(['growth', join(one.dir, 'a.tmsnap'), join(three.dir, 'b.tmsnap'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const [comparison] = (JSON.parse(r.stdout) as { comparisons: { growth: { name: string; sizeDiff: number; countDiff: number }[] }[] }).comparisons;
    expect(comparison!.growth.map((g) => [g.name, g.sizeDiff, g.countDiff])).toEqual([
      ['grow', 2000, 2],
      ['make_node', 880, 20],
    ]);
    const text = cli(['growth', join(one.dir, 'a.tmsnap'), join(three.dir, 'b.tmsnap')]).stdout;
    expect(text.split('\n').slice(1, 3)).toEqual(['grow              3 (+2)       3000 B (+2000 B)', 'make_node        30 (+20)      1320 B (+880 B)']);
  });
});

describe('run --live', () => {
  it('prints one plain line per second when stderr is not a terminal, and the program runs as usual', () => {
    const dir = tempDir();
    const r = cli(['run', '--live', '--', 'node', '--no-warnings', APP, '1', '4', '700'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => / s current=/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines[0]).toMatch(/^wasm-tracemalloc: \d+\.\d s current=\d+ B peak=2\d\d\d KiB top: test\/cli\/apps\/churn\/churn\.c:47: size=\d+ B, count=\d+, average=1000 B$/);
  });

  it('draws the full-screen view in a terminal (tmux), switches the key on a key press, and restores the screen', async () => {
    const dir = tempDir();
    const socket = `wtm-live-${process.pid}`;
    const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
    const screen = () => tmux('capture-pane', '-p', '-t', 'live').stdout;
    const waitFor = async (test: (s: string) => boolean, what: string) => {
      for (let i = 0; i < 150; i++) {
        const s = screen();
        if (test(s)) return s;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`tmux: no ${what} in:\n${screen()}`);
    };
    const command = `cd '${dir}' && NO_COLOR=1 '${process.execPath}' '${BIN}' run --live -o out.tmsnap -- '${process.execPath}' --no-warnings '${APP}' 1 12 700; echo "exit=$?" > done.txt; sleep 60`;
    expect(tmux('new-session', '-d', '-s', 'live', '-x', '100', '-y', '30', command).status).toBe(0);
    try {
      const first = await waitFor((s) => / current .* peak /.test(s), 'live view');
      expect(first).toContain('wasm-tracemalloc live — ');
      expect(first).toMatch(/[▁▂▃▄▅▆▇█]/);
      expect(first).toContain('k: key (lineno)');
      await waitFor((s) => /\[ Top \d+ lines \]/.test(s) && s.includes(`${SRC}:47`), 'top lines');
      tmux('send-keys', '-t', 'live', 'k');
      const files = await waitFor((s) => /\[ Top \d+ files \]/.test(s), 'files after pressing k');
      expect(files).toContain('k: key (filename)');
      tmux('send-keys', '-t', 'live', 'b');
      await waitFor((s) => s.includes('b: by (allocated)') && /by bytes allocated since tracing started/.test(s), 'the allocated measure after pressing b');
      await waitFor(() => existsSync(join(dir, 'done.txt')), 'exit');
      expect(readFileSync(join(dir, 'done.txt'), 'utf8')).toBe('exit=0\n');
      // the view is gone: the shell's screen is back, with what run prints after the program
      const after = screen();
      expect(after).not.toContain('wasm-tracemalloc live');
      expect(after).toContain('wasm-tracemalloc: wrote out.tmsnap');
      expect(load(join(dir, 'out.tmsnap')).statistics('lineno')[0]!.size).toBe(12 * 1000);
    } finally {
      tmux('kill-server');
    }
  }, 60_000);
});
