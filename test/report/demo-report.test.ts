// The report `wasm-tracemalloc demo` writes, from a real traced module, opened in Chromium: no
// console error, the fixture's real frames (function file:line) in the flame graph, the diff and
// the timeline; a click zooms. Screenshot kept in test-results/report/demo-report.png.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { chromiumPath } from '../browser/chromium';
import { cli, tempDir } from '../cli/cli-process';


it('demo writes a report that renders the real frames in Chromium', async () => {
  const dir = tempDir();
  const r = cli(['demo', '-o', 'report.html'], { cwd: dir });
  expect(r.code).toBe(0);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('file://' + join(dir, 'report.html'));
    await page.waitForSelector('#flame .cell');
    const labels = await page.$$eval('#flame .cell', (cells) => cells.map((c) => c.textContent));
    for (const frame of ['main fixtures/c/basic.c:102', 'outer fixtures/c/basic.c:43', 'middle fixtures/c/basic.c:37', 'leaf_alloc fixtures/c/basic.c:31', 'main fixtures/c/basic.c:103']) {
      expect(labels).toContain(frame);
    }
    expect(await page.$eval('#diff tr.row', (tr) => tr.getAttribute('title'))).toBe('fixtures/c/basic.c:31: size=20.2 KiB (+20.2 KiB), count=6 (+6), average=3456 B');
    expect(await page.$$eval('#timeline polyline', (ls) => ls.length)).toBe(2);
    await page.click('#flame .cell >> text="middle fixtures/c/basic.c:37" >> nth=0');
    expect(await page.textContent('#crumbs')).toContain('middle fixtures/c/basic.c:37');
    const out = resolve('test-results/report');
    mkdirSync(out, { recursive: true });
    await page.click('#reset');
    await page.screenshot({ path: join(out, 'demo-report.png'), fullPage: true });
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
