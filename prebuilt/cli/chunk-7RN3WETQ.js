// src/messages/format.ts
var cite = (a) => {
  const title = a.source?.title;
  return typeof title === "string" ? ` (${title})` : "";
};
var fmtBytes = (n) => {
  const v = Number(n);
  if (!Number.isFinite(v)) return String(n);
  if (v >= 1e6) return `${(v / 1e6).toFixed(v % 1e6 === 0 ? 0 : 2)} MB (${v.toLocaleString("en-US")} bytes)`;
  return `${v.toLocaleString("en-US")} bytes`;
};
var fmtSec = (n) => {
  const v = Number(n);
  return Number.isFinite(v) ? `${Number(v.toFixed(3))} s` : String(n);
};
var fmtNum = (n) => {
  const v = Number(n);
  return Number.isFinite(v) ? v.toLocaleString("en-US", { maximumFractionDigits: 3 }) : String(n);
};
var count = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export {
  cite,
  fmtBytes,
  fmtSec,
  fmtNum,
  count
};
