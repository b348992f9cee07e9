import {
  expiresAt
} from "./chunk-ZTFXBDND.js";
import {
  defaultRetryPolicy,
  realClock,
  retryDecision
} from "./chunk-HQRQGH7A.js";
import {
  classifyAddress
} from "./chunk-QOFGJFUA.js";
import {
  RemoteRun,
  defaultHostLimiter
} from "./chunk-OCHUQYK5.js";

// src/remote/blocks.ts
var BlockCache = class {
  constructor(blockSize) {
    this.blockSize = blockSize;
  }
  blockSize;
  blocks = /* @__PURE__ */ new Map();
  get cachedBytes() {
    let n = 0;
    for (const b of this.blocks.values()) n += b.length;
    return n;
  }
  /** Indices of the blocks covering [start, end) that are not cached. */
  missing(start, end) {
    const out = [];
    for (let i = Math.floor(start / this.blockSize); i * this.blockSize < end; i++) if (!this.blocks.has(i)) out.push(i);
    return out;
  }
  /** Bytes cached contiguously from offset 0. */
  prefix() {
    let i = 0;
    while (this.blocks.has(i)) i++;
    return i === 0 ? 0 : (i - 1) * this.blockSize + this.blocks.get(i - 1).length;
  }
  /** [start, end) from cached blocks; the caller made sure they are all there. */
  copy(start, end) {
    const out = new Uint8Array(end - start);
    const B = this.blockSize;
    for (let pos = start; pos < end; ) {
      const i = Math.floor(pos / B);
      const block = this.blocks.get(i);
      const from = pos - i * B;
      const n = Math.min(block.length - from, end - pos);
      out.set(block.subarray(from, from + n), pos - start);
      pos += n;
    }
    return out;
  }
  /**
   * Fills blocks from a body that starts at `start` (bytes before the first block boundary are
   * dropped). `push` returns true once `stopAt` is reached so the rest of the body is never
   * downloaded. A short last block is kept only when the body ended there and that is the end of
   * the object (`total()`).
   */
  writer(start, stopAt, total) {
    const B = this.blockSize;
    let skip = (B - start % B) % B;
    let index = Math.ceil(start / B);
    let cur = new Uint8Array(B);
    let fill = 0;
    return {
      push: (chunk) => {
        if (skip > 0) {
          const n = Math.min(skip, chunk.length);
          skip -= n;
          chunk = chunk.subarray(n);
        }
        for (let off = 0; off < chunk.length; ) {
          const n = Math.min(B - fill, chunk.length - off);
          cur.set(chunk.subarray(off, off + n), fill);
          fill += n;
          off += n;
          if (fill === B) {
            if (!this.blocks.has(index)) this.blocks.set(index, cur);
            index++;
            cur = new Uint8Array(B);
            fill = 0;
          }
        }
        return index * B >= stopAt;
      },
      end: (complete) => {
        const reached = index * B + fill;
        const t = total();
        if (complete && fill > 0 && (t === null || t === reached)) this.blocks.set(index, cur.slice(0, fill));
        return reached;
      }
    };
  }
};

