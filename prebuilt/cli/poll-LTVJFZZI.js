import {
  DEFAULT_POLL_INTERVAL_SEC,
  DEFAULT_WAIT_TIMEOUT_SEC,
  getTask,
  pollUntilDone,
  queryTask,
  taskFailure,
  waitForTask
} from "./chunk-WMFTDTTP.js";
import "./chunk-LWDCLECR.js";
import "./chunk-XYRULN2P.js";
import "./chunk-JQ26CTUZ.js";
import "./chunk-VBORZNYR.js";
import "./chunk-HQRQGH7A.js";
import "./chunk-QPAOWKMN.js";
import "./chunk-JOW2LR6I.js";
export {
  DEFAULT_POLL_INTERVAL_SEC,
  DEFAULT_WAIT_TIMEOUT_SEC,
  getTask,
  pollUntilDone,
  queryTask,
  taskFailure,
  waitForTask
};
