import { defaultProfile, MB } from './default.js';
import { AIGPTIMAGE as AIG, EVOLINK_API as API, EVOLINK_GUIDE as GUIDE, EVOLINK_MINI as MINI, EVOLINK_TAGS as TAGS } from './documents.js';
import type { Profile } from './types.js';

/** Only the differences from the default profile. */

export const fastProfile: Profile = {
  ...defaultProfile,
  id: 'seedance-2.0-fast-reference-to-video',
  title: 'Seedance 2.0 Fast reference-to-video (evolink)',
  models: ['seedance-2.0-fast-reference-to-video'],
  source: GUIDE,
  request: {
    ...defaultProfile.request,
    qualities: { value: ['480p', '720p'], source: TAGS },
  },
};

export const miniProfile: Profile = {
  ...defaultProfile,
  id: 'seedance-2.0-mini-reference-to-video',
  title: 'Seedance 2.0 Mini reference-to-video (evolink, announced)',
  models: ['seedance-2.0-mini-reference-to-video'],
  source: MINI,
  request: {
    ...defaultProfile.request,
    qualities: { value: ['480p', '720p'], source: MINI, note: 'the mini page lists 1080p as "coming soon"' },
    unavailable: { value: 'This model is not yet available (coming soon)', source: MINI, severity: 'warning' },
  },
  billing: {
    ...defaultProfile.billing,
    contentFilterOffMultiplier: { value: 1.1, source: MINI },
  },
};

/** The older EvoLink page with @Image1 tags, `seed`, duration -1 and a 12-asset cap. */
export const evolinkTagsProfile: Profile = {
  ...defaultProfile,
  id: 'evolink-tags',
  title: 'Seedance 2.0 reference-to-video, evolink tag dialect (@Image1)',
  dialect: 'evolink-tags',
  models: ['seedance-2.0-reference-to-video', 'seedance-2.0-fast-reference-to-video'],
  source: TAGS,
  video: {
    ...defaultProfile.video,
    // The page states only "total duration 2-15 seconds" and "total size <50MB".
    minDurationSec: undefined,
    maxDurationSec: undefined,
    minTotalDurationSec: { value: 2, source: TAGS },
    maxTotalDurationSec: { value: 15, source: TAGS },
    maxBytes: undefined,
    maxTotalBytesExclusive: { value: 50 * MB, source: TAGS, note: 'this page says under 50 MB together; the API reference says 50 MB each; each profile follows its own page' },
  },
  request: {
    ...defaultProfile.request,
    maxAssets: { value: 12, source: TAGS },
    promptMaxChars: { value: 5000, source: TAGS },
    promptRecommendedCjkChars: undefined,
    promptRecommendedWords: undefined,
    durations: { value: { min: 4, max: 15, integer: true, auto: -1, default: 5 }, source: TAGS },
    qualities: { value: ['480p', '720p'], source: TAGS },
    aspectRatios: { value: ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive'], source: TAGS },
    defaultAspectRatio: { value: 'adaptive', source: TAGS },
    seed: { value: { min: -1, max: 2 ** 32 - 1, random: -1 }, source: TAGS },
  },
};

/** aigptimage `{model, input:{...}}`; asset limits as the default profile (same model). */
export const aigptimageProfile: Profile = {
  ...defaultProfile,
  id: 'aigptimage',
  title: 'Seedance 2.0 reference-to-video on aigptimage',
  dialect: 'aigptimage',
  models: ['seedance-2.0-reference-to-video'],
  source: AIG,
  request: {
    ...defaultProfile.request,
    promptRequired: { value: false, source: AIG },
    promptMaxChars: { value: 20000, source: AIG },
    promptRecommendedCjkChars: undefined,
    promptRecommendedWords: undefined,
    durations: { value: { min: 4, max: 15, integer: true, auto: null, default: 5 }, source: API, note: 'the aigptimage page gives only "number"; the same model\'s limits on the EvoLink API reference apply' },
    qualities: { value: ['480p', '720p', '1080p'], source: AIG },
    aspectRatios: { value: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'], source: API, note: 'the aigptimage page lists common options 16:9, 9:16, 1:1, 3:4; the same model\'s list on the EvoLink API reference applies' },
    generateAudioDefault: { value: false, source: AIG },
    callbackUrl: undefined,
  },
  billing: {
    ...defaultProfile.billing,
    creditsPerSecond: { value: { '480p': 40, '720p': 80, '1080p': 160 }, source: AIG },
  },
};
