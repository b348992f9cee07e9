import type { Facts, Finding, Kind } from '../../types.js';
import type { Profile } from '../../profiles/types.js';
import type { AssetRule } from '../types.js';
import { fileRules } from './file.js';
import { imageRules } from './image.js';
import { videoRules } from './video.js';
import { audioRules } from './audio.js';

const byKind: Record<Kind, AssetRule> = { image: imageRules, video: videoRules, audio: audioRules };

/** All findings for one asset. A file that could not be read gets only its read failure. */
export function checkAsset(facts: Facts, profile: Profile): Finding[] {
  const base = fileRules(facts, profile);
  if (facts.failure || facts.kind === null) return base;
  return [...base, ...byKind[facts.kind](facts, profile)];
}

export { fileRules, imageRules, videoRules, audioRules };
