import { describe, expect, it } from 'vitest';
import { facts, fps } from '../helpers/facts.js';
import { defaultProfile, evolinkTagsProfile } from '../../src/profiles/index.js';
import type { Profile } from '../../src/profiles/types.js';
import type { Facts } from '../../src/types.js';
import { checkAsset } from '../../src/rules/asset/index.js';
import { plan } from '../../src/fixer/plan.js';
import { fitFrame, fits, type FrameLimits } from '../../src/fixer/geometry.js';
import { trimToBudget } from '../../src/fixer/budget.js';
import type { FixAction, Plan, PlanOptions } from '../../src/fixer/types.js';
import { EVOLINK_API } from '../../src/profiles/documents.js';

const planOf = (f: Facts, profile: Profile = defaultProfile, opts: PlanOptions = {}) => plan(f, checkAsset(f, profile), profile, opts);
const steps = (p: Plan) => p.actions.map((a: FixAction) => `${a.type}:${a.code}`);
const fixPlan = (p: Plan) => {
  if (p.status !== 'fix') throw new Error(`expected a fix plan, got ${p.status}`);
  return p;
};

describe('plan: compliant, unfixable', () => {
  it('a file without errors is unchanged (warnings and infos do not count)', () => {
    expect(planOf(facts('image')).status).toBe('unchanged');
    expect(planOf(facts('video', { variableFrameRate: true, fps: fps(30) })).status).toBe('unchanged');
    expect(planOf(facts('image', { extension: 'jpg', extensionMismatch: true })).status).toBe('unchanged');
  });

  it('read failures, no video stream, undecodable formats are unfixable, each with the finding code', () => {
    const cases: [Facts, string, string][] = [
      [facts('image', { failure: { reason: 'truncated', detail: 'no IEND' } }), 'file.truncated', 'unreadable'],
      [facts('video', { kind: null, format: null, failure: { reason: 'unknown_format', detail: 'text' } }), 'file.unknown_format', 'unreadable'],
      [facts('video', { hasVideoStream: false, hasAudioStream: true, width: null, height: null, fps: null }), 'video.no_video_stream', 'no_video_stream'],
      [facts('image', { format: 'heic' }), 'image.format', 'cannot_decode'],
      [facts('image', { width: 100_000, height: 100_000 }), 'image.side', 'too_large_to_decode'],
    ];
    for (const [f, code, why] of cases) expect(planOf(f)).toMatchObject({ status: 'unfixable', code, why });
  });
});

describe('plan: too short is lengthened', () => {
  it('a video under 2 s holds its last frame up to 2 s on whole frames; audio gets silence', () => {
    expect(fixPlan(planOf(facts('video', { durationSec: 1.958 }))).actions).toEqual([{ type: 'extend', code: 'video.duration', fromSec: 1.958, toSec: 2 }]);
    expect(fixPlan(planOf(facts('video', { durationSec: 1.9, fps: fps(30000, 1001) }))).actions[0]).toMatchObject({ toSec: 60 / (30000 / 1001) });
    expect(fixPlan(planOf(facts('audio', { durationSec: 1.99 }))).actions).toEqual([{ type: 'extend', code: 'audio.duration', fromSec: 1.99, toSec: 2 }]);
  });
});

