import {
  mp3Duration,
  parseFrameHeader
} from "./chunk-LLKCU2CL.js";
import "./chunk-FQU4QRPX.js";
export {
  mp3Duration,
  parseFrameHeader
};
