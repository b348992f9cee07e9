import {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  downloadResults
} from "./chunk-QADLCDX2.js";
import "./chunk-55WKHEEH.js";
import "./chunk-JQ26CTUZ.js";
import "./chunk-W6TJ37AF.js";
import "./chunk-XYRULN2P.js";
import "./chunk-HQRQGH7A.js";
export {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  downloadResults
};
