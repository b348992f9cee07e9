import { describe, expect, it } from 'vitest';
import { checkAsset } from '../../src/rules/asset/index.js';
import { defaultProfile, evolinkTagsProfile } from '../../src/profiles/index.js';
import { render } from '../../src/messages/index.js';
import { facts, fps } from '../helpers/facts.js';
import type { Facts } from '../../src/types.js';
import { EVOLINK_API } from '../../src/profiles/documents.js';

const codesOf = (f: Facts, p = defaultProfile) => checkAsset(f, p).map((x) => x.code);

describe('image rules at the exact boundaries (seed 002)', () => {
  it('per side: 300 and 6000 pass, 299 and 6001 fail', () => {
    expect(codesOf(facts('image', { width: 300, height: 300 }))).toEqual([]);
    expect(codesOf(facts('image', { width: 6000, height: 2400 }))).toEqual([]);
    expect(codesOf(facts('image', { width: 299, height: 300 }))).toEqual(['image.side']);
    expect(codesOf(facts('image', { width: 6001, height: 2401 }))).toEqual(['image.side']);
    expect(codesOf(facts('image', { width: 2401, height: 6001 }))).toEqual(['image.side']);
  });

  it('aspect ratio: 0.4 and 2.5 pass, just outside fails', () => {
    expect(codesOf(facts('image', { width: 750, height: 300 }))).toEqual([]);
    expect(codesOf(facts('image', { width: 300, height: 750 }))).toEqual([]);
    expect(codesOf(facts('image', { width: 751, height: 300 }))).toEqual(['image.aspect_ratio']);
    expect(codesOf(facts('image', { width: 300, height: 751 }))).toEqual(['image.aspect_ratio']);
    expect(codesOf(facts('image', { width: 2500, height: 1000 }))).toEqual([]);
    expect(codesOf(facts('image', { width: 2501, height: 1000 }))).toEqual(['image.aspect_ratio']);
  });

  it('bytes: 30,000,000 passes, one more fails', () => {
    expect(codesOf(facts('image', { bytes: 30_000_000 }))).toEqual([]);
    const f = checkAsset(facts('image', { bytes: 30_000_001 }), defaultProfile);
    expect(f.map((x) => x.code)).toEqual(['image.bytes']);
    expect(f[0].args).toMatchObject({ actual: 30_000_001, limit: 30_000_000, bound: 'max', source: EVOLINK_API });
  });

  it('format by content: gif fails, webp passes', () => {
    expect(codesOf(facts('image', { format: 'gif' }))).toEqual(['image.format']);
    expect(codesOf(facts('image', { format: 'webp' }))).toEqual([]);
  });
});

describe('video rules at the exact boundaries (seed 002)', () => {
  it('duration: 2.0 and 15.0 pass, just outside fails', () => {
    expect(codesOf(facts('video', { durationSec: 2.0 }))).toEqual([]);
    expect(codesOf(facts('video', { durationSec: 15.0 }))).toEqual([]);
    expect(codesOf(facts('video', { durationSec: 1.999 }))).toEqual(['video.duration']);
    expect(codesOf(facts('video', { durationSec: 15.001 }))).toEqual(['video.duration']);
  });

  it('fps: 24 and 60 pass; 24000/1001 and 61 fail (exact rationals, never rounded)', () => {
    expect(codesOf(facts('video', { fps: fps(24) }))).toEqual([]);
    expect(codesOf(facts('video', { fps: fps(60) }))).toEqual([]);
    expect(codesOf(facts('video', { fps: fps(24000, 1001) }))).toEqual(['video.fps']);
    expect(codesOf(facts('video', { fps: fps(61) }))).toEqual(['video.fps']);
    expect(codesOf(facts('video', { fps: fps(60000, 1001) }))).toEqual([]);
  });

  it('frame pixels: 409,600 and 2,086,876 pass; 409,599 and 2,086,877 fail', () => {
    expect(codesOf(facts('video', { width: 640, height: 640 }))).toEqual([]);
    expect(codesOf(facts('video', { width: 2206, height: 946 }))).toEqual([]);
    expect(codesOf(facts('video', { width: 639, height: 641 }))).toEqual(['video.frame_pixels']);
    // 2,086,877 is prime-ish for legal sides; the rule reads width*height, so a synthetic fact proves the +1.
    const f = checkAsset(facts('video', { width: 2_086_877, height: 1 }), defaultProfile).find((x) => x.code === 'video.frame_pixels');
    expect(f?.args).toMatchObject({ actual: 2_086_877, limit: 2_086_876, bound: 'max' });
    expect(codesOf(facts('video', { width: 972, height: 2147 }))).toEqual(['video.frame_pixels']);
  });

  it('per side and aspect ratio', () => {
    expect(codesOf(facts('video', { width: 1000, height: 410 }))).toEqual([]);
    expect(codesOf(facts('video', { width: 751, height: 300 }))).toEqual(['video.aspect_ratio', 'video.frame_pixels']);
    expect(codesOf(facts('video', { width: 2000, height: 299 }))).toContain('video.side');
  });

  it('bytes: 50,000,000 passes, one more fails; tag dialect has no per-clip cap', () => {
    expect(codesOf(facts('video', { bytes: 50_000_000 }))).toEqual([]);
    expect(codesOf(facts('video', { bytes: 50_000_001 }))).toEqual(['video.bytes']);
    expect(codesOf(facts('video', { bytes: 50_000_001 }), evolinkTagsProfile)).toEqual([]);
  });

  it('no video stream is one finding and stops the per-frame checks', () => {
    expect(codesOf(facts('video', { hasVideoStream: false, hasAudioStream: true, width: null, height: null, fps: null }))).toEqual(['video.no_video_stream']);
  });

  it('container by content: mov passes, mkv fails', () => {
    expect(codesOf(facts('video', { format: 'mov' }))).toEqual([]);
    expect(codesOf(facts('video', { format: 'mkv' }))).toEqual(['video.format']);
  });

  it('variable frame rate is an info, not an error', () => {
    const f = checkAsset(facts('video', { variableFrameRate: true }), defaultProfile);
    expect(f.map((x) => [x.code, x.severity])).toEqual([['video.variable_frame_rate', 'info']]);
  });
});

