import { beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/probes/index.js';
import type { Facts } from '../../src/types.js';
import { fixtures, type FixtureEntry, type Fixtures } from '../helpers/fixtures.js';

// Every generated fixture probed for real: facts must be what the file was built to be.
// Top-level await: the catalog names the tests (generation is a no-op when the files are current).
const fx: Fixtures = await fixtures();
const probed = new Map<string, Facts>();

beforeAll(async () => {
  // two at a time: the machine has two cores
  const queue = [...fx.catalog];
  await Promise.all(
    [0, 1].map(async () => {
      for (let e = queue.shift(); e; e = queue.shift()) probed.set(e.file, await probe(fx.path(e.file)));
    }),
  );
});

const rat = (f: Facts['fps']) => (f ? `${f.num}/${f.den}` : null);
const ratValue = (s: string) => {
  const [n, d] = s.split('/').map(Number);
  return n / d;
};

function check(e: FixtureEntry, f: Facts) {
  const x = e.expect as Record<string, unknown>;
  expect(f.source).toBe(fx.path(e.file));
  // an empty file has no content to have a kind; the catalog's kind is the one it pretends to be
  expect(f.kind).toBe(x.failure === 'empty' ? null : e.kind);
  expect(f.extension).toBe(e.file.split('.').pop());
  // the fixture catalog names Matroska 'matroska'; the probe uses the file-type name 'mkv'
  if ('format' in x) expect(f.format).toBe(x.format === 'matroska' ? 'mkv' : x.format);
  expect(f.failure?.reason ?? null).toBe(x.failure ?? null);
  if (x.failure) return;
  expect(f.bytes).toBe(e.bytes);
  if ('width' in x) expect([f.width, f.height]).toEqual([x.width, x.height]);
  if ('rotation' in x) expect(f.rotation).toBe(x.rotation);
  for (const k of ['videoCodec', 'audioCodec', 'hasVideoStream', 'hasAudioStream', 'sampleRate', 'channels'] as const) {
    if (k in x) expect(f[k], k).toBe(x[k]);
  }
  if (e.kind === 'video' && f.hasVideoStream) {
    const fps = (x.fps ?? x.avgFps) as string;
    expect(rat(f.fps)).toBe(fps);
    expect(f.variableFrameRate).toBe(x.variableFrameRate ?? false);
    // within one frame
    expect(Math.abs(f.durationSec! - (x.durationSec as number))).toBeLessThan(1 / ratValue(fps));
  } else if ('durationSec' in x) {
    expect(Math.abs(f.durationSec! - (x.durationSec as number))).toBeLessThan(0.05);
  }
}

describe('probe() on every generated fixture', () => {
  it('has the catalog', () => {
    expect(fx.catalog.length).toBeGreaterThan(40);
  });
  it.each(fx.catalog.map((e) => [e.file, e] as const))('%s', (_name, e) => {
    const f = probed.get(e.file)!;
    try {
      check(e, f);
    } catch (err) {
      (err as Error).message += `\nfacts: ${JSON.stringify(f)}`;
      throw err;
    }
  });

  it('reads sides as displayed: EXIF orientation 6 and a 90 degree display matrix swap them', () => {
    const jpg = probed.get('images/exif-o6-800x400.jpg')!;
    expect([jpg.width, jpg.height, jpg.rotation]).toEqual([400, 800, 6]);
    const mp4 = probed.get('videos/rotate-90-1280x720.mp4')!;
    expect([mp4.width, mp4.height, mp4.rotation]).toEqual([720, 1280, 90]);
  });

  it('gives exact frame rates', () => {
    expect(probed.get('videos/fps-24.mp4')!.fps).toEqual({ num: 24, den: 1, value: 24 });
    expect(probed.get('videos/fps-23.976.mp4')!.fps).toEqual({ num: 24000, den: 1001, value: 24000 / 1001 });
    expect(probed.get('videos/fps-60.mp4')!.fps).toEqual({ num: 60, den: 1, value: 60 });
  });

  it('flags the variable frame rate clip and reports its average', () => {
    const f = probed.get('videos/vfr.mp4')!;
    expect(f.variableFrameRate).toBe(true);
    expect(rat(f.fps)).toBe('920/33');
  });

  it('tells mp4 from mov by the brand, and finds the mp4 without a video stream', () => {
    expect(probed.get('videos/container.mov')!.format).toBe('mov');
    const a = probed.get('videos/audio-only.mp4')!;
    expect([a.kind, a.format, a.hasVideoStream, a.hasAudioStream]).toEqual(['video', 'mp4', false, true]);
  });

  it('detects mislabelled files by content', () => {
    const png = probed.get('broken/png-named.jpg')!;
    expect([png.format, png.extension, png.extensionMismatch]).toEqual(['png', 'jpg', true]);
    const text = probed.get('broken/text.png')!;
    expect([text.kind, text.failure?.reason]).toEqual([null, 'unknown_format']);
  });

  it('reads a header that claims 10^10 pixels without decoding it', () => {
    const f = probed.get('images/ihdr-100000x100000.png')!;
    expect([f.width, f.height, f.failure]).toEqual([100000, 100000, null]);
  });
});
