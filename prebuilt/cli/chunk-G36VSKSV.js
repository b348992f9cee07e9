import {
  NetFailure,
  effectiveStatus,
  exchange,
  makeClient,
  readOutcome,
  readRetryPolicy,
  snippet
} from "./chunk-JVNU76HA.js";
import {
  retryDecision
} from "./chunk-HQRQGH7A.js";

// src/submit/hints.ts
function statusHint(p, status, phase, extra = {}) {
  switch (status) {
    case 400:
      return phase === "create" ? "The provider refused a parameter the preflight accepted (its rules may have changed): read its message, fix the manifest, and check it again with 'seedance-preflight lint'. No task was created." : `The task id is not valid for ${p.name}${p.name === "evolink" ? " (evolink ids start with 'task-unified-')" : ""}: check the id and --provider.`;
    case 401:
      return `The API key was refused: check that SEEDANCE_API_KEY (or --api-key) holds a current ${p.name} key (${p.keysPage}).`;
    case 402:
      return `Not enough credits: top up the ${p.name} account, then submit again.${phase === "create" ? " No task was created." : ""}`;
    case 403:
      return phase === "create" ? `This key has no access to ${extra.model ? `the model ${extra.model}` : "this model"}: enable the model for the key in the dashboard (${p.dashboard}), or use a key that has it. No task was created.` : "This key may not read this task: use the key of the account that created it.";
    case 404:
      return phase === "create" ? `The endpoint was not found: check --base-url (the default for ${p.name} is ${p.defaultBaseUrl}).` : `No such task for this key: check the id, --provider and --base-url${p.name === "evolink" ? " (evolink ids start with 'task-unified-')" : ""}.`;
    case 409:
      return "Too many active tasks (or a conflicting request): wait for your running tasks to finish ('seedance-preflight status <task-id>'), then submit again. No task was created.";
    case 422:
      return "The provider's parameter validation failed: read its message, fix the manifest and submit again. No task was created.";
    case 429:
      return `Rate limited${extra.attempts ? ` (${extra.attempts} attempts)` : ""}: wait a minute and run again.${phase === "create" ? " No task was created." : ""}`;
    default:
      if (status >= 500) return `The provider failed (HTTP ${status}). Query again later: 'seedance-preflight status <task-id>'.`;
      return `The provider refused the request (HTTP ${status}): read its message.${phase === "create" ? " No task was created." : ""}`;
  }
}
var POLICY = /polic|violat|sensitiv|nsfw|safety|moderat|block|censor|inappropriate|prohibit/i;
function taskFailureHint(p, code, message) {
  const text = `${code ?? ""} ${message ?? ""}`;
  if (POLICY.test(text)) {
    return "Blocked by the provider's content policy: change the prompt or the reference assets (real people's faces, public figures, brands, violence and nudity are the usual triggers), then submit again.";
  }
  if (/time.?out|timed out/i.test(text)) return "The task timed out at the provider: submit again later.";
  if (/download|fetch|url|unreachable|access/i.test(text)) {
    return "The provider could not fetch a reference asset: check that every URL answers a plain GET from the internet and has not expired, then submit again.";
  }
  return `The task failed at the provider: read its message and fix what it names, or submit again. The dashboard (${p.dashboard}) shows whether it was charged.`;
}
function ambiguousHint(p, taskId, sentAt) {
  const check = taskId ? `run 'seedance-preflight status ${taskId}'` : `look in the task list of ${p.dashboard} for a task created at about ${sentAt.toISOString()}`;
  return `The request reached ${p.name}, but no answer says whether a task was created (it may be running and billed). Do not resubmit blindly: ${check}. Only if there is none, submit again with --force.`;
}

