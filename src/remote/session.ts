import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import { classifyAddress } from './address.js';
import { expiresAt } from './expiry.js';
import { failure, isRemoteFailure, RemoteError, type RemoteFailure, type RemoteFailureReason, statusHint } from './failure.js';
import { type Answer, type BodySink, exchange, type Meter, NetError, type Pin } from './http.js';
import type { Settings } from './options.js';
import { type Outcome, retryDecision } from './retry.js';
import type { RemoteRun } from './run.js';

export interface Hop {
  status: number;
  /** Where the hop points, resolved against the URL that answered. */
  location: string;
}

export interface Fetched<T> extends Answer<T> {
  url: URL;
  redirects: Hop[];
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Everything one URL's requests share: settings, the byte meter and the retry log; connections,
 * DNS answers and redirects come from the run. Every hop is re-checked (scheme, address) before
 * it is requested.
 */
export class Session {
  readonly meter: Meter;
  readonly retries: { why: string; delayMs: number }[] = [];
  private readonly pins = new Map<string, Pin>();

  constructor(
    readonly input: string,
    readonly s: Settings,
    readonly run: RemoteRun,
    /** A run made for this URL alone is closed with it. */
    private readonly ownsRun: boolean,
  ) {
    const cap = s.maxBytes;
    this.meter = {
      bytes: 0,
      requests: 0,
      cap,
      overCap: (at) => new RemoteError(this.fail('too_large', at, `more than ${cap} bytes would be read from this URL`)),
    };
  }

  fail(reason: RemoteFailureReason, at: string, detail: string, extra?: { status?: number; hint?: string }): RemoteFailure {
    return failure(reason, this.input, at, detail, extra);
  }

  /** Scheme and address check for one hop; returns the address to connect to. */
  async check(url: URL): Promise<Pin | RemoteFailure> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return this.fail('bad_scheme', url.href, `scheme ${url.protocol} is not http or https`);
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const family = isIP(host);
    if (family) return this.vet(url, host, [{ address: host, family }]);
    const known = this.pins.get(host);
    if (known) return known;
    let addrs: { address: string; family: number }[];
    let timer: NodeJS.Timeout | undefined;
    // one lookup per host per run, shared by every URL on it (and by those in flight at once)
    let lookup = this.run.dns.get(host);
    if (!lookup) {
      lookup = this.s.resolve(host);
      lookup.catch(() => {}); // a failed lookup is reported to each caller below, never left unhandled
      this.run.dns.set(host, lookup);
    }
    try {
      addrs = await Promise.race([
        lookup,
        new Promise<never>((_, rej) => {
          const ms = Math.min(this.s.headersTimeoutMs, this.run.remainingMs());
          timer = setTimeout(() => rej(Object.assign(new Error('DNS lookup timed out'), { code: 'TIMEOUT_DNS' })), ms);
        }),
      ]);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'ERR';
      if (code === 'TIMEOUT_DNS') return this.fail('timeout', url.href, `DNS lookup of ${host} took over ${this.s.headersTimeoutMs / 1000} s`);
      return this.fail('network', url.href, `DNS lookup of ${host} failed (${code})`);
    } finally {
      clearTimeout(timer);
    }
    const pin = this.vet(url, host, addrs);
    if (!isRemoteFailure(pin)) this.pins.set(host, pin);
    return pin;
  }

  /** Every address must be public: the provider's resolver may pick any of them. */
  private vet(url: URL, host: string, addrs: { address: string; family: number }[]): Pin | RemoteFailure {
    if (addrs.length === 0) return this.fail('network', url.href, `${host} has no address`);
    for (const a of addrs) {
      const cls = classifyAddress(a.address);
      if (cls && !this.s.allowPrivate(host, a.address)) {
        const via = a.address === host ? host : `${host} resolves to ${a.address}`;
        return this.fail('blocked_address', url.href, `${via}: a ${cls.replace('_', '-')} address`);
      }
    }
    const all = addrs.map((a) => ({ address: a.address, family: a.family === 6 ? (6 as const) : (4 as const) }));
    return { ...all[0], all };
  }

