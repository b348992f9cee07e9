import {
  safeJson
} from "./chunk-JOW2LR6I.js";

// src/reporters/json.ts
function formatJson(report, options = {}) {
  const indent = options.indent ?? 2;
  return safeJson(indent > 0 ? JSON.stringify(report, null, indent) : JSON.stringify(report)) + "\n";
}
export {
  formatJson
};
