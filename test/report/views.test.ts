// The report's views on a real run (test/cli/apps/churn, two wasm instances, a snapshot every
// 0.4 s), in headless Chromium: it opens on the peak, switches to allocated / temporary, inverts
// the flame graph, filters a domain, shows source lines and the annotated source, diffs the two
// ends of a time range, and stays readable at 480 px — with no console error. The page's numbers
// are checked against the model's own statistics (String(Statistic), String(StatisticDiff)).
// Screenshots: test-results/report/views-*.png.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainFilter, Snapshot, type RawTrace } from '../../runtime/index';
import { renderReport } from '../../report/html';
import { cli, ROOT, tempDir } from '../cli/cli-process';
import { chromiumPath } from '../browser/chromium';

const APP = join(ROOT, 'test', 'cli', 'apps', 'churn', 'churn.mjs');
const SRC = 'test/cli/apps/churn/churn.c';
const outDir = resolve('test-results/report');
let browser: Browser;
let dir: string;
let series: string[];
const load = (path: string) => Snapshot.deserialize(readFileSync(path));

async function open(file: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('file://' + file);
  await page.waitForSelector('#flame .cell');
  return { page, errors };
}

const stats = (page: Page, id: string) => page.$$eval(`#${id} tr.row`, (rows) => rows.map((r) => r.getAttribute('data-stat')));

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  dir = tempDir();
  // 2 instances (domains 1 and 2), 2 rounds each, 0.9 s apart: a series of snapshots in between
  const r = cli(['run', '--nframe', '4', '--snapshot-every', '0.4', '-o', join(dir, 'snap-$counter.tmsnap'), '--', 'node', '--no-warnings', APP, '2', '2', '900']);
  expect(r.code, r.stderr).toBe(0);
  series = readdirSync(dir).filter((f) => f.endsWith('.tmsnap')).sort().map((f) => join(dir, f));
  expect(series.length).toBeGreaterThanOrEqual(3);
  // from the repository root, so the report finds the source text (the paths are relative)
  const rep = cli(['report', ...series, '-o', join(dir, 'views.html')]);
  expect(rep.code, rep.stderr).toBe(0);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe('report views in Chromium', () => {
  it('opens on the peak: the large temporary, with its source line in the table', async () => {
    const { page, errors } = await open(join(dir, 'views.html'));
    expect(await page.getAttribute('#views .tab.active', 'data-view')).toBe('peak');
    const last = load(series.at(-1)!);
    expect(await stats(page, 'top-lines')).toEqual(last.peak!.statistics('lineno').slice(0, 25).map(String));
    expect((await stats(page, 'top-lines'))[0]).toMatch(new RegExp(`^${SRC}:23: size=2930 KiB, count=1`));
    expect(await page.textContent('#top-lines tr.row .src')).toBe('char *t = malloc(3000000); /* @temporary */');
    expect(await page.$$eval('.card .k', (ks) => ks.map((k) => k.textContent))).not.toContain('Peak (timeline)');
    await page.screenshot({ path: join(outDir, 'views-peak.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches to allocated and temporary, and inverts the flame graph (allocation sites on top)', async () => {
    const { page, errors } = await open(join(dir, 'views.html'));
    const last = load(series.at(-1)!);
    await page.click('#views .tab[data-view="allocated"]');
    expect(await stats(page, 'top-lines')).toEqual(last.by('allocated').statistics('lineno').slice(0, 25).map(String));
    await page.click('#views .tab[data-view="temporary"]');
    expect(await stats(page, 'top-lines')).toEqual(last.by('temporary').statistics('lineno').slice(0, 25).map(String));
    await page.click('#invert');
    // bottom-up: the first row under "all" are allocation sites (two domains: under the domain row)
    const secondRow = await page.$$eval('#flame .cell', (cells) => cells.filter((c) => (c as HTMLElement).style.top === '40px').map((c) => c.textContent));
    expect(secondRow).toContain(`big_temporary ${SRC}:23`);
    expect(secondRow).toContain(`churn ${SRC}:32`);
    await page.screenshot({ path: join(outDir, 'views-temporary-inverted.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters one domain: the tables are that domain\'s statistics exactly', async () => {
    const { page, errors } = await open(join(dir, 'views.html'));
    await page.click('#views .tab[data-view="live"]');
    await page.selectOption('#domain', '2');
    const last = load(series.at(-1)!).filterTraces([new DomainFilter(true, 2)]);
    expect(await stats(page, 'top-lines')).toEqual(last.statistics('lineno').map(String));
    expect(await stats(page, 'top-files')).toEqual(last.statistics('filename').map(String));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the annotated source: bytes on each line and under its calls', async () => {
    const { page, errors } = await open(join(dir, 'views.html'));
    await page.click('#views .tab[data-view="live"]');
    await page.selectOption('#source-file', { label: SRC });
    const row = (line: number) => page.$$eval(`#sources tbody tr`, (trs, l) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent)).find((cells) => cells[0] === String(l)), line);
    const last = load(series.at(-1)!);
    const on47 = last.statistics('lineno').find((s) => s.traceback[0]!.lineno === 47)!;
    expect(await row(47)).toEqual(['47', `${on47.size} B`, String(on47.count), '', '  char *extra = malloc(1000); /* @extra */']);
    const under50 = last.statistics('lineno', true).find((s) => s.traceback[0]!.lineno === 50)!;
    expect((await row(50))!.slice(1, 4)).toEqual(['', '', `${under50.size} B`]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selects a time range on the chart and diffs the snapshots at its two ends', async () => {
    const { page, errors } = await open(join(dir, 'views.html'));
    const samples = await page.$$eval('#timeline circle.sample', (cs) => cs.map((c) => Number(c.getAttribute('cx'))));
    expect(samples.length).toBeGreaterThanOrEqual(series.length);
    const box = (await page.$('#timeline svg'))!.boundingBox();
    const b = (await box)!;
    // from the left edge of the plot to the right edge: the first and the last snapshot
    await page.mouse.move(b.x + b.width * 0.05, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width * 0.99, b.y + b.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForSelector('#range-diff tr.row');
    const want = load(series.at(-1)!).compareTo(load(series[0]!), 'lineno').filter((d) => d.sizeDiff !== 0 || d.countDiff !== 0);
    const got = await stats(page, 'range-diff');
    expect(new Set(got)).toEqual(new Set(want.map(String)));
    await page.screenshot({ path: join(outDir, 'views-range.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is readable at 480 px: nothing wider than the screen', async () => {
    const { page, errors } = await open(join(dir, 'views.html'), 480);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480);
    await page.screenshot({ path: join(outDir, 'views-480.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('groups by function, not a copy of the lines, when frames have names but no lines', async () => {
    const t = (size: number, file: string, fn: string): RawTrace => [1, size, [[file, 0, 0, fn]], 1] as unknown as RawTrace;
    const names = new Snapshot([t(100, 'parse+0x1a', 'parse'), t(200, 'parse+0x3c', 'parse'), t(50, 'emit+0x10', 'emit')], 1);
    const file = join(dir, 'names.html');
    writeFileSync(file, renderReport(names));
    const { page, errors } = await open(file);
    expect(await page.textContent('#top-files h2')).toContain('Top functions');
    expect(await stats(page, 'top-files')).toEqual(['parse: size=300 B, count=2', 'emit: size=50 B, count=1']);
    expect((await stats(page, 'top-lines')).length).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });
});