  /**
   * Request `start`, following redirects (bounded, loop-detected, each hop checked). `o.bestEffort`: one
   * attempt, and a redirect is returned as it is (a speculative request leaves the chain to the main one).
   */
  async fetch<T>(start: URL, method: 'GET' | 'HEAD', headers: Record<string, string>, sink: BodySink<T>, o: { bestEffort?: boolean } = {}): Promise<Fetched<T> | RemoteFailure> {
    // a chain followed earlier in the run is not walked again (its hops are still reported)
    const known = this.run.redirects.get(start.href);
    let url = known?.url ?? start;
    const redirects: Hop[] = known ? [...known.hops] : [];
    const seen = new Set([start.href, url.href]);
    for (;;) {
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
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        return this.fail('network', url.href, `HTTP ${ans.status} with an unusable Location: ${location.slice(0, 200)}`);
      }
      redirects.push({ status: ans.status, location: next.href });
      if (seen.has(next.href)) return this.fail('too_many_redirects', next.href, `redirect loop: ${next.href} comes back after ${redirects.length} hops`);
      if (redirects.length > this.s.maxRedirects) return this.fail('too_many_redirects', next.href, `more than ${this.s.maxRedirects} redirects`);
      seen.add(next.href);
      url = next;
    }
  }

  /** One hop with retries for 429/5xx and dropped connections, each attempt under the host's limit. */
  private async attempt<T>(url: URL, method: 'GET' | 'HEAD', headers: Record<string, string>, pin: Pin, sink: BodySink<T>, retries: boolean): Promise<Answer<T> | RemoteFailure> {
    const { clock, retry } = this.s;
    const run = this.run;
    const settings = {
      agents: run.agents,
      headersTimeoutMs: this.s.headersTimeoutMs,
      bodyTimeoutMs: this.s.readTimeoutMs,
      maxHeaderSize: this.s.maxHeaderSize,
      userAgent: this.s.userAgent,
      deadlineAt: run.deadlineAt,
      deadlineMs: run.deadlineMs,
    };
    const send = () => {
      // a host that already let a request time out in this run is not waited on again
      const dead = run.deadReason(url.host);
      if (dead) return Promise.reject(new NetError(dead.code, `${dead.message} (given up on for this run: an earlier request to it timed out)`));
      if (run.remainingMs() <= 0) return Promise.reject(new NetError('TIMEOUT_RUN', `the run's network deadline of ${run.deadlineMs / 1000} s passed`));
      return exchange(url, method, headers, pin, settings, this.meter, sink).catch((e: unknown) => {
        // marked before the slot is released, so the request waiting for it sees the host is gone
        if (e instanceof NetError && e.code === 'TIMEOUT_HEADERS') run.markDead(url.host, e);
        throw e;
      });
    };
    for (let n = 1; ; n++) {
      let outcome: Outcome;
      let ans: Answer<T> | undefined;
      let err: NetError | undefined;
      try {
        ans = await run.limiter.run(url.host, send);
        ans.attempts = n;
        if (!retry.retryStatuses.includes(ans.status)) return ans;
        outcome = { status: ans.status, retryAfter: header(ans.headers, 'retry-after') };
      } catch (e) {
        if (e instanceof RemoteError) return e.failure;
        if (!(e instanceof NetError)) throw e;
        err = e;
        outcome = { error: e.code };
      }
      if (!retries) return ans ?? this.netFailure(url, err!, n);
      const d = retryDecision(outcome, n, retry, clock);
      // no retry may start after the run's deadline
      if (d.retry && d.delayMs >= run.remainingMs()) return ans ?? this.netFailure(url, err!, n);
      if (!d.retry) return ans ?? this.netFailure(url, err!, n);
      this.retries.push({ why: d.why, delayMs: d.delayMs });
      await clock.sleep(d.delayMs);
    }
  }

  private netFailure(url: URL, e: NetError, attempts: number): RemoteFailure {
    const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
    if (e.code.startsWith('TIMEOUT')) return this.fail('timeout', url.href, `${url.host}: ${e.message}${tries}`);
    const what: Record<string, string> = {
      ECONNREFUSED: 'connection refused',
      ECONNRESET: 'connection reset',
      EPIPE: 'connection dropped',
      EHOSTUNREACH: 'host unreachable',
      ENETUNREACH: 'network unreachable',
      HPE_HEADER_OVERFLOW: `response headers larger than ${this.s.maxHeaderSize} bytes`,
    };
    const text = what[e.code] ?? (/CERT|TLS|SSL/.test(e.code) ? `TLS: ${e.message}` : e.message);
    return this.fail('network', url.href, `${url.host}: ${text} (${e.code})${tries}`);
  }

  /** An HTTP error answer as a failure, with the storage error code when the body names one. */
  statusFailure(f: Fetched<unknown>): RemoteFailure {
    const code = /<Code>([^<]{1,80})<\/Code>/.exec(f.snippet ?? '')?.[1];
    const msg = /<Message>([^<]{1,200})<\/Message>/.exec(f.snippet ?? '')?.[1];
    const tries = (f.attempts ?? 1) > 1 ? ` after ${f.attempts} attempts` : '';
    const detail = `HTTP ${f.status} ${STATUS_CODES[f.status] ?? ''}`.trim() + (code ? ` (${code}${msg ? `: ${msg}` : ''})` : '') + tries;
    const exp = expiresAt(this.input);
    const extra = exp && exp.getTime() <= this.s.clock.now() ? `This presigned URL expired at ${exp.toISOString()}.` : '';
    return this.fail('http_status', f.url.href, detail, { status: f.status, hint: statusHint(f.status, extra) });
  }

  async close(): Promise<void> {
    if (this.ownsRun) await this.run.close();
  }
}

export function header(h: IncomingHttpHeaders, name: string): string | null {
  const v = h[name];
  return v == null ? null : Array.isArray(v) ? v[0] : v;
}
