import {
  DEFAULT_POLL_INTERVAL_SEC,
  DEFAULT_WAIT_TIMEOUT_SEC,
  getTask,
  pollUntilDone,
  queryTask,
  taskFailure,
  waitForTask
} from "./chunk-RE6RMTUU.js";
import "./chunk-55WKHEEH.js";
import "./chunk-JQ26CTUZ.js";
import "./chunk-W6TJ37AF.js";
import "./chunk-XYRULN2P.js";
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
