import {
  assertToolRuns,
  toolUnavailable
} from "./chunk-YYRF2KAG.js";
import "./chunk-U62BOEQ2.js";
import "./chunk-PFLL5B5F.js";
import "./chunk-NHHYEVMO.js";
export {
  assertToolRuns,
  toolUnavailable
};