// src/remote/failure.ts
function isRemoteFailure(x) {
  return typeof x === "object" && x !== null && x.ok === false && "reason" in x;
}
var RemoteError = class extends Error {
  constructor(failure2) {
    super(`${failure2.reason}: ${failure2.detail}`);
    this.failure = failure2;
    this.name = "RemoteError";
  }
  failure;
};
var STATUS_HINTS = {
  401: "The server wants credentials; the provider fetches without any. Use a public or presigned URL.",
  403: "Access denied: a presigned URL whose signature expired or was made for another method, or a private bucket/object. Sign a fresh URL for GET, or make the object public-read.",
  404: "Nothing at this address: the object key or path is wrong, or the object was deleted. Check the key (case, extension, URL-encoding).",
  410: "The object was removed. Upload it again and use the new URL.",
  416: "The server refused the byte range; the object may have changed while it was being read.",
  429: "The host rate-limits requests. The provider may be refused too: host the file where it can be fetched freely."
};
function statusHint(status, extra = "") {
  const base = STATUS_HINTS[status] ?? (status >= 500 ? "The host failed (server error). Retry later, or host the file somewhere reliable: the provider will hit the same error." : "The host refused the request. The provider fetches with a plain GET: the URL must answer it with the file.");
  return extra ? `${base} ${extra}` : base;
}
var HINTS = {
  timeout: "The host did not answer in time. The provider has a fetch timeout too: host the file somewhere fast and reachable.",
  network: "The host could not be reached (DNS, refused or dropped connection, TLS). The provider would fail the same way.",
  blocked_address: "The host is a private, loopback or link-local address the provider cannot reach. Use a public URL (or --allow-private-urls for staging).",
  bad_scheme: "Only http(s) URLs can be fetched by the provider. Upload the file and pass its https URL.",
  inline_data: "Inline data:/base64 assets are not accepted. Upload the file and pass its URL.",
  html_not_media: "The URL serves a web page (a login, share or preview page), not the file. Use the direct download link of the file itself.",
  too_many_redirects: "The URL redirects too many times (or in a loop). Use the final, direct URL of the file.",
  too_large: "Reading this URL needed more bytes than the per-URL cap. Serve it with Range support, or raise the cap."
};
function failure(reason, url, at, detail, extra = {}) {
  const f = { ok: false, reason, url, at, detail, hint: extra.hint ?? HINTS[reason] ?? "" };
  if (extra.status !== void 0) f.status = extra.status;
  return f;
}

// src/remote/options.ts
import { lookup as dnsLookup } from "node:dns/promises";
var systemResolve = (host) => dnsLookup(host, { all: true, verbatim: true });
function settingsFrom(o = {}) {
  const ap = o.allowPrivate;
  const blockSize = o.blockSize ?? 16 * 1024;
  return {
    allowPrivate: typeof ap === "function" ? ap : () => ap === true,
    maxRedirects: o.maxRedirects ?? 5,
    blockSize,
    headBytes: Math.max(blockSize, Math.ceil((o.headBytes ?? 64 * 1024) / blockSize) * blockSize),
    prefetchTail: Math.max(0, o.prefetchTail ?? 0),
    maxBytes: o.maxBytes ?? 64 * 1024 * 1024,
    maxHeaderSize: o.maxHeaderSize ?? 32 * 1024,
    headersTimeoutMs: o.headersTimeoutMs ?? 1e4,
    readTimeoutMs: o.readTimeoutMs ?? 3e4,
    useHead: o.useHead ?? false,
    retry: { ...defaultRetryPolicy, ...o.retry },
    clock: { ...realClock, ...o.clock },
    limiter: o.limiter ?? defaultHostLimiter,
    resolve: o.resolve ?? systemResolve,
    userAgent: o.userAgent ?? "seedance-preflight"
  };
}

// src/remote/session.ts
import { STATUS_CODES } from "node:http";
import { isIP } from "node:net";

