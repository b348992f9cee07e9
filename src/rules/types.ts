import type { Facts, Finding } from '../types.js';
import type { Profile } from '../profiles/types.js';

/** A rule on one asset: reads normalised facts and the profile, returns plain findings. */
export type AssetRule = (facts: Facts, profile: Profile) => Finding[];
