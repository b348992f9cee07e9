import type { AssetReport, Facts, Finding, Problem, Report, RequestReport } from './types.js';
import { render } from './messages/index.js';

export const isError = (p: { severity: string }) => p.severity === 'error';

export function assetReport(facts: Facts, findings: Finding[]): AssetReport {
  const problems = findings.map((f) => render(f, facts.source));
  return { source: facts.source, kind: facts.kind, ok: !problems.some(isError), facts, problems };
}

export function renderAll(findings: Finding[], subject: string): Problem[] {
  return findings.map((f) => render(f, subject));
}

export function buildReport(profile: string, assets: AssetReport[], requests: RequestReport[]): Report {
  const all = [...assets.flatMap((a) => a.problems), ...requests.flatMap((r) => r.problems)];
  const count = (s: string) => all.filter((p) => p.severity === s).length;
  const errors = count('error');
  return {
    ok: errors === 0,
    profile,
    assets,
    requests,
    summary: { errors, warnings: count('warning'), infos: count('info'), assets: assets.length, requests: requests.length },
  };
}

/**
 * The report as `--quiet` shows it in every format, as ESLint's: warnings and infos left out, the
 * summary counting what is left. `ok` is unchanged (warnings never fail a run by themselves).
 */
export function errorsOnly(report: Report): Report {
  const keep = <T extends { problems: Problem[] }>(x: T): T => ({ ...x, problems: x.problems.filter((p) => p.severity === 'error') });
  return { ...report, ...buildReport(report.profile, report.assets.map(keep), report.requests.map(keep)) };
}
