import {
  downloadCommand,
  downloadHelp,
  statusCommand,
  statusHelp,
  submitCommand,
  submitHelp,
  submitSpec,
  taskLines
} from "./chunk-WV6C6GY7.js";
import "./chunk-HWNYKCVG.js";
import "./chunk-U3EPU3TP.js";
import "./chunk-JIZPYRKG.js";
import "./chunk-GHFG4EDJ.js";
import "./chunk-YRK66HUG.js";
import "./chunk-3WZ3TLIS.js";
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
