import { lstat, mkdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Profile } from '../profiles/types.js';
import type { AssetRef } from '../manifest/types.js';
import { loadManifest } from '../manifest/index.js';
import { checkAsset } from '../rules/asset/index.js';
import { PreflightUsageError } from '../errors.js';
import { resolveProfile } from '../lint.js';
import { mapPool } from '../lib/pool.js';
import type { FfmpegUsed, FixOptions, FixReport, Plan, TrimStrategy } from './types.js';
import { TRIM_STRATEGIES } from './types.js';
import { plan } from './plan.js';
import { execute } from './execute.js';
import { collectInputs, inside, realpathOr, type InputFile } from './inputs.js';
import { actionText, unfixableReason } from './words.js';
import { refsOf, type Job, type ManifestJob } from './jobs.js';
import { addManifestResult, checkManifest } from './manifest-run.js';
import { commandsFor } from './commands.js';
import { carry } from './carry.js';
import { FfmpegSelectError, selectFfmpeg } from '../media/select.js';
import { readSampleFormat } from '../media/sample-format.js';

export type * from './types.js';
export { plan } from './plan.js';
export { TRIM_STRATEGIES } from './types.js';

/**
 * Fixes files, folders and request manifests into `options.out`: plan, run, re-check. Inputs are
 * never written. Rejects only on usage mistakes (PreflightUsageError): no --out, a missing path, an
 * output that would replace an input.
 */
export async function fix(paths: string[], options: FixOptions): Promise<FixReport> {
  if (!options.out) throw new PreflightUsageError('bad_option', 'fix() needs options.out: the folder the fixed files are written to', 'e.g. fix(["assets/"], { out: "fixed/" })');
  if (paths.length === 0) throw new PreflightUsageError('bad_option', 'fix() needs at least one file, folder or manifest', 'e.g. fix(["assets/"], { out: "fixed/" })');
  const strategy: TrimStrategy = options.trimStrategy ?? 'proportional';
  if (!TRIM_STRATEGIES.includes(strategy)) throw new PreflightUsageError('bad_option', `unknown trim strategy '${strategy}'`, `use one of: ${TRIM_STRATEGIES.join(', ')}`);
  const profile = resolveProfile(options.model, options.profiles);
  for (const p of paths) {
    if (!(await lstat(p).catch(() => null))) throw new PreflightUsageError('path_not_found', `no such file or folder: ${p}`, 'check the path, or quote names with spaces');
  }
  const outAbs = resolve(options.out);
  const outStat = await stat(outAbs).catch(() => null);
  if (outStat && !outStat.isDirectory()) throw new PreflightUsageError('bad_option', `the output folder ${options.out} is a file, not a folder`, 'name a folder for the fixed files', 'out');
  const outReal = await realpathOr(outAbs);
  const ffmpeg = chooseFfmpeg(options.ffmpeg);
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
    const req = await loadManifest(m.path, { profile: options.model, profiles: options.profiles });
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
  // a re-written wav keeps the source's sample format: read it where the facts do not carry it
  const audio = [...jobs.values()].filter((j) => j.facts!.kind === 'audio' && !j.facts!.failure);
  for await (const [job, fmt] of mapPool(audio, concurrency, async (j) => [j, await readSampleFormat(j.input.path)] as const)) job.sampleFormat = fmt;
  const jobOf = (abs: string) => jobs.get(realOf.get(abs) ?? abs);
  const factsOf = (ref: AssetRef) => (ref.location.type === 'path' ? jobOf(ref.location.path)?.facts : undefined);

  for (const m of manifests) checkManifest(m, factsOf, jobOf, strategy);
  for (const job of jobs.values()) {
    job.findings = checkAsset(job.facts!, job.profile);
    job.plan = plan(job.facts!, job.findings, job.profile, { crop: options.crop, sampleFormat: job.sampleFormat, ...job.shares });
  }

  // outputs: same layout and base name, new extension; never an input
  const taken = new Set(manifests.map((m) => m.output.abs));
  for (const job of jobs.values()) {
    if (job.plan!.status !== 'fix') continue;
    const rel = uniqueRel(withExtension(job.input.rel, job.plan!.output.extension), (r) => taken.has(join(outAbs, r)));
    taken.add(join(outAbs, rel));
    job.output = { abs: join(outAbs, rel), shown: join(options.out, rel) };
  }
  // a manifest that is written names only files under --out: its unchanged local files go there too
  const refJobs = (m: ManifestJob) => refsOf(m.req).flatMap((r) => (r.location.type === 'path' && jobOf(r.location.path) ? [jobOf(r.location.path)!] : []));
  for (const m of manifests) {
    const js = refJobs(m);
    if (!js.some((j) => j.plan!.status === 'fix')) continue;
    for (const j of js) {
      if (j.plan!.status !== 'unchanged' || j.carry || inside(j.real, outReal)) continue;
      const rel = uniqueRel(j.input.rel, (r) => taken.has(join(outAbs, r)));
      taken.add(join(outAbs, rel));
      j.carry = { abs: join(outAbs, rel), shown: join(options.out, rel) };
    }
  }
  await refuseOverwrite([...jobs.values()], manifests, options.out);

  if (!options.dryRun) {
    await mkdir(outAbs, { recursive: true }).catch((e: Error) => {
      throw new PreflightUsageError('bad_option', `cannot create the output folder ${options.out}: ${e.message}`, 'choose an output folder you can write to', 'out');
    });
    const work = [...jobs.values()].filter((j) => j.plan!.status === 'fix');
    const total = work.length;
    let started = 0;
    for await (const _ of mapPool(work, concurrency, async (job) => {
      const n = ++started;
      const source = job.input.path;
      const p = job.plan as Extract<Plan, { status: 'fix' }>;
      options.onProgress?.({ source, phase: 'start', n, total });
      // ffmpeg's time= stat over the output's duration: the percent of a long encode
      const seconds = p.actions.find((a) => a.type === 'trim' || a.type === 'extend')?.toSec ?? job.facts!.durationSec;
      const onTime = options.onProgress && seconds ? (t: number) => options.onProgress!({ source, phase: 'progress', n, total, percent: Math.min(100, Math.max(0, (t / seconds) * 100)) }) : undefined;
      const ctx = { probe, profile: job.profile, ffmpeg: { timeoutMs: options.timeoutMs, binary: ffmpeg?.path, onTime }, video: { preset: options.preset } };
      try {
        await mkdir(dirname(job.output!.abs), { recursive: true });
        job.outcome = await execute(p, job.facts!, source, job.output!.abs, ctx);
      } catch (e) {
        job.outcome = { status: 'failed', reason: (e as Error).message, codes: [] };
      }
      options.onProgress?.({ source, phase: 'done', n, total, status: job.outcome.status });
    }));
    for (const job of jobs.values()) {
      if (!job.carry) continue;
      await mkdir(dirname(job.carry.abs), { recursive: true });
      job.carry.how = await carry(job.real, job.carry.abs).catch((e: Error) => {
        job.carry!.error = e.message;
        return undefined;
      });
    }
  }

  const report: FixReport = { ok: true, dryRun: Boolean(options.dryRun), out: options.out, profile: profile.id, ffmpeg, fixed: [], unchanged: [], unfixable: [], failed: [] };
  for (const job of jobs.values()) addJobResult(report, job, { binary: ffmpeg?.path ?? null, video: { preset: options.preset } });
  for (const m of manifests) await addManifestResult(report, m, jobOf, options, probe);
  report.ok = report.unfixable.length === 0 && report.failed.length === 0;
  return report;
}

