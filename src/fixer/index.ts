import { lstat, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Facts, Finding } from '../types.js';
import type { Profile } from '../profiles/types.js';
import type { AssetRef, NormalizedRequest } from '../manifest/types.js';
import { loadManifest } from '../manifest/index.js';
import { checkAsset } from '../rules/asset/index.js';
import { checkRequest } from '../rules/request/index.js';
import { render } from '../messages/index.js';
import { PreflightUsageError } from '../errors.js';
import { resolveProfile } from '../lint.js';
import { mapPool } from '../lib/pool.js';
import type { ActionReport, FixOptions, FixReport, Plan, PlanOptions, TrimStrategy } from './types.js';
import { TRIM_STRATEGIES } from './types.js';
import { plan } from './plan.js';
import { execute, tempPathFor, type Outcome } from './execute.js';
import { collectInputs, inside, realpathOr, type InputFile } from './inputs.js';
import { BUDGET_CODES, manifestShares, rewriteBody } from './manifest.js';
import { actionText, repointText, unfixableReason } from './words.js';

export type * from './types.js';
export { plan } from './plan.js';
export { TRIM_STRATEGIES } from './types.js';

interface Job {
  input: InputFile;
  real: string;
  profile: Profile;
  manifest: boolean;
  shares: Pick<PlanOptions, 'trimTo' | 'maxBytes'>;
  facts?: Facts;
  findings?: Finding[];
  plan?: Plan;
  output?: { abs: string; shown: string };
  outcome?: Outcome;
}

interface ManifestJob {
  input: InputFile;
  req: NormalizedRequest;
  /** Request errors the fixer does not change (schema, prompt, counts, ...), or budgets it cannot meet. */
  blocked: { code: string; reason: string }[];
  output: { abs: string; shown: string };
  budget: boolean;
}

/**
 * Fixes files, folders and request manifests into `options.out`: plan, run, re-check. Inputs are
 * never written. Rejects only on usage mistakes (PreflightUsageError): no --out, a missing path, an
 * output that would replace an input.
 */
