import {
  checkRequest
} from "./chunk-K4DFYIZN.js";
import {
  checkAsset
} from "./chunk-NHCU4DU2.js";
import "./chunk-CSTSE5RD.js";
import {
  assetReport,
  isError,
  renderAll
} from "./chunk-SUCOBOQQ.js";
import "./chunk-QOFGJFUA.js";
import "./chunk-JJMBHKIC.js";
import "./chunk-GNSC5F5I.js";
import "./chunk-PBWBXHZX.js";

// src/billing.ts
function billing(req, profile, facts) {
  const d = profile.request.durations.value;
  const duration = req.duration ?? d.default;
  const outputSeconds = d.auto !== null && duration === d.auto ? null : duration;
  let referenceVideoSeconds = 0;
  let unknownVideos = 0;
  for (const ref of req.videos) {
    const sec = facts(ref)?.durationSec;
    if (typeof sec === "number" && Number.isFinite(sec)) referenceVideoSeconds += sec;
    else unknownVideos++;
  }
  referenceVideoSeconds = round(referenceVideoSeconds);
  const billed = profile.billing.referenceVideoBilled.value;
  const billableSeconds = outputSeconds === null || billed && unknownVideos > 0 ? null : round(outputSeconds + (billed ? referenceVideoSeconds : 0));
  const quality = req.quality ?? profile.request.defaultQuality.value;
  const table = profile.billing.creditsPerSecond?.value;
  const creditsPerSecond = table && Object.hasOwn(table, quality) ? table[quality] : null;
  const off = profile.billing.contentFilterOffMultiplier;
  const multiplier = off && req.contentFilter === false ? off.value : 1;
  const estimatedCredits = billableSeconds !== null && creditsPerSecond !== null ? round(billableSeconds * creditsPerSecond * multiplier) : null;
  return { outputSeconds, referenceVideoSeconds, billableSeconds, quality, creditsPerSecond, estimatedCredits, multiplier };
}
var round = (n) => Math.round(n * 1e6) / 1e6;

// src/request-report.ts
function requestReport(req, f) {
  const refs = [...req.images, ...req.videos, ...req.audios];
  const ctx = { profile: req.profile, facts: f.factsOf, exists: f.exists, unchecked: f.unchecked };
  const findings = [...req.findings, ...req.parsed ? checkRequest(req, ctx) : []];
  const problems = renderAll(findings, req.source);
  const assets = f.probed.map((facts) => assetReport(facts, checkAsset(facts, req.profile)));
  const request = {
    source: req.source,
    ok: !problems.some(isError) && assets.every((a) => a.ok),
    profile: req.profile.id,
    problems,
    billing: req.parsed ? billing(req, req.profile, f.factsOf) : null,
    assets: refs.map((r) => ({ kind: r.kind, index: r.index, source: r.location.type === "path" ? f.display(r.location.path) : r.written })),
    ...typeof req.prompt === "string" ? { prompt: req.prompt } : {}
  };
  return { request, assets };
}
export {
  requestReport
};
