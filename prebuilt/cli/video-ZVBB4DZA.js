import {
  ffprobeFailure,
  frameRate,
  normaliseFfprobe,
  packetFailure,
  parseRational,
  probeVideo
} from "./chunk-QHT62NCK.js";
import "./chunk-K2LW2AEP.js";
import "./chunk-PFLL5B5F.js";
import "./chunk-6EZWDLCV.js";
export {
  ffprobeFailure,
  frameRate,
  normaliseFfprobe,
  packetFailure,
  parseRational,
  probeVideo
};
