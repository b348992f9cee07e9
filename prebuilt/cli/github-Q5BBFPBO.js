import {
  count
} from "./chunk-7RN3WETQ.js";
import {
  displayPath,
  fullText,
  isUrl,
  locatedProblems
} from "./chunk-US6UJTEH.js";
import {
  safeDeep
} from "./chunk-JOW2LR6I.js";

// src/reporters/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithub(raw, ctx) {
  const report = safeDeep(raw, "\r\n");
  const lines = locatedProblems(report).map(({ source, problem }) => {
    const props = [];
    let text = fullText(problem);
    if (isUrl(source)) text = `${source}: ${text}`;
    else props.push(`file=${escapeProperty(displayPath(source, ctx.cwd))}`);
    props.push(`title=${escapeProperty(problem.code)}`);
    return `::${COMMAND[problem.severity] ?? "warning"} ${props.join(",")}::${escapeData(text)}`;
  });
  return lines.length ? `${lines.join("\n")}
` : "";
}
var MAX_ROWS = 500;
function cell(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/`/g, "\\`").replace(/\r?\n|\r/g, "<br>");
}
var ICON = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
function githubSummary(raw, ctx = { cwd: process.cwd() }) {
  const report = safeDeep(raw);
  const s = report.summary;
  const verdict = report.ok ? "\u2705 Seedance preflight passed" : "\u274C Seedance preflight failed";
  const out = [
    `## ${verdict}`,
    "",
    `Profile \`${report.profile.replace(/`/g, "'")}\` \xB7 ${count(s.assets, "asset")} \xB7 ${count(s.requests, "request")}`,
    "",
    "| Errors | Warnings | Infos |",
    "| ---: | ---: | ---: |",
    `| ${s.errors} | ${s.warnings} | ${s.infos} |`
  ];
  const located = locatedProblems(report);
  if (located.length > 0) {
    out.push("", "| Severity | Code | File | Message |", "| --- | --- | --- | --- |");
    for (const { source, problem } of located.slice(0, MAX_ROWS)) {
      const where = cell(displayPath(source, ctx.cwd));
      out.push(`| ${ICON[problem.severity] ?? problem.severity} | \`${problem.code}\` | ${where} | ${cell(fullText(problem))} |`);
    }
    if (located.length > MAX_ROWS) out.push("", `\u2026and ${count(located.length - MAX_ROWS, "more problem")}; see the job log.`);
  }
  return `${out.join("\n")}
`;
}
export {
  escapeData,
  escapeProperty,
  formatGithub,
  githubSummary
};
