import type { RemoteFacts } from '../types.js';
import { HEAD_BYTES } from '../probes/bytes.js';
import type { CountingSource } from './source.js';

/** Servers that ignore Range requests send the whole body; it is kept only up to this size. */
const WHOLE_BODY_MAX = 16 * 1024 * 1024;

export type UrlOpen =
  | { ok: true; source: CountingSource; remote: RemoteFacts }
  /** The server answered with an error status: a finding on the URL, as in Node. */
  | { ok: false; status: number; remote: RemoteFacts }
  /** The page may not read it (CORS, network, no range support): the URL is reported as not checked. */
  | { ok: false; status: null; why: string };

/**
 * A URL as a ByteSource read by range requests (`Range: bytes=a-b`), when the server's CORS
 * policy lets this page read the answer and its total size (Content-Range exposed, or a small
 * whole body). Anything else is `status: null` with the reason, never a silent pass.
 */
export async function openUrl(url: string, name: string): Promise<UrlOpen> {
  let read = 0;
  let requests = 0;
  const get = (from: number, to: number) => {
    requests++;
    return fetch(url, { headers: { Range: `bytes=${from}-${to}` }, credentials: 'omit', redirect: 'follow' });
  };
  let first: Response;
  try {
    first = await get(0, HEAD_BYTES - 1);
  } catch (err) {
    return { ok: false, status: null, why: `the server does not let this page read it (CORS) or could not be reached: ${(err as Error).message}` };
  }
  const remote = (bytesRead: number): RemoteFacts => ({
    finalUrl: first.url || url,
    status: first.status,
    contentType: first.headers.get('content-type'),
    redirects: first.redirected ? 1 : 0,
    expiresAt: null,
    expiresInSec: null,
    bytesRead,
    requests,
  });
  if (!first.ok) {
    await first.body?.cancel();
    return { ok: false, status: first.status, remote: remote(0) };
  }
  let size: number;
  let whole: Uint8Array | undefined;
  if (first.status === 206) {
    const total = /\/(\d+)\s*$/.exec(first.headers.get('content-range') ?? '')?.[1];
    if (!total) {
      await first.body?.cancel();
      return { ok: false, status: null, why: 'the server does not expose Content-Range to this page (Access-Control-Expose-Headers), so its size is unknown' };
    }
    size = Number(total);
  } else {
    const length = Number(first.headers.get('content-length') ?? NaN);
    if (!(length <= WHOLE_BODY_MAX)) {
      await first.body?.cancel();
      return { ok: false, status: null, why: 'the server does not answer range requests and the file is too large (or of unknown size) to read whole' };
    }
    whole = new Uint8Array(await first.arrayBuffer());
    size = whole.length;
    read += size;
  }
  const head = whole ? undefined : new Uint8Array(await first.arrayBuffer());
  if (head) read += head.length;
  const source: CountingSource = {
    id: url,
    name,
    size: async () => size,
    async read(offset, length) {
      const end = Math.min(size, offset + length);
      if (end <= offset) return new Uint8Array(0);
      if (whole) return whole.subarray(offset, end);
      if (head && end <= head.length) return head.subarray(offset, end);
      const res = await get(offset, end - 1);
      if (res.status !== 206) {
        await res.body?.cancel();
        throw new Error(`a range request answered HTTP ${res.status}`);
      }
      const bytes = new Uint8Array(await res.arrayBuffer());
      read += bytes.length;
      return bytes.subarray(0, end - offset);
    },
    bytesRead: () => read,
  };
  return { ok: true, source: { ...source, requests: () => requests }, remote: remote(read) };
}
