import { describe, expect, it } from 'vitest';
import { base, check, codes, facts, only, urls } from './helpers.js';
import { EVOLINK_API, EVOLINK_GUIDE, EVOLINK_TAGS } from '../../src/profiles/documents.js';

describe('request.count per kind (002)', () => {
  it.each([
    ['image_urls', 'image', 9],
    ['video_urls', 'video', 3],
    ['audio_urls', 'audio', 3],
  ] as const)('%s: %i ok, one more is an error', (field, kind, max) => {
    const img = kind === 'audio' ? { image_urls: urls('image', 1) } : {};
    expect(only(check({ ...base, ...img, [field]: urls(kind, max) }), 'request.count')).toEqual([]);
    const bad = only(check({ ...base, ...img, [field]: urls(kind, max + 1) }), 'request.count');
    expect(bad).toEqual([{ code: 'request.count', severity: 'error', args: { kind, field, actual: max + 1, limit: max, source: EVOLINK_API } }]);
  });

  it('aigptimage counts its reference_*_urls lists', () => {
    const f = only(check({ model: base.model, input: { prompt: 'x', reference_video_urls: urls('video', 4) } }), 'request.count');
    expect(f[0].args).toMatchObject({ kind: 'video', field: 'reference_video_urls', actual: 4, limit: 3 });
  });
});

describe('request.asset_cap (12, seed 001)', () => {
  const twelve = { image_urls: urls('image', 9), video_urls: urls('video', 2), audio_urls: urls('audio', 1) };
  const thirteen = { ...twelve, video_urls: urls('video', 3) };

  it('12 is fine in both profiles', () => {
    expect(only(check({ ...base, ...twelve }), 'request.asset_cap')).toEqual([]);
    expect(only(check({ ...base, seed: 1, ...twelve }), 'request.asset_cap')).toEqual([]);
  });
  it('13 is a warning naming 001 in the default profile', () => {
    const [f] = only(check({ ...base, ...thirteen }), 'request.asset_cap');
    expect(f.severity).toBe('warning');
    expect(f.args).toMatchObject({ actual: 13, limit: 12, source: EVOLINK_TAGS });
  });
  it('13 is an error in the tag dialect', () => {
    const [f] = only(check({ ...base, seed: -1, ...thirteen }), 'request.asset_cap');
    expect(f.severity).toBe('error');
    expect(f.args).toMatchObject({ actual: 13, limit: 12, source: EVOLINK_TAGS });
  });
});

describe('request.kind_mismatch', () => {
  it('content of another kind than its list is an error; same kind or unknown kind is not', () => {
    const body = { ...base, video_urls: urls('video', 3) };
    const fs = check(body, { video: [facts('video'), facts('audio'), facts(null)] });
    expect(only(fs, 'request.kind_mismatch').map((f) => f.args)).toEqual([
      expect.objectContaining({ kind: 'video', index: 1, actual: 'audio', suggestedField: 'audio_urls' }),
    ]);
  });
});

