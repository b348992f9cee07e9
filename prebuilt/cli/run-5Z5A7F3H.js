import {
  DEFAULT_RUN_DEADLINE_MS,
  RemoteRun
} from "./chunk-SJH6ORZE.js";
export {
  DEFAULT_RUN_DEADLINE_MS,
  RemoteRun
};
