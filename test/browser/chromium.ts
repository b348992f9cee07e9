import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = '`apt-get update && apt-get install -y --no-install-recommends chromium` (.ci/run does this), or point CHROMIUM_PATH at a Chromium binary';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const ROOT = resolve('.');

/** describe() when Chromium is there (or in CI, where its absence fails the test); skip with a message otherwise. */
export function maybeDescribe(what: string): typeof describe | typeof describe.skip {
  if (!HAVE_CHROMIUM && !process.env.CI) process.stderr.write(`\nSKIPPED ${what}: no Chromium at ${CHROMIUM}. Install it with ${INSTALL}.\n\n`);
  return HAVE_CHROMIUM || process.env.CI ? describe : describe.skip;
}

export async function launch(): Promise<Browser> {
  if (!HAVE_CHROMIUM) throw new Error(`The browser tests need Chromium at ${CHROMIUM} and it is not there. Install it with ${INSTALL}.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export interface Served {
  origin: string;
  /** Request paths with the bytes sent for each, since the start. */
  log: { path: string; range: string | null; bytes: number }[];
  close(): Promise<void>;
}

/**
 * The repository served statically from 127.0.0.1, as any static host would: single byte ranges
 * answered with 206, and CORS headers (with Content-Range exposed) only under /cors/.
 * `pages` adds generated pages by path.
 */
export async function serveRepo(pages: Record<string, string> = {}): Promise<Served> {
  const log: Served['log'] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    const cors = path.startsWith('/cors/');
    if (cors) {
      path = path.slice(5);
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Headers', 'Range');
      res.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Length');
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    }
    if (pages[path] !== undefined) return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages[path]);
    // a folder is its index.html, as static hosts serve it
    const file = join(ROOT, normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end('not found');
    const size = statSync(file).size;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : size - 1, size - 1);
      if (start >= size) return void res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      res.writeHead(206, { 'Content-Type': type, 'Content-Length': end - start + 1, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Accept-Ranges': 'bytes' });
      log.push({ path, range: req.headers.range ?? null, bytes: end - start + 1 });
      return void createReadStream(file, { start, end }).pipe(res);
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Accept-Ranges': 'bytes' });
    log.push({ path, range: null, bytes: size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

/** A page with a file input that loads the built browser entry as `window.sp`. */
export const HARNESS = `<!doctype html><meta charset="utf-8"><title>harness</title>
<input type="file" id="files" multiple>
<script type="module">import * as sp from '/dist/web/seedance-preflight.js'; window.sp = sp; document.title = 'ready';</script>`;

export async function openHarness(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${origin}/__harness.html`);
  await page.waitForFunction(() => document.title === 'ready');
  return page;
}
