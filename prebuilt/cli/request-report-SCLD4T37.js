import {
  checkRequest
} from "./chunk-KPRQJNT3.js";
import "./chunk-ADUGCQL4.js";
import {
  checkAsset
} from "./chunk-NHCU4DU2.js";
import {
  billing
} from "./chunk-AFA46PJJ.js";
import {
  assetReport,
  isError,
  renderAll
} from "./chunk-TE6BXIRG.js";
import "./chunk-7RN3WETQ.js";
import "./chunk-QOFGJFUA.js";
import "./chunk-JJMBHKIC.js";
import "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";

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
