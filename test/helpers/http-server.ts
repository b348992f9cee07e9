import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

/**
 * A real HTTP server on 127.0.0.1 serving files from `root`, with misbehaviours picked by the
 * first path segments, and a count of every body byte it sends.
 *
 *   /range/<file>                 Range support (single range, suffix ranges, 416)
 *   /norange/<file>               ignores Range: always 200 with the whole body
 *   /chunked/<file>               ignores Range and sends no Content-Length
 *   /headforbidden/<file>         HEAD answers 403 (like a presigned GET URL); GET works with ranges
 *   /redirect/<n>/<rest>          n hops of 302, then /<rest>
 *   /loop/<a|b>                   a -> b -> a ...
 *   /goto?to=<url>                302 to any Location (another host, file:, data:)
 *   /status/<code>                that status, with an S3-style XML error body
 *   /flaky/<k>/<rest>             first k requests of the path answer 500, then /<rest>
 *   /ratelimit/<sec|date>/<rest>  first request 429 with Retry-After, then /<rest>
 *   /reset/<k>/<rest>             first k requests drop the connection, then /<rest>
 *   /slow/<ms>/<rest>             waits before the headers
 *   /stall/<rest>                 headers of /<rest>, then no body
 *   /html/<file>                  200 text/html page whatever the file
 *   /bigheader/<rest>             a 64 KiB response header, then /<rest>
 */
export interface ServedRequest {
  method: string;
  path: string;
  range: string | null;
  status: number;
  /** Body bytes sent for this request. */
  bytes: number;
}

export interface TestServer {
  origin: string;
  port: number;
  url(path: string): string;
  /** Body bytes handed to sockets since the last reset. */
  bytesSent(): number;
  /** Most requests in flight at once since the last reset. */
  peakConcurrency(): number;
  /** TCP connections accepted since the last reset (keep-alive reuse shows as fewer than requests). */
  connections(): number;
  requests: ServedRequest[];
  reset(): void;
  close(): Promise<void>;
}

const S3_ERRORS: Record<number, string> = {
  403: '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>',
  404: '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
};

