import { describe, expect, it } from 'vitest';
import { buildHtml } from '../../src/reporters/html/build.js';
import type { Thumb } from '../../src/reporters/html/types.js';
import { buildReport } from '../../src/report.js';
import type { AssetReport, Problem, RequestReport } from '../../src/types.js';
import { facts } from '../helpers/facts.js';
import { all, attr, byId, find, hasClass, parseHtml, text, type El } from './dom.js';

const EVIL_NAMES = [
  '"><script>alert(1)</script>.png',
  "' onmouseover='alert(1)' x='.png",
  '<img src=x onerror=alert(1)>.jpg',
  '</textarea><svg onload=alert(1)>.mp4',
  'a\u202egnp.exe',
];
const EVIL_PROMPT = 'Use image 1 <script>alert("p")</script> then <img src=x onerror=alert(2)> video 1 & "quotes" \'too\' and image 7';

const problem = (over: Partial<Problem> = {}): Problem => ({ code: 'image.aspect_ratio', severity: 'error', message: 'x: bad', fix: 'crop it', actual: 3, limit: 2.5, source: { title: 'EvoLink API reference: Seedance 2.0 Reference-to-Video', url: 'https://docs.evolink.ai/x' }, ruling: 'the guide says A; we follow the API reference', ...over });
const asset = (source: string, kind: 'image' | 'video' | 'audio', problems: Problem[] = [], over = {}): AssetReport => ({
  source,
  kind,
  ok: !problems.some((p) => p.severity === 'error'),
  facts: facts(kind, { source, ...over }),
  problems,
});
const request = (over: Partial<RequestReport> = {}): RequestReport => ({
  source: 'req.json',
  ok: true,
  profile: 'seedance-2.0-reference-to-video',
  problems: [],
  billing: { outputSeconds: 5, referenceVideoSeconds: 5, billableSeconds: 10, quality: '720p', creditsPerSecond: null, estimatedCredits: null, multiplier: 1 },
  assets: [],
  ...over,
});
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

