// What the bundler tests share: a fresh copy of apps/ under .tmp/ with the built modules added,
// Chromium through playwright-core, a static server for built apps, and a page runner that
// returns what the app computed, what it printed, and the page's errors and warnings.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../browser/chromium';

export const repo = join(import.meta.dirname, '..', '..');
export const resultsDir = join(repo, 'test-results');

/** A private copy of apps/ for one test file, with the Rust fixture's module added to the apps. */
export function prepareApps(name: string): string {
  const dir = join(repo, '.tmp', 'bundler', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(import.meta.dirname, 'apps'), dir, { recursive: true });
  cpSync(join(repo, 'fixtures/rust/lib.wasm'), join(dir, 'wasm-pack/pkg/rust_fixture_bg.wasm'));
  mkdirSync(join(dir, 'wasm-pack/public'));
  cpSync(join(repo, 'fixtures/rust/lib.wasm'), join(dir, 'wasm-pack/public/rust_public.wasm'));
  mkdirSync(resultsDir, { recursive: true });
  return dir;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.wasm': 'application/wasm', '.map': 'application/json' };

/** Serves a built app's folder as any static host would (no plugin involved); `/dist/` may be
 * mounted on the package's own dist/ for pages that import it through an import map; `headers`
 * added to each answer (COOP/COEP); `missing` collects the paths answered 404. */
// close() drops the page's open connections too: a plain close() waits for every keep-alive
// connection the still-open page holds (suspected in a CI run that hung 120 s in a test closing the
// server before its page; not proven).
export async function serveStatic(dir: string, options: { dist?: boolean; headers?: Record<string, string>; missing?: string[] } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '') || 'index.html';
    try {
      const body = readFileSync(options.dist && path.startsWith('dist/') ? join(repo, path) : join(dir, path));
      res.writeHead(200, { ...options.headers, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      if (path !== 'favicon.ico') options.missing?.push(path); // what the page asked for and did not get
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, close: () => new Promise((r) => { server.close(() => r()); server.closeAllConnections(); }) };
}

export interface PageTrace { size: number; frames: [string, number][] }
export interface Checkpoint { traces: PageTrace[]; memory: [number, number] }
export interface AppRun<R> {
  result: R;
  /** the text the app showed */
  out: string;
  errors: string[];
  warnings: string[];
  /** every console message, `type: text` */
  console: string[];
  /** boxes and computed styles of the app's own elements: the overlay must not move or restyle them */
  layout: unknown;
  page: Page;
}

/** Opens `url`, waits for the app to finish; the caller closes `run.page`. */
export async function openApp<R>(browser: Browser, url: string): Promise<AppRun<R>> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const messages: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    messages.push(`${m.type()}: ${m.text()}`);
  });
  await page.goto(url);
  try {
    await page.waitForFunction(() => (window as unknown as { appDone?: boolean }).appDone === true, undefined, { timeout: 30_000 });
  } catch (e) {
    throw new Error(`${url}: the app did not finish (${(e as Error).message.split('\n')[0]}); page errors: ${JSON.stringify(errors)}, console: ${JSON.stringify(warnings)}`);
  }
  const result = await page.evaluate(() => (window as unknown as { appResult: unknown }).appResult) as R;
  const out = (await page.textContent('#out')) ?? '';
  return { result, out, errors, warnings, console: messages, layout: await layoutOf(page), page };
}

export async function layoutOf(page: Page): Promise<unknown> {
  return page.evaluate(() =>
    ['h1', '#out', '.footer', 'body'].map((sel) => {
      const e = document.querySelector(sel)!;
      const r = e.getBoundingClientRect();
      const s = getComputedStyle(e);
      return { sel, box: [r.x, r.y, r.width, r.height], style: [s.color, s.font, s.margin, s.background], scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight] };
    }),
  );
}

/** Runs the CLI on a file: stdout, stderr and the exit code. */
export function cli(...args: string[]): { stdout: string; status: number } {
  try {
    return { stdout: execFileSync('node', [join(repo, 'bin/wasm-tracemalloc.js'), ...args], { encoding: 'utf8', stdio: 'pipe' }), status: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; status: number };
    return { stdout: err.stdout + err.stderr, status: err.status };
  }
}

/** Runs `fn` with WASM_TRACEMALLOC set (or unset, with null) and puts the old value back. */
export async function withEnv<T>(value: string | null, fn: () => Promise<T>): Promise<T> {
  const old = process.env.WASM_TRACEMALLOC;
  if (value === null) delete process.env.WASM_TRACEMALLOC;
  else process.env.WASM_TRACEMALLOC = value;
  try {
    return await fn();
  } finally {
    if (old === undefined) delete process.env.WASM_TRACEMALLOC;
    else process.env.WASM_TRACEMALLOC = old;
  }
}

interface Live { file: string; line: number; count: number; bytes: number }
interface Manifest { sources: string[]; stdout: string; checkpoints: { checkpoint: number; live: Live[]; bytes: number }[] }

export function manifest(fixture: string): Manifest {
  return JSON.parse(readFileSync(join(repo, 'fixtures', fixture, 'manifest.json'), 'utf8')) as Manifest;
}

/**
 * Live memory by the program's own line (each trace at its most recent frame in `sources`, as
 * fixtures/README's manifests count it): `file:line` → count and bytes. `file` maps a frame's
 * filename to the manifest's spelling (a path relative to the repository).
 */
export function byLine(traces: PageTrace[], sources: string[], file: (name: string) => string = (f) => f): Map<string, { count: number; bytes: number }> {
  const lines = new Map<string, { count: number; bytes: number }>();
  for (const t of traces) {
    const frames = t.frames.map(([f, l]) => [file(f), l] as const);
    const [f, l] = frames.find(([name]) => sources.includes(name)) ?? frames[0]!;
    const entry = lines.get(`${f}:${l}`) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += t.size;
    lines.set(`${f}:${l}`, entry);
  }
  return lines;
}

export function expectedLines(live: Live[]): Map<string, { count: number; bytes: number }> {
  return new Map(live.map((l) => [`${l.file}:${l.line}`, { count: l.count, bytes: l.bytes }]));
}
