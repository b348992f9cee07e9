import type { Finding, Report, RequestReport } from './types.js';
import { buildReport } from './report.js';
import { render } from './messages/index.js';
import { round } from './billing.js';

export interface Budget {
  /** Most credits one request, or the whole run, may cost. */
  maxCredits?: number;
  /** Most billable seconds one request, or the whole run, may have. */
  maxSeconds?: number;
}

/** The run's total cost: what can be estimated, and how many requests could not be. */
export function runTotal(requests: readonly RequestReport[]): { billableSeconds: number; estimatedCredits: number; unestimated: number } {
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

/**
 * request.budget (error) on each request over the budget, and on the first request when the run together
 * is over it; the report gains `total`. A request without an estimate is counted as unknown, never as 0.
 */
export function applyBudget(report: Report, budget: Budget): Report {
  const total = runTotal(report.requests);
  const checks: ['credits' | 'seconds', number | undefined, (r: RequestReport) => number | null | undefined, number][] = [
    ['credits', budget.maxCredits, (r) => r.billing?.estimatedCredits, total.estimatedCredits],
    ['seconds', budget.maxSeconds, (r) => r.billing?.billableSeconds, total.billableSeconds],
  ];
  const requests = report.requests.map((r, i) => {
    const found: Finding[] = [];
    for (const [unit, max, of, sum] of checks) {
      if (max === undefined) continue;
      const v = of(r);
      if (v != null && v > max) found.push({ code: 'request.budget', severity: 'error', args: { scope: 'request', unit, actual: v, limit: max } });
      if (i === 0 && sum > max) found.push({ code: 'request.budget', severity: 'error', args: { scope: 'run', unit, actual: sum, limit: max, unknown: total.unestimated } });
    }
    if (!found.length) return r;
    const problems = [...r.problems, ...found.map((f) => render(f, r.source))];
    return { ...r, ok: false, problems };
  });
  return { ...buildReport(report.profile, report.assets, requests), total };
}
