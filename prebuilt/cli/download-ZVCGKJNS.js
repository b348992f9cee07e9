import {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  MAX_RESULT_BYTES,
  downloadResults
} from "./chunk-X2WGRIAL.js";
import "./chunk-JVNU76HA.js";
import "./chunk-XYRULN2P.js";
import "./chunk-JQ26CTUZ.js";
import "./chunk-OUK7JTJY.js";
import "./chunk-HQRQGH7A.js";
import "./chunk-QOFGJFUA.js";
import "./chunk-7PJ34LFJ.js";
import "./chunk-JOW2LR6I.js";
export {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  MAX_RESULT_BYTES,
  downloadResults
};