describe('plan: every step names the finding it answers, numbers come from the profile', () => {
  it('images: convert lossless to png, scale, pad (or crop), recompress', () => {
    expect(steps(planOf(facts('image', { format: 'gif' })))).toEqual(['convert:image.format']);
    expect(fixPlan(planOf(facts('image', { format: 'tiff' }))).output).toMatchObject({ format: 'png', extension: 'png' });
    expect(fixPlan(planOf(facts('image', { format: 'avif' }))).output).toMatchObject({ format: 'jpeg', extension: 'jpg' });
    expect(fixPlan(planOf(facts('image', { format: 'jpeg', extension: 'jpeg', width: 200, height: 200 }))).output.extension).toBe('jpeg');
    const wide = fixPlan(planOf(facts('image', { width: 751, height: 300 })));
    expect(wide.actions).toEqual([{ type: 'pad', code: 'image.aspect_ratio', from: { width: 751, height: 300 }, to: { width: 751, height: 301 } }]);
    const cropped = fixPlan(planOf(facts('image', { width: 751, height: 300 }), defaultProfile, { crop: true }));
    expect(cropped.actions).toEqual([{ type: 'crop', code: 'image.aspect_ratio', from: { width: 751, height: 300 }, to: { width: 750, height: 300 } }]);
    expect(steps(planOf(facts('image', { bytes: 30_000_001 })))).toEqual(['recompress:image.bytes']);
  });

  it('images: EXIF orientation is applied with any re-encode, and sizes are the displayed ones', () => {
    const p = fixPlan(planOf(facts('image', { format: 'jpeg', width: 300, height: 1000, rotation: 6 })));
    expect(p.actions.map((a) => a.type)).toEqual(['orient', 'pad']);
    expect(p.actions[1]).toMatchObject({ to: { width: 400, height: 1000 } });
  });

  it('video: retime to the nearest bound, exactly', () => {
    expect(fixPlan(planOf(facts('video', { fps: fps(24000, 1001) }))).actions).toEqual([
      { type: 'retime', code: 'video.fps', from: fps(24000, 1001), to: fps(24) },
    ]);
    expect(fixPlan(planOf(facts('video', { fps: fps(120) }))).actions[0]).toMatchObject({ to: { num: 60, den: 1 } });
    const strict: Profile = { ...defaultProfile, video: { ...defaultProfile.video, minFps: { value: 30, source: EVOLINK_API } } };
    expect(fixPlan(planOf(facts('video', { fps: fps(25) }), strict)).actions[0]).toMatchObject({ to: { num: 30, den: 1 } });
  });

  it('video: frame pixels and aspect keep the shape with even sides; rotation and container', () => {
    expect(fixPlan(planOf(facts('video', { width: 639, height: 641 }))).actions).toEqual([
      { type: 'scale', code: 'video.frame_pixels', from: { width: 639, height: 641 }, to: { width: 640, height: 642 } },
    ]);
    const tall = fixPlan(planOf(facts('video', { width: 972, height: 2147 })));
    expect(tall.actions[0]).toMatchObject({ type: 'scale', to: { width: 972, height: 2146 } });
    expect(steps(planOf(facts('video', { width: 1051, height: 420 })))).toEqual(['scale:video.aspect_ratio', 'pad:video.aspect_ratio']);
    expect(steps(planOf(facts('video', { format: 'mkv' })))).toEqual(['remux:video.format']);
    expect(steps(planOf(facts('video', { format: 'webm', videoCodec: 'vp8' })))).toEqual(['convert:video.format']);
    expect(steps(planOf(facts('video', { fps: fps(15), rotation: 90, width: 720, height: 1280 })))).toEqual(['orient:video.fps', 'retime:video.fps']);
  });

  it('video: trim to the clip limit, bytes by a computed bitrate under the cap', () => {
    expect(fixPlan(planOf(facts('video', { durationSec: 15.042 }))).actions).toEqual([{ type: 'trim', code: 'video.duration', fromSec: 15.042, toSec: 15 }]);
    const big = fixPlan(planOf(facts('video', { bytes: 50_000_001, durationSec: 10, hasAudioStream: true })));
    const b = big.actions.find((a) => a.type === 'bitrate')!;
    expect(b).toMatchObject({ code: 'video.bytes', maxBytes: 50_000_000 });
    if (b.type !== 'bitrate') throw new Error('bitrate');
    expect(((b.kbps + b.audioKbps!) * 1000 * 10) / 8).toBeLessThan(50_000_000);
  });

  it('audio: lossless to wav, lossy to mp3, trim, and shrink a wav by downmix then resample', () => {
    expect(fixPlan(planOf(facts('audio', { format: 'flac' }))).output.format).toBe('wav');
    expect(fixPlan(planOf(facts('audio', { format: 'ogg' }))).output.format).toBe('mp3');
    expect(steps(planOf(facts('audio', { format: 'wav', durationSec: 15.01 })))).toEqual(['trim:audio.duration']);
    const small: Profile = { ...defaultProfile, audio: { ...defaultProfile.audio, maxBytes: { value: 1_000_000, source: EVOLINK_API } } };
    const huge = fixPlan(planOf(facts('audio', { format: 'wav', bytes: 8_640_044, durationSec: 15, sampleRate: 48_000, channels: 6 }), small));
    expect(steps(huge)).toEqual(['downmix:audio.bytes', 'resample:audio.bytes']);
    expect(huge.actions[1]).toMatchObject({ from: 48_000, to: 32_000 });
    expect(steps(planOf(facts('audio', { format: 'wav', bytes: 15_000_001, durationSec: 15, sampleRate: 44100, channels: 1 })))).toEqual(['recompress:audio.bytes']);
  });

  it('manifest shares: a budget trim and a together-size share are steps of their own', () => {
    const p = fixPlan(planOf(facts('video', { durationSec: 10 }), defaultProfile, { trimTo: { sec: 6, code: 'request.video_total_duration' } }));
    expect(p.actions).toEqual([{ type: 'trim', code: 'request.video_total_duration', fromSec: 10, toSec: 6 }]);
    const q = fixPlan(planOf(facts('video', { bytes: 30_000_000 }), evolinkTagsProfile, { maxBytes: { bytes: 20_000_000, code: 'request.video_total_bytes' } }));
    expect(q.actions[0]).toMatchObject({ type: 'bitrate', code: 'request.video_total_bytes', maxBytes: 20_000_000 });
  });
});

