import {
  killAll,
  killChildrenOnSignals,
  liveChildren,
  track,
  withChildScope
} from "./chunk-Z7VVAHJZ.js";
export {
  killAll,
  killChildrenOnSignals,
  liveChildren,
  track,
  withChildScope
};
