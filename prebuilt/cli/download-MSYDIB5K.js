import {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  downloadResults
} from "./chunk-RAPL7TUU.js";
import "./chunk-IRAX4ZJR.js";
import "./chunk-JQ26CTUZ.js";
import "./chunk-SPJVPRD7.js";
import "./chunk-XYRULN2P.js";
import "./chunk-HQRQGH7A.js";
import "./chunk-JOW2LR6I.js";
export {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  downloadResults
};
