import { copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { preflight } from '../../src/preflight.js';
import { defaultProfile } from '../../src/profiles/index.js';
import { requestBudgets } from '../../src/reporters/html/budgets.js';
import { buildHtml } from '../../src/reporters/html/build.js';
import { generateThumbs, THUMB_CACHE_FILE } from '../../src/reporters/html/thumbs.js';
import { cacheKeys } from '../../src/cache/index.js';
import type { Report } from '../../src/types.js';
import { fixtures } from '../helpers/fixtures.js';
import { attr, byId, find, parseHtml, text } from './dom.js';

const VIDEOS = ['videos/dur-15s.mp4', 'videos/fps-24.mp4', 'videos/moov-front.mp4', 'videos/aspect-1051x420.mp4'];
const AUDIO = ['audio/wav-15.0s.wav', 'audio/mp3-cbr-5s.mp3'];
const IMAGES = ['images/ok-640x480.jpg', 'images/aspect-751x300.png'];

let dir: string;
let report: Report;

beforeAll(async () => {
  const fx = await fixtures();
  dir = mkdtempSync(join(tmpdir(), 'sp-html-media-'));
  for (const f of [...VIDEOS, ...AUDIO, ...IMAGES]) copyFileSync(fx.path(f), join(dir, basename(f)));
  const body = {
    model: 'seedance-2.0-reference-to-video',
    prompt: 'image 1 and image 2 open; video 1 to video 4 follow; audio 1 under audio 2; end on image 5.',
    image_urls: IMAGES.map((f) => basename(f)),
    video_urls: VIDEOS.map((f) => basename(f)),
    audio_urls: AUDIO.map((f) => basename(f)),
    duration: 5,
  };
  writeFileSync(join(dir, 'request.json'), JSON.stringify(body));
  report = await preflight(join(dir, 'request.json'));
}, 120_000);

const seconds = (source: string) => report.assets.find((a) => a.source === source)!.facts.durationSec!;

describe('budgets of a real over-budget request', () => {
  it('sums the measured clip lengths and counts against the profile limits', () => {
    const req = report.requests[0];
    const b = requestBudgets(req, (s) => report.assets.find((a) => a.source === s), defaultProfile);
    const videoSum = req.assets.filter((a) => a.kind === 'video').reduce((s, a) => s + seconds(a.source), 0);
    expect(b.video).toMatchObject({ max: 15, unknown: 0, total: videoSum });
    expect(b.video.clips.map((c) => c.label)).toEqual(['video 1', 'video 2', 'video 3', 'video 4']);
    expect(b.video.total).toBeGreaterThan(15);
    expect(b.audio.total).toBeCloseTo(20, 1);
    expect(b.counts).toEqual([
      { kind: 'image', count: 2, max: 9, soft: false },
      { kind: 'video', count: 4, max: 3, soft: false },
      { kind: 'audio', count: 2, max: 3, soft: false },
      { kind: 'all', count: 8, max: 12, soft: true },
    ]);
    expect(b.aspects.map((a) => [a.label, Number(a.ratio.toFixed(4)), a.min, a.max])).toEqual([
      ['image 1', 1.3333, 0.4, 2.5],
      ['image 2', 2.5033, 0.4, 2.5],
      ['video 1', 1, 0.4, 2.5],
      ['video 2', 1, 0.4, 2.5],
      ['video 3', 1, 0.4, 2.5],
      ['video 4', 2.5024, 0.4, 2.5],
    ]);
    // The rules saw the same overruns.
    expect(req.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['request.count', 'request.video_total_duration', 'request.audio_total_duration', 'request.prompt_reference_missing']));
  });

  it('draws the bars to scale: each clip its share of the larger of total and limit, the overrun marked', () => {
    const doc = parseHtml(buildHtml(report, new Map(), { toolVersion: '1' }));
    const bar = find(doc, 'div', 'budget').find((d) => attr(d, 'data-budget') === 'video-seconds')!;
    const total = Number(attr(bar, 'data-total'));
    const widths = find(bar, 'span', 'seg').map((s) => Number(/width:([\d.]+)%/.exec(attr(s, 'style')!)![1]));
    const expected = report.requests[0].assets.filter((a) => a.kind === 'video').map((a) => (seconds(a.source) / total) * 100);
    widths.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 1));
    expect(Number(/left:([\d.]+)%/.exec(attr(find(bar, 'span', 'over-zone')[0], 'style')!)![1])).toBeCloseTo((15 / total) * 100, 1);
    expect(text(bar)).toMatch(new RegExp(`✖ over by ${Number((total - 15).toFixed(2))} s`));
    const videos = find(doc, 'li', 'count').find((l) => attr(l, 'data-count') === 'video')!;
    expect([find(videos, 'span', 'pip').length, find(videos, 'span', 'over').length]).toEqual([4, 1]);
    expect(text(videos)).toMatch(/4 of 3 · ✖ 1 over/);
    const missing = find(doc, 'mark', 'ref-missing').map(text);
    expect(missing).toEqual(['image 5 ✖ no image 5']);
  });
});