// src/submit/poll.ts
var DEFAULT_POLL_INTERVAL_SEC = 10;
var DEFAULT_WAIT_TIMEOUT_SEC = 1800;
var OutOfTime = class extends Error {
};
async function queryTask(c, taskId, deadlineAt) {
  const url = c.p.taskUrl(c.baseUrl, taskId);
  const left = () => deadlineAt === void 0 ? Infinity : deadlineAt - c.clock.now();
  for (let attempt = 1; ; attempt++) {
    let a;
    if (left() <= 0) throw new OutOfTime();
    try {
      a = left() < c.timeoutMs ? await exchange(c.fetch, url, { method: "GET", headers: c.headers(false) }, left()) : await c.call("GET", url);
    } catch (e) {
      if (!(e instanceof NetFailure)) throw e;
      a = e;
    }
    const status = a instanceof NetFailure ? 0 : effectiveStatus(c, a);
    const task = !(a instanceof NetFailure) && status >= 200 && status < 300 ? c.p.parseTask(a.json, taskId) : null;
    if (task) return task;
    if (!(a instanceof NetFailure) && status >= 300 && !readRetryPolicy.retryStatuses.includes(status)) {
      const { code, message } = c.p.errorOf(a.json);
      throw c.fail({
        kind: "rejected",
        status,
        providerCode: code,
        taskId,
        providerMessage: message ?? (snippet(a.text) || null),
        message: `${c.p.name} refused the status query for ${taskId}: HTTP ${status}${code ? ` ${code}` : ""}${message ? `: ${message}` : ""}`,
        hint: statusHint(c.p, status, "task")
      });
    }
    const outcome = a instanceof NetFailure || status >= 200 && status < 300 ? { error: "NETWORK" } : readOutcome(a, status);
    const d = retryDecision(outcome, attempt, readRetryPolicy, c.clock);
    if (d.retry && d.delayMs >= left()) throw new OutOfTime();
    if (!d.retry) {
      const what = a instanceof NetFailure ? `${a.code}: ${a.message}` : status >= 200 && status < 300 ? `an answer without a task ("${snippet(a.text, 80)}")` : `HTTP ${status}`;
      const provider = a instanceof NetFailure || status >= 200 && status < 300 ? null : c.p.errorOf(a.json);
      throw c.fail({
        kind: "bad_response",
        status: status || null,
        ...provider?.code ? { providerCode: provider.code } : {},
        ...provider?.message ? { providerMessage: provider.message } : {},
        taskId,
        message: `the status of ${taskId} could not be read after ${attempt} attempts (${what})`,
        hint: `The task is not affected. Query it again later: 'seedance-preflight status ${taskId}'.`
      });
    }
    await c.clock.sleep(d.delayMs);
  }
}
async function pollUntilDone(c, taskId, opts = {}) {
  const intervalMs = Math.max(0, (opts.pollIntervalSec ?? DEFAULT_POLL_INTERVAL_SEC) * 1e3);
  const timeoutMs = (opts.timeoutSec ?? DEFAULT_WAIT_TIMEOUT_SEC) * 1e3;
  const start = c.clock.now();
  const deadline = start + timeoutMs;
  let last = null;
  for (; ; ) {
    let t;
    try {
      t = await queryTask(c, taskId, deadline);
    } catch (e) {
      if (!(e instanceof OutOfTime)) throw e;
      throw c.fail({
        kind: "wait_timeout",
        taskId,
        message: `${taskId} is still ${last?.status ?? "unknown"} after ${Math.round((c.clock.now() - start) / 1e3)} s (the status query did not answer in time)`,
        hint: `The task goes on at the provider. Check it later with 'seedance-preflight status ${taskId}', and fetch the video with 'seedance-preflight download ${taskId} --out DIR' (links live 24 h).`
      });
    }
    last = t;
    const elapsedMs = c.clock.now() - start;
    opts.onProgress?.({ phase: "poll", taskId, status: t.status, progress: t.progress, elapsedMs, message: `${taskId}: ${t.status}${t.progress !== null ? ` ${t.progress}%` : ""}` });
    if (t.status === "completed" || t.status === "failed") return t;
    if (elapsedMs + intervalMs > timeoutMs) {
      throw c.fail({
        kind: "wait_timeout",
        taskId,
        message: `${taskId} is still ${t.status} after ${Math.round(elapsedMs / 1e3)} s`,
        hint: `The task goes on at the provider. Check it later with 'seedance-preflight status ${taskId}', and fetch the video with 'seedance-preflight download ${taskId} --out DIR' (links live 24 h).`
      });
    }
    await c.clock.sleep(intervalMs);
  }
}
function taskFailure(c, t) {
  const code = t.error?.code ?? null;
  const msg = t.error?.message ?? null;
  return c.fail({
    kind: "task_failed",
    taskId: t.taskId,
    providerCode: code,
    providerMessage: msg,
    message: `${t.taskId} ended in failure${code ? `: ${code}` : ""}${msg ? ` (${msg})` : ""}`,
    hint: taskFailureHint(c.p, code, msg)
  });
}
async function getTask(taskId, target) {
  return queryTask(makeClient(target), taskId);
}
async function waitForTask(taskId, target) {
  return pollUntilDone(makeClient(target), taskId, target);
}

export {
  statusHint,
  ambiguousHint,
  DEFAULT_POLL_INTERVAL_SEC,
  DEFAULT_WAIT_TIMEOUT_SEC,
  queryTask,
  pollUntilDone,
  taskFailure,
  getTask,
  waitForTask
};
