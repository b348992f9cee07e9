import {
  probe
} from "./chunk-23JRSOYH.js";
import {
  isUrl
} from "./chunk-I6J33UPO.js";
import "./chunk-QHT62NCK.js";
import "./chunk-K2LW2AEP.js";
import "./chunk-PFLL5B5F.js";
import "./chunk-6EZWDLCV.js";
import "./chunk-LLKCU2CL.js";
import "./chunk-FQU4QRPX.js";
export {
  isUrl,
  probe
};