// src/remote/http.ts
import http from "node:http";
import https from "node:https";
var NetError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  code;
};
var SNIPPET = 2048;
function exchange(url, method, headers, pin, settings, meter, sink) {
  const lib = url.protocol === "https:" ? https : http;
  const lookup = (_host, opts, cb) => {
    if (!pin) return cb(new NetError("ENOTFOUND", "no checked address"), "", 4);
    if (opts.all) cb(null, pin.all);
    else cb(null, pin.address, pin.family);
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = (err, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(value);
    };
    meter.requests++;
    const req = lib.request({
      method,
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ""),
      port: url.port || void 0,
      path: `${url.pathname}${url.search}`,
      headers: { "user-agent": settings.userAgent, "accept-encoding": "identity", accept: "*/*", ...headers },
      agent: url.protocol === "https:" ? settings.agents.https : settings.agents.http,
      lookup,
      maxHeaderSize: settings.maxHeaderSize
    });
    const arm = (ms, code, text) => {
      const left = settings.deadlineAt - Date.now();
      if (left < ms) return setTimeout(() => done(new NetError("TIMEOUT_RUN", `the run's network deadline of ${settings.deadlineMs / 1e3} s passed`)), Math.max(0, left));
      return setTimeout(() => done(new NetError(code, text)), ms);
    };
    let timer = arm(settings.headersTimeoutMs, "TIMEOUT_HEADERS", `no response within ${settings.headersTimeoutMs / 1e3} s`);
    req.on("error", (e) => done(new NetError(e.code ?? "ERR", e.message)));
    req.on("response", (res) => {
      clearTimeout(timer);
      timer = arm(settings.bodyTimeoutMs, "TIMEOUT_BODY", `body not received within ${settings.bodyTimeoutMs / 1e3} s`);
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300 && method === "GET";
      const handler = ok ? sink(res, url) : null;
      const parts = [];
      let kept = 0;
      let stopped = false;
      const lengthHeader = res.headers["content-length"];
      const expected = lengthHeader !== void 0 && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : -1;
      let received = 0;
      const finish = (complete) => {
        if (handler) return done(null, { status, headers: res.headers, body: handler.end(complete) });
        const snippet = Buffer.concat(parts).toString("utf8");
        done(null, { status, headers: res.headers, snippet });
      };
      res.on("data", (chunk) => {
        if (stopped || settled) return;
        meter.bytes += chunk.length;
        received += chunk.length;
        if (meter.bytes > meter.cap) return done(meter.overCap(url.href));
        if (handler ? handler.push(chunk) : (kept += chunk.length, parts.push(chunk), kept >= SNIPPET)) {
          stopped = true;
          if (received === expected) return;
          finish(false);
          res.destroy();
        }
      });
      res.on("end", () => finish(true));
      res.on("error", (e) => done(new NetError(e.code ?? "ECONNRESET", e.message)));
      res.on("aborted", () => done(new NetError("ECONNRESET", "response aborted by the server")));
    });
    req.end();
  });
}