export async function fix(paths: string[], options: FixOptions): Promise<FixReport> {
  if (!options.out) throw new PreflightUsageError('bad_option', 'fix needs --out DIR: the folder the fixed files are written to', 'e.g. seedance-preflight fix assets/ --out fixed/');
  if (paths.length === 0) throw new PreflightUsageError('bad_option', 'fix needs at least one file, folder or manifest', 'e.g. seedance-preflight fix assets/ --out fixed/');
  const strategy: TrimStrategy = options.trimStrategy ?? 'proportional';
  if (!TRIM_STRATEGIES.includes(strategy)) throw new PreflightUsageError('bad_option', `unknown trim strategy '${strategy}'`, `use one of: ${TRIM_STRATEGIES.join(', ')}`);
  const profile = resolveProfile(options.model);
  for (const p of paths) {
    if (!(await lstat(p).catch(() => null))) throw new PreflightUsageError('path_not_found', `no such file or folder: ${p}`, 'check the path, or quote names with spaces');
  }
  const outAbs = resolve(options.out);
  const outStat = await stat(outAbs).catch(() => null);
  if (outStat && !outStat.isDirectory()) throw new PreflightUsageError('bad_option', `--out ${options.out} is a file, not a folder`, 'name a folder, e.g. --out fixed/');
  const outReal = await realpathOr(outAbs);
  const { probe } = await import('../probes/index.js');
  const concurrency = options.concurrency ?? 2;

  // one job per real file, however many times it is named
  const jobs = new Map<string, Job>();
  const realOf = new Map<string, string>();
  const addJob = async (input: InputFile, prof: Profile, manifest: boolean) => {
    const real = await realpathOr(input.abs);
    realOf.set(input.abs, real);
    const had = jobs.get(real);
    if (had) {
      if (manifest) Object.assign(had, { profile: prof, manifest: true });
      return;
    }
    jobs.set(real, { input, real, profile: prof, manifest, shares: {} });
  };
  const inputs = await collectInputs(paths, outReal);
  for (const m of inputs.media) await addJob(m, profile, false);

  const manifests: ManifestJob[] = [];
  for (const m of inputs.manifests) {
    const req = await loadManifest(m.path, { profile: options.model });
    for (const ref of refsOf(req)) {
      if (ref.location.type !== 'path' || !(await stat(ref.location.path).catch(() => null))?.isFile()) continue;
      const abs = ref.location.path;
      const fromDir = relative(dirname(m.abs), abs);
      const rel = inside(abs, dirname(m.abs)) ? join(dirname(m.rel), fromDir) : join(dirname(m.rel), fromDir.split(/[\\/]/).pop()!);
      await addJob({ path: shown(abs), abs, rel, maybe: false }, req.profile, true);
    }
    manifests.push({ input: m, req, blocked: [], output: { abs: join(outAbs, m.rel), shown: join(options.out, m.rel) }, budget: false });
  }

  for await (const [job, facts] of mapPool([...jobs.values()], concurrency, async (j) => [j, await probe(j.input.path)] as const)) {
    job.facts = { ...facts, source: job.input.path };
  }
  for (const [real, job] of jobs) {
    if (job.input.maybe && !job.manifest && (job.facts!.kind === null || job.facts!.failure)) jobs.delete(real);
  }
  const jobOf = (abs: string) => jobs.get(realOf.get(abs) ?? abs);
  const factsOf = (ref: AssetRef) => (ref.location.type === 'path' ? jobOf(ref.location.path)?.facts : undefined);

  for (const m of manifests) checkManifest(m, factsOf, jobOf, strategy);
  for (const job of jobs.values()) {
    job.findings = checkAsset(job.facts!, job.profile);
    job.plan = plan(job.facts!, job.findings, job.profile, { crop: options.crop, ...job.shares });
  }

  // outputs: same layout and base name, new extension; never an input
  const taken = new Set(manifests.map((m) => m.output.abs));
  for (const job of jobs.values()) {
    if (job.plan!.status !== 'fix') continue;
    const rel = uniqueRel(withExtension(job.input.rel, job.plan!.output.extension), (r) => taken.has(join(outAbs, r)));
    taken.add(join(outAbs, rel));
    job.output = { abs: join(outAbs, rel), shown: join(options.out, rel) };
  }
  await refuseOverwrite([...jobs.values()], manifests, options.out);

  if (!options.dryRun) {
    await mkdir(outAbs, { recursive: true }).catch((e: Error) => {
      throw new PreflightUsageError('bad_option', `cannot create --out ${options.out}: ${e.message}`, 'choose a folder you can write to, e.g. --out fixed/');
    });
    const work = [...jobs.values()].filter((j) => j.plan!.status === 'fix');
    const ctx = { probe, ffmpeg: { timeoutMs: options.timeoutMs }, video: { preset: options.preset } };
    for await (const _ of mapPool(work, concurrency, async (job) => {
      options.onProgress?.({ source: job.input.path, phase: 'start' });
      try {
        await mkdir(dirname(job.output!.abs), { recursive: true });
        job.outcome = await execute(job.plan as Extract<Plan, { status: 'fix' }>, job.facts!, job.input.path, job.output!.abs, { ...ctx, profile: job.profile });
      } catch (e) {
        job.outcome = { status: 'failed', reason: (e as Error).message, codes: [] };
      }
      options.onProgress?.({ source: job.input.path, phase: 'done', status: job.outcome.status });
    }));
  }

  const report: FixReport = { ok: true, dryRun: Boolean(options.dryRun), out: options.out, profile: profile.id, fixed: [], unchanged: [], unfixable: [], failed: [] };
  for (const job of jobs.values()) addJobResult(report, job);
  for (const m of manifests) await addManifestResult(report, m, jobOf, options, probe);
  report.ok = report.unfixable.length === 0 && report.failed.length === 0;
  return report;
}

const refsOf = (req: NormalizedRequest) => [...req.images, ...req.videos, ...req.audios];

