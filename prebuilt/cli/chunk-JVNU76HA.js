import {
  adapter
} from "./chunk-XYRULN2P.js";
import {
  redactDeep,
  redactor
} from "./chunk-JQ26CTUZ.js";
import {
  AmbiguousSubmitError,
  SubmitError
} from "./chunk-OUK7JTJY.js";
import {
  realClock
} from "./chunk-HQRQGH7A.js";

// src/submit/http.ts
var NOT_SENT_CODES = ["BAD_PORT", "ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_NODATA", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"];
var NetFailure = class extends Error {
  constructor(code, notSent, message) {
    super(message);
    this.code = code;
    this.notSent = notSent;
    this.name = "NetFailure";
  }
  code;
  notSent;
};
function errorCodes(e, depth = 0) {
  if (!e || typeof e !== "object" || depth > 8) return [];
  const err = e;
  const own = typeof err.code === "string" ? [err.code] : [];
  const nested = [...Array.isArray(err.errors) ? err.errors : [], err.cause].flatMap((c) => errorCodes(c, depth + 1));
  return [...own, ...nested];
}
function describe(e) {
  const parts = [];
  for (let c = e, i = 0; c && i < 6; c = c.cause, i++) {
    const m = c.message;
    if (m && !parts.includes(m)) parts.push(m);
  }
  return parts.join(": ") || String(e);
}
async function exchange(fetchFn, url, init, timeoutMs) {
  const ac = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ac.abort();
  }, timeoutMs);
  try {
    const res = await fetchFn(url, { ...init, redirect: "manual", signal: ac.signal });
    const text = await res.text();
    let json;
    try {
      json = text.trim() ? JSON.parse(text) : void 0;
    } catch {
      json = void 0;
    }
    return { status: res.status, headers: res.headers, text, json };
  } catch (e) {
    if (timedOut) throw new NetFailure("TIMEOUT", false, `no answer within ${Math.round(timeoutMs / 100) / 10} s`);
    const codes = /\bbad port\b/i.test(describe(e)) ? ["BAD_PORT"] : errorCodes(e);
    const notSent = codes.length > 0 && codes.every((c) => NOT_SENT_CODES.includes(c));
    throw new NetFailure(codes[0] ?? "NETWORK", notSent, describe(e));
  } finally {
    clearTimeout(timer);
  }
}

// src/submit/client.ts
var DEFAULT_REQUEST_TIMEOUT_MS = 6e4;
function checkBaseUrl(raw) {
  let u;
  try {
    u = new URL(raw);
  } catch {
    throw new SubmitError({ kind: "config", message: `--base-url '${raw}' is not an absolute URL`, hint: "e.g. --base-url https://api.evolink.ai" });
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") {
    throw new SubmitError({ kind: "config", message: `--base-url must be http(s); given ${u.protocol}`, hint: "e.g. --base-url https://api.evolink.ai" });
  }
  if (u.username || u.password) {
    throw new SubmitError({ kind: "config", message: "--base-url must not carry credentials", hint: "give the key with SEEDANCE_API_KEY or --api-key" });
  }
  return u.href.replace(/\/+$/, "");
}
function makeClient(t, extraSecrets = []) {
  const p = adapter(t.provider);
  if (!t.apiKey) {
    throw new SubmitError({ kind: "config", provider: t.provider, message: "no API key", hint: `set SEEDANCE_API_KEY (or pass --api-key) to your ${p.name} key (${p.keysPage})` });
  }
  const baseUrl = checkBaseUrl(t.baseUrl ?? p.defaultBaseUrl);
  const redact = redactor([t.apiKey, ...extraSecrets]);
  const fetchFn = t.fetch ?? globalThis.fetch;
  const timeoutMs = t.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const headers = (json) => ({
    authorization: `Bearer ${t.apiKey}`,
    accept: "application/json",
    "user-agent": "seedance-preflight",
    ...json ? { "content-type": "application/json" } : {}
  });
  return {
    p,
    baseUrl,
    fetch: fetchFn,
    clock: { ...realClock, ...t.clock },
    timeoutMs,
    redact,
    headers,
    call: (method, url, body) => exchange(fetchFn, url, { method, headers: headers(body !== void 0), body }, timeoutMs),
    fail: (init) => new SubmitError(redactDeep({ provider: t.provider, ...init }, redact)),
    ambiguous: (init) => new AmbiguousSubmitError(redactDeep({ provider: t.provider, ...init }, redact))
  };
}
function effectiveStatus(c, a) {
  if (a.status < 200 || a.status > 299) return a.status;
  return c.p.bodyStatus(a.json) ?? a.status;
}
function snippet(text, max = 200) {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max)}\u2026` : t;
}
var createRetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1e3,
  maxDelayMs: 3e4,
  maxRetryAfterMs: 12e4,
  retryStatuses: [429],
  retryErrors: ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_NODATA", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]
};
var readRetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1e3,
  maxDelayMs: 3e4,
  maxRetryAfterMs: 3e5,
  retryStatuses: [408, 425, 429, 500, 502, 503, 504],
  retryErrors: ["NETWORK"]
};
function readOutcome(x, status) {
  return x instanceof NetFailure ? { error: "NETWORK" } : { status, retryAfter: x.headers.get("retry-after") };
}

export {
  NOT_SENT_CODES,
  NetFailure,
  errorCodes,
  exchange,
  DEFAULT_REQUEST_TIMEOUT_MS,
  makeClient,
  effectiveStatus,
  snippet,
  createRetryPolicy,
  readRetryPolicy,
  readOutcome
};
