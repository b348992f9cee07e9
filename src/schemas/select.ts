import type { z } from 'zod';
import type { Profile, Source } from '../profiles/types.js';
import { AIGPTIMAGE, EVOLINK_API, EVOLINK_MINI, EVOLINK_TAGS } from '../profiles/documents.js';
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

/** The document that defines the body shape of a profile's dialect. */
export function shapeSource(profile: Profile): Source {
  if (profile.dialect === 'aigptimage') return AIGPTIMAGE;
  if (profile.dialect === 'evolink-tags') return EVOLINK_TAGS;
  if (profile.billing.contentFilterOffMultiplier) return EVOLINK_MINI;
  return EVOLINK_API;
}

