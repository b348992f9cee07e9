// src/reporters/location.ts
import path from "node:path";
var SCHEME = /^[a-z][a-z0-9+.-]+:/i;
function isUrl(source) {
  return SCHEME.test(source);
}
function displayPath(source, cwd) {
  if (isUrl(source)) return source;
  const rel = path.relative(cwd, path.resolve(cwd, source));
  return (rel === "" ? "." : rel).split(path.sep).join("/");
}
function uriReference(source, cwd) {
  if (isUrl(source)) {
    try {
      return new URL(source).href;
    } catch {
      return encodeURI(source);
    }
  }
  return displayPath(source, cwd).split("/").map((seg) => encodeURIComponent(wellFormed(seg))).join("/");
}
function wellFormed(s) {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function locatedProblems(report) {
  const out = [];
  for (const a of report.assets) for (const p of a.problems) out.push({ source: a.source, subject: "asset", problem: p });
  for (const r of report.requests) for (const p of r.problems) out.push({ source: r.source, subject: "request", problem: p });
  return out;
}
function fullText(p) {
  let text = p.message;
  if (p.ruling) text += ` Note: ${p.ruling}.`;
  if (p.fix) text += ` Fix: ${p.fix}`;
  if (p.source) text += ` Source: ${p.source.url}`;
  return text;
}
function citedSources(report) {
  const seen = /* @__PURE__ */ new Map();
  for (const { problem } of locatedProblems(report)) {
    const s = problem.source;
    if (s && !seen.has(`${s.title}\0${s.url}`)) seen.set(`${s.title}\0${s.url}`, s);
  }
  return [...seen.values()];
}

export {
  isUrl,
  displayPath,
  uriReference,
  wellFormed,
  locatedProblems,
  fullText,
  citedSources
};
