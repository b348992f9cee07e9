import {
  probe
} from "./chunk-EBXGU4GQ.js";
import {
  isUrl
} from "./chunk-I6J33UPO.js";
import "./chunk-PTKPSOYJ.js";
import "./chunk-K2LW2AEP.js";
import "./chunk-PFLL5B5F.js";
import "./chunk-NHHYEVMO.js";
import "./chunk-LLKCU2CL.js";
import "./chunk-FQU4QRPX.js";
export {
  isUrl,
  probe
};
