import { z } from 'zod';
import { evolinkShape } from './evolink.js';

/**
 * The older EvoLink @Image1 page: the same endpoint plus `seed` (-1 = random) and duration -1.
 * 001 strips its field names; the names of 002 are assumed for the shared fields, and
 * callback_url (not mentioned by 001) is kept since it is the same endpoint.
 */
export const evolinkTagsRequestSchema = z.strictObject({
  ...evolinkShape,
  seed: z.number().optional(),
});
export type EvolinkTagsRequest = z.infer<typeof evolinkTagsRequestSchema>;
