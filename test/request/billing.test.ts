import { describe, expect, it } from 'vitest';
import { billing } from '../../src/billing.js';
import { normalizeRequest } from '../../src/manifest/index.js';
import type { AssetRef } from '../../src/manifest/types.js';
import { base, facts, urls } from './helpers.js';

const bill = (body: object, videoSecs: (number | null)[] = [], profile?: string) => {
  const req = normalizeRequest(body, 'b', { profile });
  return billing(req, req.profile, (ref: AssetRef) => (ref.kind === 'video' && videoSecs[ref.index] !== undefined ? facts('video', { durationSec: videoSecs[ref.index] }) : undefined));
};

describe('billing', () => {
  it('evolink: output seconds (default 5) plus reference-video seconds; no credit table', () => {
    expect(bill(base)).toMatchObject({ outputSeconds: 5, referenceVideoSeconds: 0, billableSeconds: 5, quality: '720p', creditsPerSecond: null, estimatedCredits: null, multiplier: 1, reason: null });
    expect(bill({ ...base, duration: 10, video_urls: urls('video', 2) }, [4.5, 3])).toMatchObject({ outputSeconds: 10, referenceVideoSeconds: 7.5, billableSeconds: 17.5 });
  });

  it('an unprobed reference video leaves billable seconds unknown (nothing guessed)', () => {
    expect(bill({ ...base, video_urls: urls('video', 2) }, [4])).toMatchObject({ referenceVideoSeconds: 4, billableSeconds: null, estimatedCredits: null });
  });

  it('duration -1 (model decides, 001) has no known output seconds', () => {
    expect(bill({ ...base, seed: -1, duration: -1 })).toMatchObject({ outputSeconds: null, billableSeconds: null });
  });

  it('aigptimage: 40 / 80 / 160 credits per second by resolution (004), default 720p', () => {
    const aig = (input: object) => bill({ model: base.model, input: { prompt: 'x', duration: 5, ...input } });
    expect(aig({ resolution: '480p' })).toMatchObject({ creditsPerSecond: 40, estimatedCredits: 200 });
    expect(aig({})).toMatchObject({ quality: '720p', creditsPerSecond: 80, estimatedCredits: 400 });
    expect(aig({ resolution: '1080p', reference_video_urls: urls('video', 1) })).toMatchObject({ creditsPerSecond: 160, billableSeconds: 5, estimatedCredits: 800 });
    // The aigptimage page prices output seconds only: a reference video adds nothing, measured or not.
    const withVideo = bill({ model: base.model, input: { prompt: 'x', duration: 5, resolution: '1080p', reference_video_urls: urls('video', 1) } }, [3]);
    expect(withVideo).toMatchObject({ billableSeconds: 5, estimatedCredits: 800 });
    expect(aig({ resolution: '4k' })).toMatchObject({ creditsPerSecond: null, estimatedCredits: null });
  });

  it('mini with the content filter off bills 1.1x (003); on or absent 1x', () => {
    const mini = { ...base, model: 'seedance-2.0-mini-reference-to-video' };
    expect(bill({ ...mini, content_filter: false }).multiplier).toBe(1.1);
    expect(bill({ ...mini, content_filter: true }).multiplier).toBe(1);
    expect(bill(mini).multiplier).toBe(1);
    expect(bill({ ...base, content_filter: false }).multiplier).toBe(1);
  });
});
