import {
  assertToolRuns,
  toolUnavailable
} from "./chunk-UNZHOV4M.js";
import "./chunk-7PJ34LFJ.js";
import "./chunk-PFLL5B5F.js";
import "./chunk-Z7VVAHJZ.js";
export {
  assertToolRuns,
  toolUnavailable
};
