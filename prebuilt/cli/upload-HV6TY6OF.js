import {
  DEFAULT_URL_LIFETIME_SEC,
  MAX_URL_LIFETIME_SEC,
  MIN_URL_LIFETIME_SEC,
  UPLOADER_SETUP,
  UploadError,
  s3Uploader,
  uploaderFromEnv
} from "./chunk-NJNS4CL5.js";
import "./chunk-QPAOWKMN.js";
import "./chunk-ZTFXBDND.js";
export {
  DEFAULT_URL_LIFETIME_SEC,
  MAX_URL_LIFETIME_SEC,
  MIN_URL_LIFETIME_SEC,
  UPLOADER_SETUP,
  UploadError,
  s3Uploader,
  uploaderFromEnv
};
