import {
  DEFAULT_POLL_INTERVAL_SEC,
  DEFAULT_WAIT_TIMEOUT_SEC,
  getTask,
  pollUntilDone,
  queryTask,
  taskFailure,
  waitForTask
} from "./chunk-A63LKCJG.js";
import "./chunk-7CEWDNUX.js";
import "./chunk-JQ26CTUZ.js";
import "./chunk-VBORZNYR.js";
import "./chunk-XYRULN2P.js";
import "./chunk-QPAOWKMN.js";
import "./chunk-JOW2LR6I.js";
import "./chunk-HQRQGH7A.js";
export {
  DEFAULT_POLL_INTERVAL_SEC,
  DEFAULT_WAIT_TIMEOUT_SEC,
  getTask,
  pollUntilDone,
  queryTask,
  taskFailure,
  waitForTask
};