/** The ffmpeg to run: a named one must work (a usage mistake otherwise); none at all fails only the jobs that need it. */
function chooseFfmpeg(explicit: string | undefined): FfmpegUsed | null {
  try {
    const { path, version, from } = selectFfmpeg(explicit);
    return { path, version, from };
  } catch (e) {
    if (!(e instanceof FfmpegSelectError)) throw e;
    if (explicit || process.env.SEEDANCE_PREFLIGHT_FFMPEG) throw new PreflightUsageError('bad_option', e.message, e.hint);
    return null;
  }
}

function addJobResult(report: FixReport, job: Job, cmd: { binary: string | null; video: { preset?: string } }): void {
  const p = job.plan!;
  const source = job.input.path;
  if (p.status === 'unchanged') return void report.unchanged.push({ source });
  if (p.status === 'unfixable') return void report.unfixable.push({ source, code: p.code, reason: unfixableReason(p, job.findings!) });
  const o = job.outcome;
  if (o?.status === 'failed') return void report.failed.push({ source, output: job.output!.shown, reason: o.reason, codes: o.codes, ...(o.stderr ? { stderr: o.stderr } : {}) });
  // a dry run shows the plan's commands; a real run the ones that made the file
  const done = o?.status === 'fixed' ? o : null;
  const actions = done ? done.actions : p.actions;
  const commands = done ? done.commands : commandsFor(p, job.facts!, source, job.output!.abs, cmd);
  report.fixed.push({ source, output: job.output!.shown, actions: actions.map((a) => ({ ...a, text: actionText(a, p.kind) })), commands, fallbacks: done?.fallbacks ?? [] });
}

async function refuseOverwrite(jobs: Job[], manifests: ManifestJob[], out: string): Promise<void> {
  const inputs = new Set([...jobs.map((j) => j.real), ...(await Promise.all(manifests.map((m) => realpathOr(m.input.abs))))]);
  // an existing file beside its own input (fix in/pic.bmp --out in) is the user's, not an earlier output
  for (const j of jobs) {
    if (!j.output || inputs.has(await realpathOr(j.output.abs))) continue;
    const st = await lstat(j.output.abs).catch(() => null);
    if (st && dirname(await realpathOr(j.output.abs)) === dirname(j.real)) {
      throw new PreflightUsageError('bad_option', `the output folder ${out} would replace ${j.output.shown}, a file beside the input ${j.input.path}`, 'fix never replaces a file it did not write: choose another output folder', 'out');
    }
  }
  const outputs = [
    ...jobs.flatMap((j) => (j.output ? [{ abs: j.output.abs, source: j.input.path }] : [])),
    ...jobs.flatMap((j) => (j.carry ? [{ abs: j.carry.abs, source: j.input.path }] : [])),
    ...manifests.map((m) => ({ abs: m.output.abs, source: m.input.path })),
  ];
  for (const o of outputs) {
    if (inputs.has(await realpathOr(o.abs))) {
      throw new PreflightUsageError('bad_option', `the output folder ${out} would overwrite the input ${o.source}`, 'fix never replaces an input: choose another output folder', 'out');
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
