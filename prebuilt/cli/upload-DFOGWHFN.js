import {
  DEFAULT_URL_LIFETIME_SEC,
  MAX_URL_LIFETIME_SEC,
  MIN_URL_LIFETIME_SEC,
  UPLOADER_SETUP,
  UploadError,
  s3Uploader,
  uploaderFromEnv
} from "./chunk-RBKOC2SY.js";
import "./chunk-ZTFXBDND.js";
import "./chunk-7PJ34LFJ.js";
export {
  DEFAULT_URL_LIFETIME_SEC,
  MAX_URL_LIFETIME_SEC,
  MIN_URL_LIFETIME_SEC,
  UPLOADER_SETUP,
  UploadError,
  s3Uploader,
  uploaderFromEnv
};
