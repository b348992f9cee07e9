import { realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadManifest, normalizeRequest } from '../manifest/index.js';
import { preflightAny as preflight } from '../preflight.js';
import { selectProfile } from '../profiles/index.js';
import { hashLocal, replaceAssets, uploadAll } from './assets.js';
import { makeClient } from './client.js';
import { createTask } from './create.js';
import { downloadResults } from './download.js';
import { SubmitError } from './errors.js';
import { Journal, type JournalState, stableHash } from './journal.js';
import { pollUntilDone, taskFailure } from './poll.js';
import { providerOf, toProvider } from './translate.js';
import type { SavedResult, SubmitOptions, SubmitResult, TaskState } from './types.js';

/**
 * Everything before the first upload: the body in the provider's dialect, its preflight, the local files
 * hashed to their object keys, and the journal's refusal of a recent identical send. Shared by submit
 * and its dry run, so the dry run shows the body submit would send.
 */
export async function prepare(request: string | object, options: SubmitOptions) {
  const pf = { probe: options.probe, allowPrivateUrls: options.allowPrivateUrls, profiles: options.profiles };
  let raw: unknown;
  let baseDir: string;
  let source: string;
  let roots: string[] | undefined;
  if (typeof request === 'string') {
    const loaded = await loadManifest(request);
    if (!loaded.parsed) {
      return { ready: false as const, result: { sent: false as const, reason: 'preflight' as const, provider: options.provider ?? providerOf(loaded.dialect), report: await preflight(request, pf), notes: [] } };
    }
    raw = loaded.raw;
    baseDir = dirname(resolve(request));
    source = options.source ?? request;
    // a manifest's files are uploaded only from its own folder, unless asked
    if (!options.followSymlinksOutside) roots = [await realpath(baseDir).catch(() => baseDir)];
  } else {
    raw = request;
    baseDir = resolve(options.baseDir ?? process.cwd());
    source = options.source ?? 'request';
  }

  const user = await (await import('../profiles/parse.js')).userProfiles(options.profiles);
  pf.profiles = user;
  const provider = options.provider ?? providerOf(selectProfile(raw, undefined, user).profile.dialect);
  const c = makeClient({ ...options, provider }, options.uploader?.secrets ?? []);
  const { body: translated, notes } = toProvider(raw, provider);
  const body = structuredClone(translated);
  if (options.callbackUrl !== undefined && body && typeof body === 'object') {
    if (provider === 'aigptimage') throw new SubmitError({ kind: 'config', provider, message: 'aigptimage takes no callback URL', hint: 'drop --callback-url, or submit with --provider evolink' });
    body.callback_url = options.callbackUrl;
  }

  options.onProgress?.({ phase: 'preflight', message: `checking ${source}` });
  const report = await preflight(body, { ...pf, baseDir, source, roots });
  if (!report.ok) return { ready: false as const, result: { sent: false as const, reason: 'preflight' as const, provider, report, notes } };

  const req = normalizeRequest(body, source, { baseDir, checkEscapes: false });
  const local = await hashLocal(req, options.uploader);
  const hash = stableHash({ provider, baseUrl: c.baseUrl, body: replaceAssets(body, req, local, (a) => `sha256:${a.sha256}`) });
  const journal = options.journal ? new Journal(options.journal.dir, options.journal.windowMin) : null;
  if (journal && !options.force) {
    const prior = await journal.blocking(hash, c.clock.now());
    if (prior) {
      const check = prior.taskId ? `'seedance-preflight status ${prior.taskId}'` : `the task list of ${c.p.dashboard}`;
      throw c.fail({
        kind: 'duplicate',
        taskId: prior.taskId,
        message: `this exact request was sent to ${provider} at ${prior.at} (${prior.state}${prior.taskId ? `, task ${prior.taskId}` : ''}); sending it again would bill a second task`,
        hint: `Check ${check}. To send it again anyway, add --force.`,
      });
    }
  }

  return { ready: true as const, provider, c, body, notes, report, req, local, journal, hash, source };
}

/**
 * Preflight, upload, create, and optionally wait and download. A request with any preflight error is
 * not sent (`{sent: false, report}`); what is sent is the checked body in the provider's dialect, with
 * local paths replaced by their uploaded URLs. Failures after that are SubmitErrors.
 */
export async function submit(request: string | object, options: SubmitOptions): Promise<SubmitResult> {
  const p = await prepare(request, options);
  if (!p.ready) return p.result;
  const { provider, c, body, notes, report, req, local, journal, hash, source } = p;

  const { urls, uploaded } = local.length
    ? await uploadAll(local, options.uploader!, { allowPrivateUrls: options.allowPrivateUrls, onEach: (path) => options.onProgress?.({ phase: 'upload', message: `uploading ${path}` }) })
    : { urls: new Map<string, string>(), uploaded: [] };
  const final = replaceAssets(body, req, local, (a) => urls.get(a.path)!);

  const record = (state: JournalState, taskId: string | null) =>
    // a key typed into --base-url (a path or query) is redacted like everywhere else
    journal?.append({ at: new Date(c.clock.now()).toISOString(), hash, provider, baseUrl: c.redact(c.baseUrl), state, taskId, source: c.redact(source) });
  await record('sending', null);
  options.onProgress?.({ phase: 'create', message: `sending to ${provider}` });
  let created;
  try {
    created = await createTask(c, final, {
      model: typeof req.model === 'string' ? req.model : null,
      onRetry: (why, ms) => options.onProgress?.({ phase: 'create', message: `${why}; sending again in ${Math.ceil(ms / 1000)} s` }),
    });
  } catch (e) {
    if (e instanceof SubmitError) await record(e.kind === 'ambiguous' ? 'ambiguous' : e.kind === 'not_sent' ? 'not_sent' : 'rejected', e.taskId);
    throw e;
  }
  await record('created', created.taskId);
  options.onProgress?.({ phase: 'create', taskId: created.taskId, status: created.status ?? 'pending', message: `created ${created.taskId}` });

  let task: TaskState = {
    provider,
    taskId: created.taskId,
    status: created.status ?? 'pending',
    providerStatus: created.status ?? 'pending',
    progress: null,
    resultUrls: [],
    error: null,
    usage: created.usage,
  };
  let saved: SavedResult[] = [];
  if (options.wait || options.download) {
    task = await pollUntilDone(c, created.taskId, options);
    if (task.status === 'failed') {
      await record('failed', task.taskId);
      throw taskFailure(c, task);
    }
    if (options.download) {
      options.onProgress?.({ phase: 'download', taskId: task.taskId, message: `saving ${task.resultUrls.length === 1 ? '1 result' : `${task.resultUrls.length} results`} to ${options.download}` });
      saved = await downloadResults(c, task, options.download, { probe: options.probe, allowPrivateUrls: options.allowPrivateUrls });
    }
  }
  return {
    sent: true,
    provider,
    baseUrl: c.baseUrl,
    taskId: task.taskId,
    status: task.status,
    progress: task.progress,
    resultUrls: task.resultUrls,
    saved,
    usage: task.usage ?? created.usage,
    estimatedCredits: report.requests[0]?.billing?.estimatedCredits ?? null,
    uploads: uploaded,
    notes,
    report,
  };
}