// src/remote/session.ts
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var Session = class {
  constructor(input, s, run, ownsRun) {
    this.input = input;
    this.s = s;
    this.run = run;
    this.ownsRun = ownsRun;
    const cap = s.maxBytes;
    this.meter = {
      bytes: 0,
      requests: 0,
      cap,
      overCap: (at) => new RemoteError(this.fail("too_large", at, `more than ${cap} bytes would be read from this URL`))
    };
  }
  input;
  s;
  run;
  ownsRun;
  meter;
  retries = [];
  pins = /* @__PURE__ */ new Map();
  fail(reason, at, detail, extra) {
    return failure(reason, this.input, at, detail, extra);
  }
  /** Scheme and address check for one hop; returns the address to connect to. */
  async check(url) {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return this.fail("bad_scheme", url.href, `scheme ${url.protocol} is not http or https`);
    }
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const family = isIP(host);
    if (family) return this.vet(url, host, [{ address: host, family }]);
    const known = this.pins.get(host);
    if (known) return known;
    let addrs;
    let timer;
    let lookup = this.run.dns.get(host);
    if (!lookup) {
      lookup = this.s.resolve(host);
      lookup.catch(() => {
      });
      this.run.dns.set(host, lookup);
    }
    try {
      addrs = await Promise.race([
        lookup,
        new Promise((_, rej) => {
          const ms = Math.min(this.s.headersTimeoutMs, this.run.remainingMs());
          timer = setTimeout(() => rej(Object.assign(new Error("DNS lookup timed out"), { code: "TIMEOUT_DNS" })), ms);
        })
      ]);
    } catch (e) {
      const code = e.code ?? "ERR";
      if (code === "TIMEOUT_DNS") return this.fail("timeout", url.href, `DNS lookup of ${host} took over ${this.s.headersTimeoutMs / 1e3} s`);
      return this.fail("network", url.href, `DNS lookup of ${host} failed (${code})`);
    } finally {
      clearTimeout(timer);
    }
    const pin = this.vet(url, host, addrs);
    if (!isRemoteFailure(pin)) this.pins.set(host, pin);
    return pin;
  }
  /** Every address must be public: the provider's resolver may pick any of them. */
  vet(url, host, addrs) {
    if (addrs.length === 0) return this.fail("network", url.href, `${host} has no address`);
    for (const a of addrs) {
      const cls = classifyAddress(a.address);
      if (cls && !this.s.allowPrivate(host, a.address)) {
        const via = a.address === host ? host : `${host} resolves to ${a.address}`;
        return this.fail("blocked_address", url.href, `${via}: a ${cls.replace("_", "-")} address`);
      }
    }
    const all = addrs.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
    return { ...all[0], all };
  }
  /**
   * Request `start`, following redirects (bounded, loop-detected, each hop checked). `o.bestEffort`: one
   * attempt, and a redirect is returned as it is (a speculative request leaves the chain to the main one).
   */
  async fetch(start, method, headers, sink, o = {}) {
    const known = this.run.redirects.get(start.href);
    let url = known?.url ?? start;
    const redirects = known ? [...known.hops] : [];
    const seen = /* @__PURE__ */ new Set([start.href, url.href]);
    for (; ; ) {
      const pin = await this.check(url);
      if (isRemoteFailure(pin)) return pin;
      const ans = await this.attempt(url, method, headers, pin, sink, !o.bestEffort);
      if (isRemoteFailure(ans)) return ans;
      const location = ans.headers.location;
      if (o.bestEffort && REDIRECTS.has(ans.status)) return { ...ans, url, redirects };
      if (!REDIRECTS.has(ans.status) || !location) {
        if (redirects.length && !known) this.run.redirects.set(start.href, { url, hops: [...redirects] });
        return { ...ans, url, redirects };
      }
      let next;
      try {
        next = new URL(location, url);
      } catch {
        return this.fail("network", url.href, `HTTP ${ans.status} with an unusable Location: ${location.slice(0, 200)}`);
      }
      redirects.push({ status: ans.status, location: next.href });
      if (seen.has(next.href)) return this.fail("too_many_redirects", next.href, `redirect loop: ${next.href} comes back after ${redirects.length} hops`);
      if (redirects.length > this.s.maxRedirects) return this.fail("too_many_redirects", next.href, `more than ${this.s.maxRedirects} redirects`);
      seen.add(next.href);
      url = next;
    }
  }
  /** One hop with retries for 429/5xx and dropped connections, each attempt under the host's limit. */
  async attempt(url, method, headers, pin, sink, retries) {
    const { clock, retry } = this.s;
    const run = this.run;
    const settings = {
      agents: run.agents,
      headersTimeoutMs: this.s.headersTimeoutMs,
      bodyTimeoutMs: this.s.readTimeoutMs,
      maxHeaderSize: this.s.maxHeaderSize,
      userAgent: this.s.userAgent,
      deadlineAt: run.deadlineAt,
      deadlineMs: run.deadlineMs
    };
    const send = () => {
      const dead = run.deadReason(url.host);
      if (dead) return Promise.reject(new NetError(dead.code, `${dead.message} (given up on for this run: an earlier request to it timed out)`));
      if (run.remainingMs() <= 0) return Promise.reject(new NetError("TIMEOUT_RUN", `the run's network deadline of ${run.deadlineMs / 1e3} s passed`));
      return exchange(url, method, headers, pin, settings, this.meter, sink).catch((e) => {
        if (e instanceof NetError && e.code === "TIMEOUT_HEADERS") run.markDead(url.host, e);
        throw e;
      });
    };
    for (let n = 1; ; n++) {
      let outcome;
      let ans;
      let err;
      try {
        ans = await run.limiter.run(url.host, send);
        ans.attempts = n;
        if (!retry.retryStatuses.includes(ans.status)) return ans;
        outcome = { status: ans.status, retryAfter: header(ans.headers, "retry-after") };
      } catch (e) {
        if (e instanceof RemoteError) return e.failure;
        if (!(e instanceof NetError)) throw e;
        err = e;
        outcome = { error: e.code };
      }
      if (!retries) return ans ?? this.netFailure(url, err, n);
      const d = retryDecision(outcome, n, retry, clock);
      if (d.retry && d.delayMs >= run.remainingMs()) return ans ?? this.netFailure(url, err, n);
      if (!d.retry) return ans ?? this.netFailure(url, err, n);
      this.retries.push({ why: d.why, delayMs: d.delayMs });
      await clock.sleep(d.delayMs);
    }
  }
  netFailure(url, e, attempts) {
    const tries = attempts > 1 ? ` (after ${attempts} attempts)` : "";
    if (e.code.startsWith("TIMEOUT")) return this.fail("timeout", url.href, `${url.host}: ${e.message}${tries}`);
    const what = {
      ECONNREFUSED: "connection refused",
      ECONNRESET: "connection reset",
      EPIPE: "connection dropped",
      EHOSTUNREACH: "host unreachable",
      ENETUNREACH: "network unreachable",
      HPE_HEADER_OVERFLOW: `response headers larger than ${this.s.maxHeaderSize} bytes`
    };
    const text = what[e.code] ?? (/CERT|TLS|SSL/.test(e.code) ? `TLS: ${e.message}` : e.message);
    return this.fail("network", url.href, `${url.host}: ${text} (${e.code})${tries}`);
  }
  /** An HTTP error answer as a failure, with the storage error code when the body names one. */
  statusFailure(f) {
    const code = /<Code>([^<]{1,80})<\/Code>/.exec(f.snippet ?? "")?.[1];
    const msg = /<Message>([^<]{1,200})<\/Message>/.exec(f.snippet ?? "")?.[1];
    const tries = (f.attempts ?? 1) > 1 ? ` after ${f.attempts} attempts` : "";
    const detail = `HTTP ${f.status} ${STATUS_CODES[f.status] ?? ""}`.trim() + (code ? ` (${code}${msg ? `: ${msg}` : ""})` : "") + tries;
    const exp = expiresAt(this.input);
    const extra = exp && exp.getTime() <= this.s.clock.now() ? `This presigned URL expired at ${exp.toISOString()}.` : "";
    return this.fail("http_status", f.url.href, detail, { status: f.status, hint: statusHint(f.status, extra) });
  }
  async close() {
    if (this.ownsRun) await this.run.close();
  }
};
function header(h, name) {
  const v = h[name];
  return v == null ? null : Array.isArray(v) ? v[0] : v;
}

