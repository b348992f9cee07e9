import {
  mp3Duration,
  parseFrameHeader
} from "./chunk-DESKUQSG.js";
import "./chunk-SRTY4ZIH.js";
export {
  mp3Duration,
  parseFrameHeader
};
