import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { HARNESS, launch, maybeDescribe, openHarness, serveRepo, type Served } from './chromium.js';

const describe = maybeDescribe('the browser checkRequest test');
let browser: Browser;
let pages: Served;
/** Another origin: a URL there is cross-origin to the page, readable only under /cors/. */
let assets: Served;
let page: Page;

beforeAll(async () => {
  if (describe === (await import('vitest')).describe.skip) return;
  pages = await serveRepo({ '/__harness.html': HARNESS });
  assets = await serveRepo();
  browser = await launch();
  page = await openHarness(browser, pages.origin);
  await page.setInputFiles('#files', ['fixtures/.generated/images/ok-640x480.jpg', 'fixtures/.generated/audio/wav-15.01s.wav']);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await pages?.close();
  await assets?.close();
});

const check = (body: unknown): Promise<Report> =>
  page.evaluate(async (b) => {
    const sp = (window as unknown as { sp: typeof import('../../src/browser/index.js') }).sp;
    return sp.checkRequest(b, [...document.querySelector<HTMLInputElement>('#files')!.files!], { source: 'request.json' });
  }, body);

describe('checkRequest in Chromium: dropped files by name, URLs by range requests where CORS allows', () => {
  it('checks the dropped files a request names, and the request rules over their facts', async () => {
    const r = await check({ model: 'seedance-2.0-reference-to-video', prompt: 'image 1 and audio 1', image_urls: ['./ok-640x480.jpg'], audio_urls: ['wav-15.01s.wav', 'missing.mp3'], duration: 5 });
    expect(r.requests[0].source).toBe('request.json');
    expect(r.assets.map((a) => [a.source, a.problems.map((p) => p.code)])).toEqual([
      ['ok-640x480.jpg', []],
      ['wav-15.01s.wav', ['audio.duration']],
    ]);
    expect(r.requests[0].problems.map((p) => p.code)).toContain('request.asset_missing');
    expect(r.requests[0].assets.map((a) => a.source)).toEqual(['ok-640x480.jpg', 'wav-15.01s.wav', 'missing.mp3']);
    expect(r.ok).toBe(false);
  });

  it('reads a CORS-enabled URL with range requests only, and judges it by the same rules', async () => {
    const before = assets.log.length;
    const url = `${assets.origin}/cors/fixtures/.generated/videos/fps-23.976.mp4`;
    const r = await check({ model: 'seedance-2.0-reference-to-video', prompt: 'video 1', video_urls: [url], duration: 5 });
    const a = r.assets.find((x) => x.source === url)!;
    expect(a.problems.map((p) => p.code)).toEqual(['video.fps']);
    expect(a.facts.fps).toEqual({ num: 24000, den: 1001, value: 24000 / 1001 });
    expect(a.facts.remote).toMatchObject({ status: 206 });
    expect(r.requests[0].problems.map((p) => p.code)).not.toContain('request.url_not_checked');
    const served = assets.log.slice(before).filter((l) => l.path.endsWith('fps-23.976.mp4'));
    expect(served.length).toBeGreaterThan(0);
    for (const l of served) expect(l.range).toMatch(/^bytes=\d+-\d+$/);
  });

  it('says a URL the page may not read was not checked, and why (a warning, never a silent pass)', async () => {
    const url = `${assets.origin}/fixtures/.generated/videos/fps-24.mp4`;
    const r = await check({ model: 'seedance-2.0-reference-to-video', prompt: 'video 1', video_urls: [url], duration: 5 });
    const p = r.requests[0].problems.find((x) => x.code === 'request.url_not_checked')!;
    expect(p.severity).toBe('warning');
    expect(p.message).toMatch(/CORS/);
    expect(r.assets).toEqual([]);
  });

  it('reports an HTTP error status of a readable URL as the Node build does (url.http_status)', async () => {
    const r = await check({ model: 'seedance-2.0-reference-to-video', prompt: 'image 1', image_urls: [`${assets.origin}/cors/nothing-here.jpg`] });
    expect(r.assets[0].problems.map((p) => [p.code, p.severity])).toEqual([['url.http_status', 'error']]);
    expect(r.assets[0].facts.remote?.status).toBe(404);
  });
});
