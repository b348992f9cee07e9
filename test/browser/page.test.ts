import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { run } from '../helpers/cli.js';
import { launch, maybeDescribe, serveRepo, type Served } from './chromium.js';

const SAMPLE = 'fixtures/sample';
const describe = maybeDescribe('the drop-zone page test');
let browser: Browser;
let served: Served;
let page: Page;
let node: Report;

beforeAll(async () => {
  if (describe === (await import('vitest')).describe.skip) return;
  node = JSON.parse((await run(['lint', SAMPLE, '--format', 'json'])).stdout) as Report;
  served = await serveRepo();
  browser = await launch();
  page = await browser.newPage();
  // the page as a static host serves it: the package folder, the page importing ../../dist/web/
  await page.goto(`${served.origin}/examples/browser/`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const cards = (frame: FrameLocator) =>
  frame.locator('article.card').evaluateAll((els) =>
    els.map((e) => ({ name: e.querySelector('.card-title .name')!.textContent, status: e.getAttribute('data-status'), codes: [...e.querySelectorAll('.problem')].map((p) => p.getAttribute('data-code')).sort() })),
  );
const worst = (codes: { severity: string }[]) => (['error', 'warning', 'info'].find((s) => codes.some((c) => c.severity === s)) ?? 'ok');

describe('examples/browser: the drop-zone page in Chromium', () => {
  it('shows a manifest and its files as the HTML report does: the same cards, verdicts and codes as lint', async () => {
    await page.setInputFiles('#files', readdirSync(SAMPLE).map((f) => join(SAMPLE, f)));
    await page.waitForFunction(() => document.querySelector('#status')?.getAttribute('data-ok') !== null);
    expect(await page.locator('#status').getAttribute('data-ok')).toBe(String(node.ok));
    expect(await page.locator('#status').textContent()).toMatch(/^Not ready: \d+ errors?, \d+ warnings? — 12 files checked in \d+ ms, \d+ KiB read of [\d.]+ MiB$/);
    const frame = page.frameLocator('#report');
    await frame.locator('article.card').first().waitFor();
    const shown = await cards(frame);
    const expected = node.assets.map((a) => ({ name: a.source.split('/').pop(), status: worst(a.problems), codes: a.problems.map((p) => p.code).sort() }));
    expect(shown.sort((a, b) => a.name!.localeCompare(b.name!))).toEqual(expected.sort((a, b) => a.name!.localeCompare(b.name!)));
    // the request: its section, its verdict and its codes, named by the manifest's file name
    const request = node.requests[0];
    const section = frame.locator('section.request, [id^="request-1"]').first();
    expect(await section.count()).toBe(1);
    expect(await frame.locator('body').textContent()).toContain('request.json');
    const requestCodes = await frame.locator('#request-1 .problem').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')).sort());
    expect(requestCodes).toEqual(request.problems.map((p) => p.code).sort());
    // fixes are shown with each problem
    expect(await frame.locator('article.card:has(.name:text-is("too-wide.jpg")) .problem').first().textContent()).toContain(node.assets.find((a) => a.source.endsWith('too-wide.jpg'))!.problems[0].fix!);
  });

  it('takes files dropped on the zone (a real drop event) and says unverified facts are unverified', async () => {
    await page.evaluate(async () => {
      const names = ['videos/container.webm', 'images/ok-640x480.jpg'];
      const dt = new DataTransfer();
      for (const n of names) dt.items.add(new File([await (await fetch(`/fixtures/.generated/${n}`)).blob()], n.split('/').pop()!));
      document.querySelector('#status')!.removeAttribute('data-ok');
      document.querySelector('#drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.querySelector('#status')?.getAttribute('data-ok') !== null);
    const frame = page.frameLocator('#report');
    await frame.locator('article.card:has(.name:text-is("container.webm"))').waitFor();
    const shown = await cards(frame);
    expect(shown).toEqual(expect.arrayContaining([
      { name: 'container.webm', status: 'error', codes: ['file.unverified', 'video.format'] },
      { name: 'ok-640x480.jpg', status: 'ok', codes: [] },
    ]));
    expect(shown).toHaveLength(2);
  });
});
