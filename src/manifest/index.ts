export { loadManifest, MAX_MANIFEST_BYTES } from './load.js';
export { normalizeRequest, fieldNames, fieldPath } from './normalize.js';
export { looksLikeBase64, isDataUri, shortWritten, BASE64_MIN_CHARS } from './assets.js';
export { locate, escapes } from './paths.js';
export { jsonErrorLocation, lineColumn } from './jsonError.js';
export type { AssetRef, AssetLocation, NormalizedRequest, NormalizeOptions, PathOps } from './types.js';
