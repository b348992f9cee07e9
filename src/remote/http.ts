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
export type BodySink<T> = (res: IncomingMessage) => { push(chunk: Buffer): boolean; end(complete: boolean): T };

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
    let timer = setTimeout(
      () => done(new NetError('TIMEOUT_HEADERS', `no response within ${settings.headersTimeoutMs / 1000} s`)),
      settings.headersTimeoutMs,
    );
    req.on('error', (e: NodeJS.ErrnoException) => done(new NetError(e.code ?? 'ERR', e.message)));
    req.on('response', (res) => {
      clearTimeout(timer);
      timer = setTimeout(
        () => done(new NetError('TIMEOUT_BODY', `body not received within ${settings.bodyTimeoutMs / 1000} s`)),
        settings.bodyTimeoutMs,
      );
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300 && method === 'GET';
      const handler = ok ? sink(res) : null;
      const parts: Buffer[] = [];
      let kept = 0;
      let stopped = false;
      const finish = (complete: boolean) => {
        if (handler) return done(null, { status, headers: res.headers, body: handler.end(complete) });
        const snippet = Buffer.concat(parts).toString('utf8');
        done(null, { status, headers: res.headers, snippet });
      };
      res.on('data', (chunk: Buffer) => {
        if (stopped || settled) return;
        meter.bytes += chunk.length;
        if (meter.bytes > meter.cap) return done(meter.overCap(url.href));
        if (handler ? handler.push(chunk) : ((kept += chunk.length), parts.push(chunk), kept >= SNIPPET)) {
          stopped = true;
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
