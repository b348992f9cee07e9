import {
  probe
} from "./chunk-7PJ4X7EF.js";
import {
  isUrl
} from "./chunk-I6J33UPO.js";
import "./chunk-XJNQ26GT.js";
import "./chunk-XMF4D722.js";
import "./chunk-K2LW2AEP.js";
import "./chunk-LLKCU2CL.js";
import "./chunk-FQU4QRPX.js";
export {
  isUrl,
  probe
};