// src/remote/sniff.ts
function isHtmlType(contentType) {
  return contentType != null && /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i.test(contentType);
}
function looksLikeHtml(head) {
  let i = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
  while (i < head.length && (head[i] === 32 || head[i] >= 9 && head[i] <= 13)) i++;
  const start = Buffer.from(head.subarray(i, i + 16)).toString("latin1").toLowerCase();
  return ["<!doctype html", "<html", "<head", "<body"].some((p) => start.startsWith(p));
}
function looksLikeText(head) {
  const n = Math.min(head.length, 512);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i];
    if (c === 0) return false;
    if (c < 9 || c > 13 && c < 32) bad++;
  }
  return bad / n < 0.02;
}

// src/remote/source.ts
var NO_BODY = () => ({ push: () => true, end: () => null });
var DISCARD = { push: () => true, end: () => 0 };
function lastSegment(url) {
  const seg = url.pathname.split("/").pop() ?? "";
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}
function contentRange(v) {
  const m = v && /^bytes\s+(?:(\d+)-(\d+)|\*)\/(\d+|\*)$/i.exec(v.trim());
  if (!m) return null;
  const total = m[3] === "*" ? null : Number(m[3]);
  if (m[1] === void 0) return total === null ? null : { total };
  return { start: Number(m[1]), end: Number(m[2]), total };
}
var UrlSource = class {
  constructor(id, url, session) {
    this.id = id;
    this.url = url;
    this.session = session;
    this.name = lastSegment(url);
    this.finalUrl = url;
    this.B = session.s.blockSize;
    this.cache = new BlockCache(this.B);
    this.streamedTo = session.s.headBytes;
    const self = this;
    const exp = expiresAt(url);
    this.meta = {
      get finalUrl() {
        return self.finalUrl.href;
      },
      get status() {
        return self.status;
      },
      get contentType() {
        return self.contentType;
      },
      get size() {
        return self.total;
      },
      get redirects() {
        return self.redirects;
      },
      get acceptsRanges() {
        return self.ranges;
      },
      expiresAt: exp,
      get headFallback() {
        return self.headFallback;
      },
      get retries() {
        return session.retries;
      },
      bytesRead: () => session.meter.bytes,
      requests: () => session.meter.requests
    };
  }
  id;
  url;
  session;
  name;
  meta;
  cache;
  B;
  total = null;
  ranges = null;
  finalUrl;
  status = 0;
  contentType = null;
  redirects = [];
  headFallback = null;
  queue = Promise.resolve();
  /** The suffix-range request for the tail, sent with the head (settles, never rejects). */
  tail = null;
  closed = false;
  /** Block index -> the request under way that will fill it, so concurrent reads share requests. */
  inflight = /* @__PURE__ */ new Map();
  /** Where the last stream from byte 0 was meant to stop (no Range support). */
  streamedTo;
  /** null when the URL is usable; otherwise why not. */
  async open() {
    if (this.session.s.useHead) {
      const h = await this.session.fetch(this.url, "HEAD", {}, NO_BODY);
      if (isRemoteFailure(h) && h.reason !== "http_status" && h.reason !== "network") return h;
      const fallback = this.headVerdict(h);
      if (!fallback) return null;
      this.headFallback = fallback;
    }
    const head = this.session.s.headBytes;
    if (this.session.s.prefetchTail > 0) this.tail = this.suffixTail(this.session.s.prefetchTail + this.B);
    const got = await this.get(this.url, 0, head - 1, head, () => this.prefetchTail());
    if (isRemoteFailure(got)) return got;
    this.finalUrl = got.url;
    this.redirects = got.redirects;
    this.status = got.status;
    this.contentType = header(got.headers, "content-type");
    if (got.status === 416) {
      const cr = contentRange(header(got.headers, "content-range"));
      if (cr && cr.total === 0) {
        this.total = 0;
        return null;
      }
    }
    if (got.status < 200 || got.status > 299) return this.session.statusFailure(got);
    const first = this.cache.copy(0, Math.min(this.cache.prefix(), 512));
    if (looksLikeHtml(first) || isHtmlType(this.contentType) && (first.length === 0 || looksLikeText(first))) {
      const start = Buffer.from(first.subarray(0, 40)).toString("latin1").replace(/\s+/g, " ").trim();
      return this.session.fail("html_not_media", got.url.href, `Content-Type ${this.contentType ?? "none"}; the body starts "${start}"`);
    }
    return null;
  }
  /** HEAD is enough when it is a 2xx with a size and not a web page; otherwise say why not. */
  headVerdict(h) {
    if (isRemoteFailure(h)) return `HEAD failed: ${h.detail}`;
    if (h.status < 200 || h.status > 299) return `HEAD answered ${h.status}`;
    const len = header(h.headers, "content-length");
    const type = header(h.headers, "content-type");
    if (len === null || !/^\d+$/.test(len)) return "HEAD gave no Content-Length";
    if (isHtmlType(type)) return `HEAD says ${type}`;
    this.finalUrl = h.url;
    this.redirects = h.redirects;
    this.status = h.status;
    this.contentType = type;
    this.total = Number(len);
    return null;
  }
  /**
   * GET bytes [a, b] (b null: no Range header). A 206 fills blocks from its start; a 200 means
   * the server ignores Range: the body is read from 0 and abandoned once `stopAt` is reached.
   */
  get(from, a, b, stopAt, onRanged) {
    const headers = b === null ? {} : { range: `bytes=${a}-${b}` };
    const sink = (res, at) => {
      const cr = res.statusCode === 206 ? contentRange(header(res.headers, "content-range")) : null;
      if (cr && "start" in cr && cr.start % this.B === 0) {
        this.ranges = true;
        if (cr.total !== null) this.total = cr.total;
        this.finalUrl = at;
        onRanged?.();
        return this.cache.writer(cr.start, stopAt, () => this.total);
      }
      if (res.statusCode === 206) {
        this.ranges = false;
        return DISCARD;
      }
      this.ranges = false;
      const len = header(res.headers, "content-length");
      if (len !== null && /^\d+$/.test(len)) this.total = Number(len);
      return this.cache.writer(0, stopAt, () => this.total);
    };
    return this.session.fetch(from, "GET", headers, sink);
  }
  size() {
    if (this.total !== null) return Promise.resolve(this.total);
    return this.locked(async () => {
      if (this.total === null) await this.fill(Infinity, true);
      if (this.total === null) throw new RemoteError(this.session.fail("network", this.finalUrl.href, "the server gives no size"));
      return this.total;
    });
  }
  async read(offset, length) {
    if (!Number.isFinite(offset) || !Number.isFinite(length)) return new Uint8Array(0);
    const size = await this.size();
    const start = Math.max(0, offset);
    const end = Math.min(start + Math.max(0, length), size);
    if (start >= end) return new Uint8Array(0);
    await this.ensure(start, end);
    return this.cache.copy(start, end);
  }
  locked(fn) {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => void 0);
    return run;
  }
  /**
   * GET `bytes=-n`, placed by its Content-Range. Best effort: any other answer (no Range support, an
   * error, a failure) is dropped, and the reads ask for what is still missing once it has settled.
   */
  async suffixTail(n) {
    const sink = (res) => {
      const cr = res.statusCode === 206 ? contentRange(header(res.headers, "content-range")) : null;
      if (!cr || !("start" in cr) || cr.total === null || cr.end !== cr.total - 1) return DISCARD;
      this.total ??= cr.total;
      return this.cache.writer(cr.start, cr.total, () => cr.total);
    };
    await this.session.fetch(this.url, "GET", { range: `bytes=-${n}` }, sink, { bestEffort: true }).catch(() => {
    });
  }
  /**
   * The last `prefetchTail` bytes when the suffix request did not bring them (it is still under way,
   * or a range that ends elsewhere came back), requested as soon as the opening answer names the size.
   */
  prefetchTail() {
    if (this.tail) {
      void this.tail.then(() => this.fetchTail());
      return;
    }
    this.fetchTail();
  }
  fetchTail() {
    if (this.closed) return;
    const want = this.session.s.prefetchTail;
    const total = this.total;
    const head = this.session.s.headBytes;
    if (want <= 0 || total === null || total <= head) return;
    const first = Math.max(head / this.B, Math.floor(Math.max(0, total - want) / this.B));
    const last = Math.ceil(total / this.B) - 1;
    const missing = this.cache.missing(first * this.B, Math.min((last + 1) * this.B, total)).filter((i) => !this.inflight.has(i));
    if (missing.length === 0) return;
    this.fetchBlocks(missing[0], missing[missing.length - 1]).catch(() => {
    });
  }
  /** One ranged request for blocks first..last, registered so concurrent reads wait on it. */
  fetchBlocks(first, last) {
    const a = first * this.B;
    const b = Math.min((last + 1) * this.B, this.total ?? Infinity) - 1;
    const p = this.request(a, b, b + 1).finally(() => {
      for (let i = first; i <= last; i++) if (this.inflight.get(i) === p) this.inflight.delete(i);
    });
    for (let i = first; i <= last; i++) this.inflight.set(i, p);
    return p;
  }
  async ensure(start, end) {
    if (this.tail && this.cache.missing(start, end).length) await this.tail;
    for (let round = 0; round < 8; round++) {
      const missing = this.cache.missing(start, end);
      if (missing.length === 0) return;
      if (this.ranges === false) {
        await this.locked(async () => {
          const still = this.cache.missing(start, end);
          if (still.length) await this.fill((still[still.length - 1] + 1) * this.B, false);
        });
        continue;
      }
      const waits = /* @__PURE__ */ new Set();
      for (let k = 0; k < missing.length; ) {
        const pending = this.inflight.get(missing[k]);
        if (pending) {
          waits.add(pending);
          k++;
          continue;
        }
        let j = k;
        while (j + 1 < missing.length && missing[j + 1] === missing[j] + 1 && !this.inflight.has(missing[j + 1])) j++;
        waits.add(this.fetchBlocks(missing[k], missing[j]));
        k = j + 1;
      }
      await Promise.all(waits);
    }
    if (this.cache.missing(start, end).length) {
      throw new RemoteError(this.session.fail("network", this.finalUrl.href, `the server did not deliver bytes ${start}-${end - 1}`));
    }
  }
  /**
   * No Range support: one GET from byte 0, abandoned at `need`. Each re-stream reads at least 4x
   * what is cached, so a run of growing reads costs about 4/3 of the bytes needed (plus the head);
   * an object of at most 1 MiB, or a stream that would pass half-way, is read to the end.
   */
  fill(need, all) {
    const total = this.total ?? Infinity;
    let stopAt = Math.min(total, Math.max(need, 4 * Math.min(this.cache.prefix(), this.streamedTo)));
    this.streamedTo = Math.max(this.streamedTo, stopAt);
    if (all || total <= 1024 * 1024 || stopAt * 2 >= total) stopAt = Infinity;
    return this.request(0, null, stopAt);
  }
  async request(a, b, stopAt) {
    const got = await this.get(this.finalUrl, a, this.ranges === false ? null : b, stopAt);
    if (isRemoteFailure(got)) throw new RemoteError(got);
    if (got.status < 200 || got.status > 299) throw new RemoteError(this.session.statusFailure(got));
    if (got.body !== void 0 && this.total === null && b === null && stopAt === Infinity) this.total = got.body;
  }
  async close() {
    this.closed = true;
    await this.session.close();
  }
};
async function openUrl(input, options) {
  const trimmed = input.trim();
  const short = trimmed.length > 80 ? `${trimmed.slice(0, 80)}...` : trimmed;
  if (/^data:/i.test(trimmed)) return failure("inline_data", input, short, `a data: URI of ${trimmed.length} characters`);
  let url;
  try {
    url = new URL(trimmed);
  } catch {
    return failure("bad_scheme", input, short, "not an absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return failure("bad_scheme", input, short, `scheme ${url.protocol} is not http or https`);
  }
  const settings = settingsFrom(options);
  const run = options?.run ?? new RemoteRun({ limiter: settings.limiter, deadlineMs: Infinity });
  const src = new UrlSource(input, url, new Session(input, settings, run, !options?.run));
  let f;
  try {
    f = await src.open();
  } catch (e) {
    f = failure("network", input, url.href, `request failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (f) {
    await src.close();
    return { ...f, requests: src.meta.requests() };
  }
  return src;
}

export {
  isRemoteFailure,
  RemoteError,
  statusHint,
  HINTS,
  openUrl
};