describe('thumbnails of real media', () => {
  it('a preview per image, a poster and 5 frames spread over each video, a waveform per audio clip', async () => {
    const thumbs = await generateThumbs(report, { concurrency: 2 });
    expect(thumbs.size).toBe(report.assets.length);
    for (const a of report.assets) {
      const t = thumbs.get(a.source)!;
      expect(t.error).toBeUndefined();
      if (a.kind === 'image') {
        expect(t.preview!.src).toMatch(/^data:image\/webp;base64,/);
        expect(Math.max(t.preview!.width, t.preview!.height)).toBeLessThanOrEqual(480);
        expect(t.preview!.width / t.preview!.height).toBeCloseTo(a.facts.width! / a.facts.height!, 1);
      }
      if (a.kind === 'video') {
        expect(t.preview!.src).toMatch(/^data:image\/jpeg;base64,/);
        expect(t.frames!.map((f) => f.at)).toEqual([...t.frames!.map((f) => f.at)].sort((x, y) => x - y));
        expect(t.frames).toHaveLength(5);
        expect(t.frames!.at(-1)!.at).toBeLessThan(a.facts.durationSec!);
      }
      if (a.kind === 'audio') {
        expect(t.waveform!.seconds).toBeCloseTo(a.facts.durationSec!, 1);
        expect(t.waveform!.peaks.length).toBeGreaterThan(50);
        expect(Math.max(...t.waveform!.peaks)).toBeGreaterThan(0.05);
      }
    }
    const doc = parseHtml(buildHtml(report, thumbs, { toolVersion: '1' }));
    expect(find(doc, 'img', 'frame')).toHaveLength(5 * VIDEOS.length);
    expect(find(doc, 'svg', 'wave').length).toBeGreaterThanOrEqual(AUDIO.length);
  }, 60_000);

  it('files that cannot be thumbnailed still get a card, saying why', async () => {
    const fx = await fixtures();
    const bad = mkdtempSync(join(tmpdir(), 'sp-html-bad-'));
    for (const f of ['broken/random.mp4', 'broken/no-moov.mp4', 'broken/empty.jpg', 'broken/truncated.wav']) copyFileSync(fx.path(f), join(bad, basename(f)));
    const r = await lint([bad]);
    const thumbs = await generateThumbs(r, { concurrency: 2 });
    expect(thumbs.get(join(bad, 'random.mp4'))!.error).toMatch(/not an image, video or audio/);
    expect(thumbs.get(join(bad, 'no-moov.mp4'))!.error).toMatch(/could not decode/);
    expect(thumbs.get(join(bad, 'empty.jpg'))!.error).toMatch(/empty/);
    const doc = parseHtml(buildHtml(r, thumbs, { toolVersion: '1' }));
    const cards = find(doc, 'article', 'card');
    expect(cards).toHaveLength(4);
    for (const c of cards) expect(find(c, 'div', 'no-preview').length + find(c, 'svg', 'wave').length).toBe(1);
  }, 60_000);

  it('edge files: EXIF orientation applied, formats sharp cannot read via ffmpeg unenlarged, no decode past the pixel limit, sound-only mp4 as a waveform', async () => {
    const fx = await fixtures();
    const files = ['images/exif-o6-800x400.jpg', 'images/format-300x300.bmp', 'images/ihdr-100000x100000.png', 'videos/audio-only.mp4', 'videos/rotate-90-1280x720.mp4'];
    const r = await lint(files.map((f) => fx.path(f)));
    const thumbs = await generateThumbs(r, { concurrency: 2 });
    const t = (f: string) => thumbs.get(r.assets.find((a) => a.source.endsWith(basename(f)))!.source)!;
    expect([t(files[0]).preview!.width, t(files[0]).preview!.height]).toEqual([240, 480]);
    expect([t(files[1]).preview!.width, t(files[1]).preview!.height]).toEqual([300, 300]);
    expect(t(files[2]).error).toMatch(/pixel limit/);
    expect(t(files[3]).waveform!.seconds).toBeGreaterThan(1);
    expect([t(files[4]).preview!.width, t(files[4]).preview!.height]).toEqual([270, 480]);
  }, 60_000);

  it('--cache keeps thumbnails beside the probe cache, keyed like it: an unchanged file is not decoded again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'sp-html-cache-'));
    const work = mkdtempSync(join(tmpdir(), 'sp-html-cached-'));
    const file = join(work, 'photo.jpg');
    copyFileSync((await fixtures()).path('images/ok-640x480.jpg'), file);
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const r = await lint([work]);
    const cache = { dir: cacheDir, strategy: 'metadata' as const, toolVersion: '1' };
    const first = await generateThumbs(r, { cache, cwd: work });
    expect(first.get(file)!.preview).toBeTruthy();
    expect(cacheKeys(join(cacheDir, THUMB_CACHE_FILE))).toEqual(['photo.jpg']);
    // Same size and mtime, other bytes: only a cache hit can still give the preview.
    writeFileSync(file, Buffer.alloc(statSync(file).size));
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const second = (await generateThumbs(r, { cache, cwd: work })).get(file)!;
    expect(second.preview?.src === first.get(file)!.preview!.src).toBe(true);
    // The content strategy sees the change.
    const byContent = await generateThumbs(r, { cache: { ...cache, strategy: 'content' }, cwd: work });
    expect(byContent.get(file)!.preview).toBeUndefined();
    expect(byContent.get(file)!.error).toBeTruthy();
  }, 60_000);
});

