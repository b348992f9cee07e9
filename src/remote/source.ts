import type { IncomingMessage } from 'node:http';
import type { ByteSource } from '../probes/source.js';
import { BlockCache } from './blocks.js';
import { expiresAt } from './expiry.js';
import { failure, isRemoteFailure, RemoteError, type RemoteFailure } from './failure.js';
import type { BodySink } from './http.js';
import { type OpenUrlOptions, settingsFrom } from './options.js';
import { RemoteRun } from './run.js';
import { type Fetched, header, type Hop, Session } from './session.js';
import { isHtmlType, looksLikeHtml, looksLikeText } from './sniff.js';

/** What the fetch learned about the URL, as the provider's fetcher would see it. */
export interface RemoteMeta {
  readonly finalUrl: string;
  /** Status of the answer that opened the URL (206 or 200; HEAD's when HEAD was enough). */
  readonly status: number;
  readonly contentType: string | null;
  /** From Content-Range / Content-Length; null until known. */
  readonly size: number | null;
  readonly redirects: readonly Hop[];
  /** true once a 206 came back; false when the server ignores Range; null when not yet tried. */
  readonly acceptsRanges: boolean | null;
  /** Presigned expiry from the URL as given. */
  readonly expiresAt: Date | null;
  /** Why HEAD was not used when useHead was asked for. */
  readonly headFallback: string | null;
  readonly retries: readonly { why: string; delayMs: number }[];
  /** Body bytes received over the wire for this URL, all requests together. */
  bytesRead(): number;
  requests(): number;
}

export interface RemoteSource extends ByteSource {
  readonly meta: RemoteMeta;
  close(): Promise<void>;
}

const NO_BODY: BodySink<null> = () => ({ push: () => true, end: () => null });
/** Stops at the first chunk and keeps nothing (an answer that cannot be placed). */
const DISCARD = { push: () => true, end: () => 0 };