export async function startServer(root: string): Promise<TestServer> {
  let sent = 0;
  let inFlight = 0;
  let peak = 0;
  let accepted = 0;
  const requests: ServedRequest[] = [];
  const hits = new Map<string, number>();
  const sockets = new Set<import('node:net').Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const hit = (key: string) => {
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    return n;
  };

  const log = (req: IncomingMessage, status: number) =>
    requests.push({ method: req.method ?? '', path: req.url ?? '', range: req.headers.range ?? null, status, bytes: 0 });

  const plain = (req: IncomingMessage, res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    log(req, status);
    res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body), ...headers });
    if (req.method !== 'HEAD') sent += Buffer.byteLength(body);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  async function serveFile(req: IncomingMessage, res: ServerResponse, file: string, ranges: boolean, length = true): Promise<void> {
    const path = normalize(join(root, decodeURIComponent(file)));
    if (!path.startsWith(normalize(root))) return void plain(req, res, 403, S3_ERRORS[403]);
    const st = await stat(path).catch(() => null);
    if (!st?.isFile()) return void plain(req, res, 404, S3_ERRORS[404]);
    const size = st.size;
    const type = path.endsWith('.mp4') ? 'video/mp4' : path.endsWith('.jpg') ? 'image/jpeg' : 'application/octet-stream';
    const headers: Record<string, string | number> = { 'content-type': type };
    if (ranges) headers['accept-ranges'] = 'bytes';
    let start = 0;
    let end = size - 1;
    let status = 200;
    const m = ranges ? /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '') : null;
    if (m) {
      if (m[1] === '') {
        start = Math.max(0, size - Number(m[2]));
      } else {
        start = Number(m[1]);
        end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
      }
      if (start >= size || start > end) {
        log(req, 416);
        res.writeHead(416, { 'content-range': `bytes */${size}` });
        return void res.end();
      }
      status = 206;
      headers['content-range'] = `bytes ${start}-${end}/${size}`;
    }
    if (length) headers['content-length'] = end - start + 1;
    log(req, status);
    const entry = requests[requests.length - 1];
    res.writeHead(status, headers);
    if (req.method === 'HEAD' || size === 0) return void res.end();
    const stream = createReadStream(path, { start, end, highWaterMark: 16 * 1024 });
    stream.on('data', (chunk) => {
      sent += chunk.length;
      entry.bytes += chunk.length;
      if (!res.write(chunk)) stream.pause();
    });
    res.on('drain', () => stream.resume());
    stream.on('end', () => res.end());
    res.on('close', () => stream.destroy());
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const parts = path.split('/').filter(Boolean);
    const [mode, arg] = parts;
    const rest = (n: number) => `/${parts.slice(n).join('/')}`;
    switch (mode) {
      case 'range':
        return serveFile(req, res, parts.slice(1).join('/'), true);
      case 'norange':
        return serveFile(req, res, parts.slice(1).join('/'), false);
      case 'chunked':
        return serveFile(req, res, parts.slice(1).join('/'), false, false);
      case 'headforbidden':
        if (req.method === 'HEAD') return void plain(req, res, 403, '');
        return serveFile(req, res, parts.slice(1).join('/'), true);
      case 'redirect': {
        const n = Number(arg);
        log(req, 302);
        res.writeHead(302, { location: n > 1 ? `/redirect/${n - 1}${rest(2)}` : rest(2), 'content-length': 0 });
        return void res.end();
      }
      case 'loop':
        log(req, 302);
        res.writeHead(302, { location: arg === 'a' ? '/loop/b' : '/loop/a', 'content-length': 0 });
        return void res.end();
      case 'goto': {
        const to = new URL(req.url ?? '', 'http://x').searchParams.get('to') ?? '/';
        log(req, 302);
        res.writeHead(302, { location: to, 'content-length': 0 });
        return void res.end();
      }
      case 'status':
        return void plain(req, res, Number(arg), S3_ERRORS[Number(arg)] ?? `<Error><Code>Status${arg}</Code></Error>`);
      case 'flaky':
        if (hit(path) <= Number(arg)) return void plain(req, res, 500, '<Error><Code>InternalError</Code></Error>');
        return route(req, res, rest(2));
      case 'ratelimit':
        if (hit(path) === 1) return void plain(req, res, 429, '<Error><Code>SlowDown</Code></Error>', { 'retry-after': decodeURIComponent(arg) });
        return route(req, res, rest(2));
      case 'reset':
        if (hit(path) <= Number(arg)) {
          log(req, 0);
          return void req.socket.destroy();
        }
        return route(req, res, rest(2));
      case 'slow': {
        const t = setTimeout(() => {
          timers.delete(t);
          void route(req, res, rest(2));
        }, Number(arg));
        timers.add(t);
        return;
      }
      case 'stall':
        log(req, 200);
        res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': 1_000_000 });
        return void res.flushHeaders();
      case 'html': {
        const page = '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Please sign in to download.</body></html>\n';
        log(req, 200);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page) });
        sent += Buffer.byteLength(page);
        return void res.end(page);
      }
      case 'bigheader':
        res.setHeader('x-padding', 'x'.repeat(64 * 1024));
        return route(req, res, rest(1));
      default:
        return void plain(req, res, 404, S3_ERRORS[404]);
    }
  }

  const server = http.createServer((req, res) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    res.on('close', () => inFlight--);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    route(req, res, path).catch(() => res.destroy());
  });
  server.on('connection', (s) => {
    accepted++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    bytesSent: () => sent,
    peakConcurrency: () => peak,
    connections: () => accepted,
    requests,
    reset() {
      sent = 0;
      accepted = 0;
      peak = inFlight;
      requests.length = 0;
      hits.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
