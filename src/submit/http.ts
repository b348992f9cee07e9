/**
 * One HTTP exchange through an injectable fetch, with a timeout, and a verdict on failure:
 * did the request certainly not leave this machine (safe to send again), or is it unknown?
 */

/** Failures before any byte of the request was sent: no connection was ever made. */
export const NOT_SENT_CODES: readonly string[] = ['BAD_PORT', 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'];

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON; undefined when it is not JSON. */
  json: unknown;
}

export class NetFailure extends Error {
  constructor(
    /** A Node/undici error code, or TIMEOUT. */
    readonly code: string,
    /** True only when the request certainly never left (see NOT_SENT_CODES). */
    readonly notSent: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'NetFailure';
  }
}

/** Every error code in an error's cause chain (undici nests them; happy eyeballs aggregates them). */
export function errorCodes(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 8) return [];
  const err = e as { code?: unknown; cause?: unknown; errors?: unknown[]; name?: string };
  const own = typeof err.code === 'string' ? [err.code] : [];
  const nested = [...(Array.isArray(err.errors) ? err.errors : []), err.cause].flatMap((c) => errorCodes(c, depth + 1));
  return [...own, ...nested];
}

function describe(e: unknown): string {
  const parts: string[] = [];
  for (let c: unknown = e, i = 0; c && i < 6; c = (c as { cause?: unknown }).cause, i++) {
    const m = (c as Error).message;
    if (m && !parts.includes(m)) parts.push(m);
  }
  return parts.join(': ') || String(e);
}

export async function exchange(
  fetchFn: typeof fetch,
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
  timeoutMs: number,
): Promise<HttpAnswer> {
  const ac = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ac.abort();
  }, timeoutMs);
  try {
    // Redirects are not followed: the key must not travel to another host, and a redirected POST is no task.
    const res = await fetchFn(url, { ...init, redirect: 'manual', signal: ac.signal });
    const text = await res.text();
    let json: unknown;
    try {
      json = text.trim() ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  } catch (e) {
    if (timedOut) throw new NetFailure('TIMEOUT', false, `no answer within ${Math.round(timeoutMs / 100) / 10} s`);
    // fetch refuses some ports itself (6000, 10080, ...: the "bad port" list) before any connection
    const codes = /\bbad port\b/i.test(describe(e)) ? ['BAD_PORT'] : errorCodes(e);
    const notSent = codes.length > 0 && codes.every((c) => NOT_SENT_CODES.includes(c));
    throw new NetFailure(codes[0] ?? 'NETWORK', notSent, describe(e));
  } finally {
    clearTimeout(timer);
  }
}
