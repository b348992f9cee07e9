import {
  downloadCommand,
  downloadHelp,
  statusCommand,
  statusHelp,
  submitCommand,
  submitHelp,
  submitSpec,
  taskLines
} from "./chunk-JJVFGZKC.js";
import "./chunk-E2QF3KEV.js";
import "./chunk-YRK66HUG.js";
import "./chunk-EN6PDLUB.js";
import "./chunk-4EQFNRO3.js";
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
