import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { basename } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HostLimiter, isRemoteFailure, openUrl, RemoteError, type OpenUrlOptions, type RemoteFailure, type RemoteSource } from '../../src/remote/index.js';
import { startServer, type TestServer } from '../helpers/http-server.js';
import { makeMedia, type Media } from './media.js';

let media: Media;
let srv: TestServer;
let video: string;
let videoBytes: Buffer;

/** A clock that records the waits instead of waiting. */
function fakeClock(start = Date.UTC(2030, 0, 1)) {
  const sleeps: number[] = [];
  return { sleeps, clock: { now: () => start, sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 } };
}

const base = (): OpenUrlOptions => ({ allowPrivate: true, limiter: new HostLimiter(4), clock: fakeClock().clock });

async function ok(url: string, opts: OpenUrlOptions = base()): Promise<RemoteSource> {
  const r = await openUrl(url, opts);
  if (isRemoteFailure(r)) throw new Error(`expected a source, got ${r.reason}: ${r.detail}`);
  return r;
}

async function fails(url: string, opts: OpenUrlOptions = base()): Promise<RemoteFailure> {
  const r = await openUrl(url, opts);
  if (!isRemoteFailure(r)) {
    await r.close();
    throw new Error('expected a failure');
  }
  return r;
}

async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

beforeAll(async () => {
  media = await makeMedia();
  srv = await startServer(media.dir);
  video = basename(media.video);
  videoBytes = await readFile(media.video);
  await writeFile(`${media.dir}/login.mp4`, '\n  <!DOCTYPE html><html><body>Sign in</body></html>');
});
afterAll(async () => {
  await srv?.close();
  await media?.cleanup();
});
beforeEach(() => srv.reset());

describe('opening a URL', () => {
  it('learns size, type and range support from one ranged GET', async () => {
    const url = srv.url(`/range/${video}`);
    const src = await ok(url);
    expect(src.id).toBe(url);
    expect(src.name).toBe(video);
    expect(src.localPath).toBeUndefined();
    expect(src.meta).toMatchObject({ finalUrl: url, status: 206, contentType: 'video/mp4', size: videoBytes.length, acceptsRanges: true, redirects: [] });
    expect(await src.size()).toBe(videoBytes.length);
    expect(srv.requests).toEqual([{ method: 'GET', path: `/range/${video}`, range: 'bytes=0-65535', status: 206, bytes: 65536 }]);
    expect(src.meta.bytesRead()).toBe(65536);
    await src.close();
  });

  it('decodes the name from the last path segment', async () => {
    const src = await ok(srv.url(`/range/${video}?X-Amz-Expires=60`).replace('moov-at-end', 'moov%2Dat%2Dend'));
    expect(src.name).toBe(video);
    await src.close();
  });

  it('never sends HEAD by default, so a HEAD-forbidden presigned URL just works', async () => {
    const src = await ok(srv.url(`/headforbidden/${video}`));
    expect(src.meta.size).toBe(videoBytes.length);
    expect(srv.requests.map((r) => r.method)).toEqual(['GET']);
    await src.close();
  });

  it('with useHead, falls back to a ranged GET when HEAD answers 403', async () => {
    const src = await ok(srv.url(`/headforbidden/${video}`), { ...base(), useHead: true });
    expect(src.meta.headFallback).toBe('HEAD answered 403');
    expect(src.meta.status).toBe(206);
    expect(src.meta.size).toBe(videoBytes.length);
    expect(srv.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['HEAD 403', 'GET 206']);
    await src.close();
  });

  it('with useHead on a good server, takes the size from HEAD without any body', async () => {
    const src = await ok(srv.url(`/range/${video}`), { ...base(), useHead: true });
    expect(src.meta.headFallback).toBeNull();
    expect(src.meta.size).toBe(videoBytes.length);
    expect(src.meta.bytesRead()).toBe(0);
    expect(Buffer.from(await src.read(0, 16))).toEqual(videoBytes.subarray(0, 16));
    expect(src.meta.acceptsRanges).toBe(true);
    await src.close();
  });

  it('an empty object (416 on bytes=0-N) has size 0', async () => {
    const src = await ok(srv.url('/range/empty.bin'));
    expect(await src.size()).toBe(0);
    expect((await src.read(0, 100)).length).toBe(0);
    await src.close();
  });
});

