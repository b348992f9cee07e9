/**
 * Retry policy as pure functions: the clock and randomness are passed in, so the
 * decision (and the wait) can be tested without waiting.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the attempt fails with the server's answer. */
  maxRetryAfterMs: number;
  retryStatuses: readonly number[];
  /** Error codes of a dropped connection. Refused connections and timeouts are not retried: a dead host fails fast. */
  retryErrors: readonly string[];
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 300,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 30_000,
  retryStatuses: [408, 425, 429, 500, 502, 503, 504],
  retryErrors: ['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET'],
};

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  random: Math.random,
};

/** What one attempt ended with. */
export type Outcome = { status: number; retryAfter?: string | null } | { error: string };

export type Decision = { retry: true; delayMs: number; why: string } | { retry: false; why: string };

/** Exponential backoff with "equal jitter": half fixed, half random, so retries spread without ever being 0. */
export function backoffDelay(failedAttempt: number, policy: RetryPolicy, random: () => number): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date. null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value == null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/^[a-z]{3}/i.test(v)) return null; // an HTTP date starts with the day name; Date.parse takes '-3' as a year
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - nowMs);
}

export function retryDecision(outcome: Outcome, failedAttempt: number, policy: RetryPolicy, clock: Pick<Clock, 'now' | 'random'>): Decision {
  const what = 'status' in outcome ? `HTTP ${outcome.status}` : outcome.error;
  const retryable = 'status' in outcome ? policy.retryStatuses.includes(outcome.status) : policy.retryErrors.includes(outcome.error);
  if (!retryable) return { retry: false, why: `${what} is not retried` };
  if (failedAttempt >= policy.maxAttempts) return { retry: false, why: `${what} after ${failedAttempt} attempts` };
  const asked = 'status' in outcome ? parseRetryAfter(outcome.retryAfter, clock.now()) : null;
  if (asked != null) {
    if (asked > policy.maxRetryAfterMs) return { retry: false, why: `${what}: server asks to wait ${Math.ceil(asked / 1000)} s` };
    return { retry: true, delayMs: asked, why: `${what}: Retry-After ${Math.ceil(asked / 1000)} s` };
  }
  return { retry: true, delayMs: backoffDelay(failedAttempt, policy, clock.random), why: `${what}: backoff` };
}
