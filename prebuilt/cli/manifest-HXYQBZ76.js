import {
  MAX_MANIFEST_BYTES,
  jsonErrorLocation,
  lineColumn,
  loadManifest
} from "./chunk-O37CSCR3.js";
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
} from "./chunk-JFISEGHZ.js";
import "./chunk-Y5SWE2XU.js";
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
