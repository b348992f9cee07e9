import {
  assertToolRuns,
  toolUnavailable
} from "./chunk-T6332RXJ.js";
import "./chunk-7PJ34LFJ.js";
import "./chunk-PFLL5B5F.js";
import "./chunk-QCWCNB3N.js";
export {
  assertToolRuns,
  toolUnavailable
};
