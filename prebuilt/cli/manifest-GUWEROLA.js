import {
  MAX_MANIFEST_BYTES,
  escapes,
  jsonErrorLocation,
  lineColumn,
  loadManifest,
  locate,
  normalizeRequest
} from "./chunk-4MASNQQO.js";
import {
  BASE64_MIN_CHARS,
  fieldNames,
  fieldPath,
  isDataUri,
  looksLikeBase64,
  shortWritten
} from "./chunk-JJMBHKIC.js";
import "./chunk-DHUFD2HK.js";
import "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";
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
