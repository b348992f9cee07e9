import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultRetryPolicy as P, parseRetryAfter, retryDecision } from '../../src/remote/index.js';

const NOW = Date.UTC(2030, 5, 1, 12, 0, 0);
const clock = (r = 0.5) => ({ now: () => NOW, random: () => r });

describe('backoffDelay', () => {
  it('doubles per attempt, with half of it random', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, P, () => 0))).toEqual([150, 300, 600, 1200]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, P, () => 1))).toEqual([300, 600, 1200, 2400]);
  });

  it('never exceeds the cap, never drops to 0', () => {
    for (let n = 1; n < 40; n++) {
      for (const r of [0, 0.3, 0.999]) {
        const d = backoffDelay(n, P, () => r);
        expect(d).toBeGreaterThanOrEqual(P.baseDelayMs / 2);
        expect(d).toBeLessThanOrEqual(P.maxDelayMs);
      }
    }
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', NOW)).toBe(7000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter(new Date(NOW + 90_000).toUTCString(), NOW)).toBe(90_000);
  });

  it('a date in the past means now; garbage and absence mean nothing', () => {
    expect(parseRetryAfter(new Date(NOW - 5000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeNull();
    expect(parseRetryAfter('-3', NOW)).toBeNull();
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter(undefined, NOW)).toBeNull();
  });
});

describe('retryDecision', () => {
  it.each([429, 500, 502, 503, 504, 408])('retries HTTP %i with backoff', (status) => {
    expect(retryDecision({ status }, 1, P, clock(0))).toEqual({ retry: true, delayMs: 150, why: `HTTP ${status}: backoff` });
  });

  it.each([400, 401, 403, 404, 410, 416, 501, 200, 302])('does not retry HTTP %i', (status) => {
    expect(retryDecision({ status }, 1, P, clock()).retry).toBe(false);
  });

  it.each(['ECONNRESET', 'EPIPE', 'EAI_AGAIN'])('retries a dropped connection (%s)', (error) => {
    expect(retryDecision({ error }, 1, P, clock()).retry).toBe(true);
  });

  it.each(['ECONNREFUSED', 'TIMEOUT_HEADERS', 'TIMEOUT_BODY', 'ENOTFOUND', 'CERT_HAS_EXPIRED'])('fails fast on %s', (error) => {
    expect(retryDecision({ error }, 1, P, clock()).retry).toBe(false);
  });

  it('stops at maxAttempts', () => {
    expect(retryDecision({ status: 503 }, P.maxAttempts - 1, P, clock()).retry).toBe(true);
    expect(retryDecision({ status: 503 }, P.maxAttempts, P, clock())).toEqual({ retry: false, why: 'HTTP 503 after 3 attempts' });
    expect(retryDecision({ status: 503 }, 5, { ...P, maxAttempts: 6 }, clock()).retry).toBe(true);
  });

  it('honours Retry-After instead of the backoff, on 429 and 503', () => {
    expect(retryDecision({ status: 429, retryAfter: '3' }, 1, P, clock())).toEqual({ retry: true, delayMs: 3000, why: 'HTTP 429: Retry-After 3 s' });
    const date = new Date(NOW + 20_000).toUTCString();
    expect(retryDecision({ status: 503, retryAfter: date }, 2, P, clock())).toMatchObject({ retry: true, delayMs: 20_000 });
  });

  it('does not wait for a Retry-After beyond the cap', () => {
    expect(retryDecision({ status: 429, retryAfter: '3600' }, 1, P, clock())).toEqual({ retry: false, why: 'HTTP 429: server asks to wait 3600 s' });
    expect(retryDecision({ status: 429, retryAfter: '3600' }, 1, { ...P, maxRetryAfterMs: 4_000_000 }, clock()).retry).toBe(true);
  });

  it('an unreadable Retry-After falls back to the backoff', () => {
    expect(retryDecision({ status: 429, retryAfter: 'later' }, 2, P, clock(1))).toMatchObject({ retry: true, delayMs: 600 });
  });
});
