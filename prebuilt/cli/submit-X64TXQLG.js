import {
  downloadCommand,
  downloadHelp,
  statusCommand,
  statusHelp,
  submitCommand,
  submitHelp,
  submitSpec,
  taskLines
} from "./chunk-K7V2ONJM.js";
import "./chunk-45NA2RZC.js";
import "./chunk-YRK66HUG.js";
import "./chunk-HWNYKCVG.js";
import "./chunk-GHFG4EDJ.js";
import "./chunk-SUXRNXAV.js";
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
