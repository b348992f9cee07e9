import {
  charCount,
  checkRequest,
  cjkCount,
  classifyHost,
  requestRules,
  wordCount
} from "./chunk-X37OY4FC.js";
import {
  parsePromptReferences
} from "./chunk-CSTSE5RD.js";
import "./chunk-ACCMFURW.js";
import "./chunk-JFISEGHZ.js";
import "./chunk-Y5SWE2XU.js";
export {
  charCount,
  checkRequest,
  cjkCount,
  classifyHost,
  parsePromptReferences,
  requestRules,
  wordCount
};
