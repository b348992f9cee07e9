import { z } from 'zod';
import { assetList } from './common.js';

/**
 * Body of POST /v1/videos/generations (the EvoLink guide and API reference). Types and shape only: value limits
 * (duration 4-15, quality list, ...) are rules that read the profile, so messages can cite their documents.
 * `prompt` is optional here because "prompt required" is a rule of its own (request.prompt_missing).
 */
export const evolinkShape = {
  model: z.string(),
  prompt: z.string().optional(),
  image_urls: assetList.optional(),
  video_urls: assetList.optional(),
  audio_urls: assetList.optional(),
  duration: z.number().optional(),
  quality: z.string().optional(),
  aspect_ratio: z.string().optional(),
  generate_audio: z.boolean().optional(),
  callback_url: z.string().optional(),
};

export const evolinkRequestSchema = z.strictObject(evolinkShape);
export type EvolinkRequest = z.infer<typeof evolinkRequestSchema>;
