// The HTML report, end to end in headless Chromium: it renders with no console error and no
// network request, shows the expected frames and exact statistic lines, zooms on click, searches,
// shows the diff in colour and the timeline. Keeps a screenshot in test-results/report/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Snapshot, type RawTrace } from '../../runtime/index';
import { buildReportData, renderReport } from '../../report/html';
import { chromiumPath } from '../browser/chromium';

const F = 'fixtures/c/basic.c';
const t = (size: number, frames: [string, number, number?, string?][], n = 1): RawTrace[] =>
  Array.from({ length: n }, () => [1, size, frames, frames.length] as unknown as RawTrace);
const viaOuter: [string, number, number, string][] = [[F, 31, 13, 'leaf_alloc'], [F, 37, 13, 'middle'], [F, 43, 13, 'outer'], [F, 102, 33, 'main']];
const viaMiddle: [string, number, number, string][] = [[F, 31, 13, 'leaf_alloc'], [F, 37, 13, 'middle'], [F, 103, 33, 'main']];
const common = [...t(1234, [[F, 58, 15, 'main']], 2), ...t(2367, [[F, 62, 17, 'main']], 2), ...t(5678, [[F, 75, 16, 'main']]), ...t(8901, [[F, 83, 9, 'main']])];
// checkpoints 2 and 3 of the C fixture: phase 3 adds the leaf line through two call chains
const checkpoint2 = new Snapshot([...common, ...t(4567, [[F, 67, 9, 'main']])], 4);
const checkpoint3 = new Snapshot([...common, ...t(3456, viaOuter, 4), ...t(3456, viaMiddle, 2)], 4);
const timeline: [number, number, number][] = [[0, 0, 0], [0.5, 36984, 52563], [1, 21781, 52563], [1.5, 42517, 52563], [2, 4321, 52563]];

const outDir = resolve('test-results/report');
let browser: Browser;
let page: Page;
const errors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'report.html');
  writeFileSync(file, renderReport(checkpoint3, { title: 'checkpoint-3.tmsnap', old: checkpoint2, oldTitle: 'checkpoint-2.tmsnap', timeline }));
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  await page.goto('file://' + file);
  await page.waitForSelector('#flame .cell');
});

afterAll(async () => {
  await browser?.close();
});

