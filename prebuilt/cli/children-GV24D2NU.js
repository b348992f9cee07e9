import {
  killAll,
  killChildrenOnSignals,
  liveChildren,
  track,
  withChildScope
} from "./chunk-NHHYEVMO.js";
export {
  killAll,
  killChildrenOnSignals,
  liveChildren,
  track,
  withChildScope
};
