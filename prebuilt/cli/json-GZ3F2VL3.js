import {
  safeJson
} from "./chunk-JOW2LR6I.js";

// src/reporters/json.ts
function formatJson(report) {
  return safeJson(JSON.stringify(report, null, 2)) + "\n";
}
export {
  formatJson
};
