import {
  DEFAULT_POLL_INTERVAL_SEC,
  DEFAULT_WAIT_TIMEOUT_SEC,
  getTask,
  pollUntilDone,
  queryTask,
  taskFailure,
  waitForTask
} from "./chunk-ON6NZJMJ.js";
import "./chunk-IRAX4ZJR.js";
import "./chunk-JQ26CTUZ.js";
import "./chunk-SPJVPRD7.js";
import "./chunk-XYRULN2P.js";
import "./chunk-HQRQGH7A.js";
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