describe('reads give the bytes of the file', () => {
  const probes: [number, number][] = [
    [0, 12],
    [0, 1024],
    [65530, 20], // across a block boundary
    [100_000, 300_000], // several blocks
    [-1, 0], // filled below: the tail
    [5_000_000, 1_000_000], // past the end: short
  ];
  it.each(['range', 'norange', 'chunked', 'headforbidden'])('%s server', async (mode) => {
    const src = await ok(srv.url(`/${mode}/${video}`));
    const size = await src.size();
    expect(size).toBe(videoBytes.length);
    for (let [off, len] of probes) {
      if (off < 0) [off, len] = [size - 1024, 1024];
      const got = await src.read(off, len);
      expect(Buffer.from(got).equals(videoBytes.subarray(off, off + len))).toBe(true);
    }
    await src.close();
  });

  it('concurrent reads are served once from the cache', async () => {
    const src = await ok(srv.url(`/range/${video}`));
    const size = videoBytes.length;
    const parts = await Promise.all([src.read(size - 100, 100), src.read(size - 200, 50), src.read(size - 100, 100)]);
    expect(Buffer.from(parts[0]).equals(videoBytes.subarray(size - 100))).toBe(true);
    expect(Buffer.from(parts[1]).equals(videoBytes.subarray(size - 200, size - 150))).toBe(true);
    expect(srv.requests.length).toBe(2);
    await src.close();
  });
});

describe('redirects', () => {
  it('are followed and reported; later reads go to the final URL', async () => {
    const src = await ok(srv.url(`/redirect/3/range/${video}`));
    expect(src.meta.redirects.map((h) => h.status)).toEqual([302, 302, 302]);
    expect(src.meta.finalUrl).toBe(srv.url(`/range/${video}`));
    srv.reset();
    await src.read(videoBytes.length - 10, 10);
    expect(srv.requests.map((r) => r.path)).toEqual([`/range/${video}`]);
    await src.close();
  });

  it('more than the bound is too_many_redirects', async () => {
    const f = await fails(srv.url(`/redirect/6/range/${video}`));
    expect(f.reason).toBe('too_many_redirects');
    expect(srv.requests.length).toBe(6);
  });

  it('a loop is stopped as soon as it comes round', async () => {
    const f = await fails(srv.url('/loop/a'));
    expect(f).toMatchObject({ reason: 'too_many_redirects' });
    expect(f.detail).toMatch(/loop/);
    expect(srv.requests.length).toBe(2);
  });

  it('each hop is re-checked: an allowed host redirecting to a private one is blocked', async () => {
    const to = `http://localhost:${srv.port}/range/${video}`;
    const url = srv.url(`/goto?to=${encodeURIComponent(to)}`);
    const onlyTheIp = { ...base(), allowPrivate: (host: string) => host === '127.0.0.1' };
    const f = await fails(url, onlyTheIp);
    expect(f).toMatchObject({ reason: 'blocked_address', at: to });
    expect(f.detail).toMatch(/localhost resolves to (127\.0\.0\.1|::1): a loopback address/);
    expect(srv.requests.length).toBe(1); // the blocked hop was never requested
    const src = await ok(url);
    expect(src.meta.finalUrl).toBe(to);
    await src.close();
  });

  it.each([
    ['file:///etc/passwd', 'bad_scheme'],
    ['ftp://example.com/a.mp4', 'bad_scheme'],
    ['data:video/mp4;base64,AAAA', 'bad_scheme'],
  ])('a redirect to %s is %s', async (to, reason) => {
    const f = await fails(srv.url(`/goto?to=${encodeURIComponent(to)}`));
    expect(f.reason).toBe(reason);
  });
});

