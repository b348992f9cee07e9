import {
  downloadCommand,
  downloadHelp,
  statusCommand,
  statusHelp,
  submitCommand,
  submitHelp,
  submitSpec,
  taskLines
} from "./chunk-6BVWLTS3.js";
import "./chunk-HWNYKCVG.js";
import "./chunk-45NA2RZC.js";
import "./chunk-WH2L6ZD4.js";
import "./chunk-YRK66HUG.js";
import "./chunk-GHFG4EDJ.js";
import "./chunk-3WZ3TLIS.js";
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
