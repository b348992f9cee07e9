import { retryDecision } from '../remote/retry.js';
import { type Client, createRetryPolicy, effectiveStatus, snippet } from './client.js';
import { ambiguousHint, statusHint } from './hints.js';
import { type HttpAnswer, NetFailure } from './http.js';
import type { TaskStatus } from './types.js';

export interface Created {
  taskId: string;
  status: TaskStatus | null;
  usage: Record<string, unknown> | null;
  /** Waits before re-sends (429 or no connection), in order. */
  retries: { why: string; delayMs: number }[];
}

/**
 * POST the body once. It is sent again only when the provider certainly did not take it: a 429
 * (after Retry-After) or a connection that was never made. A 5xx, a timeout, a dropped connection
 * or an unreadable 2xx after sending is an AmbiguousSubmitError: a task may exist and be billed.
 */
export async function createTask(c: Client, body: unknown, opts: { model?: string | null; onRetry?: (why: string, delayMs: number) => void } = {}): Promise<Created> {
  const url = `${c.baseUrl}${c.p.createPath}`;
  const payload = JSON.stringify(body);
  const retries: Created['retries'] = [];
  for (let attempt = 1; ; attempt++) {
    const sentAt = new Date(c.clock.now());
    let a: HttpAnswer;
    try {
      a = await c.call('POST', url, payload);
    } catch (e) {
      if (!(e instanceof NetFailure)) throw e;
      if (!e.notSent) {
        throw c.ambiguous({
          message: `the create request to ${url} was sent, then ${e.code === 'TIMEOUT' ? e.message : `the connection failed (${e.code}: ${e.message})`}`,
          providerCode: e.code,
          hint: ambiguousHint(c.p, null, sentAt),
        });
      }
      const d = retryDecision({ error: e.code }, attempt, createRetryPolicy, c.clock);
      if (!d.retry) {
        throw c.fail({
          kind: 'not_sent',
          providerCode: e.code,
          message: `could not connect to ${c.baseUrl} (${e.code}: ${e.message}); nothing was sent${attempt > 1 ? ` (${attempt} attempts)` : ''}`,
          hint: 'Check the network and --base-url, then run the same command again: no task was created.',
        });
      }
      retries.push({ why: d.why, delayMs: d.delayMs });
      opts.onRetry?.(d.why, d.delayMs);
      await c.clock.sleep(d.delayMs);
      continue;
    }
    const status = effectiveStatus(c, a);
    const { code, message } = c.p.errorOf(a.json);
    if (status === 429) {
      const d = retryDecision({ status, retryAfter: a.headers.get('retry-after') }, attempt, createRetryPolicy, c.clock);
      if (d.retry) {
        retries.push({ why: d.why, delayMs: d.delayMs });
        opts.onRetry?.(d.why, d.delayMs);
        await c.clock.sleep(d.delayMs);
        continue;
      }
      throw c.fail({ kind: 'rejected', status, providerCode: code, providerMessage: message, message: `${c.p.name} rate-limited the create request (${d.why})`, hint: statusHint(c.p, 429, 'create', { attempts: attempt }) });
    }
    if (status >= 300 && status < 400) {
      const to = a.headers.get('location');
      throw c.fail({
        kind: 'rejected',
        status,
        message: `${url} answered with a redirect (HTTP ${status}${to ? ` to ${to}` : ''}), which is not followed for a create`,
        hint: `Set --base-url to where the API really is${to ? ` (the origin of ${to})` : ''}. No task was created.`,
      });
    }
    if (status >= 400 && status < 500) {
      throw c.fail({
        kind: 'rejected',
        status,
        providerCode: code,
        providerMessage: message ?? (snippet(a.text) || null),
        message: `${c.p.name} refused the request: HTTP ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`,
        hint: statusHint(c.p, status, 'create', { model: opts.model }),
      });
    }
    const created = status >= 200 && status < 300 ? c.p.parseCreate(a.json) : null;
    if (status >= 500 || !created?.taskId) {
      const taskId = c.p.parseCreate(a.json).taskId;
      const what = status >= 500 ? `HTTP ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}` : a.json === undefined ? `HTTP ${status} with a body that is not JSON ("${snippet(a.text, 80)}")` : `HTTP ${status} without a task id ("${snippet(a.text, 80)}")`;
      throw c.ambiguous({ status, providerCode: code, providerMessage: message, taskId, message: `the create request to ${url} was sent and answered ${what}`, hint: ambiguousHint(c.p, taskId, sentAt) });
    }
    return { taskId: created.taskId, status: created.status, usage: created.usage, retries };
  }
}
