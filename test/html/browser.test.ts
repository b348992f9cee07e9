import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = '`apt-get update && apt-get install -y --no-install-recommends chromium` (.ci/run does this), or point CHROMIUM_PATH at a Chromium binary';
// In CI a missing browser is a failure; on a newcomer's machine the rest of `npm test` still runs, and this says why it skipped.
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && !process.env.CI) process.stderr.write(`\nSKIPPED the browser test of the HTML report: no Chromium at ${CHROMIUM}. Install it with ${INSTALL}.\n\n`);
const maybe = HAVE_CHROMIUM || process.env.CI ? describe : describe.skip;
// `npm test` leaves tracked files alone: the README screenshot is rewritten only when asked (UPDATE_SCREENSHOT=1).
const SCREENSHOT = process.env.UPDATE_SCREENSHOT === '1' ? resolve('docs/report-screenshot.png') : join(mkdtempSync(join(tmpdir(), 'sp-shot-')), 'report-screenshot.png');

let browser: Browser;
let page: Page;
/** Every request the pages made other than loading the reports themselves. */
const requests: string[] = [];
const reports = new Set<string>();
let reportUrl: string;

beforeAll(async () => {
  if (!HAVE_CHROMIUM && !process.env.CI) return;
  if (!HAVE_CHROMIUM) throw new Error(`The browser test needs Chromium at ${CHROMIUM} and it is not there. Install it with ${INSTALL}.`);
  const dir = mkdtempSync(join(tmpdir(), 'sp-html-'));
  const file = join(dir, 'report.html');
  const r = await run(['lint', 'fixtures/sample', '--format', 'html', '--output-file', file]);
  expect(r.code).toBe(1);
  reportUrl = pathToFileURL(file).href;
  reports.add(reportUrl);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, serviceWorkers: 'block' });
  context.on('request', (req) => {
    if (!reports.has(req.url()) && !req.url().startsWith('data:')) requests.push(req.url());
  });
  page = await context.newPage();
  await page.goto(reportUrl, { waitUntil: 'load' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const cardOf = (name: string) => page.locator(`article.card:has(.card-title .name:text-is("${name}"))`);

maybe('the HTML report of fixtures/sample in headless Chromium', () => {
  it('has a card per file, failing ones first with their finding codes, passing ones folded away', async () => {
    const cards = await page.$$eval('article.card', (els) => els.map((e) => ({ name: e.querySelector('.card-title .name')!.textContent, status: e.getAttribute('data-status'), codes: [...e.querySelectorAll('.problem')].map((p) => p.getAttribute('data-code')), folded: !!e.closest('details:not([open])') })));
    expect(cards).toHaveLength(11);
    const rank = { error: 0, warning: 1, info: 2, ok: 3 } as Record<string, number>;
    expect(cards.map((c) => rank[c.status!])).toEqual([...cards.map((c) => rank[c.status!])].sort((a, b) => a - b));
    const by = Object.fromEntries(cards.map((c) => [c.name, c]));
    expect(by['too-wide.jpg']).toMatchObject({ status: 'error', codes: ['image.aspect_ratio'], folded: false });
    expect(by['long.wav']).toMatchObject({ status: 'error', codes: ['audio.duration'], folded: false });
    expect(by['photo-really-png.jpg']).toMatchObject({ status: 'warning', codes: ['file.extension_mismatch'], folded: false });
    for (const ok of ['good.jpg', 'good.png', 'clip.mp4', 'music.mp3']) expect(by[ok]).toMatchObject({ status: 'ok', codes: [], folded: true });
    for (const bad of ['slow.mp4', 'too-small.png', 'truncated.png', 'notes-really-text.mp4']) expect(by[bad].folded).toBe(false);
  });

  it('shows decoded thumbnails: image previews, a video poster and frame strip, an audio waveform; a placeholder for a non-media file', async () => {
    const broken = await page.$$eval('img', (imgs) => imgs.filter((i) => !i.complete || i.naturalWidth === 0 || !i.alt).map((i) => i.alt || i.src.slice(0, 40)));
    expect(broken).toEqual([]);
    expect(await cardOf('good.jpg').locator('img.preview').getAttribute('alt')).toBe('Preview of good.jpg');
    expect(await cardOf('slow.mp4').locator('img.preview').count()).toBe(1);
    expect(await cardOf('slow.mp4').locator('.frames img').count()).toBe(5);
    expect(await cardOf('long.wav').locator('svg.wave[role=img]').getAttribute('aria-label')).toMatch(/16 s, of which 1 s past the 15 s limit/);
    expect(await cardOf('long.wav').locator('svg.wave rect.wave-over').count()).toBe(1);
    expect(await cardOf('notes-really-text.mp4').locator('.no-preview').count()).toBe(1);
  });

  it('highlights each prompt reference and links it to its asset card', async () => {
    const refs = await page.$$eval('#request-1 blockquote.prompt mark.ref', (marks) =>
      marks.map((m) => {
        const a = m.querySelector('a');
        const target = a ? document.getElementById(a.getAttribute('href')!.slice(1)) : null;
        return { text: m.textContent, missing: m.classList.contains('ref-missing'), target: target?.querySelector('.card-title .name')?.textContent ?? null };
      }),
    );
    expect(refs).toEqual([
      { text: 'image 1', missing: false, target: 'good.jpg' },
      { text: 'video 1', missing: false, target: 'clip.mp4' },
      { text: 'audio 1', missing: false, target: 'music.mp3' },
    ]);
    const tiles = await page.$$eval('#request-1 .tiles > li', (lis) => lis.map((l) => l.getAttribute('data-label')));
    expect(tiles).toEqual(['image 1', 'video 1', 'audio 1']);
  });

  it('following a reference to a folded passing card unfolds it', async () => {
    expect(await cardOf('clip.mp4').isVisible()).toBe(false);
    await page.click('#request-1 blockquote.prompt mark.ref a:text-is("video 1")');
    await expect.poll(() => cardOf('clip.mp4').isVisible()).toBe(true);
    expect(await page.evaluate(() => location.hash)).toMatch(/^#asset-\d+$/);
    await page.evaluate(() => {
      location.hash = '';
      document.querySelectorAll('details').forEach((d) => d.removeAttribute('open'));
      window.scrollTo(0, 0);
    });
  });

  it('draws the budgets: seconds bars against 15 s split per clip, counts against 9/3/3, aspect ratios against 0.4–2.5', async () => {
    const bars = await page.$$eval('#request-1 [data-budget]', (els) =>
      els.map((e) => {
        const bar = e.querySelector('.bar')!.getBoundingClientRect();
        const limit = e.querySelector('.limit:not(.limit-min)')!.getBoundingClientRect();
        return {
          budget: e.getAttribute('data-budget'),
          total: Number(e.getAttribute('data-total')),
          max: Number(e.getAttribute('data-max')),
          segs: [...e.querySelectorAll('.seg')].map((s) => ({ label: s.getAttribute('data-label'), share: s.getBoundingClientRect().width / bar.width })),
          limitAt: (limit.left + limit.width / 2 - bar.left) / bar.width,
        };
      }),
    );
    expect(bars.map((b) => [b.budget, b.total, b.max])).toEqual([['video-seconds', 3, 15], ['audio-seconds', 4, 15]]);
    expect(bars[0].segs.map((s) => s.label)).toEqual(['video 1']);
    expect(bars[0].segs[0].share).toBeCloseTo(3 / 15, 1);
    expect(bars[1].segs[0].share).toBeCloseTo(4 / 15, 1);
    for (const b of bars) expect(b.limitAt).toBeCloseTo(1, 1);
    const counts = await page.$$eval('#request-1 [data-count]', (els) => els.map((e) => [e.getAttribute('data-count'), Number(e.getAttribute('data-used')), Number(e.getAttribute('data-max')), e.querySelectorAll('.pip').length, e.querySelectorAll('.pip.used').length]));
    expect(counts).toEqual([['image', 1, 9, 9, 1], ['video', 1, 3, 3, 1], ['audio', 1, 3, 3, 1], ['all', 3, 12, 12, 3]]);
    const aspect = await cardOf('too-wide.jpg').locator('[data-gauge=aspect]').evaluate((g) => {
      const win = g.querySelector('.window')!.getBoundingClientRect();
      const m = g.querySelector('.marker')!.getBoundingClientRect();
      return { ok: g.getAttribute('data-ok'), value: Number(g.getAttribute('data-value')), markerRightOfWindow: m.left + m.width / 2 > win.right, text: g.textContent };
    });
    expect(aspect).toMatchObject({ ok: 'false', value: 3, markerRightOfWindow: true });
    expect(aspect.text).toMatch(/✖ outside 0\.4–2\.5: too wide/);
  });

  it('folds and unfolds with the keyboard alone', async () => {
    const summary = page.locator('details.passing > summary');
    let reached = false;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await summary.evaluate((s) => s === document.activeElement);
    }
    expect(reached).toBe(true);
    const open = () => page.locator('details.passing').evaluate((d) => (d as HTMLDetailsElement).open);
    expect(await open()).toBe(false);
    expect(await cardOf('good.png').isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await open()).toBe(true);
    expect(await cardOf('good.png').isVisible()).toBe(true);
    await page.keyboard.press('Space');
    expect(await open()).toBe(false);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.setViewportSize({ width: 1200, height: 900 });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('a hostile file name and prompt run nothing in the browser', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-html-evil-'));
    const name = '"><img src=x onerror=alert(1)>.png';
    copyFileSync('fixtures/sample/good.png', join(dir, name));
    writeFileSync(join(dir, 'request.json'), JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: `<script>alert(2)</script><img src=x onerror=alert(3)> image 1 "'>`, image_urls: [name] }));
    const out = join(dir, 'evil.html');
    await run(['lint', dir, '--format', 'html', '--output-file', out]);
    const evil = await page.context().newPage();
    const dialogs: string[] = [];
    evil.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    reports.add(pathToFileURL(out).href);
    await evil.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    const seen = await evil.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      names: [...document.querySelectorAll('.card-title .name')].map((e) => e.textContent),
      prompt: document.querySelector('blockquote.prompt')?.textContent,
      link: document.querySelector('blockquote.prompt mark.ref a')?.textContent,
    }));
    await evil.close();
    expect(dialogs).toEqual([]);
    expect(seen).toEqual({ scripts: 0, handlers: [], names: [name], prompt: `<script>alert(2)</script><img src=x onerror=alert(3)> image 1 "'>`, link: 'image 1' });
  });

  it('made no network request, and renders the README screenshot', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    // The request and the first file that needs attention.
    const bottom = await page.$eval('#files article.card', (c) => c.getBoundingClientRect().bottom + window.scrollY + 16);
    const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 1200, height: Math.round(bottom) } });
    writeFileSync(SCREENSHOT, await sharp(png).png({ palette: true, quality: 90, effort: 8 }).toBuffer());
    expect(statSync(SCREENSHOT).size).toBeLessThan(600_000);
    expect(requests).toEqual([]);
    expect(readFileSync(new URL(reportUrl), 'utf8')).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
  });
});
