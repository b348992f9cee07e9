import {
  charCount,
  checkRequest,
  cjkCount,
  classifyHost,
  requestRules,
  wordCount
} from "./chunk-AJYHZRIP.js";
import {
  parsePromptReferences
} from "./chunk-CSTSE5RD.js";
import "./chunk-ACCMFURW.js";
import "./chunk-6F3KEMSG.js";
import "./chunk-GHOBZYGY.js";
export {
  charCount,
  checkRequest,
  cjkCount,
  classifyHost,
  parsePromptReferences,
  requestRules,
  wordCount
};
