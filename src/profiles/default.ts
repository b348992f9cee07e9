import type { Profile } from './types.js';

/**
 * "MB" in the seeds is read as 1,000,000 bytes: the stricter of the two readings,
 * so a file we pass is never one the provider's MiB-or-MB check rejects.
 */
export const MB = 1_000_000;

/** seedance-2.0-reference-to-video. Source of truth: 002 (the OpenAPI); see ../shared/LIMITS.md. */
export const defaultProfile: Profile = {
  id: 'seedance-2.0-reference-to-video',
  title: 'Seedance 2.0 reference-to-video (evolink, OpenAPI)',
  dialect: 'evolink',
  models: ['seedance-2.0-reference-to-video'],
  seeds: ['000', '002'],
  image: {
    maxCount: { value: 9, seed: '002' },
    formats: { value: ['jpeg', 'png', 'webp'], seed: '002' },
    minSide: { value: 300, seed: '002' },
    maxSide: { value: 6000, seed: '002' },
    minAspect: { value: 0.4, seed: '002' },
    maxAspect: { value: 2.5, seed: '002' },
    maxBytes: { value: 30 * MB, seed: '002' },
  },
  video: {
    maxCount: { value: 3, seed: '002' },
    formats: { value: ['mp4', 'mov'], seed: '002' },
    minDurationSec: { value: 2, seed: '002' },
    maxDurationSec: { value: 15, seed: '002' },
    maxTotalDurationSec: { value: 15, seed: '002' },
    minSide: { value: 300, seed: '002' },
    maxSide: { value: 6000, seed: '002' },
    minAspect: { value: 0.4, seed: '002' },
    maxAspect: { value: 2.5, seed: '002' },
    minFramePixels: { value: 409_600, seed: '002' },
    maxFramePixels: { value: 2_086_876, seed: '002', note: '000 says 480p-720p only; 002 allows 1080p (LIMITS.md conflict 1)' },
    minFps: { value: 24, seed: '002' },
    maxFps: { value: 60, seed: '002' },
    maxBytes: { value: 50 * MB, seed: '002' },
  },
  audio: {
    maxCount: { value: 3, seed: '002' },
    formats: { value: ['mp3', 'wav'], seed: '002' },
    minDurationSec: { value: 2, seed: '002' },
    maxDurationSec: { value: 15, seed: '002' },
    maxTotalDurationSec: { value: 15, seed: '002' },
    maxBytes: { value: 15 * MB, seed: '002' },
  },
  request: {
    maxAssets: { value: 12, seed: '001', severity: 'warning', note: 'only seed 001 states a 12-asset cap (LIMITS.md conflict 3)' },
    maxBodyBytes: { value: 64 * MB, seed: '002' },
    noInlineData: { value: true, seed: '002' },
    audioNeedsVisual: { value: true, seed: '000' },
    noAssetsHint: { value: true, seed: '000' },
    promptRequired: { value: true, seed: '002' },
    promptRecommendedCjkChars: { value: 500, seed: '000', severity: 'warning' },
    promptRecommendedWords: { value: 1000, seed: '000', severity: 'warning' },
    durations: { value: { min: 4, max: 15, integer: true, auto: null, default: 5 }, seed: '002' },
    qualities: { value: ['480p', '720p', '1080p'], seed: '002' },
    defaultQuality: { value: '720p', seed: '002' },
    aspectRatios: { value: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'], seed: '002' },
    defaultAspectRatio: { value: '16:9', seed: '002' },
    generateAudioDefault: { value: true, seed: '002' },
    callbackUrl: { value: { httpsOnly: true, publicHostOnly: true, maxLength: 2048 }, seed: '002' },
    urlMinLifetimeSec: { value: 3600, seed: '000', severity: 'warning', note: 'the example task estimates 180 s and queues come first; an hour of margin' },
  },
  billing: {
    referenceVideoBilled: { value: true, seed: '000' },
  },
};
