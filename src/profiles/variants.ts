import { defaultProfile, MB } from './default.js';
import type { Profile } from './types.js';

/** Only the differences from the default profile, as LIMITS.md lists them. */

export const fastProfile: Profile = {
  ...defaultProfile,
  id: 'seedance-2.0-fast-reference-to-video',
  title: 'Seedance 2.0 Fast reference-to-video (evolink)',
  models: ['seedance-2.0-fast-reference-to-video'],
  seeds: ['000', '001', '002'],
  request: {
    ...defaultProfile.request,
    qualities: { value: ['480p', '720p'], seed: '001' },
  },
};

export const miniProfile: Profile = {
  ...defaultProfile,
  id: 'seedance-2.0-mini-reference-to-video',
  title: 'Seedance 2.0 Mini reference-to-video (evolink, announced)',
  models: ['seedance-2.0-mini-reference-to-video'],
  seeds: ['003'],
  request: {
    ...defaultProfile.request,
    qualities: { value: ['480p', '720p'], seed: '003', note: '1080p "coming soon"' },
    unavailable: { value: 'This model is not yet available (coming soon)', seed: '003', severity: 'warning' },
  },
  billing: {
    ...defaultProfile.billing,
    contentFilterOffMultiplier: { value: 1.1, seed: '003' },
  },
};

/** Seed 001: the older evolink page with @Image1 tags, `seed`, duration -1 and a 12-asset cap. */
export const evolinkTagsProfile: Profile = {
  ...defaultProfile,
  id: 'evolink-tags',
  title: 'Seedance 2.0 reference-to-video, evolink tag dialect (@Image1)',
  dialect: 'evolink-tags',
  models: ['seedance-2.0-reference-to-video', 'seedance-2.0-fast-reference-to-video'],
  seeds: ['001'],
  video: {
    ...defaultProfile.video,
    // 001 states only "total duration 2-15 seconds" and "total size <50MB".
    minDurationSec: undefined,
    maxDurationSec: undefined,
    minTotalDurationSec: { value: 2, seed: '001' },
    maxTotalDurationSec: { value: 15, seed: '001' },
    maxBytes: undefined,
    maxTotalBytesExclusive: { value: 50 * MB, seed: '001', note: 'each profile keeps its own (LIMITS.md conflict 2)' },
  },
  request: {
    ...defaultProfile.request,
    maxAssets: { value: 12, seed: '001' },
    promptMaxChars: { value: 5000, seed: '001' },
    promptRecommendedCjkChars: undefined,
    promptRecommendedWords: undefined,
    durations: { value: { min: 4, max: 15, integer: true, auto: -1, default: 5 }, seed: '001' },
    qualities: { value: ['480p', '720p'], seed: '001' },
    aspectRatios: { value: ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive'], seed: '001' },
    defaultAspectRatio: { value: 'adaptive', seed: '001' },
    seed: { value: { min: -1, max: 2 ** 32 - 1, random: -1 }, seed: '001' },
  },
};

/** Seed 004: aigptimage `{model, input:{...}}`; asset limits as the default profile (same model). */
export const aigptimageProfile: Profile = {
  ...defaultProfile,
  id: 'aigptimage',
  title: 'Seedance 2.0 reference-to-video on aigptimage',
  dialect: 'aigptimage',
  models: ['seedance-2.0-reference-to-video'],
  seeds: ['004', '002'],
  request: {
    ...defaultProfile.request,
    promptRequired: { value: false, seed: '004' },
    promptMaxChars: { value: 20000, seed: '004' },
    promptRecommendedCjkChars: undefined,
    promptRecommendedWords: undefined,
    durations: { value: { min: 4, max: 15, integer: true, auto: null, default: 5 }, seed: '002', note: '004 gives only "number"; the model limits of 002 apply' },
    qualities: { value: ['480p', '720p', '1080p'], seed: '004' },
    aspectRatios: { value: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'], seed: '002', note: '004 lists common options 16:9, 9:16, 1:1, 3:4' },
    generateAudioDefault: { value: false, seed: '004' },
    callbackUrl: undefined,
  },
  billing: {
    ...defaultProfile.billing,
    creditsPerSecond: { value: { '480p': 40, '720p': 80, '1080p': 160 }, seed: '004' },
  },
};
