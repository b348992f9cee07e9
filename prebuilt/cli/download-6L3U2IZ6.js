import {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  MAX_RESULT_BYTES,
  downloadResults
} from "./chunk-RYREECAR.js";
import "./chunk-7CEWDNUX.js";
import "./chunk-JQ26CTUZ.js";
import "./chunk-VBORZNYR.js";
import "./chunk-XYRULN2P.js";
import "./chunk-QPAOWKMN.js";
import "./chunk-JOW2LR6I.js";
import "./chunk-HQRQGH7A.js";
import "./chunk-QOFGJFUA.js";
export {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  MAX_RESULT_BYTES,
  downloadResults
};