/** Request errors the fixer leaves alone, and the clip budgets it will meet (as shares on the jobs). */
function checkManifest(m: ManifestJob, factsOf: (ref: AssetRef) => Facts | undefined, jobOf: (abs: string) => Job | undefined, strategy: TrimStrategy): void {
  const { req } = m;
  const findings = [...req.findings, ...(req.parsed ? checkRequest(req, { profile: req.profile, facts: factsOf }) : [])];
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

function addJobResult(report: FixReport, job: Job): void {
  const p = job.plan!;
  const source = job.input.path;
  if (p.status === 'unchanged') return void report.unchanged.push({ source });
  if (p.status === 'unfixable') return void report.unfixable.push({ source, code: p.code, reason: unfixableReason(p, job.findings!) });
  const o = job.outcome;
  if (o?.status === 'failed') return void report.failed.push({ source, output: job.output!.shown, reason: o.reason, codes: o.codes, ...(o.stderr ? { stderr: o.stderr } : {}) });
  const actions = o?.status === 'fixed' ? o.actions : p.actions;
  report.fixed.push({ source, output: job.output!.shown, actions: actions.map((a) => ({ ...a, text: actionText(a, p.kind) })) });
}

async function addManifestResult(report: FixReport, m: ManifestJob, jobOf: (abs: string) => Job | undefined, options: FixOptions, probe: (p: string) => Promise<Facts>): Promise<void> {
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
      return j?.plan?.status === 'fix' && j.outcome?.status !== 'failed' ? j.output!.abs : null;
    };
    const { body, repoints: r } = rewriteBody(m.req, dirname(m.output.abs), target);
    repoints = r.map(({ abs, ...x }) => {
      const p = jobOf(abs)?.plan;
      const code = p?.status === 'fix' ? p.actions[0].code : 'request';
      return { type: 'repoint' as const, code, ...x, text: repointText(x) };
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
  report.fixed.push({ source, output: m.output.shown, actions: repoints });
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
  const found = [...req.findings, ...(req.parsed ? checkRequest(req, { profile: req.profile, facts: factsOf }) : [])].map((f) => ({ f, subject: req.source }));
  for (const x of facts.values()) found.push(...checkAsset(x, req.profile).map((f) => ({ f, subject: x.source })));
  return found.filter(({ f }) => f.severity === 'error').map(({ f, subject }) => ({ code: f.code, message: render(f, subject).message }));
}

async function refuseOverwrite(jobs: Job[], manifests: ManifestJob[], out: string): Promise<void> {
  const inputs = new Set([...jobs.map((j) => j.real), ...(await Promise.all(manifests.map((m) => realpathOr(m.input.abs))))]);
  const outputs = [
    ...jobs.flatMap((j) => (j.output ? [{ abs: j.output.abs, source: j.input.path }] : [])),
    ...manifests.map((m) => ({ abs: m.output.abs, source: m.input.path })),
  ];
  for (const o of outputs) {
    if (inputs.has(await realpathOr(o.abs))) {
      throw new PreflightUsageError('bad_option', `--out ${out} would overwrite the input ${o.source}`, 'fix never replaces an input: choose another folder, e.g. --out fixed/');
    }
  }
}

function withExtension(rel: string, ext: string): string {
  const slash = Math.max(rel.lastIndexOf('/'), rel.lastIndexOf('\\'));
  const dot = rel.lastIndexOf('.');
  return `${dot > slash + 1 ? rel.slice(0, dot) : rel}.${ext}`;
}

/** `name.ext`, else `name-2.ext`, ... when another output already has the name. */
function uniqueRel(rel: string, taken: (rel: string) => boolean): string {
  if (!taken(rel)) return rel;
  const dot = rel.lastIndexOf('.');
  for (let n = 2; ; n++) {
    const r = `${rel.slice(0, dot)}-${n}${rel.slice(dot)}`;
    if (!taken(r)) return r;
  }
}

/** Paths under the working directory are shown relative to it, as a person typed them. */
function shown(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}