describe('duration totals', () => {
  const clips = (ds: number[]) => ds.map((d) => facts('video', { durationSec: d }));
  const audios = (ds: number[]) => ds.map((d) => facts('audio', { durationSec: d }));
  const vbody = { ...base, video_urls: urls('video', 3) };
  const abody = { ...base, image_urls: urls('image', 1), audio_urls: urls('audio', 3) };

  it('video: 15.0 s from three clips is fine, 15.001 s is an error', () => {
    expect(only(check(vbody, { video: clips([5, 5, 5]) }), 'request.video_total_duration')).toEqual([]);
    const [f] = only(check(vbody, { video: clips([5, 5, 5.001]) }), 'request.video_total_duration');
    expect(f).toMatchObject({ severity: 'error', args: { bound: 'max', actual: 15.001, limit: 15, source: EVOLINK_API, clips: 3, unknown: 0 } });
  });
  it('float sums that are 15 exactly do not trip (4.1 + 5.2 + 5.7)', () => {
    expect(only(check(vbody, { video: clips([4.1, 5.2, 5.7]) }), 'request.video_total_duration')).toEqual([]);
  });
  it('a partial sum already over the limit is reported with the unprobed count', () => {
    const [f] = only(check(vbody, { video: [facts('video', { durationSec: 10 }), facts('video', { durationSec: 6 })] }), 'request.video_total_duration');
    expect(f.args).toMatchObject({ actual: 16, unknown: 1 });
  });
  it('audio: 15.0 s fine, 15.001 s error', () => {
    expect(only(check(abody, { audio: audios([5, 5, 5]) }), 'request.audio_total_duration')).toEqual([]);
    const [f] = only(check(abody, { audio: audios([5, 5.001, 5]) }), 'request.audio_total_duration');
    expect(f.args).toMatchObject({ actual: 15.001, limit: 15, source: EVOLINK_API });
  });
  it('tag dialect (001): videos together 2-15 s', () => {
    const tags = { ...vbody, seed: 1 };
    expect(only(check(tags, { video: clips([0.5, 0.5, 1]) }), 'request.video_total_duration')).toEqual([]);
    const [low] = only(check(tags, { video: clips([0.5, 0.5, 0.999]) }), 'request.video_total_duration');
    expect(low.args).toMatchObject({ bound: 'min', actual: 1.999, limit: 2, source: EVOLINK_TAGS });
    const [high] = only(check(tags, { video: clips([5, 5, 5.001]) }), 'request.video_total_duration');
    expect(high.args).toMatchObject({ bound: 'max', actual: 15.001, limit: 15, source: EVOLINK_TAGS });
  });
  it('the 2 s minimum total is not judged while a clip is unprobed', () => {
    const f = check({ ...vbody, seed: 1 }, { video: [facts('video', { durationSec: 0.5 })] });
    expect(only(f, 'request.video_total_duration')).toEqual([]);
  });
});

describe('request.video_total_bytes (< 50 MB together, 001 only)', () => {
  const body = { ...base, seed: 7, video_urls: urls('video', 3) };
  const sizes = (b: number[]) => ({ video: b.map((bytes) => facts('video', { bytes })) });
  it('49,999,999 bytes together is fine; 50,000,000 is an error (strictly less than)', () => {
    expect(only(check(body, sizes([20_000_000, 20_000_000, 9_999_999])), 'request.video_total_bytes')).toEqual([]);
    const [f] = only(check(body, sizes([20_000_000, 20_000_000, 10_000_000])), 'request.video_total_bytes');
    expect(f.args).toMatchObject({ actual: 50_000_000, limit: 50_000_000, exclusive: true, source: EVOLINK_TAGS });
  });
  it('the default profile has no total-bytes limit (50 MB each instead)', () => {
    expect(only(check({ ...base, video_urls: urls('video', 3) }, sizes([40e6, 40e6, 40e6])), 'request.video_total_bytes')).toEqual([]);
  });
});

describe('presence', () => {
  it('audio without image or video is an error; with one image it is fine', () => {
    const [f] = only(check({ ...base, audio_urls: urls('audio', 1) }), 'request.audio_without_visual');
    expect(f).toMatchObject({ severity: 'error', args: { audios: 1, source: EVOLINK_GUIDE } });
    expect(only(check({ ...base, audio_urls: urls('audio', 1), image_urls: urls('image', 1) }), 'request.audio_without_visual')).toEqual([]);
    expect(only(check({ ...base, audio_urls: urls('audio', 1), video_urls: urls('video', 1) }), 'request.audio_without_visual')).toEqual([]);
  });
  it('no assets at all is an info, not an error', () => {
    const fs = check(base);
    expect(only(fs, 'request.no_assets')).toEqual([{ code: 'request.no_assets', severity: 'info', args: { actual: 0, source: EVOLINK_GUIDE } }]);
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
    expect(codes(check({ ...base, image_urls: urls('image', 1) }))).not.toContain('request.no_assets');
  });
});
