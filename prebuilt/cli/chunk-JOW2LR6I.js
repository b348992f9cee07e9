// src/lib/safe-text.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var SHORT = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeOne(c) {
  const code = c.charCodeAt(0);
  return SHORT[c] ?? (code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
}
function safeText(s) {
  return s.replace(UNSAFE, escapeOne);
}
function safeTextKeeping(s, keep) {
  return s.replace(UNSAFE, (c) => keep.includes(c) ? c : escapeOne(c));
}
function safeTextKeepLines(s) {
  return safeTextKeeping(s, "\n");
}
function safeDeep(value, keep = "") {
  if (typeof value === "string") return safeTextKeeping(value, keep);
  if (Array.isArray(value)) return value.map((v) => safeDeep(v, keep));
  if (value && typeof value === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeDeep(v, keep)]));
  }
  return value;
}
var JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
function safeJson(text) {
  return text.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  safeText,
  safeTextKeepLines,
  safeDeep,
  safeJson
};
