// `stats` and `tree` against an oracle that does not use our code: apps/oracle/sizes.c (clang -O2,
// wasi-libc's dlmalloc) keeps its own books of every malloc/calloc/realloc/free it makes — counts
// and bytes, temporaries, its live set by log2 size class, its peak, per allocation site — and
// prints them at exit. Its traced snapshot's `stats` must say exactly that; `tree`'s sums must be
// exactly those of `top --key traceback` (every traceback under a node, nothing else).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, runMain, tempDir } from './cli-process';
import { formatSize } from '../../runtime/index';

const APP = join(ROOT, 'test', 'cli', 'apps', 'oracle', 'sizes.mjs');
const SRC = 'test/cli/apps/oracle/sizes.c';

interface Books { count: number; bytes: number }
interface Oracle {
  allocations: Books;
  temporary: Books;
  live: { blocks: number; bytes: number };
  peak: number;
  classes: { class: number; count: number; bytes: number }[];
  allClasses: { class: number; count: number; bytes: number }[];
  sites: Record<string, Books & { temporaryCount: number; temporaryBytes: number }>;
}
interface Frame { filename: string; lineno: number }
interface TreeNode extends Frame { size: number; count: number; selfSize: number; selfCount: number; children: TreeNode[] }
interface TopStat { size: number; count: number; traceback: Frame[] }

