import {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  MAX_RESULT_BYTES,
  downloadResults
} from "./chunk-7JSQFZBJ.js";
import "./chunk-LWDCLECR.js";
import "./chunk-XYRULN2P.js";
import "./chunk-JQ26CTUZ.js";
import "./chunk-VBORZNYR.js";
import "./chunk-HQRQGH7A.js";
import "./chunk-QOFGJFUA.js";
import "./chunk-QPAOWKMN.js";
import "./chunk-JOW2LR6I.js";
export {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  MAX_RESULT_BYTES,
  downloadResults
};
