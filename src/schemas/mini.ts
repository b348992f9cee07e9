import { z } from 'zod';
import { evolinkShape } from './evolink.js';

/**
 * The mini page: the evolink body plus a content-filter switch. The page describes the switch
 * ("Content filter, enabled by default true"; false bills 1.1x) without printing its field name; EvoLink's
 * "Seedance 2.0 Complete Parameter Guide" shows it as `content_filter` in a request example.
 */
export const CONTENT_FILTER_FIELD = 'content_filter';

export const miniRequestSchema = z.strictObject({
  ...evolinkShape,
  [CONTENT_FILTER_FIELD]: z.boolean().optional(),
});
export type MiniRequest = z.infer<typeof miniRequestSchema>;