/** The line of each `@site` marker in sizes.c: where each site's allocation is. */
const SITE_LINE: Record<string, number> = Object.fromEntries(
  readFileSync(join(ROOT, SRC), 'utf8').split('\n').flatMap((text, i) => [...text.matchAll(/@(\w+) \*\//g)].map((m) => [m[1]!, i + 1])),
);

let dir: string;
let oracle: Oracle;
const json = <T>(args: string[]): T => {
  const r = cli(args, { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
};

beforeAll(() => {
  dir = tempDir();
  // without JS frames (run's default): the tree's first level is then the C program's own
  // functions, not the one JS line that calls its main
  const r = cli(['run', '--nframe', '8', '--no-js-frames', '-o', 'exit.tmsnap', '--peak', 'peak.tmsnap', '--', 'node', '--no-warnings', APP], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  oracle = JSON.parse(r.stdout) as Oracle;
}, 120_000);

describe('stats', () => {
  it("equals the program's own books: allocations, temporaries, live set, peak, sizes, sites", () => {
    expect(Object.keys(SITE_LINE).sort()).toEqual(Object.keys(oracle.sites).sort());
    const s = json<{
      allocated: Books; temporary: Books; live: { blocks: number; bytes: number }; peakBytes: number;
      liveHistogram: { low: number; high: number; count: number; bytes: number }[];
      allocationHistogram: { low: number; high: number; count: number; bytes: number }[];
      topOf: string; topBySize: (Frame & Books)[]; topByCount: (Frame & Books)[];
      modules: { traced: string[]; untraced: unknown[] };
    }>(['stats', 'exit.tmsnap', '--json']);
    expect(s.allocated).toEqual(oracle.allocations);
    expect(s.temporary).toEqual(oracle.temporary);
    expect(s.live).toEqual(oracle.live);
    expect(s.peakBytes).toBe(oracle.peak);
    // the oracle's classes are bit lengths counted by shifting; empty buckets between them read 0
    const nonEmpty = s.liveHistogram.filter((b) => b.count > 0);
    expect(nonEmpty.map((b) => ({ class: b.low === 0 ? 0 : Math.log2(b.low) + 1, count: b.count, bytes: b.bytes }))).toEqual(oracle.classes);
    for (const b of s.liveHistogram) expect(b.high).toBe(b.low === 0 ? 0 : 2 * b.low - 1);
    // every allocation since start, counted by the tracer core per size class
    const all = s.allocationHistogram.filter((b) => b.count > 0);
    expect(all.map((b) => ({ class: b.low === 0 ? 0 : Math.log2(b.low) + 1, count: b.count, bytes: b.bytes }))).toEqual(oracle.allClasses);
    // every site, by bytes and by allocations, at its marker line
    expect(s.topOf).toBe('allocated');
    const expected = Object.entries(oracle.sites).map(([site, b]) => ({ filename: SRC, lineno: SITE_LINE[site], count: b.count, bytes: b.bytes }));
    const pick = (l: Frame & Books) => ({ filename: l.filename, lineno: l.lineno, count: l.count, bytes: l.bytes });
    expect(s.topBySize.map(pick)).toEqual([...expected].sort((a, b) => b.bytes - a.bytes));
    expect(s.topByCount.map(pick)).toEqual([...expected].sort((a, b) => b.count - a.count));
    expect(s.modules).toEqual({ traced: [APP.replace(/\.mjs$/, '.wasm')], untraced: [] });
  });

  it('temporaries per site equal the books (top --by temporary)', () => {
    const top = json<{ statistics: TopStat[] }>(['top', 'exit.tmsnap', '--by', 'temporary', '--json', '--limit', '0']);
    const got = Object.fromEntries(top.statistics.map((s) => [s.traceback.at(-1)!.lineno, [s.count, s.size]]));
    const want = Object.fromEntries(Object.entries(oracle.sites).filter(([, b]) => b.temporaryCount > 0).map(([site, b]) => [SITE_LINE[site], [b.temporaryCount, b.temporaryBytes]]));
    expect(got).toEqual(want);
  });

  it('prints them as text, and the peak set with --peak (no histogram: its rows sum blocks)', () => {
    const text = cli(['stats', 'exit.tmsnap'], { cwd: dir }).stdout;
    expect(text).toContain(`Allocations since tracing started: ${oracle.allocations.count} (`);
    expect(text).toContain(`Temporary allocations (freed before the next one): ${oracle.temporary.count} (`);
    expect(text).toContain(`Live: ${oracle.live.blocks} blocks, `);
    expect(text).toContain(`Sizes of the ${oracle.live.blocks} live blocks (log2 classes, from – up to: blocks, their bytes):`);
    expect(text).toMatch(new RegExp(`^  ${SRC}:${SITE_LINE.large} \\(make_large\\): .* in ${oracle.sites.large!.count} allocations$`, 'm'));
    const peak = json<{ kind: string; live: { bytes: number }; liveHistogram: unknown }>(['stats', 'exit.tmsnap', '--peak', '--json']);
    expect(peak.kind).toBe('peak');
    expect(peak.liveHistogram).toBeNull();
    expect(oracle.peak - peak.live.bytes).toBeGreaterThanOrEqual(0);
    expect(oracle.peak - peak.live.bytes).toBeLessThanOrEqual(oracle.peak / 128);
    expect(json<{ live: unknown }>(['stats', 'peak.tmsnap', '--json']).live).toEqual(peak.live);
  });
});

describe('export --format json', () => {
  it('carries the totals, the peak set and the size classes: stats and tree read the same from it', () => {
    const r = cli(['export', 'exit.tmsnap', '--format', 'json', '-o', 'exit.json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    for (const args of [['stats', '--json'], ['stats', '--peak', '--json'], ['tree', '--by', 'temporary', '--json'], ['tree', '--peak', '--json']]) {
      const [command, ...rest] = args;
      const from = (file: string) => json<Record<string, unknown>>([command!, file, ...rest]);
      const { snapshot: _a, ...a } = from('exit.tmsnap');
      const { snapshot: _b, ...b } = from('exit.json');
      // the modules traced come from the snapshot's metadata, which the export keeps as well
      expect(b, args.join(' ')).toEqual(a);
    }
  });
});

/** Every node's sums against the tracebacks whose frames (oldest first) start with its path. */
function checkTree(nodes: TreeNode[], stats: TopStat[], path: Frame[] = []): number {
  let checked = 0;
  for (const node of nodes) {
    const at = [...path, { filename: node.filename, lineno: node.lineno }];
    const under = stats.filter((s) => at.every((f, i) => s.traceback[i]?.filename === f.filename && s.traceback[i]?.lineno === f.lineno));
    const ending = under.filter((s) => s.traceback.length === at.length);
    expect([node.size, node.count, node.selfSize, node.selfCount], at.map((f) => `${f.filename}:${f.lineno}`).join(' > ')).toEqual([
      under.reduce((a, s) => a + s.size, 0),
      under.reduce((a, s) => a + s.count, 0),
      ending.reduce((a, s) => a + s.size, 0),
      ending.reduce((a, s) => a + s.count, 0),
    ]);
    const sizes = node.children.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    checked += 1 + checkTree(node.children, stats, at);
  }
  return checked;
}

describe('tree', () => {
  for (const by of ['live', 'allocated', 'temporary']) {
    it(`${by}: each node sums exactly the tracebacks of top --key traceback under it`, () => {
      const tree = json<{ size: number; count: number; truncated: boolean; children: TreeNode[] }>(['tree', 'exit.tmsnap', '--by', by, '--json']);
      // sizes.c's deepest path has 5 frames from main, below --nframe 8: nothing was cut (the
      // tracebacks' total_nframe also counts the libc frames folded above main)
      expect(tree.truncated).toBe(false);
      const top = json<{ statistics: TopStat[]; total: { size: number; count: number } }>(['top', 'exit.tmsnap', '--key', 'traceback', '--by', by, '--limit', '0', '--json']);
      expect({ size: tree.size, count: tree.count }).toEqual(top.total);
      expect(tree.children.reduce((a, n) => a + n.size, 0)).toBe(top.total.size);
      // the oracle's own totals, through the tree's root
      if (by === 'allocated') expect({ count: tree.count, bytes: tree.size }).toEqual(oracle.allocations);
      if (by === 'live') expect({ blocks: tree.count, bytes: tree.size }).toEqual(oracle.live);
      expect(checkTree(tree.children, top.statistics)).toBeGreaterThan(top.statistics.length);
    });
  }

  it('the peak: a peak file and --peak on the exit snapshot give the same tree', () => {
    const a = json<{ size: number; children: TreeNode[] }>(['tree', 'peak.tmsnap', '--json']);
    const b = json<{ size: number; children: TreeNode[] }>(['tree', 'exit.tmsnap', '--peak', '--json']);
    expect(b.children).toEqual(a.children);
    const top = json<{ statistics: TopStat[] }>(['top', 'peak.tmsnap', '--key', 'traceback', '--limit', '0', '--json']);
    checkTree(a.children, top.statistics);
    const text = cli(['tree', 'exit.tmsnap', '--peak'], { cwd: dir }).stdout;
    expect(text.split('\n')[0]).toMatch(/^\[ Call tree of live memory at the peak: .* in \d+ blocks \]$/);
  });

  it('prints biggest first, folds the small branches into one line whose sums are theirs, fits --width', () => {
    const full = json<{ size: number; count: number; children: TreeNode[] }>(['tree', 'exit.tmsnap', '--by', 'allocated', '--json']);
    const r = cli(['tree', 'exit.tmsnap', '--by', 'allocated', '--threshold', '5', '--width', '0'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`[ Call tree of bytes allocated since tracing started: ${formatted(full.size)} in ${full.count} allocations ]`);
    // the first-level lines: the branches at >= 5 %, then one line for the rest
    const top = lines.filter((l) => /^[├└]── /.test(l));
    const big = full.children.filter((n) => (n.size / full.size) * 100 >= 5);
    const small = full.children.slice(big.length);
    expect(top.slice(0, big.length).map((l) => l.replace(/^[├└]── /, '').replace(/, [\d.]+ %.*$/, ''))).toEqual(big.map((n) => `${formatted(n.size)}, ${n.count} allocation${n.count === 1 ? '' : 's'}`));
    expect(small.length).toBeGreaterThan(0);
    {
      expect(top.at(-1)).toMatch(new RegExp(`^└── ${escape(formatted(small.reduce((a, n) => a + n.size, 0)))}, ${small.reduce((a, n) => a + n.count, 0)} allocations?, [\\d.]+ %  ${small.length} smaller branch(es)? \\(below 5 % each\\)$`));
    }
    for (const line of lines) expect(line).not.toMatch(/\x1b/);
    const narrow = cli(['tree', 'exit.tmsnap', '--width', '40'], { cwd: dir }).stdout.trimEnd().split('\n');
    expect(Math.max(...narrow.map((l) => [...l].length))).toBe(40);
    expect(narrow.some((l) => l.endsWith('…'))).toBe(true);
  });
});

const formatted = (n: number) => formatSize(n, false);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('bad input: one line, what was expected, exit 2', () => {
  const bad = async (args: string[], message: RegExp) => {
    const r = await runMain(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n')).toHaveLength(2);
  };
  it('names the file, the option and the value', async () => {
    await bad(['stats', 'nope.tmsnap'], /^wasm-tracemalloc: no such snapshot: 'nope.tmsnap'\n$/);
    await bad(['stats', APP], /^wasm-tracemalloc: '.*sizes\.mjs' is not a valid snapshot: .*wrong magic/);
    await bad(['stats', 'peak.tmsnap', '--peak'], /^wasm-tracemalloc: 'peak.tmsnap' carries no peak set .*'--peak' needs one written by `run -o`/);
    await bad(['tree', 'exit.tmsnap', '--threshold', '150'], /'--threshold' is a share of the total in percent, from 0 to 100, got '150'/);
    await bad(['tree', 'exit.tmsnap', '--peak', '--by', 'allocated'], /'--peak' and '--by allocated' cannot be used together/);
    await bad(['tree', join(ROOT, 'test/runtime/snapshot-corpus/release-v1.wtsnap'), '--by', 'temporary'], /has no totals per traceback/);
    await bad(['tree'], /SNAPSHOT/);
  });
  it('a snapshot without totals still has stats: what it lacks is said', async () => {
    const r = await runMain(['stats', join(ROOT, 'test/runtime/snapshot-corpus/release-v1.wtsnap')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Allocations since tracing started: not recorded (an older snapshot or JSON export, or native memory only)');
  });
});
