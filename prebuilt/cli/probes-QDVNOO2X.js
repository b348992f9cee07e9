import {
  probe
} from "./chunk-N27CIEN3.js";
import "./chunk-AQG3UE4A.js";
import {
  isUrl
} from "./chunk-I6J33UPO.js";
import "./chunk-XJNQ26GT.js";
import "./chunk-XMF4D722.js";
import "./chunk-DHUFD2HK.js";
import "./chunk-ZISPTYH5.js";
import "./chunk-K2LW2AEP.js";
import "./chunk-DESKUQSG.js";
import "./chunk-SRTY4ZIH.js";
export {
  isUrl,
  probe
};
