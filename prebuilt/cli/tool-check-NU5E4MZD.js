import {
  assertToolRuns,
  toolUnavailable
} from "./chunk-FIAOJ2IO.js";
import "./chunk-QPAOWKMN.js";
import "./chunk-PFLL5B5F.js";
import "./chunk-NHHYEVMO.js";
export {
  assertToolRuns,
  toolUnavailable
};
