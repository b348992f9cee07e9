import {
  killAll,
  killChildrenOnSignals,
  liveChildren,
  track,
  withChildScope
} from "./chunk-QCWCNB3N.js";
export {
  killAll,
  killChildrenOnSignals,
  liveChildren,
  track,
  withChildScope
};
