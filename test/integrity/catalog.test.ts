import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { ffprobe } from '../../fixtures/lib/tools.mjs';
import { type FixtureEntry, type Fixtures, fixtures } from '../helpers/fixtures.js';

// The catalog says what each file was built to be; other tests trust it, so check it against the tools.
let fx: Fixtures;
beforeAll(async () => {
  fx = await fixtures();
});

const num = (v: unknown) => (typeof v === 'number' ? v : null);

describe('catalog.json matches the files', () => {
  test('every entry exists with its recorded size', async () => {
    expect(fx.catalog.length).toBeGreaterThan(60);
    for (const e of fx.catalog) expect((await readFile(fx.path(e.file))).length, e.file).toBe(e.bytes);
  });

  test('videos: ffprobe reads the size, rate, frame count, duration and rotation they were built with', async () => {
    const videos = fx.catalog.filter((e) => e.kind === 'video' && !e.expect.failure && e.expect.width);
    expect(videos.length).toBeGreaterThan(25);
    for (const e of videos) {
      const { streams, format } = await ffprobe(fx.path(e.file));
      const v = streams.find((s) => s.codec_type === 'video')!;
      const x = e.expect;
      const rotation = num(v.side_data_list?.find((d: { rotation?: number }) => d.rotation !== undefined)?.rotation) ?? 0;
      const turned = Math.abs(rotation) % 180 === 90;
      expect([turned ? v.height : v.width, turned ? v.width : v.height], e.file).toEqual([x.width, x.height]);
      expect(v.codec_name, e.file).toBe(x.videoCodec);
      if (x.fps) expect(v.avg_frame_rate, e.file).toBe(x.fps);
      if (x.avgFps) expect(v.avg_frame_rate, e.file).toBe(x.avgFps);
      if (x.frames) expect(Number(v.nb_frames), e.file).toBe(x.frames);
      expect(Number(format.duration), e.file).toBeCloseTo(Number(x.durationSec), 2);
      if (x.rotation) expect(Math.abs(rotation), e.file).toBe(x.rotation);
    }
  });

  test('audio: sample counts and durations are exact where the catalog says so', async () => {
    const audio = fx.catalog.filter((e): e is FixtureEntry => e.kind === 'audio' && !e.expect.failure);
    for (const e of audio) {
      const { streams, format } = await ffprobe(fx.path(e.file));
      const a = streams.find((s) => s.codec_type === 'audio')!;
      if (e.expect.samples) expect(Number(a.duration_ts), e.file).toBe(e.expect.samples);
      // without a Xing header ffprobe guesses mp3 duration from the bitrate: that file is the trap, skip it here
      if (e.expect.xing !== false) expect(Number(format.duration), e.file).toBeCloseTo(Number(e.expect.durationSec), 1);
    }
    const noXing = await ffprobe(fx.path('audio/mp3-vbr-noxing-6s.mp3'));
    expect(Math.abs(Number(noXing.format.duration) - 6)).toBeGreaterThan(0.5);
  });

  test('ISO-BMFF files carry the brand of their catalog format, whatever their name', async () => {
    const brands: Record<string, string> = { mp4: 'isom', mov: 'qt  ' };
    const iso = fx.catalog.filter((e) => e.expect.format === 'mp4' || e.expect.format === 'mov');
    expect(iso.length).toBeGreaterThan(25);
    for (const e of iso) {
      const head = (await readFile(fx.path(e.file))).subarray(0, 12);
      if (e.expect.failure === 'corrupt' || head.toString('latin1', 4, 8) !== 'ftyp') continue;
      expect(head.toString('latin1', 8, 12), e.file).toBe(brands[String(e.expect.format)]);
    }
  });

  test('images: sharp reads the stored size and orientation', async () => {
    const images = fx.catalog.filter((e) => e.kind === 'image' && !e.expect.failure && e.expect.decodable !== false);
    for (const e of images) {
      if (e.expect.format === 'bmp') continue; // libvips has no BMP loader; the probes read it with ffprobe
      const m = await sharp(fx.path(e.file)).metadata().catch(() => null);
      expect(m?.format, e.file).toBe(e.expect.format);
      expect([m?.autoOrient.width, m?.autoOrient.height], e.file).toEqual([e.expect.width, e.expect.height]);
      if (e.expect.rotation) expect(m?.orientation, e.file).toBe(e.expect.rotation);
    }
  });
});
