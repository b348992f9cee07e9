import { EVOLINK_API as API, EVOLINK_GUIDE as GUIDE, EVOLINK_TAGS as TAGS } from './documents.js';
import type { Profile } from './types.js';

/**
 * "MB" in the provider documents is read as 1,000,000 bytes: the stricter of the two readings,
 * so a file we pass is never one the provider's MiB-or-MB check rejects.
 */
export const MB = 1_000_000;

/** seedance-2.0-reference-to-video. Follows the EvoLink API reference; the guide where only it speaks. */
export const defaultProfile: Profile = {
  id: 'seedance-2.0-reference-to-video',
  title: 'Seedance 2.0 reference-to-video (evolink, OpenAPI)',
  dialect: 'evolink',
  models: ['seedance-2.0-reference-to-video'],
  source: API,
  image: {
    maxCount: { value: 9, source: API },
    formats: { value: ['jpeg', 'png', 'webp'], source: API },
    minSide: { value: 300, source: API },
    maxSide: { value: 6000, source: API },
    minAspect: { value: 0.4, source: API },
    maxAspect: { value: 2.5, source: API },
    maxBytes: { value: 30 * MB, source: API },
  },
  video: {
    maxCount: { value: 3, source: API },
    formats: { value: ['mp4', 'mov'], source: API },
    minDurationSec: { value: 2, source: API },
    maxDurationSec: { value: 15, source: API },
    maxTotalDurationSec: { value: 15, source: API },
    minSide: { value: 300, source: API },
    maxSide: { value: 6000, source: API },
    minAspect: { value: 0.4, source: API },
    maxAspect: { value: 2.5, source: API },
    minFramePixels: { value: 409_600, source: API },
    maxFramePixels: { value: 2_086_876, source: API, note: 'the EvoLink guide says reference videos are 480p-720p; the API reference allows frames up to 2,086,876 px (1080p); we follow the API reference' },
    minFps: { value: 24, source: API },
    maxFps: { value: 60, source: API },
    maxBytes: { value: 50 * MB, source: API },
  },
  audio: {
    maxCount: { value: 3, source: API },
    formats: { value: ['mp3', 'wav'], source: API },
    minDurationSec: { value: 2, source: API },
    maxDurationSec: { value: 15, source: API },
    maxTotalDurationSec: { value: 15, source: API },
    maxBytes: { value: 15 * MB, source: API },
  },
  request: {
    maxAssets: { value: 12, source: TAGS, severity: 'warning', note: 'only the older @Image1 page caps all assets at 12; the API reference allows 9 images, 3 videos and 3 audio clips, so more than 12 is a warning' },
    maxBodyBytes: { value: 64 * MB, source: API },
    noInlineData: { value: true, source: API },
    audioNeedsVisual: { value: true, source: GUIDE },
    noAssetsHint: { value: true, source: GUIDE },
    promptRequired: { value: true, source: API },
    promptRecommendedCjkChars: { value: 500, source: GUIDE, severity: 'warning' },
    promptRecommendedWords: { value: 1000, source: GUIDE, severity: 'warning' },
    durations: { value: { min: 4, max: 15, integer: true, auto: null, default: 5 }, source: API },
    qualities: { value: ['480p', '720p', '1080p'], source: API },
    defaultQuality: { value: '720p', source: API },
    aspectRatios: { value: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'], source: API },
    defaultAspectRatio: { value: '16:9', source: API },
    generateAudioDefault: { value: true, source: API },
    callbackUrl: { value: { httpsOnly: true, publicHostOnly: true, maxLength: 2048 }, source: API },
    urlMinLifetimeSec: { value: 3600, source: GUIDE, severity: 'warning', note: 'no document states a lifetime; the guide\'s example task estimates 180 s and queues come first, so an hour of margin' },
  },
  billing: {
    referenceVideoBilled: { value: true, source: GUIDE },
  },
};
