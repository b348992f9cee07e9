import {
  MAX_MANIFEST_BYTES,
  escapes,
  jsonErrorLocation,
  lineColumn,
  loadManifest,
  locate,
  normalizeRequest
} from "./chunk-G74EMFE3.js";
import "./chunk-7TWSQPBL.js";
import {
  BASE64_MIN_CHARS,
  fieldNames,
  fieldPath,
  isDataUri,
  looksLikeBase64,
  shortWritten
} from "./chunk-PAV4FTFP.js";
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
