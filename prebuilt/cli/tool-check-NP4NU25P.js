import {
  assertToolRuns,
  toolUnavailable
} from "./chunk-QQCJYGL3.js";
import "./chunk-QPAOWKMN.js";
import "./chunk-PFLL5B5F.js";
import "./chunk-QCWCNB3N.js";
export {
  assertToolRuns,
  toolUnavailable
};
