import {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  downloadResults
} from "./chunk-2BZ4DFFO.js";
import "./chunk-PNZZ7QFJ.js";
import "./chunk-JQ26CTUZ.js";
import "./chunk-VBORZNYR.js";
import "./chunk-XYRULN2P.js";
import "./chunk-QPAOWKMN.js";
import "./chunk-JOW2LR6I.js";
import "./chunk-HQRQGH7A.js";
export {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  downloadResults
};
