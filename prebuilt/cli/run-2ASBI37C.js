import {
  DEFAULT_RUN_DEADLINE_MS,
  RemoteRun
} from "./chunk-OCHUQYK5.js";
export {
  DEFAULT_RUN_DEADLINE_MS,
  RemoteRun
};
