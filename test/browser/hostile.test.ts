import { closeSync, mkdtempSync, openSync, writeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { run } from '../helpers/cli.js';
import { HARNESS, launch, maybeDescribe, openHarness, serveRepo, type Served } from './chromium.js';

const describe = maybeDescribe('the browser hostile-file test');
let browser: Browser;
let served: Served;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'sp-hostile-'));

/** An MP4 head (ftyp, then an mdat box claiming the rest) on a sparse 2 GiB file: no moov anywhere. */
function sparseClip(): string {
  const path = join(dir, 'huge-no-moov.mp4');
  const size = 2 ** 31;
  const head = Buffer.alloc(32);
  head.writeUInt32BE(24, 0);
  head.write('ftypisom', 4, 'latin1');
  head.writeUInt32BE(512, 12);
  head.write('isomiso2', 16, 'latin1');
  head.writeUInt32BE(size - 24, 24);
  head.write('mdat', 28, 'latin1');
  const fd = openSync(path, 'w');
  writeSync(fd, head, 0, head.length, 0);
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

beforeAll(async () => {
  if (describe === (await import('vitest')).describe.skip) return;
  writeFileSync(join(dir, 'noise.webm'), Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), randomBytes(200_000)]));
  writeFileSync(join(dir, 'empty.png'), Buffer.alloc(0));
  served = await serveRepo({ '/__harness.html': HARNESS });
  browser = await launch();
  page = await openHarness(browser, served.origin);
  await page.setInputFiles('#files', [sparseClip(), join(dir, 'noise.webm'), join(dir, 'empty.png')]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('hostile files in the browser: findings within a bounded time, never a hang or a whole read', () => {
  // returning at all is the point: the per-file budget (10 s here) ends any probe, inside the test's own timeout
  it('a 2 GiB clip without an index, Matroska noise and an empty file each get a finding, reading KiB', async () => {
    const r = await page.evaluate(async () => {
      const sp = (window as unknown as { sp: typeof import('../../src/browser/index.js') }).sp;
      const read: Record<string, number> = {};
      const report = await sp.checkFiles([...document.querySelector<HTMLInputElement>('#files')!.files!], { timeoutMs: 10_000, onFile: (e) => void (read[e.source] = e.bytesRead) });
      return { read, assets: report.assets.map((a) => ({ source: a.source, codes: a.problems.map((p) => p.code) })) };
    });
    expect(r.assets).toEqual([
      { source: 'huge-no-moov.mp4', codes: ['file.corrupt'] },
      { source: 'noise.webm', codes: ['file.unknown_format'] },
      { source: 'empty.png', codes: ['file.empty'] },
    ]);
    for (const n of Object.values(r.read)) expect(n).toBeLessThan(1024 * 1024);
    // the same verdicts as the command line on the same files
    const node = JSON.parse((await run(['lint', dir, '--format', 'json'])).stdout) as Report;
    const byName = Object.fromEntries(node.assets.map((a) => [a.source.split('/').pop(), a.problems.map((p) => p.code)]));
    for (const a of r.assets) expect(a.codes, a.source).toEqual(byName[a.source]);
  });
});
