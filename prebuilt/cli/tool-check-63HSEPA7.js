import {
  assertToolRuns,
  toolUnavailable
} from "./chunk-TOE5ZR72.js";
import "./chunk-U62BOEQ2.js";
import "./chunk-PFLL5B5F.js";
import "./chunk-6EZWDLCV.js";
export {
  assertToolRuns,
  toolUnavailable
};
