import type { Problem, Report, RequestReport } from './types.js';

/** A problem with the file, URL or request it is about. */
export interface LocatedProblem extends Problem {
  /** The asset's path or URL, or the request's name. */
  subject: string;
}

/**
 * Every problem in a report, or of one request in it: the request's own (counts, prompt, totals) and
 * those of the assets it names (a too-small image is a problem of the image, reported on `report.assets`).
 *
 * @example
 *   const report = await preflight(body);
 *   for (const p of problems(report)) console.error(`${p.subject}: ${p.message}`);
 */
export function problems(report: Report, request?: RequestReport): LocatedProblem[] {
  const requests = request ? [request] : report.requests;
  const named = request ? new Set(request.assets.map((a) => a.source)) : null;
  const assets = report.assets.filter((a) => !named || named.has(a.source));
  return [
    ...requests.flatMap((r) => r.problems.map((p) => ({ ...p, subject: r.source }))),
    ...assets.flatMap((a) => a.problems.map((p) => ({ ...p, subject: a.source }))),
  ];
}