describe('HTML report in Chromium', () => {
  it('renders without console errors or network requests', async () => {
    await page.screenshot({ path: join(outDir, 'report.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('draws the call chains as flame graph frames, outermost caller on top', async () => {
    const labels = await page.$$eval('#flame .cell', (cells) => cells.map((c) => c.textContent));
    for (const frame of ['main fixtures/c/basic.c:102', 'outer fixtures/c/basic.c:43', 'middle fixtures/c/basic.c:37', 'leaf_alloc fixtures/c/basic.c:31', 'main fixtures/c/basic.c:103']) {
      expect(labels).toContain(frame);
    }
    const top = (label: string) => page.$eval(`#flame .cell >> text="${label}"`, (c) => (c as HTMLElement).offsetTop);
    expect(await top('main fixtures/c/basic.c:102')).toBeLessThan(await top('outer fixtures/c/basic.c:43'));
    expect(await top('outer fixtures/c/basic.c:43')).toBeLessThan(await top('middle fixtures/c/basic.c:37'));
  });

  it('lists the exact statistic lines in the top tables', async () => {
    const titles = await page.$$eval('#top-lines tr.row', (rows) => rows.map((r) => r.getAttribute('title')));
    expect(titles).toEqual(checkpoint3.statistics('lineno').slice(0, 25).map(String));
    expect(titles[0]).toBe('fixtures/c/basic.c:31: size=20.2 KiB, count=6, average=3456 B');
    const files = await page.$$eval('#top-files tr.row', (rows) => rows.map((r) => r.getAttribute('title')));
    expect(files).toEqual([checkpoint3.statistics('filename')[0]!.toString()]);
  });

  it('shows growth in red and shrink in green in the diff view', async () => {
    const rows = await page.$$eval('#diff tr.row', (trs) => trs.map((r) => ({ title: r.getAttribute('title'), cls: r.children[3]!.className })));
    const grow = rows.find((r) => r.title!.startsWith('fixtures/c/basic.c:31:'))!;
    const shrink = rows.find((r) => r.title!.startsWith('fixtures/c/basic.c:67:'))!;
    expect(grow.title).toBe('fixtures/c/basic.c:31: size=20.2 KiB (+20.2 KiB), count=6 (+6), average=3456 B');
    expect(grow.cls).toContain('grow');
    expect(shrink.title).toBe('fixtures/c/basic.c:67: size=0 B (-4567 B), count=0 (-1)');
    expect(shrink.cls).toContain('shrink');
    const colour = await page.$eval('#diff tr.row td.grow', (td) => getComputedStyle(td).color);
    expect(colour).toMatch(/rgb\(2\d\d, \d{1,2}, \d+\)/); // a red
  });

  it('zooms on click: the frame takes the full width and the breadcrumbs follow', async () => {
    const full = await page.$eval('#flame', (f) => f.clientWidth);
    const before = await page.$eval('#flame .cell >> text="outer fixtures/c/basic.c:43"', (c) => (c as HTMLElement).offsetWidth);
    expect(before).toBeLessThan(full * 0.8);
    await page.click('#flame .cell >> text="outer fixtures/c/basic.c:43"');
    const after = await page.$eval('#flame .cell >> text="outer fixtures/c/basic.c:43"', (c) => (c as HTMLElement).offsetWidth);
    expect(after).toBeGreaterThan(full * 0.95);
    expect(await page.textContent('#crumbs')).toContain('outer fixtures/c/basic.c:43');
    // the other chain is out of view now
    expect(await page.$$eval('#flame .cell', (cells) => cells.map((c) => c.textContent))).not.toContain('main fixtures/c/basic.c:103');
    await page.screenshot({ path: join(outDir, 'report-zoomed.png') });
    await page.keyboard.press('Escape');
    expect(await page.$$eval('#flame .cell', (cells) => cells.map((c) => c.textContent))).toContain('main fixtures/c/basic.c:103');
    await page.click('#flame .cell >> text="outer fixtures/c/basic.c:43"');
    await page.click('#reset');
    expect(await page.$$eval('#flame .cell', (cells) => cells.map((c) => c.textContent))).toContain('main fixtures/c/basic.c:103');
  });

  it('searches frames and says how much memory matches', async () => {
    await page.fill('#search', 'leaf_alloc');
    const matched = await page.$$eval('#flame .cell.match', (cells) => cells.map((c) => c.textContent));
    expect(matched).toEqual(['leaf_alloc fixtures/c/basic.c:31', 'leaf_alloc fixtures/c/basic.c:31']);
    expect(await page.textContent('#match-info')).toContain('matched 20.2 KiB');
    await page.fill('#search', 'basic\\.c:(37|43)$');
    expect(await page.$$eval('#flame .cell.match', (cells) => cells.map((c) => c.textContent))).toEqual(['outer fixtures/c/basic.c:43', 'middle fixtures/c/basic.c:37', 'middle fixtures/c/basic.c:37']);
    await page.fill('#search', '');
    expect(await page.$$eval('#flame .cell.match', (c) => c.length)).toBe(0);
  });

  it('lists the biggest tracebacks, most recent call first; a click on a frame finds it', async () => {
    const first = await page.$$eval('#tracebacks details', (ds) => ds.map((d) => ({ open: (d as HTMLDetailsElement).open, summary: d.querySelector('summary')!.textContent })));
    expect(first[0]).toEqual({ open: true, summary: '#1leaf_alloc fixtures/c/basic.c:3113.5 KiB in 4 blocks' });
    expect(first).toHaveLength(checkpoint3.statistics('traceback').length);
    const frames = await page.$$eval('#tracebacks details:first-child li', (lis) => lis.map((l) => l.textContent));
    expect(frames).toEqual(['leaf_alloc fixtures/c/basic.c:31', 'middle fixtures/c/basic.c:37', 'outer fixtures/c/basic.c:43', 'main fixtures/c/basic.c:102']);
    await page.click('#tracebacks details:first-child li >> nth=1');
    expect(await page.inputValue('#search')).toBe('fixtures/c/basic\\.c:37$');
    expect(await page.$$eval('#flame .cell.match', (c) => c.length)).toBe(2);
    await page.fill('#search', '');
  });

  it('draws memory over time from the timeline', async () => {
    const points = await page.$$eval('#timeline polyline', (ls) => ls.map((l) => l.getAttribute('points')!.split(' ').length));
    expect(points).toEqual([5, 5]);
  });
});

describe('report data', () => {
  it('the tree holds every byte, and the old snapshot for the diff', () => {
    const data = buildReportData(checkpoint3, { old: checkpoint2 });
    const [, , size, count, oldSize, oldCount] = data.tree;
    expect([size, count]).toEqual([2 * 1234 + 2 * 2367 + 5678 + 8901 + 6 * 3456, 12]);
    expect([oldSize, oldCount]).toEqual([2 * 1234 + 2 * 2367 + 5678 + 8901 + 4567, 7]);
    expect(data.summary.sizeText).toBe('41.5 KiB');
  });
  it('inlined JSON cannot close the script element', () => {
    const evil = new Snapshot([[1, 10, [['</script><script>alert(1)</script>', 1]], 1]], 1);
    const html = renderReport(evil);
    expect(html.match(/<\/script>/g)!.length).toBe(2);
  });
});