describe('audio rules at the exact boundaries (seed 002)', () => {
  it('duration 2.0 and 15.0 pass; outside fails', () => {
    expect(codesOf(facts('audio', { durationSec: 2 }))).toEqual([]);
    expect(codesOf(facts('audio', { durationSec: 15 }))).toEqual([]);
    expect(codesOf(facts('audio', { durationSec: 1.99 }))).toEqual(['audio.duration']);
    expect(codesOf(facts('audio', { durationSec: 15.01 }))).toEqual(['audio.duration']);
  });

  it('bytes 15,000,000 passes, one more fails; flac fails by format', () => {
    expect(codesOf(facts('audio', { bytes: 15_000_000 }))).toEqual([]);
    expect(codesOf(facts('audio', { bytes: 15_000_001 }))).toEqual(['audio.bytes']);
    expect(codesOf(facts('audio', { format: 'flac' }))).toEqual(['audio.format']);
  });
});

describe('file findings', () => {
  it('a read failure is the only finding', () => {
    expect(codesOf(facts('image', { failure: { reason: 'truncated', detail: 'no IEND' } }))).toEqual(['file.truncated']);
    expect(codesOf(facts('video', { failure: { reason: 'empty', detail: '0 bytes' } }))).toEqual(['file.empty']);
  });

  it('content that is not media is unknown_format; a lying name is a warning', () => {
    expect(codesOf(facts('image', { kind: null, format: null }))).toEqual(['file.unknown_format']);
    const f = checkAsset(facts('image', { extension: 'jpg', format: 'png', extensionMismatch: true }), defaultProfile);
    expect(f.map((x) => [x.code, x.severity])).toEqual([['file.extension_mismatch', 'warning']]);
  });
});

describe('messages say the file, the measured value, the limit and the fix', () => {
  it('renders every asset code it is given', () => {
    const [finding] = checkAsset(facts('video', { source: 'clips/a.mp4', fps: fps(24000, 1001) }), defaultProfile);
    const p = render(finding, 'clips/a.mp4');
    expect(p).toMatchObject({ code: 'video.fps', severity: 'error', limit: 24, source: { title: EVOLINK_API.title, url: EVOLINK_API.url } });
    expect(p.message).toContain('clips/a.mp4');
    expect(p.message).toContain('24000/1001');
    expect(p.fix).toBeTruthy();
  });
});

describe('both sides out of the same bound give one finding', () => {
  it('200x200 is one image.side finding; 299x6001 is two', () => {
    const f = checkAsset(facts('image', { width: 200, height: 200 }), defaultProfile);
    expect(f.map((x) => x.code)).toEqual(['image.side']);
    expect(f[0].args).toMatchObject({ side: 'width and height', actual: 200, limit: 300 });
    expect(codesOf(facts('image', { width: 299, height: 6001 }))).toEqual(['image.side', 'image.side', 'image.aspect_ratio']);
  });
});
