import {
  displayPath,
  fullText,
  wellFormed
} from "./chunk-US6UJTEH.js";

// src/reporters/junit.ts
var FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
function clean(s) {
  return wellFormed(s).replace(FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function escapeText(s) {
  return clean(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;");
}
function escapeAttr(s) {
  return escapeText(s).replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
function attrs(a) {
  return Object.entries(a).map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`).join("");
}
function line(p) {
  return `${p.severity} ${p.code}: ${fullText(p)}`;
}
function testcase(classname, name, problems) {
  const errors = problems.filter((p) => p.severity === "error");
  const others = problems.filter((p) => p.severity !== "error");
  const head = `    <testcase${attrs({ classname, name, time: 0 })}`;
  if (problems.length === 0) return { xml: `${head}/>`, failed: false };
  const body = [];
  for (const p of errors) {
    body.push(`      <failure${attrs({ message: p.message, type: p.code })}>${escapeText(fullText(p))}</failure>`);
  }
  if (others.length > 0) body.push(`      <system-out>${escapeText(others.map(line).join("\n"))}</system-out>`);
  return { xml: `${head}>
${body.join("\n")}
    </testcase>`, failed: errors.length > 0 };
}
function formatJunit(report, ctx) {
  const cases = [
    ...report.assets.map((a) => testcase(`seedance-preflight.${a.kind ?? "file"}`, displayPath(a.source, ctx.cwd), a.problems)),
    ...report.requests.map((r) => testcase("seedance-preflight.request", displayPath(r.source, ctx.cwd), r.problems))
  ];
  const failures = cases.filter((c) => c.failed).length;
  const suite = { name: "seedance-preflight", tests: cases.length, failures, errors: 0, skipped: 0, time: 0 };
  const props = [
    `      <property${attrs({ name: "profile", value: report.profile })}/>`,
    `      <property${attrs({ name: "toolVersion", value: ctx.toolVersion })}/>`,
    `      <property${attrs({ name: "warnings", value: report.summary.warnings })}/>`
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: "seedance-preflight", tests: cases.length, failures, errors: 0, time: 0 })}>`,
    `  <testsuite${attrs(suite)}>`,
    "    <properties>",
    ...props,
    "    </properties>",
    ...cases.map((c) => c.xml),
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}
export {
  escapeAttr,
  escapeText,
  formatJunit
};
