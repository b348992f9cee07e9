import {
  safeJson
} from "./chunk-JOW2LR6I.js";

// src/reporters/json.ts
function formatJson(report, options = {}) {
  return safeJson(JSON.stringify(report, null, options.indent ?? 2)) + "\n";
}
export {
  formatJson
};
