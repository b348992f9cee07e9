import {
  killAll,
  killChildrenOnSignals,
  liveChildren,
  track
} from "./chunk-6EZWDLCV.js";
export {
  killAll,
  killChildrenOnSignals,
  liveChildren,
  track
};
