#!/usr/bin/env node
// Times one library preflight() of a request naming the given URLs, after a first call on the same
// URLs (so module loading is not counted; each call has its own connections and reads everything
// again). Prints the milliseconds as JSON.
//   node preflight-urls.mjs <dist/index.js> <url>...
import { pathToFileURL } from 'node:url';

const [index, ...urls] = process.argv.slice(2);
const { preflight } = await import(pathToFileURL(index).href);
const req = (list) => ({
  model: 'seedance-2.0-reference-to-video',
  prompt: 'bench',
  image_urls: list.filter((u) => u.endsWith('.jpg')),
  video_urls: list.filter((u) => u.endsWith('.mp4')),
});
await preflight(req(urls), { allowPrivateUrls: true });
const t0 = performance.now();
const report = await preflight(req(urls), { allowPrivateUrls: true });
const ms = performance.now() - t0;
const failed = report.assets.filter((a) => a.facts.failure).map((a) => `${a.source}: ${a.facts.failure.reason}`);
process.stdout.write(JSON.stringify({ ms, assets: report.assets.length, failed }) + '\n');
