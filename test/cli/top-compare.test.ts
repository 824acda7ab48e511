// `top` and `compare` on the C fixture's checkpoint snapshots, in process through main(argv, io);
// colours and a reader that goes away (| head) from the real executable, as users run it.
// Expected text is written by hand from the fixture's manifest (sizes, counts, lines).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Snapshot, type RawTrace } from '../../runtime/index';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, ROOT, runMain, tempDir } from './cli-process';
import { writeCheckpoints } from './fixture-snapshots';

let dir: string;
const F = 'fixtures/c/basic.c';
const text = (lines: string[]) => lines.join('\n') + '\n';

beforeAll(async () => {
  dir = tempDir();
  writeCheckpoints(dir);
});

describe('top', () => {
  it('prints String(Statistic) lines and the total, biggest first', async () => {
    const r = await runMain(['top', 'checkpoint-1.tmsnap'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(text([
      '[ Top 5 lines ]',
      `${F}:67: size=9134 B, count=2, average=4567 B`,
      `${F}:83: size=8901 B, count=1, average=8901 B`,
      `${F}:62: size=7101 B, count=3, average=2367 B`,
      `${F}:58: size=6170 B, count=5, average=1234 B`,
      `${F}:75: size=5678 B, count=1, average=5678 B`,
      'Total allocated size: 36.1 KiB',
    ]));
  });

  it('--limit cuts the list and sums the rest in "N more"', async () => {
    const r = await runMain(['top', 'checkpoint-1.tmsnap', '--limit', '2'], { cwd: dir });
    expect(r.stdout).toBe(text([
      '[ Top 2 lines ]',
      `${F}:67: size=9134 B, count=2, average=4567 B`,
      `${F}:83: size=8901 B, count=1, average=8901 B`,
      '3 more: size=18.5 KiB, count=9',
      'Total allocated size: 36.1 KiB',
    ]));
  });

  it('--key filename groups by file (line 0, as CPython)', async () => {
    const r = await runMain(['top', 'checkpoint-1.tmsnap', '--key', 'filename'], { cwd: dir });
    expect(r.stdout).toBe(text(['[ Top 1 files ]', `${F}:0: size=36.1 KiB, count=12, average=3082 B`, 'Total allocated size: 36.1 KiB']));
  });

  it('--key traceback shows each traceback as a chain: headed by its allocation site, most recent call first, with source lines', async () => {
    const r = await runMain(['top', join(dir, 'checkpoint-3.tmsnap'), '--key=traceback', '--limit=3'], { cwd: ROOT });
    expect(r.stdout).toBe(text([
      '[ Top 3 tracebacks ]',
      `${F}:31: size=13.5 KiB, count=4, average=3456 B`,
      `  File "${F}", line 31`,
      '    char *p = malloc(3456); /* @site leaf */',
      `  File "${F}", line 37`,
      '    char *p = leaf_alloc(seed + 1); /* @frame middle */',
      `  File "${F}", line 43`,
      '    char *p = middle(seed * 3); /* @frame outer */',
      `  File "${F}", line 102`,
      '    for (i = 0; i < 4; i++) kept[24 + i] = outer(i); /* @frame main-outer */',
      `${F}:83: size=8901 B, count=1, average=8901 B`,
      `  File "${F}", line 83`,
      '    r = realloc(r, 8901); /* @site realloc2 */',
      `${F}:31: size=6912 B, count=2, average=3456 B`,
      `  File "${F}", line 31`,
      '    char *p = malloc(3456); /* @site leaf */',
      `  File "${F}", line 37`,
      '    char *p = leaf_alloc(seed + 1); /* @frame middle */',
      `  File "${F}", line 103`,
      '    for (i = 0; i < 2; i++) kept[28 + i] = middle(100 + i); /* @frame main-middle */',
      '3 more: size=12.6 KiB, count=5',
      'Total allocated size: 41.5 KiB',
    ]));
  });

  it('--cumulative counts every frame of a traceback', async () => {
    const r = await runMain(['top', 'checkpoint-3.tmsnap', '--cumulative', '--limit', '4'], { cwd: dir });
    expect(r.stdout).toBe(text([
      '[ Top 4 lines ]',
      `${F}:37: size=20.2 KiB, count=6, average=3456 B`,
      `${F}:31: size=20.2 KiB, count=6, average=3456 B`,
      `${F}:102: size=13.5 KiB, count=4, average=3456 B`,
      `${F}:43: size=13.5 KiB, count=4, average=3456 B`,
      '5 more: size=28.0 KiB, count=8',
      'Total allocated size: 41.5 KiB',
    ]));
  });

  it('--include PAT:LINE, --exclude and --domain filter as tracemalloc.Filter does', async () => {
    expect((await runMain(['top', 'checkpoint-3.tmsnap', '--include', '*/basic.c:31'], { cwd: dir })).stdout).toBe(
      text(['[ Top 1 lines ]', `${F}:31: size=20.2 KiB, count=6, average=3456 B`, 'Total allocated size: 20.2 KiB']),
    );
    expect((await runMain(['top', 'checkpoint-3.tmsnap', '--exclude', '*.c'], { cwd: dir })).stdout).toBe(text(['[ Top 0 lines ]', 'Total allocated size: 0 B']));
    expect((await runMain(['top', 'checkpoint-3.tmsnap', '--domain', '2'], { cwd: dir })).stdout).toBe(text(['[ Top 0 lines ]', 'Total allocated size: 0 B']));
    const both = await runMain(['top', 'checkpoint-1.tmsnap', '--include', '*:58', '--include', '*:62', '--exclude', '*:62', '--domain', '1'], { cwd: dir });
    expect(both.stdout).toBe(text(['[ Top 1 lines ]', `${F}:58: size=6170 B, count=5, average=1234 B`, 'Total allocated size: 6170 B']));
  });

  it('--json gives the numbers, the frames and the exact line', async () => {
    const r = await runMain(['top', 'checkpoint-3.tmsnap', '--json', '--limit', '1', '--key', 'traceback'], { cwd: dir });
    const data = JSON.parse(r.stdout);
    expect(data.key).toBe('traceback');
    expect(data.statistics).toEqual([{
      size: 13824, count: 4, text: `${F}:102: size=13.5 KiB, count=4, average=3456 B`,
      traceback: [102, 43, 37, 31].map((lineno) => ({ filename: F, lineno })),
    }]);
    expect(data.more).toEqual({ number: 5, size: 42517 - 13824, count: 8 });
    expect(data.total).toEqual({ size: 42517, count: 12 });
  });

  it('colours only when asked (FORCE_COLOR) and never with NO_COLOR', () => {
    const coloured = cli(['top', 'checkpoint-4.tmsnap'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\x1b[36mfixtures/c/basic.c:49\x1b[0m: size=4321 B');
    const plain = cli(['top', 'checkpoint-4.tmsnap'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\x1b[');
  });

  it('stops quietly when the reader of its output goes away (| head)', () => {
    // 20,000 lines of output: far more than a pipe holds, so the writes after `head` exits fail
    const raw = Array.from({ length: 20000 }, (_, i) => [1, 100 + i, [[`src/f${i % 97}.c`, i + 1]], 1] as RawTrace);
    writeFileSync(join(dir, 'many.tmsnap'), new Snapshot(raw, 1).serialize());
    const r = spawnSync('sh', ['-c', `node ${BIN} top many.tmsnap --limit 0 | head -1`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stdout.split('\n')[0]).toBe('[ Top 20000 lines ]');
    expect(r.stderr).toBe('');
  });
});

describe('compare', () => {
  it('prints String(StatisticDiff) lines, biggest change first, and the total change', async () => {
    const r = await runMain(['compare', 'checkpoint-1.tmsnap', 'checkpoint-2.tmsnap'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(text([
      '[ Top 5 differences ]',
      `${F}:67: size=0 B (-9134 B), count=0 (-2)`,
      `${F}:58: size=2468 B (-3702 B), count=2 (-3), average=1234 B`,
      `${F}:62: size=4734 B (-2367 B), count=2 (-1), average=2367 B`,
      `${F}:83: size=8901 B (+0 B), count=1 (+0), average=8901 B`,
      `${F}:75: size=5678 B (+0 B), count=1 (+0), average=5678 B`,
      'Total allocated size: 21.3 KiB (-14.8 KiB)',
    ]));
  });

  it('compares each snapshot with the previous one, or with the first (--first)', async () => {
    const r = await runMain(['compare', 'checkpoint-1.tmsnap', 'checkpoint-2.tmsnap', 'checkpoint-3.tmsnap', '--limit', '1'], { cwd: dir });
    expect(r.stdout).toBe(text([
      '[ Top 1 differences: checkpoint-2.tmsnap vs checkpoint-1.tmsnap ]',
      `${F}:67: size=0 B (-9134 B), count=0 (-2)`,
      '4 more: size=21.3 KiB (-6069 B), count=6 (-4)',
      'Total allocated size: 21.3 KiB (-14.8 KiB)',
      '',
      '[ Top 1 differences: checkpoint-3.tmsnap vs checkpoint-2.tmsnap ]',
      `${F}:31: size=20.2 KiB (+20.2 KiB), count=6 (+6), average=3456 B`,
      '4 more: size=21.3 KiB (+0 B), count=6 (+0)',
      'Total allocated size: 41.5 KiB (+20.2 KiB)',
    ]));
    const first = await runMain(['compare', 'checkpoint-1.tmsnap', 'checkpoint-2.tmsnap', 'checkpoint-3.tmsnap', '--first', '--limit', '2'], { cwd: dir });
    expect(first.stdout.split('\n').slice(6, 9)).toEqual([
      '[ Top 2 differences: checkpoint-3.tmsnap vs checkpoint-1.tmsnap ]',
      `${F}:31: size=20.2 KiB (+20.2 KiB), count=6 (+6), average=3456 B`,
      `${F}:67: size=0 B (-9134 B), count=0 (-2)`,
    ]);
  });

  it('--key traceback and --json', async () => {
    const r = await runMain(['compare', 'checkpoint-2.tmsnap', 'checkpoint-3.tmsnap', '--key', 'traceback', '--json'], { cwd: dir });
    const data = JSON.parse(r.stdout);
    expect(data.comparisons).toHaveLength(1);
    const [c] = data.comparisons;
    expect([c.old, c.new]).toEqual(['checkpoint-2.tmsnap', 'checkpoint-3.tmsnap']);
    expect(c.statistics.slice(0, 2).map((s: { text: string }) => s.text)).toEqual([
      `${F}:102: size=13.5 KiB (+13.5 KiB), count=4 (+4), average=3456 B`,
      `${F}:103: size=6912 B (+6912 B), count=2 (+2), average=3456 B`,
    ]);
    expect(c.total).toEqual({ size: 42517, sizeDiff: 20736, count: 12, countDiff: 6 });
  });
});
