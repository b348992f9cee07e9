import {
  round
} from "./chunk-AFA46PJJ.js";
import {
  buildReport,
  render
} from "./chunk-TE6BXIRG.js";
import "./chunk-7RN3WETQ.js";

// src/budget.ts
function runTotal(requests) {
  let billableSeconds = 0;
  let estimatedCredits = 0;
  let unestimated = 0;
  for (const r of requests) {
    if (r.billing?.billableSeconds == null) unestimated++;
    else billableSeconds += r.billing.billableSeconds;
    if (r.billing?.estimatedCredits != null) estimatedCredits += r.billing.estimatedCredits;
  }
  return { billableSeconds: round(billableSeconds), estimatedCredits: round(estimatedCredits), unestimated };
}
function applyBudget(report, budget) {
  const total = runTotal(report.requests);
  const checks = [
    ["credits", budget.maxCredits, (r) => r.billing?.estimatedCredits, total.estimatedCredits],
    ["seconds", budget.maxSeconds, (r) => r.billing?.billableSeconds, total.billableSeconds]
  ];
  const requests = report.requests.map((r, i) => {
    const found = [];
    for (const [unit, max, of, sum] of checks) {
      if (max === void 0) continue;
      const v = of(r);
      if (v != null && v > max) found.push({ code: "request.budget", severity: "error", args: { scope: "request", unit, actual: v, limit: max } });
      if (i === 0 && sum > max) found.push({ code: "request.budget", severity: "error", args: { scope: "run", unit, actual: sum, limit: max, unknown: total.unestimated } });
    }
    if (!found.length) return r;
    const problems = [...r.problems, ...found.map((f) => render(f, r.source))];
    return { ...r, ok: false, problems };
  });
  return { ...buildReport(report.profile, report.assets, requests), total };
}
export {
  applyBudget,
  runTotal
};