describe('the CLI', () => {
  it('lint --format html --output-file writes one page and prints the one-line summary', async () => {
    const { run } = await import('../helpers/cli.js');
    const out = join(dir, 'out', 'report.html');
    const r = await run(['lint', join(dir, 'request.json'), '--format', 'html', '--output-file', out, '--concurrency', '2']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^✖ .*; report in /)]);
    const doc = parseHtml(readFileSync(out, 'utf8'));
    expect(find(doc, 'article', 'card')).toHaveLength(report.assets.length);
    expect(find(doc, 'img', 'frame')).toHaveLength(5 * VIDEOS.length);
    expect(byId(doc, 'request-1')).toBeTruthy();
  }, 60_000);

  it('with --cache the thumbnails are cached in the folder of the lint cache', async () => {
    const { run } = await import('../helpers/cli.js');
    const cacheDir = mkdtempSync(join(tmpdir(), 'sp-html-clicache-'));
    const out = join(dir, 'cached.html');
    const r = await run(['lint', join(dir, 'request.json'), '--format', 'html', '--output-file', out, '--cache', '--cache-location', `${cacheDir}/`]);
    expect(r.code).toBe(1);
    const entries = cacheKeys(join(cacheDir, THUMB_CACHE_FILE));
    expect(entries).toHaveLength(report.assets.length);
    expect(readdirSync(cacheDir).sort()).toEqual(['lint-cache.json', THUMB_CACHE_FILE]);
  }, 60_000);
});