describe('schemes and addresses', () => {
  it.each([
    ['data:image/png;base64,iVBORw0KGgo=', 'inline_data'],
    ['  DATA:audio/wav;base64,UklGRg==', 'inline_data'],
    ['file:///tmp/a.mp4', 'bad_scheme'],
    ['ftp://example.com/a.mp4', 'bad_scheme'],
    ['gopher://example.com/1', 'bad_scheme'],
    ['javascript:alert(1)', 'bad_scheme'],
    ['not a url', 'bad_scheme'],
    ['/relative/path.mp4', 'bad_scheme'],
  ])('%s is %s', async (url, reason) => {
    const f = await fails(url, { limiter: new HostLimiter(1) });
    expect(f.reason).toBe(reason);
    expect(f.hint.length).toBeGreaterThan(0);
  });

  it.each(['127.0.0.1', '2130706433', '0x7f000001', '0177.0.0.1', '127.1', '[::1]', '[::ffff:127.0.0.1]', 'localhost', '0.0.0.0', '10.0.0.1', '169.254.169.254', '[fd00::1]', '[fe80::1]'])(
    'host %s is blocked without allowPrivate (nothing is sent)',
    async (host) => {
      const f = await fails(`http://${host}:${srv.port}/range/${video}`, { limiter: new HostLimiter(1) });
      expect(f.reason).toBe('blocked_address');
      expect(srv.requests.length).toBe(0);
    },
  );

  it('a disguised loopback host works with allowPrivate', async () => {
    const src = await ok(`http://2130706433:${srv.port}/range/${video}`);
    expect(src.meta.size).toBe(videoBytes.length);
    await src.close();
  });

  it('a name with any private address among its addresses is blocked', async () => {
    const resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ];
    const f = await fails('http://mixed.example/a.mp4', { resolve, limiter: new HostLimiter(1) });
    expect(f.reason).toBe('blocked_address');
    expect(f.detail).toContain('10.1.2.3');
  });

  it('connects to the address that was checked, resolving each host once (no DNS rebinding)', async () => {
    let lookups = 0;
    const resolve = async (host: string) => {
      lookups++;
      expect(host).toBe('media.invalid');
      // a rebinding resolver would answer differently the second time; it is never asked again
      return lookups === 1 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.9.9.9', family: 4 }];
    };
    const src = await ok(`http://media.invalid:${srv.port}/range/${video}`, { ...base(), resolve });
    await src.read(videoBytes.length - 10, 10);
    await src.read(2_000_000, 10);
    expect(lookups).toBe(1);
    expect(srv.requests.length).toBe(3);
    await src.close();
  });

  it('a DNS failure is a network failure', async () => {
    const resolve = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    const f = await fails('https://nowhere.invalid/a.mp4', { resolve, limiter: new HostLimiter(1) });
    expect(f).toMatchObject({ reason: 'network' });
    expect(f.detail).toContain('ENOTFOUND');
  });
});

describe('HTTP errors', () => {
  it('404 names the storage error and points at the key', async () => {
    const f = await fails(srv.url('/status/404'));
    expect(f).toMatchObject({ reason: 'http_status', status: 404 });
    expect(f.detail).toContain('NoSuchKey');
    expect(f.hint).toMatch(/key/);
  });

  it('403 suggests an expired signature or a private bucket, and says when the URL expired', async () => {
    const f = await fails(srv.url('/status/403'));
    expect(f).toMatchObject({ reason: 'http_status', status: 403 });
    expect(f.detail).toContain('AccessDenied');
    expect(f.hint).toMatch(/expired/);
    expect(f.hint).toMatch(/private bucket/);
    const signed = srv.url('/status/403?X-Amz-Date=20240101T000000Z&X-Amz-Expires=900&X-Amz-Signature=abc');
    const g = await fails(signed);
    expect(g.hint).toContain('expired at 2024-01-01T00:15:00.000Z');
  });

  it('401 says the provider has no credentials', async () => {
    const f = await fails(srv.url('/status/401'));
    expect(f).toMatchObject({ reason: 'http_status', status: 401 });
    expect(f.hint).toMatch(/credentials/);
  });

  it('HTML where media was expected is html_not_media', async () => {
    const f = await fails(srv.url(`/html/${video}`));
    expect(f.reason).toBe('html_not_media');
    expect(f.detail).toContain('text/html');
    expect(f.detail).toContain('<!DOCTYPE html>');
  });

  it('an HTML body is html_not_media even when the Content-Type claims media', async () => {
    const f = await fails(srv.url('/range/login.mp4'));
    expect(f.reason).toBe('html_not_media');
    expect(f.detail).toContain('video/mp4');
  });

  it('oversized response headers are refused', async () => {
    const f = await fails(srv.url(`/bigheader/range/${video}`));
    expect(f.reason).toBe('network');
    expect(f.detail).toMatch(/headers larger than 32768/);
  });
});

