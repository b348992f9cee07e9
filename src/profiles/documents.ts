import type { Source } from './types.js';

/**
 * The public provider documents the built-in profiles follow, by title and URL.
 * Where a page's own address could not be confirmed, the URL is the site's documentation root.
 */
const checked = '2026-11-30';

export const EVOLINK_API: Source = {
  title: 'EvoLink API reference: Seedance 2.0 Reference-to-Video',
  url: 'https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-reference-to-video',
  checked,
};

export const EVOLINK_GUIDE: Source = {
  title: 'EvoLink Seedance 2.0 guide: Reference-to-Video API',
  url: 'https://seedance2api.app/docs/reference-to-video',
  checked,
};

export const EVOLINK_TAGS: Source = {
  title: 'EvoLink: Seedance 2.0 Multimodal Reference to Video (the older @Image1 page)',
  url: 'https://docs.evolink.ai',
  checked,
};

export const EVOLINK_MINI: Source = {
  title: 'EvoLink API reference: Seedance 2.0 Mini Reference-to-Video',
  url: 'https://docs.evolink.ai',
  checked,
};

export const AIGPTIMAGE: Source = {
  title: 'aigptimage: Seedance 2.0 Reference to Video API Documentation',
  url: 'https://aigptimage.com/en/docs/video-models/seedance/seedance-2.0-reference-to-video',
  checked,
};

export const documents = { EVOLINK_API, EVOLINK_GUIDE, EVOLINK_TAGS, EVOLINK_MINI, AIGPTIMAGE } as const;
