import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ByteSource } from '../probes/source.js';

export interface Exposed {
  /** http://127.0.0.1:<port>/<token>/<name>: give this to a tool that wants a URL (ffprobe). */
  url: string;
  /** Errors the source threw while serving (e.g. a RemoteError); the tool only sees a dropped connection. */
  errors: unknown[];
  close(): Promise<void>;
}

const CHUNK = 64 * 1024;

/**
 * Serve a ByteSource on 127.0.0.1 with Range support, so that a tool which only takes a path or a
 * URL (ffprobe) reads through the source: its bytes come from the block cache, are counted, and
 * the tool never talks to the remote host itself (no redirects or DNS of its own).
 */
export async function exposeSource(src: ByteSource): Promise<Exposed> {
  const path = `/${randomBytes(12).toString('hex')}/${encodeURIComponent(src.name || 'source')}`;
  const errors: unknown[] = [];
  const active = new Set<Promise<void>>();
  const server = http.createServer((req, res) => {
    const p = serve(req, res)
      .catch((e: unknown) => {
        errors.push(e);
        res.destroy();
      })
      .finally(() => active.delete(p));
    active.add(p);
  });

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.url !== path || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    const size = await src.size();
    let start = 0;
    let end = size - 1;
    const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (m && (m[1] !== '' || m[2] !== '')) {
      if (m[1] === '') start = Math.max(0, size - Number(m[2]));
      else {
        start = Number(m[1]);
        if (m[2] !== '') end = Math.min(Number(m[2]), size - 1);
      }
      if (start >= size || start > end) {
        res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
        return;
      }
    }
    const headers = { 'accept-ranges': 'bytes', 'content-length': Math.max(0, end - start + 1), 'content-type': 'application/octet-stream' };
    res.writeHead(m ? 206 : 200, m ? { ...headers, 'content-range': `bytes ${start}-${end}/${size}` } : headers);
    if (req.method === 'HEAD' || size === 0) {
      res.end();
      return;
    }
    let closed = false;
    res.on('close', () => (closed = true));
    // one chunk at a time, and only when the client has taken the last one: an abandoned
    // open-ended range costs the source little
    for (let pos = start; pos <= end && !closed; pos += CHUNK) {
      const bytes = await src.read(pos, Math.min(CHUNK, end - pos + 1));
      if (closed) break;
      if (!res.write(bytes)) await drainOrClose(res);
    }
    res.end();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    errors,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(active); // a read in flight finishes, so the source's counts are final
    },
  };
}

function drainOrClose(res: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
