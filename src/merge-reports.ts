import { buildReport, isError } from './report.js';
import type { AssetReport, Problem, Report, RequestReport } from './types.js';

const problemKey = (p: Problem) => `${p.severity}\0${p.code}\0${p.message}`;

function unionProblems(a: Problem[], b: Problem[]): Problem[] {
  const seen = new Set(a.map(problemKey));
  return [...a, ...b.filter((p) => !seen.has(problemKey(p)))];
}

function mergeBySource<T extends AssetReport | RequestReport>(lists: T[][]): T[] {
  const bySource = new Map<string, T>();
  for (const list of lists) {
    for (const item of list) {
      const prev = bySource.get(item.source);
      if (!prev) bySource.set(item.source, item);
      else {
        const problems = unionProblems(prev.problems, item.problems);
        bySource.set(item.source, { ...prev, problems, ok: !problems.some(isError) });
      }
    }
  }
  // Sorted, so the merge does not depend on the order the shard reports come in.
  return [...bySource.values()].sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : 0));
}

/**
 * One report from several (e.g. one per shard): assets and requests de-duplicated by source (their
 * problems united), ok and the summary recounted. Profiles that differ are listed joined by ",".
 */
export function mergeReports(reports: readonly Report[]): Report {
  const profiles = [...new Set(reports.map((r) => r.profile))];
  return buildReport(
    profiles.join(','),
    mergeBySource(reports.map((r) => r.assets)),
    mergeBySource(reports.map((r) => r.requests)),
  );
}

/** Reads one JSON report (`lint --format json` output); throws with the name when it is not one. */
export function parseReport(text: string, name: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`${name}: not JSON (${(e as Error).message})`);
  }
  const r = value as Partial<Report> | null;
  const ok =
    !!r && typeof r === 'object' && typeof r.profile === 'string' && Array.isArray(r.assets) && Array.isArray(r.requests) &&
    [...r.assets, ...r.requests].every((x) => x && typeof x.source === 'string' && Array.isArray(x.problems));
  if (!ok) throw new Error(`${name}: not a seedance-preflight JSON report (expected "profile", "assets" and "requests")`);
  return r as Report;
}
