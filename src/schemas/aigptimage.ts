import { z } from 'zod';
import { assetList } from './common.js';

/** The aigptimage page: POST https://aigptimage.com/api/v1/jobs/createTask. */
export const aigptimageInputSchema = z.strictObject({
  prompt: z.string().optional(),
  reference_image_urls: assetList.optional(),
  reference_video_urls: assetList.optional(),
  reference_audio_urls: assetList.optional(),
  ratio: z.string().optional(),
  aspect_ratio: z.string().optional(),
  resolution: z.string().optional(),
  duration: z.number().optional(),
  generate_audio: z.boolean().optional(),
  web_search: z.boolean().optional(),
  nsfw_checker: z.boolean().optional(),
});

export const aigptimageRequestSchema = z.strictObject({
  model: z.string(),
  input: aigptimageInputSchema,
});
export type AigptimageRequest = z.infer<typeof aigptimageRequestSchema>;
