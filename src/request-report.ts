import type { AssetReport, Facts, RequestReport } from './types.js';
import type { AssetRef, NormalizedRequest } from './manifest/types.js';
import { checkAsset } from './rules/asset/index.js';
import { checkRequest } from './rules/request/index.js';
import { billing } from './billing.js';
import { assetReport, isError, renderAll } from './report.js';

export interface CheckedRequest {
  request: RequestReport;
  assets: AssetReport[];
}

export interface RequestFacts {
  /** The probed facts of an asset (undefined: not probed, e.g. a URL nobody could read). */
  factsOf(ref: AssetRef): Facts | undefined;
  /** Every probed asset once, in the order to report them. */
  probed: Facts[];
  /** Whether an unprobed local path exists (fs in Node, the dropped files in a page). */
  exists(path: string): boolean;
  /** How a local asset path is shown (relative to the working directory in Node; the name in a page). */
  display(path: string): string;
  /** Why an unprobed URL could not be read here (see request.url_not_checked). */
  unchecked?(ref: AssetRef): string | undefined;
}

/**
 * A normalised request and its assets' facts -> the request's report and its assets' reports, in
 * any runtime: the request rules, the asset rules and billing, with their words.
 */
export function requestReport(req: NormalizedRequest, f: RequestFacts): CheckedRequest {
  const refs = [...req.images, ...req.videos, ...req.audios];
  const ctx = { profile: req.profile, facts: f.factsOf, exists: f.exists, unchecked: f.unchecked };
  const findings = [...req.findings, ...(req.parsed ? checkRequest(req, ctx) : [])];
  const problems = renderAll(findings, req.source);
  const assets = f.probed.map((facts) => assetReport(facts, checkAsset(facts, req.profile)));
  const request: RequestReport = {
    source: req.source,
    ok: !problems.some(isError) && assets.every((a) => a.ok),
    profile: req.profile.id,
    problems,
    billing: req.parsed ? billing(req, req.profile, f.factsOf) : null,
    assets: refs.map((r) => ({ kind: r.kind, index: r.index, source: r.location.type === 'path' ? f.display(r.location.path) : r.written })),
    ...(typeof req.prompt === 'string' ? { prompt: req.prompt } : {}),
  };
  return { request, assets };
}
