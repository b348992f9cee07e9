import type { z } from 'zod';
import type { Profile, SeedId } from '../profiles/types.js';
import { evolinkRequestSchema } from './evolink.js';
import { evolinkTagsRequestSchema } from './evolinkTags.js';
import { miniRequestSchema } from './mini.js';
import { aigptimageRequestSchema } from './aigptimage.js';

/** The body schema a profile's dialect uses (mini adds its content-filter switch). */
export function schemaFor(profile: Profile): z.ZodType {
  if (profile.dialect === 'aigptimage') return aigptimageRequestSchema;
  if (profile.dialect === 'evolink-tags') return evolinkTagsRequestSchema;
  if (profile.billing.contentFilterOffMultiplier) return miniRequestSchema;
  return evolinkRequestSchema;
}

/** The seed that defines the body shape of a profile. */
export function shapeSeed(profile: Profile): SeedId {
  if (profile.dialect === 'aigptimage') return '004';
  if (profile.dialect === 'evolink-tags') return '001';
  if (profile.billing.contentFilterOffMultiplier) return '003';
  return '002';
}

