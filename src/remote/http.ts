import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { RemoteError } from './failure.js';

/** A host whose addresses were checked; connections go only to these addresses (first one preferred). */
export interface Pin {
  address: string;
  family: 4 | 6;
  all: { address: string; family: 4 | 6 }[];
}

/** Bytes received (every body byte, kept or thrown away) and the cap they must stay under. */
export interface Meter {
  bytes: number;
  requests: number;
  readonly cap: number;
  overCap(url: string): RemoteError;
}

export interface ExchangeSettings {
  agents: { http: http.Agent; https: https.Agent };
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  maxHeaderSize: number;
  userAgent: string;
  /** The run's deadline (epoch ms): no timer of this exchange runs past it. */
  deadlineAt: number;
  /** The run's whole budget, for the message when the deadline is what ended the wait. */
  deadlineMs: number;
}

export interface Answer<T> {
  status: number;
  headers: IncomingHttpHeaders;
  /** What the body handler returned (2xx only). */
  body?: T;
  /** The first bytes of a non-2xx body, for the detail (S3/GCS put their error code there). */
  snippet?: string;
  /** Attempts it took (set by the retry loop). */
  attempts?: number;
}

/** A failed exchange: `code` is a Node/OS error code or TIMEOUT_HEADERS / TIMEOUT_BODY. */
export class NetError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Body handler: gets each chunk, returns true to stop reading (the rest is never downloaded). */
export type BodySink<T> = (res: IncomingMessage, url: URL) => { push(chunk: Buffer): boolean; end(complete: boolean): T };

const SNIPPET = 2048;

/**
 * One request/response on a pinned address, with node:http so that the connection goes to the
 * address that was checked (custom `lookup`), headers are size-capped, and the body can be
 * abandoned at any byte.
 */
export function exchange<T>(
  url: URL,
  method: 'GET' | 'HEAD',
  headers: Record<string, string>,
  pin: Pin | null,
  settings: ExchangeSettings,
  meter: Meter,
  sink: BodySink<T>,
): Promise<Answer<T>> {
  const lib = url.protocol === 'https:' ? https : http;
  const lookup: LookupFunction = (_host, opts, cb) => {
    if (!pin) return cb(new NetError('ENOTFOUND', 'no checked address') as NodeJS.ErrnoException, '', 4);
    if ((opts as { all?: boolean }).all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, pin.all);
    else cb(null, pin.address, pin.family);
  };
  return new Promise<Answer<T>>((resolve, reject) => {
    let settled = false;
    const done = (err: Error | null, value?: Answer<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(value!);
    };
    meter.requests++;
    const req = lib.request({
      method,
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      headers: { 'user-agent': settings.userAgent, 'accept-encoding': 'identity', accept: '*/*', ...headers },
      agent: url.protocol === 'https:' ? settings.agents.https : settings.agents.http,
      lookup,
      maxHeaderSize: settings.maxHeaderSize,
    });
    /** The phase's own timeout, or the run's deadline when that comes first. */
    const arm = (ms: number, code: string, text: string) => {
      const left = settings.deadlineAt - Date.now();
      if (left < ms) return setTimeout(() => done(new NetError('TIMEOUT_RUN', `the run's network deadline of ${settings.deadlineMs / 1000} s passed`)), Math.max(0, left));
      return setTimeout(() => done(new NetError(code, text)), ms);
    };
    let timer = arm(settings.headersTimeoutMs, 'TIMEOUT_HEADERS', `no response within ${settings.headersTimeoutMs / 1000} s`);
    req.on('error', (e: NodeJS.ErrnoException) => done(new NetError(e.code ?? 'ERR', e.message)));
    req.on('response', (res) => {
      clearTimeout(timer);
      timer = arm(settings.bodyTimeoutMs, 'TIMEOUT_BODY', `body not received within ${settings.bodyTimeoutMs / 1000} s`);
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300 && method === 'GET';
      const handler = ok ? sink(res, url) : null;
      const parts: Buffer[] = [];
      let kept = 0;
      let stopped = false;
      // a response read to its last byte ends normally, so its socket goes back to the pool
      const lengthHeader = res.headers['content-length'];
      const expected = lengthHeader !== undefined && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : -1;
      let received = 0;
      const finish = (complete: boolean) => {
        if (handler) return done(null, { status, headers: res.headers, body: handler.end(complete) });
        const snippet = Buffer.concat(parts).toString('utf8');
        done(null, { status, headers: res.headers, snippet });
      };
      res.on('data', (chunk: Buffer) => {
        if (stopped || settled) return;
        meter.bytes += chunk.length;
        received += chunk.length;
        if (meter.bytes > meter.cap) return done(meter.overCap(url.href));
        if (handler ? handler.push(chunk) : ((kept += chunk.length), parts.push(chunk), kept >= SNIPPET)) {
          stopped = true;
          if (received === expected) return; // nothing left on the wire: 'end' follows and keeps the socket
          finish(false); // before destroy(): destroying emits 'aborted' synchronously
          res.destroy();
        }
      });
      res.on('end', () => finish(true));
      res.on('error', (e: NodeJS.ErrnoException) => done(new NetError(e.code ?? 'ECONNRESET', e.message)));
      res.on('aborted', () => done(new NetError('ECONNRESET', 'response aborted by the server')));
    });
    req.end();
  });
}
