import {
  downloadCommand,
  downloadHelp,
  statusCommand,
  statusHelp,
  submitCommand,
  submitHelp,
  submitSpec,
  taskLines
} from "./chunk-B2DRQGA3.js";
import "./chunk-HWNYKCVG.js";
import "./chunk-U3EPU3TP.js";
import "./chunk-73N5Y4GO.js";
import "./chunk-GHFG4EDJ.js";
import "./chunk-YRK66HUG.js";
import "./chunk-3WZ3TLIS.js";
import "./chunk-7RN3WETQ.js";
import "./chunk-US6UJTEH.js";
import "./chunk-P5HRJFQZ.js";
import "./chunk-JOW2LR6I.js";
export {
  downloadCommand,
  downloadHelp,
  statusCommand,
  statusHelp,
  submitCommand,
  submitHelp,
  submitSpec,
  taskLines
};
