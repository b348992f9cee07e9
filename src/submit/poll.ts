import { retryDecision } from '../remote/retry.js';
import { type Client, effectiveStatus, makeClient, readOutcome, readRetryPolicy, snippet } from './client.js';
import type { SubmitError } from './errors.js';
import { statusHint, taskFailureHint } from './hints.js';
import { exchange, type HttpAnswer, NetFailure } from './http.js';
import type { ProviderTarget, TaskState, WaitOptions } from './types.js';

export const DEFAULT_POLL_INTERVAL_SEC = 10;
export const DEFAULT_WAIT_TIMEOUT_SEC = 1800;

/** The caller's wall-clock deadline passed during a status query. */
class OutOfTime extends Error {}

/**
 * One status query, retried with backoff on network failures, 5xx, 429 and unreadable answers.
 * `deadlineAt` (clock ms) bounds it all, each exchange and each wait included.
 */
export async function queryTask(c: Client, taskId: string, deadlineAt?: number): Promise<TaskState> {
  const url = c.p.taskUrl(c.baseUrl, taskId);
  const left = () => (deadlineAt === undefined ? Infinity : deadlineAt - c.clock.now());
  for (let attempt = 1; ; attempt++) {
    let a: HttpAnswer | NetFailure;
    if (left() <= 0) throw new OutOfTime();
    try {
      a = left() < c.timeoutMs ? await exchange(c.fetch, url, { method: 'GET', headers: c.headers(false) }, left()) : await c.call('GET', url);
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
        kind: 'rejected',
        status,
        providerCode: code,
        taskId,
        providerMessage: message ?? (snippet(a.text) || null),
        message: `${c.p.name} refused the status query for ${taskId}: HTTP ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`,
        hint: statusHint(c.p, status, 'task'),
      });
    }
    // an unreadable 2xx is retried like a network failure: the next answer may be whole
    const outcome = a instanceof NetFailure || (status >= 200 && status < 300) ? { error: 'NETWORK' } : readOutcome(a, status);
    const d = retryDecision(outcome, attempt, readRetryPolicy, c.clock);
    if (d.retry && d.delayMs >= left()) throw new OutOfTime();
    if (!d.retry) {
      const what = a instanceof NetFailure ? `${a.code}: ${a.message}` : status >= 200 && status < 300 ? `an answer without a task ("${snippet(a.text, 80)}")` : `HTTP ${status}`;
      // The provider's own code (rate_limit_exceeded, internal_error) stays on the error when it gave one.
      const provider = a instanceof NetFailure || (status >= 200 && status < 300) ? null : c.p.errorOf(a.json);
      throw c.fail({
        kind: 'bad_response',
        status: status || null,
        ...(provider?.code ? { providerCode: provider.code } : {}),
        ...(provider?.message ? { providerMessage: provider.message } : {}),
        taskId,
        message: `the status of ${taskId} could not be read after ${attempt} attempts (${what})`,
        hint: `The task is not affected. Query it again later: 'seedance-preflight status ${taskId}'.`,
      });
    }
    await c.clock.sleep(d.delayMs);
  }
}

/** Polls until the task completes or fails; throws wait_timeout (the task goes on) when time runs out. */
export async function pollUntilDone(c: Client, taskId: string, opts: WaitOptions = {}): Promise<TaskState> {
  const intervalMs = Math.max(0, (opts.pollIntervalSec ?? DEFAULT_POLL_INTERVAL_SEC) * 1000);
  const timeoutMs = (opts.timeoutSec ?? DEFAULT_WAIT_TIMEOUT_SEC) * 1000;
  const start = c.clock.now();
  // the timeout is wall-clock for the whole wait: a poll endpoint that never answers ends it on time too
  const deadline = start + timeoutMs;
  let last: TaskState | null = null;
  for (;;) {
    let t: TaskState;
    try {
      t = await queryTask(c, taskId, deadline);
    } catch (e) {
      if (!(e instanceof OutOfTime)) throw e;
      throw c.fail({
        kind: 'wait_timeout',
        taskId,
        message: `${taskId} is still ${last?.status ?? 'unknown'} after ${Math.round((c.clock.now() - start) / 1000)} s (the status query did not answer in time)`,
        hint: `The task goes on at the provider. Check it later with 'seedance-preflight status ${taskId}', and fetch the video with 'seedance-preflight download ${taskId} --out DIR' (links live 24 h).`,
      });
    }
    last = t;
    const elapsedMs = c.clock.now() - start;
    opts.onProgress?.({ phase: 'poll', taskId, status: t.status, progress: t.progress, elapsedMs, message: `${taskId}: ${t.status}${t.progress !== null ? ` ${t.progress}%` : ''}` });
    if (t.status === 'completed' || t.status === 'failed') return t;
    if (elapsedMs + intervalMs > timeoutMs) {
      throw c.fail({
        kind: 'wait_timeout',
        taskId,
        message: `${taskId} is still ${t.status} after ${Math.round(elapsedMs / 1000)} s`,
        hint: `The task goes on at the provider. Check it later with 'seedance-preflight status ${taskId}', and fetch the video with 'seedance-preflight download ${taskId} --out DIR' (links live 24 h).`,
      });
    }
    await c.clock.sleep(intervalMs);
  }
}

/** The typed error of a task that ended in failure. */
export function taskFailure(c: Client, t: TaskState): SubmitError {
  const code = t.error?.code ?? null;
  const msg = t.error?.message ?? null;
  return c.fail({
    kind: 'task_failed',
    taskId: t.taskId,
    providerCode: code,
    providerMessage: msg,
    message: `${t.taskId} ended in failure${code ? `: ${code}` : ''}${msg ? ` (${msg})` : ''}`,
    hint: taskFailureHint(c.p, code, msg),
  });
}

/** The state of a task now (one query, retried on transient failures). */
export async function getTask(taskId: string, target: ProviderTarget): Promise<TaskState> {
  return queryTask(makeClient(target), taskId);
}

/** Polls a task until it completes or fails and returns its last state (a failed task is returned, not thrown). */
export async function waitForTask(taskId: string, target: ProviderTarget & WaitOptions): Promise<TaskState> {
  return pollUntilDone(makeClient(target), taskId, target);
}
