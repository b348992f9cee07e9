import {
  MAX_MANIFEST_BYTES,
  jsonErrorLocation,
  lineColumn,
  loadManifest
} from "./chunk-UTOSJC7Z.js";
import {
  BASE64_MIN_CHARS,
  escapes,
  fieldNames,
  fieldPath,
  isDataUri,
  locate,
  looksLikeBase64,
  normalizeRequest,
  shortWritten
} from "./chunk-6F3KEMSG.js";
import "./chunk-GHOBZYGY.js";
export {
  BASE64_MIN_CHARS,
  MAX_MANIFEST_BYTES,
  escapes,
  fieldNames,
  fieldPath,
  isDataUri,
  jsonErrorLocation,
  lineColumn,
  loadManifest,
  locate,
  looksLikeBase64,
  normalizeRequest,
  shortWritten
};