function lastSegment(url: URL): string {
  const seg = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

function contentRange(v: string | null): { start: number; end: number; total: number | null } | { total: number } | null {
  const m = v && /^bytes\s+(?:(\d+)-(\d+)|\*)\/(\d+|\*)$/i.exec(v.trim());
  if (!m) return null;
  const total = m[3] === '*' ? null : Number(m[3]);
  if (m[1] === undefined) return total === null ? null : { total };
  return { start: Number(m[1]), end: Number(m[2]), total };
}

class UrlSource implements RemoteSource {
  readonly name: string;
  readonly meta: RemoteMeta;
  private readonly cache: BlockCache;
  private readonly B: number;
  private total: number | null = null;
  private ranges: boolean | null = null;
  private finalUrl: URL;
  private status = 0;
  private contentType: string | null = null;
  private redirects: Hop[] = [];
  private headFallback: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** The suffix-range request for the tail, sent with the head (settles, never rejects). */
  private tail: Promise<void> | null = null;
  private closed = false;
  /** Block index -> the request under way that will fill it, so concurrent reads share requests. */
  private readonly inflight = new Map<number, Promise<void>>();
  /** Where the last stream from byte 0 was meant to stop (no Range support). */
  private streamedTo: number;

  constructor(
    readonly id: string,
    private readonly url: URL,
    private readonly session: Session,
  ) {
    this.name = lastSegment(url);
    this.finalUrl = url;
    this.B = session.s.blockSize;
    this.cache = new BlockCache(this.B);
    this.streamedTo = session.s.headBytes;
    const self = this;
    const exp = expiresAt(url);
    this.meta = {
      get finalUrl() { return self.finalUrl.href; },
      get status() { return self.status; },
      get contentType() { return self.contentType; },
      get size() { return self.total; },
      get redirects() { return self.redirects; },
      get acceptsRanges() { return self.ranges; },
      expiresAt: exp,
      get headFallback() { return self.headFallback; },
      get retries() { return session.retries; },
      bytesRead: () => session.meter.bytes,
      requests: () => session.meter.requests,
    };
  }

  /** null when the URL is usable; otherwise why not. */
  async open(): Promise<RemoteFailure | null> {
    if (this.session.s.useHead) {
      const h = await this.session.fetch(this.url, 'HEAD', {}, NO_BODY);
      if (isRemoteFailure(h) && h.reason !== 'http_status' && h.reason !== 'network') return h;
      const fallback = this.headVerdict(h);
      if (!fallback) return null;
      this.headFallback = fallback;
    }
    const head = this.session.s.headBytes;
    // the tail by a suffix range, in parallel with the head: every probe reads it, and waiting for the
    // head to learn the size first would cost each URL a second round trip
    if (this.session.s.prefetchTail > 0) this.tail = this.suffixTail(this.session.s.prefetchTail + this.B);
    const got = await this.get(this.url, 0, head - 1, head, () => this.prefetchTail());
    if (isRemoteFailure(got)) return got;
    this.finalUrl = got.url;
    this.redirects = got.redirects;
    this.status = got.status;
    this.contentType = header(got.headers, 'content-type');
    if (got.status === 416) {
      const cr = contentRange(header(got.headers, 'content-range'));
      if (cr && cr.total === 0) {
        this.total = 0; // an empty object cannot satisfy bytes=0-N
        return null;
      }
    }
    if (got.status < 200 || got.status > 299) return this.session.statusFailure(got);
    const first = this.cache.copy(0, Math.min(this.cache.prefix(), 512));
    if (looksLikeHtml(first) || (isHtmlType(this.contentType) && (first.length === 0 || looksLikeText(first)))) {
      const start = Buffer.from(first.subarray(0, 40)).toString('latin1').replace(/\s+/g, ' ').trim();
      return this.session.fail('html_not_media', got.url.href, `Content-Type ${this.contentType ?? 'none'}; the body starts "${start}"`);
    }
    return null;
  }

  /** HEAD is enough when it is a 2xx with a size and not a web page; otherwise say why not. */
  private headVerdict(h: Fetched<null> | RemoteFailure): string | null {
    if (isRemoteFailure(h)) return `HEAD failed: ${h.detail}`;
    if (h.status < 200 || h.status > 299) return `HEAD answered ${h.status}`;
    const len = header(h.headers, 'content-length');
    const type = header(h.headers, 'content-type');
    if (len === null || !/^\d+$/.test(len)) return 'HEAD gave no Content-Length';
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
  private get(from: URL, a: number, b: number | null, stopAt: number, onRanged?: () => void): Promise<Fetched<number> | RemoteFailure> {
    const headers: Record<string, string> = b === null ? {} : { range: `bytes=${a}-${b}` };
    const sink: BodySink<number> = (res: IncomingMessage, at: URL) => {
      const cr = res.statusCode === 206 ? contentRange(header(res.headers, 'content-range')) : null;
      if (cr && 'start' in cr && cr.start % this.B === 0) {
        this.ranges = true;
        if (cr.total !== null) this.total = cr.total;
        this.finalUrl = at;
        onRanged?.(); // the size is known now, before the body: later requests can start
        return this.cache.writer(cr.start, stopAt, () => this.total);
      }
      if (res.statusCode === 206) {
        this.ranges = false; // a range we cannot place: read the whole object instead
        return DISCARD;
      }
      this.ranges = false;
      const len = header(res.headers, 'content-length');
      if (len !== null && /^\d+$/.test(len)) this.total = Number(len);
      return this.cache.writer(0, stopAt, () => this.total);
    };
    return this.session.fetch(from, 'GET', headers, sink);
  }

  size(): Promise<number> {
    if (this.total !== null) return Promise.resolve(this.total);
    // No length was given (chunked, no Range): only reading to the end tells.
    return this.locked(async () => {
      if (this.total === null) await this.fill(Infinity, true);
      if (this.total === null) throw new RemoteError(this.session.fail('network', this.finalUrl.href, 'the server gives no size'));
      return this.total;
    });
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    if (!Number.isFinite(offset) || !Number.isFinite(length)) return new Uint8Array(0);
    const size = await this.size();
    const start = Math.max(0, offset);
    const end = Math.min(start + Math.max(0, length), size);
    if (start >= end) return new Uint8Array(0);
    await this.ensure(start, end);
    return this.cache.copy(start, end);
  }

  private locked<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * GET `bytes=-n`, placed by its Content-Range. Best effort: any other answer (no Range support, an
   * error, a failure) is dropped, and the reads ask for what is still missing once it has settled.
   */
  private async suffixTail(n: number): Promise<void> {
    const sink: BodySink<number> = (res) => {
      const cr = res.statusCode === 206 ? contentRange(header(res.headers, 'content-range')) : null;
      if (!cr || !('start' in cr) || cr.total === null || cr.end !== cr.total - 1) return DISCARD;
      this.total ??= cr.total;
      return this.cache.writer(cr.start, cr.total, () => cr.total);
    };
    await this.session.fetch(this.url, 'GET', { range: `bytes=-${n}` }, sink, { bestEffort: true }).catch(() => {});
  }

  /**
   * The last `prefetchTail` bytes when the suffix request did not bring them (it is still under way,
   * or a range that ends elsewhere came back), requested as soon as the opening answer names the size.
   */
  private prefetchTail(): void {
    if (this.tail) {
      void this.tail.then(() => this.fetchTail());
      return;
    }
    this.fetchTail();
  }

  private fetchTail(): void {
    if (this.closed) return;
    const want = this.session.s.prefetchTail;
    const total = this.total;
    const head = this.session.s.headBytes;
    if (want <= 0 || total === null || total <= head) return;
    const first = Math.max(head / this.B, Math.floor(Math.max(0, total - want) / this.B));
    const last = Math.ceil(total / this.B) - 1;
    const missing = this.cache.missing(first * this.B, Math.min((last + 1) * this.B, total)).filter((i) => !this.inflight.has(i));
    if (missing.length === 0) return;
    // a failure here is not reported: the read that needs these bytes asks again and reports it
    this.fetchBlocks(missing[0], missing[missing.length - 1]).catch(() => {});
  }

  /** One ranged request for blocks first..last, registered so concurrent reads wait on it. */
  private fetchBlocks(first: number, last: number): Promise<void> {
    const a = first * this.B;
    const b = Math.min((last + 1) * this.B, this.total ?? Infinity) - 1;
    const p = this.request(a, b, b + 1).finally(() => {
      for (let i = first; i <= last; i++) if (this.inflight.get(i) === p) this.inflight.delete(i);
    });
    for (let i = first; i <= last; i++) this.inflight.set(i, p);
    return p;
  }

  private async ensure(start: number, end: number): Promise<void> {
    // the suffix request may bring these bytes: asking again before it settles would fetch them twice
    if (this.tail && this.cache.missing(start, end).length) await this.tail;
    for (let round = 0; round < 8; round++) {
      const missing = this.cache.missing(start, end);
      if (missing.length === 0) return;
      if (this.ranges === false) {
        // one stream at a time; a read that waited may find its bytes brought by the one before
        await this.locked(async () => {
          const still = this.cache.missing(start, end);
          if (still.length) await this.fill((still[still.length - 1] + 1) * this.B, false);
        });
        continue;
      }
      // blocks already on their way are waited for; the rest go in one request per contiguous run
      const waits = new Set<Promise<void>>();
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
      throw new RemoteError(this.session.fail('network', this.finalUrl.href, `the server did not deliver bytes ${start}-${end - 1}`));
    }
  }

  /**
   * No Range support: one GET from byte 0, abandoned at `need`. Each re-stream reads at least 4x
   * what is cached, so a run of growing reads costs about 4/3 of the bytes needed (plus the head);
   * an object of at most 1 MiB, or a stream that would pass half-way, is read to the end.
   */
  private fill(need: number, all: boolean): Promise<void> {
    const total = this.total ?? Infinity;
    // 4x the last stream's goal, not 4x the prefix: chunks overshoot a goal by up to 64 KiB each time
    let stopAt = Math.min(total, Math.max(need, 4 * Math.min(this.cache.prefix(), this.streamedTo)));
    this.streamedTo = Math.max(this.streamedTo, stopAt);
    // past half-way, the rest is cheaper than a second stream (tail checks come next)
    if (all || total <= 1024 * 1024 || stopAt * 2 >= total) stopAt = Infinity;
    return this.request(0, null, stopAt);
  }

  private async request(a: number, b: number | null, stopAt: number): Promise<void> {
    const got = await this.get(this.finalUrl, a, this.ranges === false ? null : b, stopAt);
    if (isRemoteFailure(got)) throw new RemoteError(got);
    if (got.status < 200 || got.status > 299) throw new RemoteError(this.session.statusFailure(got));
    if (got.body !== undefined && this.total === null && b === null && stopAt === Infinity) this.total = got.body;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.session.close();
  }
}

/**
 * Open a URL as the provider's fetcher would: scheme and address checks, redirects, retries, and
 * one ranged GET that yields the size, the content type and the first block. Failures are data.
 */
export async function openUrl(input: string, options?: OpenUrlOptions): Promise<RemoteSource | RemoteFailure> {
  const trimmed = input.trim();
  const short = trimmed.length > 80 ? `${trimmed.slice(0, 80)}...` : trimmed;
  if (/^data:/i.test(trimmed)) return failure('inline_data', input, short, `a data: URI of ${trimmed.length} characters`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return failure('bad_scheme', input, short, 'not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return failure('bad_scheme', input, short, `scheme ${url.protocol} is not http or https`);
  }
  const settings = settingsFrom(options);
  const run = options?.run ?? new RemoteRun({ limiter: settings.limiter, deadlineMs: Infinity });
  const src = new UrlSource(input, url, new Session(input, settings, run, !options?.run));
  let f: RemoteFailure | null;
  try {
    f = await src.open();
  } catch (e) {
    f = failure('network', input, url.href, `request failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (f) {
    await src.close();
    return { ...f, requests: src.meta.requests() };
  }
  return src;
}
