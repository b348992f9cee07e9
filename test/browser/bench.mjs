#!/usr/bin/env node
// `npm run bench:browser` (after `npm run build` and `node fixtures/generate.mjs`): the browser entry's
// budgets, measured and printed: its size (minified + gzip, lazy chunks apart), the time to check 12
// typical files (9 images, 3 videos) in headless Chromium, and the bytes read for a 50 MB clip.
import { existsSync, readFileSync, statSync, createReadStream } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve('.');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const gen = join(root, 'fixtures', '.generated');
const images = ['ok-640x480.jpg', 'ok-640x480.webp', 'ok-400x400-lossless.webp', 'side-300x300.png', 'aspect-300x750.png', 'aspect-750x300.png', 'exif-o6-800x400.jpg', 'side-6000x2400.png', 'bytes-30000000.png'].map((f) => join(gen, 'images', f));
const videos = ['fps-24.mp4', 'moov-end.mp4', 'with-audio.mp4'].map((f) => join(gen, 'videos', f));
const clip = join(gen, 'videos', 'bytes-50000000.mp4');
for (const f of [...images, ...videos, clip, join(root, 'dist/web/sizes.json')]) {
  if (!existsSync(f)) throw new Error(`missing ${f}: run npm run build and node fixtures/generate.mjs first`);
}

// the machine may be shared: the times mean little without its load
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const sizes = JSON.parse(readFileSync(join(root, 'dist/web/sizes.json'), 'utf8'));
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`entry ${sizes.entry}: ${kB(sizes.entryGzipBytes)} minified + gzip with its static chunks (budget 150 kB)`);
console.log(`lazy chunks, loaded only when a file needs them: ${kB(sizes.lazyGzipBytes)} in all; largest:`);
for (const c of sizes.lazy.slice(0, 4)) console.log(`  ${kB(c.gzipBytes).padStart(9)}  ${c.mostly ?? ''}  ${c.file}`);

const page = `<!doctype html><meta charset="utf-8"><input type="file" id="f" multiple>
<script type="module">import * as sp from '/dist/web/seedance-preflight.js'; window.sp = sp; document.title = 'ready';</script>`;
const server = http.createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => document.title === 'ready');
  await tab.setInputFiles('#f', [...images, ...videos, clip]);
  const r = await tab.evaluate(async () => {
    const all = [...document.querySelector('#f').files];
    const twelve = all.slice(0, 12);
    const runs = [];
    let report;
    // the first run includes compiling the module's functions; the median of the next ones is the steady cost
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now();
      report = await window.sp.checkFiles(twelve);
      runs.push(performance.now() - t0);
    }
    let clipRead = 0;
    const t0 = performance.now();
    await window.sp.checkFiles([all[12]], { onFile: (e) => (clipRead = e.bytesRead) });
    const clipMs = performance.now() - t0;
    const warm = runs.slice(1).sort((a, b) => a - b);
    return { first: runs[0], median: warm[Math.floor(warm.length / 2)], verdicts: report.assets.map((a) => a.ok), clipRead, clipBytes: all[12].size, clipMs };
  });
  console.log(`12 typical files (9 images, 3 videos): ${r.median.toFixed(1)} ms median of 10 runs in Chromium, first run ${r.first.toFixed(1)} ms (budget 100 ms); ${r.verdicts.filter(Boolean).length}/12 pass`);
  console.log(`a ${(r.clipBytes / 1e6).toFixed(0)} MB clip: ${r.clipRead.toLocaleString('en-US')} bytes read (${((100 * r.clipRead) / r.clipBytes).toFixed(3)} %), ${r.clipMs.toFixed(1)} ms`);
} finally {
  await browser.close();
  server.close();
}