/** Every way a page can run script or fetch: script elements, on* handlers, non-fragment links, non-data images. */
function activeContent(doc: El): string[] {
  const bad: string[] = [];
  for (const el of all(doc)) {
    if (['script', 'iframe', 'object', 'embed', 'link', 'base', 'form', 'textarea'].includes(el.tagName!)) bad.push(`<${el.tagName}>`);
    for (const a of el.attrs ?? []) {
      if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
      if (a.name === 'href' && !a.value.startsWith('#')) bad.push(`href=${a.value}`);
      if (a.name === 'src' && !a.value.startsWith('data:image/')) bad.push(`src=${a.value}`);
      if (a.name === 'style' && /url\(|expression/i.test(a.value)) bad.push(`style=${a.value}`);
    }
  }
  return bad;
}

describe('buildHtml: escaping', () => {
  it('hostile file names and prompt text stay text: no script, no handlers, shown exactly as written', () => {
    const assets = [asset(EVIL_NAMES[0], 'image', [problem({ message: `${EVIL_NAMES[0]}: <b>bad</b>`, fix: '<script>x</script>' })]), ...EVIL_NAMES.slice(1).map((n, i) => asset(n, i % 2 ? 'video' : 'image'))];
    const req = request({
      source: '"><script>alert(3)</script>.json',
      prompt: EVIL_PROMPT,
      assets: [{ kind: 'image', index: 0, source: EVIL_NAMES[0] }, { kind: 'video', index: 0, source: EVIL_NAMES[1] }],
      problems: [problem({ code: 'request.schema', message: '<iframe src=//evil>', actual: '<svg onload=x>', limit: null })],
    });
    const thumbs = new Map<string, Thumb>([[EVIL_NAMES[0], { preview: { src: PIXEL, width: 1, height: 1 }, error: '<script>e</script>' }]]);
    const html = buildHtml(buildReport('seedance-2.0-reference-to-video', assets, [req]), thumbs, { toolVersion: '"><script>v</script>' });
    const doc = parseHtml(html);
    expect(activeContent(doc)).toEqual([]);
    const names = find(doc, 'article', 'card').map((c) => text(find(c, 'span', 'name')[0]));
    expect(names.sort()).toEqual(EVIL_NAMES.slice(0, 4).concat('a\\u202egnp.exe').map((n) => n.split('/').pop()!).sort());
    expect(text(find(doc, 'blockquote', 'prompt')[0]).replace(/ ✖ no image 7/, '')).toBe(EVIL_PROMPT);
    const img = find(doc, 'img', 'preview')[0];
    expect(attr(img, 'alt')).toBe(`Preview of ${'"><script>alert(1)</script>.png'.split('/').pop()}`);
    expect(text(doc)).toContain('<iframe src=//evil>');
  });

  it('an image that is not our own data: URI is dropped, so a tampered cache cannot make the page fetch', () => {
    const a = asset('x.png', 'image');
    const thumbs = new Map<string, Thumb>([['x.png', { preview: { src: 'https://example.com/t.png', width: 1, height: 1 }, frames: [{ src: 'data:image/svg+xml;base64,PHN2Zz4=', width: 1, height: 1, at: 0 }] }]]);
    const doc = parseHtml(buildHtml(buildReport('seedance-2.0-reference-to-video', [a], []), thumbs, { toolVersion: '1' }));
    expect(find(doc, 'img', null)).toEqual([]);
    expect(activeContent(doc)).toEqual([]);
  });

  it('a Content-Security-Policy allows only inline styles and data: images', () => {
    const html = buildHtml(buildReport('seedance-2.0-reference-to-video', [], []), new Map(), { toolVersion: '1' });
    const csp = find(parseHtml(html), 'meta', null).find((m) => attr(m, 'http-equiv') === 'Content-Security-Policy');
    expect(attr(csp!, 'content')).toMatch(/default-src 'none'; img-src data:; style-src 'unsafe-inline'/);
  });
});

describe('buildHtml: structure', () => {
  const assets = [
    asset('a/good.jpg', 'image'),
    asset('a/wide.jpg', 'image', [problem()], { width: 900, height: 300 }),
    asset('a/clip.mp4', 'video', [problem({ code: 'file.extension_mismatch', severity: 'warning' })]),
    asset('a/song.mp3', 'audio', [], { durationSec: 4 }),
  ];
  const req = request({
    prompt: 'Open on @image1, then images 1 and 2, the camera of video 1, video 3 and again image 1. 音频1 plays.',
    assets: [
      { kind: 'image', index: 0, source: 'a/good.jpg' },
      { kind: 'image', index: 1, source: 'a/wide.jpg' },
      { kind: 'video', index: 0, source: 'a/clip.mp4' },
      { kind: 'audio', index: 0, source: 'a/song.mp3' },
    ],
  });
  const doc = parseHtml(buildHtml(buildReport('seedance-2.0-reference-to-video', assets, [req]), new Map(), { toolVersion: '1' }));
  const cardName = (id: string) => text(find(byId(doc, id)!, 'span', 'name')[0]);

  it('headings go h1 > h2 > h3 > h4 without skipping, every image and svg chart is labelled', () => {
    const levels = all(doc).filter((e) => /^h[1-6]$/.test(e.tagName!)).map((e) => Number(e.tagName![1]));
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => i && expect(l).toBeLessThanOrEqual(levels[i - 1] + 1));
    for (const i of find(doc, 'img', null)) expect(attr(i, 'alt')).toBeTruthy();
    for (const s of find(doc, 'svg', null)) expect(attr(s, 'aria-label')).toBeTruthy();
  });

  it('ids are unique and every #link lands on one', () => {
    const ids = all(doc).map((e) => attr(e, 'id')).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of find(doc, 'a', null)) expect(byId(doc, attr(a, 'href')!.slice(1))).toBeTruthy();
  });

  it('errors first, then warnings, open; passing files inside a closed <details>', () => {
    const cards = find(doc, 'article', 'card');
    expect(cards.map((c) => attr(c, 'data-status'))).toEqual(['error', 'warning', 'ok', 'ok']);
    const passing = find(doc, 'details', 'passing')[0];
    expect(attr(passing, 'open')).toBeUndefined();
    expect(find(passing, 'article', 'card').map((c) => attr(c, 'data-status'))).toEqual(['ok', 'ok']);
  });

  it('each card says its status in words and icons, not colour alone', () => {
    const badges = find(doc, 'article', 'card').map((c) => text(find(c, 'span', 'badge')[0]));
    expect(badges).toEqual(['✖ 1 error', '⚠ 1 warning', '✔ passes', '✔ passes']);
    const wide = find(doc, 'article', 'card')[0];
    expect(text(wide)).toMatch(/measured 3 · limit 2\.5/);
    expect(text(wide)).toMatch(/Note: the guide says A; we follow the API reference\./);
    expect(text(find(wide, 'p', 'source')[0])).toBe('Source: EvoLink API reference: Seedance 2.0 Reference-to-Video https://docs.evolink.ai/x');
    expect(text(wide)).toMatch(/Fix: crop it/);
  });

  it('every reference in the prompt is a link to its asset, repeats too; a missing one is marked in words', () => {
    const marks = find(doc, 'mark', 'ref').map((m) => ({
      text: text(m),
      missing: hasClass(m, 'ref-missing'),
      to: find(m, 'a', null).map((a) => cardName(attr(a, 'href')!.slice(1))),
    }));
    expect(marks).toEqual([
      { text: '@image1', missing: false, to: ['good.jpg'] },
      { text: 'images 1 and 2', missing: false, to: ['good.jpg', 'wide.jpg'] },
      { text: 'video 1', missing: false, to: ['clip.mp4'] },
      { text: 'video 3 ✖ no video 3', missing: true, to: [] },
      { text: 'image 1', missing: false, to: ['good.jpg'] },
      { text: '音频1', missing: false, to: ['song.mp3'] },
    ]);
    expect(text(find(doc, 'p', 'prompt-note')[0])).toMatch(/✖ 1 of 7 references point to no asset/);
  });

  it('the request lists its assets as the prompt numbers them, each linked to its card', () => {
    const tiles = find(doc, 'ol', 'tiles')[0];
    expect(find(tiles, 'li', 'tile').map((t) => [attr(t, 'data-label'), cardName(attr(find(t, 'a', null)[0], 'href')!.slice(1))])).toEqual([
      ['image 1', 'good.jpg'],
      ['image 2', 'wide.jpg'],
      ['video 1', 'clip.mp4'],
      ['audio 1', 'song.mp3'],
    ]);
  });

  it('shows the billing facts', () => {
    expect(text(find(doc, 'dl', 'billing')[0])).toBe('Output5 sReference video (billed)5 sBillable10 sQuality720p');
  });
});
