export * from './public.js';
export { CONTENT_FILTER_FIELD } from './mini.js';
export { aigptimageInputSchema } from './aigptimage.js';
export { schemaFor } from './select.js';
export { validateBody } from './validate.js';
