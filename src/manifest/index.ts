export { loadManifest, MAX_MANIFEST_BYTES } from './load.js';
export { normalizeRequest, fieldNames, fieldPath } from './normalize.js';
export { locate, escapes, looksLikeBase64, isDataUri, shortWritten, BASE64_MIN_CHARS } from './assets.js';
export { jsonErrorLocation, lineColumn } from './jsonError.js';
export type { AssetRef, AssetLocation, NormalizedRequest, NormalizeOptions } from './types.js';
