import {
  ffprobeFailure,
  frameRate,
  normaliseFfprobe,
  packetFailure,
  parseRational,
  probeVideo
} from "./chunk-PTKPSOYJ.js";
import "./chunk-K2LW2AEP.js";
import "./chunk-PFLL5B5F.js";
import "./chunk-NHHYEVMO.js";
export {
  ffprobeFailure,
  frameRate,
  normaliseFfprobe,
  packetFailure,
  parseRational,
  probeVideo
};
