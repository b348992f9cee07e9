/** `seedance-preflight/schemas`: the zod schemas of the request dialects (a separate entry, so the root stays light). */
export { evolinkRequestSchema, type EvolinkRequest } from './evolink.js';
export { evolinkTagsRequestSchema, type EvolinkTagsRequest } from './evolinkTags.js';
export { miniRequestSchema, type MiniRequest } from './mini.js';
export { aigptimageRequestSchema, type AigptimageRequest } from './aigptimage.js';
