import {
  paint
} from "./chunk-GHFG4EDJ.js";
import {
  describeFacts
} from "./chunk-YRK66HUG.js";
import {
  count
} from "./chunk-7RN3WETQ.js";
import {
  citedSources
} from "./chunk-US6UJTEH.js";
import {
  safeDeep,
  safeText
} from "./chunk-JOW2LR6I.js";

// src/reporters/pretty.ts
var mark = (p, sev) => sev === "error" ? p.red("\u2716 error  ") : sev === "warning" ? p.yellow("\u26A0 warning") : p.blue("\u2139 info   ");
function formatPretty(raw, opts = {}) {
  const report = safeDeep(raw);
  const p = paint(Boolean(opts.color));
  const keep = (x) => !opts.quiet || x.severity === "error";
  const out = [];
  const block = (title, subtitle, problems, subject) => {
    out.push(`${p.bold(p.blue(heading(title)))}${subtitle ? p.dim(`  ${subtitle}`) : ""}`);
    for (const x of problems) {
      const msg = x.message.startsWith(`${subject}: `) ? x.message.slice(subject.length + 2) : x.message;
      out.push(`  ${mark(p, x.severity)}  ${msg}  ${p.dim(x.code)}`);
      if (x.ruling) out.push(`  ${" ".repeat(9)}  ${p.dim("note:")} ${x.ruling}`);
      if (x.fix) out.push(`  ${" ".repeat(9)}  ${p.dim("fix:")} ${x.fix}`);
    }
    out.push("");
  };
  for (const a of report.assets) {
    const shown = a.problems.filter(keep);
    if (shown.length) block(a.source, describeFacts(a.facts), shown, a.source);
  }
  for (const r of report.requests) {
    const shown = r.problems.filter(keep);
    const b = r.billing;
    const bill = b?.billableSeconds != null ? `billable ${b.billableSeconds} s${b.estimatedCredits != null ? ` \u2248 ${b.estimatedCredits} credits` : ""}` : "";
    if (shown.length || bill) block(r.source, [`request \xB7 ${r.profile}`, bill].filter(Boolean).join(" \xB7 "), shown, r.source);
  }
  const cited = citedSources({ ...report, assets: report.assets.map((a) => ({ ...a, problems: a.problems.filter(keep) })), requests: report.requests.map((r) => ({ ...r, problems: r.problems.filter(keep) })) });
  if (cited.length) {
    out.push(p.dim("Limits cited from:"));
    for (const s of cited) out.push(p.dim(`  ${s.title}: ${s.url}`));
    out.push("");
  }
  if (report.total) out.push(p.dim(`run total: ${report.total.billableSeconds} billable s \xB7 ${report.total.estimatedCredits} credits where priced${report.total.unestimated ? ` \xB7 ${count(report.total.unestimated, "request")} not estimated` : ""}`), "");
  out.push(summaryLine(report, p, opts.quiet));
  return out.join("\n") + "\n";
}
function formatSummary(raw, opts = {}) {
  const p = paint(Boolean(opts.color));
  return `${summaryLine(safeDeep(raw), p, opts.quiet, opts.suffix)}
`;
}
function summaryLine(r, p, quiet, suffix = "") {
  const { errors, warnings, assets, requests } = r.summary;
  const bad = r.assets.filter((a) => a.problems.some((x) => x.severity === "error" || !quiet && x.severity === "warning")).length;
  const checked = `${count(assets, "file")}${requests ? ` and ${count(requests, "request")}` : ""} checked${requests ? "" : ` (profile ${r.profile})`}`;
  const counts = `${count(errors, "error")}${quiet ? "" : `, ${count(warnings, "warning")}`}`;
  if (errors === 0 && (quiet || warnings === 0)) return p.green(`\u2714 ${checked}: no problems${suffix}`);
  const color = errors ? p.red : p.yellow;
  return color(`${errors ? "\u2716" : "\u26A0"} ${checked}: ${counts}${bad ? ` in ${count(bad, "file")}` : ""}${suffix}`);
}
function heading(title) {
  return title.startsWith("::") ? `./${title}` : safeText(title);
}

export {
  formatPretty,
  formatSummary
};