describe('geometry', () => {
  const video: FrameLimits = { minSide: 300, maxSide: 6000, minAspect: 0.4, maxAspect: 2.5, minPixels: 409_600, maxPixels: 2_086_876, step: 2 };
  it('every answer meets every limit, for shapes across the range', () => {
    for (const [w, h] of [[1, 1], [100, 3000], [3000, 100], [8000, 8000], [1921, 1081], [639, 641], [20000, 300], [301, 7001]]) {
      for (const mode of ['pad', 'crop'] as const) {
        const g = fitFrame({ width: w, height: h }, video, mode);
        expect(g, `${w}x${h} ${mode}`).not.toBeNull();
        expect(fits(g!.output, video), `${w}x${h} ${mode} -> ${JSON.stringify(g)}`).toBe(true);
        expect(g!.content.width).toBeLessThanOrEqual(g!.output.width);
        expect(g!.content.height).toBeLessThanOrEqual(g!.output.height);
      }
    }
  });
  it('a frame that already fits is left as it is', () => {
    expect(fitFrame({ width: 640, height: 640 }, video, 'pad')).toEqual({ output: { width: 640, height: 640 }, crop: null, content: { width: 640, height: 640 } });
  });
});

describe('budget', () => {
  const clips = [{ durationSec: 10, floorSec: 2 }, { durationSec: 6, floorSec: 2 }, { durationSec: 2.5, floorSec: 2 }];
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  it('proportional, end and longest all fit the budget, keep each at its floor or more, never lengthen', () => {
    for (const s of ['proportional', 'end', 'longest'] as const) {
      const t = trimToBudget(clips, 15, s)!;
      expect(total(t)).toBeCloseTo(15, 6);
      t.forEach((x, i) => {
        expect(x).toBeGreaterThanOrEqual(2);
        expect(x).toBeLessThanOrEqual(clips[i].durationSec);
      });
    }
    expect(trimToBudget(clips, 15, 'proportional')!.map((x) => Number(x.toFixed(3)))).toEqual([8.108, 4.865, 2.027]);
    expect(trimToBudget(clips, 15, 'end')).toEqual([10, 3, 2]);
    expect(trimToBudget(clips, 15, 'longest')!.map((x) => Number(x.toFixed(3)))).toEqual([6.5, 6, 2.5]);
  });
  it('clips under the budget are untouched; floors over it are impossible', () => {
    expect(trimToBudget([{ durationSec: 5, floorSec: 2 }], 15, 'proportional')).toEqual([5]);
    expect(trimToBudget(Array.from({ length: 8 }, () => ({ durationSec: 3, floorSec: 2 })), 15, 'end')).toBeNull();
  });
});

describe('plan: audio changes are steps with their reason', () => {
  it('a 96 kHz 6-channel ogg becoming mp3 is resampled to 48 kHz and downmixed to stereo, booked to the format change', () => {
    const p = fixPlan(planOf(facts('audio', { format: 'ogg', extension: 'ogg', sampleRate: 96_000, channels: 6 })));
    expect(p.actions).toEqual([
      { type: 'convert', code: 'audio.format', from: 'ogg', to: 'mp3' },
      { type: 'resample', code: 'audio.format', from: 96_000, to: 48_000 },
      { type: 'downmix', code: 'audio.format', from: 6, to: 2 },
    ]);
  });
  it('a wav keeps its sample format; a 32-bit float wav over the cap becomes 16-bit first', () => {
    const keep = fixPlan(planOf(facts('audio', { format: 'wav', extension: 'wav', durationSec: 15.5, sampleRate: 8000, channels: 1 }), defaultProfile, { sampleFormat: { codec: 'pcm_u8', sampleFmt: 'u8', bits: 8 } }));
    expect(keep.output.pcm).toEqual({ codec: 'pcm_u8', label: '8-bit' });
    const big = fixPlan(planOf(facts('audio', { format: 'wav', extension: 'wav', durationSec: 15, sampleRate: 192_000, channels: 2, bytes: 23_040_044 }), defaultProfile, { sampleFormat: { codec: 'pcm_f32le', sampleFmt: 'flt', bits: 32 } }));
    expect(big.actions[0]).toEqual({ type: 'sampleformat', code: 'audio.bytes', from: '32-bit float', to: '16-bit', codec: 'pcm_s16le' });
  });
});