describe('retries, with an injected clock', () => {
  it('500 twice then success: two backoff waits, no real waiting', async () => {
    const { sleeps, clock } = fakeClock();
    const src = await ok(srv.url(`/flaky/2/range/${video}`), { ...base(), clock });
    expect(src.meta.size).toBe(videoBytes.length);
    expect(sleeps).toEqual([225, 450]); // base 300 * 2^(n-1), equal jitter at random()=0.5
    expect(src.meta.retries.map((r) => r.why)).toEqual(['HTTP 500: backoff', 'HTTP 500: backoff']);
    await src.close();
  });

  it('500 every time gives up after the bounded attempts', async () => {
    const { sleeps, clock } = fakeClock();
    const f = await fails(srv.url(`/flaky/9/range/${video}`), { ...base(), clock });
    expect(f).toMatchObject({ reason: 'http_status', status: 500 });
    expect(f.detail).toContain('after 3 attempts');
    expect(sleeps.length).toBe(2);
    expect(srv.requests.length).toBe(3);
  });

  it('429 with Retry-After in seconds waits exactly that long', async () => {
    const { sleeps, clock } = fakeClock();
    const src = await ok(srv.url(`/ratelimit/7/range/${video}`), { ...base(), clock });
    expect(sleeps).toEqual([7000]);
    await src.close();
  });

  it('429 with Retry-After as an HTTP date waits until then', async () => {
    const now = Date.UTC(2030, 0, 1, 12, 0, 0);
    const { sleeps, clock } = fakeClock(now);
    const when = encodeURIComponent(new Date(now + 12_000).toUTCString());
    const src = await ok(srv.url(`/ratelimit/${when}/range/${video}`), { ...base(), clock });
    expect(sleeps).toEqual([12_000]);
    await src.close();
  });

  it('429 asking for longer than the cap is not waited for', async () => {
    const { sleeps, clock } = fakeClock();
    const f = await fails(srv.url(`/ratelimit/120/range/${video}`), { ...base(), clock });
    expect(f).toMatchObject({ reason: 'http_status', status: 429 });
    expect(sleeps).toEqual([]);
  });

  it('a dropped connection is retried', async () => {
    const { sleeps, clock } = fakeClock();
    const src = await ok(srv.url(`/reset/1/range/${video}`), { ...base(), clock });
    expect(sleeps.length).toBe(1);
    expect(src.meta.retries[0].why).toMatch(/ECONNRESET|socket hang up/);
    await src.close();
  });
});

describe('timeouts and dead hosts', () => {
  it('a server slow to answer times out at the headers timeout', async () => {
    const t0 = Date.now();
    const f = await fails(srv.url(`/slow/3000/range/${video}`), { ...base(), headersTimeoutMs: 300 });
    expect(f.reason).toBe('timeout');
    expect(f.detail).toContain('0.3 s');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('a body that never comes times out at the read timeout', async () => {
    const t0 = Date.now();
    const f = await fails(srv.url(`/stall/range/${video}`), { ...base(), readTimeoutMs: 300 });
    expect(f.reason).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('a dead port fails at once, without retries', async () => {
    const { sleeps, clock } = fakeClock();
    const port = await deadPort();
    const f = await fails(`http://127.0.0.1:${port}/a.mp4`, { ...base(), clock });
    expect(f.reason).toBe('network');
    expect(f.detail).toContain('ECONNREFUSED');
    expect(sleeps).toEqual([]);
  });

  it('the per-host limit holds, and a stalled host does not hold up another', async () => {
    const limiter = new HostLimiter(2);
    const opts = { ...base(), limiter, headersTimeoutMs: 800 };
    const t0 = Date.now();
    // four stalled requests on 127.0.0.1 (2 at a time), one good one on localhost (another host key)
    const stalled = [1, 2, 3, 4].map((i) => openUrl(srv.url(`/slow/5000/range/${video}?i=${i}`), opts));
    const good = await ok(`http://localhost:${srv.port}/range/${video}`, opts);
    const goodMs = Date.now() - t0;
    const results = await Promise.all(stalled);
    expect(goodMs).toBeLessThan(500);
    expect(srv.peakConcurrency()).toBeLessThanOrEqual(3); // 2 stalled + 1 good
    expect(results.every((r) => isRemoteFailure(r) && r.reason === 'timeout')).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1500); // 4 stalled, 2 at a time, 0.8 s each
    await good.close();
  });
});

describe('caps', () => {
  it('a read that would pass the per-URL byte cap throws a too_large RemoteError', async () => {
    const src = await ok(srv.url(`/norange/${video}`), { ...base(), maxBytes: 1_000_000 });
    const err = await src.read(videoBytes.length - 10, 10).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteError);
    expect((err as RemoteError).failure.reason).toBe('too_large');
    expect(src.meta.bytesRead()).toBeLessThanOrEqual(1_000_000 + 65536);
    await src.close();
  });

  it('an error after opening surfaces as a RemoteError with the status', async () => {
    const src = await ok(srv.url(`/range/${video}`));
    await srv.close().then(async () => {
      srv = await startServer(media.dir); // new port: the old URL is dead now
    });
    const err = await src.read(videoBytes.length - 10, 10).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteError);
    expect((err as RemoteError).failure.reason).toBe('network');
    await src.close();
  });
});
