import { lookup as dnsLookup } from 'node:dns/promises';
import { type Clock, defaultRetryPolicy, realClock, type RetryPolicy } from './retry.js';
import { defaultHostLimiter, type HostLimiter } from './limiter.js';
import type { RemoteRun } from './run.js';

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface OpenUrlOptions {
  /**
   * Let private, loopback and link-local addresses through (staging, tests). A function decides per
   * host and address. Off by default: the provider cannot reach them.
   */
  allowPrivate?: boolean | ((hostname: string, address: string) => boolean);
  /** Redirect hops followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Cache block size in bytes; reads are rounded out to whole blocks. Default 16 KiB. */
  blockSize?: number;
  /** Bytes asked for by the request that opens the URL (a multiple of blockSize). Default 64 KiB. */
  headBytes?: number;
  /**
   * Bytes at the end of the object to start fetching as soon as the opening answer gives the size,
   * in parallel with the rest (probes check every file's tail). Default 0: none.
   */
  prefetchTail?: number;
  /**
   * The run this URL belongs to: connections, DNS answers, redirects, the per-host limit and the
   * overall deadline shared with the run's other URLs. Default: a run for this URL alone.
   */
  run?: RemoteRun;
  /** Body bytes one URL may cost in all, across requests. Default 64 MiB (above the 50 MB video limit). */
  maxBytes?: number;
  /** Response header cap. Default 32 KiB. */
  maxHeaderSize?: number;
  /** Connect + response headers (and DNS) per request. Default 10 s. */
  headersTimeoutMs?: number;
  /** Receiving one response body. Default 30 s. */
  readTimeoutMs?: number;
  /** Ask HEAD first (falls back to a ranged GET when HEAD fails or says too little). Default false: one ranged GET gives size, type and the first block at once. */
  useHead?: boolean;
  retry?: Partial<RetryPolicy>;
  /** Injected for tests: time, sleeping and jitter. */
  clock?: Partial<Clock>;
  /** Shared per-host concurrency limit when no `run` is given. Default: one process-wide limiter, 4 per host. */
  limiter?: HostLimiter;
  /** DNS resolution (all addresses). Default dns.lookup with all: true. */
  resolve?: Resolver;
  userAgent?: string;
}

export interface Settings {
  allowPrivate: (hostname: string, address: string) => boolean;
  maxRedirects: number;
  blockSize: number;
  headBytes: number;
  prefetchTail: number;
  maxBytes: number;
  maxHeaderSize: number;
  headersTimeoutMs: number;
  readTimeoutMs: number;
  useHead: boolean;
  retry: RetryPolicy;
  clock: Clock;
  limiter: HostLimiter;
  resolve: Resolver;
  userAgent: string;
}

const systemResolve: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

export function settingsFrom(o: OpenUrlOptions = {}): Settings {
  const ap = o.allowPrivate;
  const blockSize = o.blockSize ?? 16 * 1024;
  return {
    allowPrivate: typeof ap === 'function' ? ap : () => ap === true,
    maxRedirects: o.maxRedirects ?? 5,
    blockSize,
    headBytes: Math.max(blockSize, Math.ceil((o.headBytes ?? 64 * 1024) / blockSize) * blockSize),
    prefetchTail: Math.max(0, o.prefetchTail ?? 0),
    maxBytes: o.maxBytes ?? 64 * 1024 * 1024,
    maxHeaderSize: o.maxHeaderSize ?? 32 * 1024,
    headersTimeoutMs: o.headersTimeoutMs ?? 10_000,
    readTimeoutMs: o.readTimeoutMs ?? 30_000,
    useHead: o.useHead ?? false,
    retry: { ...defaultRetryPolicy, ...o.retry },
    clock: { ...realClock, ...o.clock },
    limiter: o.limiter ?? defaultHostLimiter,
    resolve: o.resolve ?? systemResolve,
    userAgent: o.userAgent ?? 'seedance-preflight',
  };
}
