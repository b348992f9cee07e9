import { type Clock, realClock, type RetryPolicy } from '../remote/retry.js';
import { AmbiguousSubmitError, SubmitError, type SubmitErrorInit } from './errors.js';
import { type HttpAnswer, exchange, NetFailure } from './http.js';
import { adapter, type ProviderAdapter } from './providers.js';
import { redactDeep, redactor } from './redact.js';
import type { ProviderTarget } from './types.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

/** Everything one provider conversation shares: endpoint, key, transport, clock, redaction. */
export interface Client {
  p: ProviderAdapter;
  baseUrl: string;
  fetch: typeof fetch;
  clock: Clock;
  timeoutMs: number;
  redact: (s: string) => string;
  headers(json: boolean): Record<string, string>;
  call(method: 'GET' | 'POST', url: string, body?: string): Promise<HttpAnswer>;
  /** A SubmitError with every string redacted (provider messages can echo what they were sent). */
  fail(init: SubmitErrorInit): SubmitError;
  ambiguous(init: Omit<SubmitErrorInit, 'kind'>): AmbiguousSubmitError;
}

export function checkBaseUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new SubmitError({ kind: 'config', message: `--base-url '${raw}' is not an absolute URL`, hint: 'e.g. --base-url https://api.evolink.ai' });
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new SubmitError({ kind: 'config', message: `--base-url must be http(s); given ${u.protocol}`, hint: 'e.g. --base-url https://api.evolink.ai' });
  }
  if (u.username || u.password) {
    throw new SubmitError({ kind: 'config', message: '--base-url must not carry credentials', hint: 'give the key with SEEDANCE_API_KEY or --api-key' });
  }
  return u.href.replace(/\/+$/, '');
}

export function makeClient(t: ProviderTarget, extraSecrets: readonly string[] = []): Client {
  const p = adapter(t.provider);
  if (!t.apiKey) {
    throw new SubmitError({ kind: 'config', provider: t.provider, message: 'no API key', hint: `set SEEDANCE_API_KEY (or pass --api-key) to your ${p.name} key (${p.keysPage})` });
  }
  const baseUrl = checkBaseUrl(t.baseUrl ?? p.defaultBaseUrl);
  const redact = redactor([t.apiKey, ...extraSecrets]);
  const fetchFn = t.fetch ?? globalThis.fetch;
  const timeoutMs = t.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const headers = (json: boolean): Record<string, string> => ({
    authorization: `Bearer ${t.apiKey}`,
    accept: 'application/json',
    'user-agent': 'seedance-preflight',
    ...(json ? { 'content-type': 'application/json' } : {}),
  });
  return {
    p,
    baseUrl,
    fetch: fetchFn,
    clock: { ...realClock, ...t.clock },
    timeoutMs,
    redact,
    headers,
    call: (method, url, body) => exchange(fetchFn, url, { method, headers: headers(body !== undefined), body }, timeoutMs),
    fail: (init) => new SubmitError(redactDeep({ provider: t.provider, ...init }, redact)),
    ambiguous: (init) => new AmbiguousSubmitError(redactDeep({ provider: t.provider, ...init }, redact)),
  };
}

/** The status that counts: HTTP's, unless a 2xx carries its own code in the body (aigptimage). */
export function effectiveStatus(c: Client, a: HttpAnswer): number {
  if (a.status < 200 || a.status > 299) return a.status;
  return c.p.bodyStatus(a.json) ?? a.status;
}

/** The first characters of a body, one line, for messages. */
export function snippet(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** Create: retried only where the provider certainly did not take it (429; no connection made). */
export const createRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  retryStatuses: [429],
  retryErrors: ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'],
};

/** Reads (status, download) are idempotent: any network failure or 5xx/429 is retried with backoff. */
export const readRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 300_000,
  retryStatuses: [408, 425, 429, 500, 502, 503, 504],
  retryErrors: ['NETWORK'],
};

/** The outcome of a read attempt as the pure retry decision wants it (every network failure is one kind). */
export function readOutcome(x: HttpAnswer | NetFailure, status: number): { status: number; retryAfter?: string | null } | { error: string } {
  return x instanceof NetFailure ? { error: 'NETWORK' } : { status, retryAfter: x.headers.get('retry-after') };
}
