import type { Dialect } from '../profiles/types.js';
import { jsonPath } from '../schemas/validate.js';
import { CONTENT_FILTER_FIELD } from '../schemas/mini.js';

/** The JSON field names per dialect, so findings and messages can name what the user wrote. */
export function fieldNames(dialect: Dialect) {
  if (dialect === 'aigptimage') {
    return {
      prefix: ['input'],
      image: 'reference_image_urls',
      video: 'reference_video_urls',
      audio: 'reference_audio_urls',
      quality: 'resolution',
      aspectRatio: 'ratio',
      contentFilter: 'nsfw_checker',
    } as const;
  }
  return {
    prefix: [],
    image: 'image_urls',
    video: 'video_urls',
    audio: 'audio_urls',
    quality: 'quality',
    aspectRatio: 'aspect_ratio',
    contentFilter: CONTENT_FILTER_FIELD,
  } as const;
}

/** `$.image_urls` or `$.input.prompt` for a field of the request's dialect. */
export function fieldPath(dialect: Dialect, field: string, index?: number): string {
  const segs: (string | number)[] = [...fieldNames(dialect).prefix, field];
  if (index !== undefined) segs.push(index);
  return jsonPath(segs);
}
