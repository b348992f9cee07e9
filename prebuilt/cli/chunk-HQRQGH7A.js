// src/remote/retry.ts
var defaultRetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 300,
  maxDelayMs: 5e3,
  maxRetryAfterMs: 3e4,
  retryStatuses: [408, 425, 429, 500, 502, 503, 504],
  retryErrors: ["ECONNRESET", "EPIPE", "ECONNABORTED", "EAI_AGAIN", "UND_ERR_SOCKET"]
};
var realClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  random: Math.random
};
function backoffDelay(failedAttempt, policy, random) {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}
function parseRetryAfter(value, nowMs) {
  if (value == null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1e3;
  if (!/^[a-z]{3}/i.test(v)) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - nowMs);
}
function retryDecision(outcome, failedAttempt, policy, clock) {
  const what = "status" in outcome ? `HTTP ${outcome.status}` : outcome.error;
  const retryable = "status" in outcome ? policy.retryStatuses.includes(outcome.status) : policy.retryErrors.includes(outcome.error);
  if (!retryable) return { retry: false, why: `${what} is not retried` };
  if (failedAttempt >= policy.maxAttempts) return { retry: false, why: `${what} after ${failedAttempt} attempts` };
  const asked = "status" in outcome ? parseRetryAfter(outcome.retryAfter, clock.now()) : null;
  if (asked != null) {
    if (asked > policy.maxRetryAfterMs) return { retry: false, why: `${what}: server asks to wait ${Math.ceil(asked / 1e3)} s` };
    return { retry: true, delayMs: asked, why: `${what}: Retry-After ${Math.ceil(asked / 1e3)} s` };
  }
  return { retry: true, delayMs: backoffDelay(failedAttempt, policy, clock.random), why: `${what}: backoff` };
}

export {
  defaultRetryPolicy,
  realClock,
  backoffDelay,
  parseRetryAfter,
  retryDecision
};
