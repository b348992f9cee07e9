import {
  DEFAULT_POLL_INTERVAL_SEC,
  DEFAULT_WAIT_TIMEOUT_SEC,
  getTask,
  pollUntilDone,
  queryTask,
  taskFailure,
  waitForTask
} from "./chunk-G36VSKSV.js";
import "./chunk-JVNU76HA.js";
import "./chunk-XYRULN2P.js";
import "./chunk-JQ26CTUZ.js";
import "./chunk-OUK7JTJY.js";
import "./chunk-HQRQGH7A.js";
import "./chunk-7PJ34LFJ.js";
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
