import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, type Fixtures } from '../helpers/fixtures.js';
import { probe } from '../../src/probes/index.js';
import type { Facts } from '../../src/types.js';
import { errorCodes, fixInto, tempDir } from './helpers.js';
import { EACH_FFMPEG } from './ffmpegs.js';

let fx: Fixtures;
let dir: string;

/** A request folder: three clips of 15 s, 2.002 s (23.976 fps) and 15 s: 32 s together, over the 15 s budget. */
async function requestFolder(): Promise<string> {
  const d = await tempDir('req');
  await copyFile(fx.path('videos/dur-15s.mp4'), join(d, 'a.mp4'));
  await copyFile(fx.path('videos/fps-23.976.mp4'), join(d, 'b.mp4'));
  await copyFile(fx.path('videos/dur-15s.mp4'), join(d, 'c.mp4'));
  await copyFile(fx.path('images/format-300x300.gif'), join(d, 'still.gif'));
  await copyFile(fx.path('audio/format.flac'), join(d, 'voice.flac'));
  const body = {
    model: 'seedance-2.0-reference-to-video',
    prompt: 'image 1 sets the scene; video 1, video 2 and video 3 in order; audio 1 under it',
    image_urls: ['still.gif', 'https://example.com/ref.png'],
    video_urls: ['a.mp4', 'b.mp4', 'c.mp4'],
    audio_urls: ['voice.flac'],
    duration: 5,
  };
  await writeFile(join(d, 'request.json'), JSON.stringify(body, null, 2));
  return d;
}

interface Written {
  body: Record<string, string[]>;
  videos: Facts[];
}

async function readManifest(path: string): Promise<Written> {
  const body = JSON.parse(await readFile(path, 'utf8'));
  const videos = await Promise.all((body.video_urls as string[]).map((v) => probe(resolve(dirname(path), v))));
  return { body, videos };
}

const total = (fs: Facts[]) => fs.reduce((s, f) => s + f.durationSec!, 0);

beforeAll(async () => {
  fx = await fixtures();
  dir = await requestFolder();
}, 60_000);

describe.each(EACH_FFMPEG)('fix a manifest with %s: clips trimmed to the budget, a new manifest in the same order', (_title, ffmpeg) => {
  it('proportional (default): the long clips share what the short one leaves; every clip ≥ 2 s and in spec', async () => {
    const { report, out } = await fixInto([join(dir, 'request.json')], { ffmpeg });
    expect(report.failed).toEqual([]);
    expect(report.unfixable).toEqual([]);
    expect(report.ok).toBe(true);
    const m = report.fixed.find((f) => f.source.endsWith('request.json'))!;
    expect(m.output).toBe(join(out, 'request.json'));
    const trims = Object.fromEntries(report.fixed.filter((f) => f.source.endsWith('.mp4')).map((f) => [f.source.split('/').pop(), f.actions.map((a) => `${a.type}:${a.code}`)]));
    expect(trims).toEqual({
      'a.mp4': ['trim:request.video_total_duration'],
      'b.mp4': ['retime:video.fps', 'trim:request.video_total_duration'],
      'c.mp4': ['trim:request.video_total_duration'],
    });

    const w = await readManifest(m.output);
    expect(w.body.video_urls).toEqual(['a.mp4', 'b.mp4', 'c.mp4']);
    expect(w.body.image_urls).toEqual(['still.png', 'https://example.com/ref.png']);
    expect(w.body.audio_urls).toEqual(['voice.wav']);
    expect(w.body.prompt).toMatch(/^image 1 sets the scene/);
    expect(total(w.videos)).toBeLessThanOrEqual(15);
    expect(total(w.videos)).toBeGreaterThan(14.8);
    // video 2 is still the short clip, now at 24 fps
    expect(w.videos[1]).toMatchObject({ fps: { num: 24, den: 1 }, durationSec: 2 });
    expect(Math.abs(w.videos[0].durationSec! - 6.5)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(w.videos[2].durationSec! - 6.5)).toBeLessThanOrEqual(0.05);
    for (const f of w.videos) expect(errorCodes(f)).toEqual([]);
    // the input folder is untouched
    expect(JSON.parse(await readFile(join(dir, 'request.json'), 'utf8')).video_urls).toEqual(['a.mp4', 'b.mp4', 'c.mp4']);
    expect((await probe(join(dir, 'a.mp4'))).durationSec).toBe(15);
  });

  it('--trim-strategy end keeps the first clips and cuts the last ones first', async () => {
    const { report } = await fixInto([join(dir, 'request.json')], { trimStrategy: 'end', ffmpeg });
    expect(report.ok).toBe(true);
    const w = await readManifest(report.fixed.find((f) => f.source.endsWith('request.json'))!.output);
    expect(w.videos.map((f) => Number(f.durationSec!.toFixed(2)))).toEqual([11, 2, 2]);
    expect(total(w.videos)).toBeLessThanOrEqual(15);
  });

  it('a manifest naming an unfixable clip is unfixable with the entry named; the rest is still fixed and pointed at', async () => {
    const d = await tempDir('req-bad');
    await copyFile(fx.path('videos/audio-only.mp4'), join(d, 'voice-only.mp4'));
    await copyFile(fx.path('images/format-300x300.gif'), join(d, 'still.gif'));
    const body = { model: 'seedance-2.0-reference-to-video', prompt: 'image 1 and video 1', image_urls: ['still.gif'], video_urls: ['voice-only.mp4'] };
    await writeFile(join(d, 'request.json'), JSON.stringify(body));
    const { report } = await fixInto([join(d, 'request.json')], { ffmpeg });
    expect(report.ok).toBe(false);
    const m = report.unfixable.find((u) => u.source.endsWith('request.json'))!;
    expect(m.reason).toMatch(/video 1 \(voice-only\.mp4\) cannot be fixed/);
    expect(report.unfixable.find((u) => u.source.endsWith('voice-only.mp4'))!.code).toBe('video.no_video_stream');
    expect(JSON.parse(await readFile(m.output!, 'utf8')).image_urls).toEqual(['still.png']);
  });
});
