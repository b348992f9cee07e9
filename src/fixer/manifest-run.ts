import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Facts } from '../types.js';
import type { AssetRef } from '../manifest/types.js';
import { loadManifest } from '../manifest/index.js';
import { checkAsset } from '../rules/asset/index.js';
import { checkRequest } from '../rules/request/index.js';
import { render } from '../messages/index.js';
import type { ActionReport, FixOptions, FixReport, TrimStrategy } from './types.js';
import { tempPathFor } from './execute.js';
import { BUDGET_CODES, manifestShares, rewriteBody } from './manifest.js';
import { repointText } from './words.js';
import { refsOf, type Job, type ManifestJob } from './jobs.js';

/** Request errors the fixer leaves alone, and the clip budgets it will meet (as shares on the jobs). */
export function checkManifest(m: ManifestJob, factsOf: (ref: AssetRef) => Facts | undefined, jobOf: (abs: string) => Job | undefined, strategy: TrimStrategy): void {
  const { req } = m;
  const findings = [...req.findings, ...(req.parsed ? checkRequest(req, { profile: req.profile, facts: factsOf, exists: existsSync }) : [])];
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    if (BUDGET_CODES.has(f.code) && f.args.bound !== 'min') {
      m.budget = true;
      continue;
    }
    m.blocked.push({ code: f.code, reason: render(f, req.source).message });
  }
  if (!req.parsed) return;
  const { shares, problem } = manifestShares(req, factsOf, strategy);
  if (problem) m.blocked.push({ code: 'request.video_total_duration', reason: problem });
  for (const [abs, share] of shares) {
    const job = jobOf(abs);
    if (!job) continue;
    if (share.trimTo && (!job.shares.trimTo || share.trimTo.sec < job.shares.trimTo.sec)) job.shares.trimTo = share.trimTo;
    if (share.maxBytes && (!job.shares.maxBytes || share.maxBytes.bytes < job.shares.maxBytes.bytes)) job.shares.maxBytes = share.maxBytes;
  }
}

/** The manifest's verdict after its files ran; writes the new manifest when any entry changed. */
export async function addManifestResult(report: FixReport, m: ManifestJob, jobOf: (abs: string) => Job | undefined, options: FixOptions, probe: (p: string) => Promise<Facts>): Promise<void> {
  const source = m.input.path;
  const refJobs = refsOf(m.req).flatMap((r) => (r.location.type === 'path' ? [{ ref: r, job: jobOf(r.location.path) }] : []));
  const failed = refJobs.filter((x) => x.job?.outcome?.status === 'failed');
  const unfixable = refJobs.filter((x) => x.job?.plan?.status === 'unfixable');
  const changing = refJobs.filter((x) => x.job?.plan?.status === 'fix' && x.job.outcome?.status !== 'failed');
  const name = (x: (typeof refJobs)[number]) => `${x.ref.kind} ${x.ref.index + 1} (${x.ref.written})`;

  if (!m.req.parsed || (changing.length === 0 && failed.length === 0 && unfixable.length === 0 && m.blocked.length === 0 && !m.budget)) {
    if (m.req.parsed) return void report.unchanged.push({ source });
    const first = m.blocked[0];
    return void report.unfixable.push({ source, code: first?.code ?? 'request.invalid_json', reason: first?.reason ?? 'the manifest could not be read' });
  }

  let written = false;
  let repoints: ActionReport[] = [];
  if (changing.length > 0) {
    const target = (abs: string) => {
      const j = jobOf(abs);
      if (j?.plan?.status === 'fix' && j.outcome?.status !== 'failed') return j.output!.abs;
      return j?.carry && !j.carry.error ? j.carry.abs : null;
    };
    const { body, repoints: r } = rewriteBody(m.req, dirname(m.output.abs), target);
    repoints = r.map(({ abs, ...x }) => {
      const j = jobOf(abs);
      const p = j?.plan;
      const code = p?.status === 'fix' ? p.actions[0].code : 'request.path_escapes';
      const how = p?.status === 'fix' ? { file: 'fixed' as const } : { file: 'unchanged' as const, ...(j?.carry?.how ? { placed: j.carry.how } : {}) };
      const y = { ...x, ...how };
      return { type: 'repoint' as const, code, ...y, text: repointText(y) };
    });
    if (!options.dryRun) {
      await mkdir(dirname(m.output.abs), { recursive: true });
      const temp = tempPathFor(m.output.abs);
      try {
        await writeFile(temp, JSON.stringify(body, null, 2) + '\n');
        await rename(temp, m.output.abs);
        written = true;
      } finally {
        await rm(temp, { force: true });
      }
    }
  }
  const output = written || (options.dryRun && changing.length > 0) ? { output: m.output.shown } : {};

  const unplaced = refJobs.filter((x) => x.job?.carry?.error);
  if (unplaced.length) {
    return void report.failed.push({ source, output: m.output.shown, reason: `${unplaced.map(name).join(', ')} could not be placed under ${options.out}: ${unplaced[0].job!.carry!.error}`, codes: [] });
  }
  if (failed.length) {
    return void report.failed.push({ source, output: m.output.shown, reason: `${failed.map(name).join(', ')} could not be fixed`, codes: [] });
  }
  if (m.blocked.length || unfixable.length) {
    const reasons = [...m.blocked.map((b) => b.reason), ...unfixable.map((x) => `${name(x)} cannot be fixed`)];
    return void report.unfixable.push({ source, code: m.blocked[0]?.code ?? (unfixable[0].job!.plan as { code: string }).code, reason: reasons.join('; '), ...output });
  }
  if (written) {
    const errors = await recheckManifest(m.output.abs, options.model, probe);
    if (errors.length) return void report.failed.push({ source, output: m.output.shown, reason: `the new manifest still fails: ${errors[0].message}`, codes: errors.map((e) => e.code) });
  }
  report.fixed.push({ source, output: m.output.shown, actions: repoints, commands: [], fallbacks: [] });
}

/**
 * The new manifest checked as lint would, over its local files (outputs probed again); URLs are left
 * as they were and not fetched.
 */
async function recheckManifest(path: string, model: string | undefined, probe: (p: string) => Promise<Facts>): Promise<{ code: string; message: string }[]> {
  const req = await loadManifest(path, { profile: model });
  const facts = new Map<string, Facts>();
  for (const ref of refsOf(req)) {
    if (ref.location.type === 'path' && !facts.has(ref.location.path)) facts.set(ref.location.path, await probe(ref.location.path));
  }
  const factsOf = (ref: AssetRef) => (ref.location.type === 'path' ? facts.get(ref.location.path) : undefined);
  const found = [...req.findings, ...(req.parsed ? checkRequest(req, { profile: req.profile, facts: factsOf, exists: existsSync }) : [])].map((f) => ({ f, subject: req.source }));
  for (const x of facts.values()) found.push(...checkAsset(x, req.profile).map((f) => ({ f, subject: x.source })));
  return found.filter(({ f }) => f.severity === 'error').map(({ f, subject }) => ({ code: f.code, message: render(f, subject).message }));
}
