// What every browser test starts: a local server for its page and files, and Chromium (headless,
// nothing in the background).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './chromium';
import { root } from '../root';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

/** A path's served bytes, made when asked. */
export type Routes = Record<string, () => string | Uint8Array>;

/**
 * Serves `routes` (path → bytes, typed by the path's extension; '/' is the page) and the files of
 * the checkout under `dirs`, on 127.0.0.1; every other path is a 404. `headers` adds a request's
 * extra response headers.
 */
export async function serve(routes: Routes, dirs: RegExp, headers: (req: IncomingMessage) => Record<string, string> = () => ({})): Promise<{ server: Server; base: string }> {
  const type = (path: string) => (path === '/' ? 'text/html' : TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const extra = headers(req);
    try {
      const route = routes[url.pathname];
      if (route) return void res.writeHead(200, { ...extra, 'content-type': type(url.pathname) }).end(route());
      const path = normalize(url.pathname).replace(/^\/+/, '');
      if (!dirs.test(path)) return void res.writeHead(404).end();
      const body = await readFile(join(root, path));
      res.writeHead(200, { ...extra, 'content-type': type(path) }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}
