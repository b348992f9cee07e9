import { z } from 'zod';
import { evolinkShape } from './evolink.js';

/**
 * Seed 003 (mini): the evolink body plus a content-filter switch. The seed describes the switch
 * ("Content filter, enabled by default true"; false bills 1.1x) but does not print its field name,
 * so the name `content_filter` is our assumption.
 */
export const CONTENT_FILTER_FIELD = 'content_filter';

export const miniRequestSchema = z.strictObject({
  ...evolinkShape,
  [CONTENT_FILTER_FIELD]: z.boolean().optional(),
});
export type MiniRequest = z.infer<typeof miniRequestSchema>;
