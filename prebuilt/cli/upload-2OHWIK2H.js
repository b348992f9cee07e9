import {
  DEFAULT_URL_LIFETIME_SEC,
  MAX_URL_LIFETIME_SEC,
  MIN_URL_LIFETIME_SEC,
  UPLOADER_SETUP,
  UploadError,
  s3Uploader,
  uploaderFromEnv
} from "./chunk-57QZST65.js";
import "./chunk-ZTFXBDND.js";
import "./chunk-QPAOWKMN.js";
export {
  DEFAULT_URL_LIFETIME_SEC,
  MAX_URL_LIFETIME_SEC,
  MIN_URL_LIFETIME_SEC,
  UPLOADER_SETUP,
  UploadError,
  s3Uploader,
  uploaderFromEnv
};
