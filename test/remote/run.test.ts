import { copyFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { preflight } from '../../src/preflight.js';
import { probe } from '../../src/probes/index.js';
import { isRemoteFailure, openUrl, RemoteRun, type RemoteFailure } from '../../src/remote/index.js';
import type { Facts } from '../../src/types.js';
import { run as runCli } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/http-server.js';
import { makeMedia, type Media } from './media.js';

// A run's URLs against a real 127.0.0.1 server that answers each request after a delay, counted on
// the server side: requests, connections, requests in flight at once.
let media: Media;
let srv: TestServer;
const names: string[] = [];
const local = new Map<string, Facts>();
const DELAY = 60;

const urlOf = (name: string, delay = DELAY) => srv.url(`/slow/${delay}/range/${name}`);
const withoutSource = ({ source: _s, remote: _r, ...rest }: Facts) => rest;

beforeAll(async () => {
  media = await makeMedia();
  // 9 JPEGs and 3 MP4s (moov at the end), as in the measurement
  for (let i = 0; i < 9; i++) names.push(`img-${i}.jpg`);
  for (let i = 0; i < 3; i++) names.push(`clip-${i}.mp4`);
  for (const n of names) {
    await copyFile(n.endsWith('.jpg') ? media.image : media.video, join(media.dir, n));
    local.set(n, await probe(join(media.dir, n)));
  }
  srv = await startServer(media.dir);
});
afterAll(async () => {
  await srv?.close();
  await media?.cleanup();
});
beforeEach(() => srv.reset());

describe('a lint of 12 URLs on one slow host', () => {
  it('has every URL in flight at once with --concurrency 1, head and tail of each file together', async () => {
    const report = await lint(names.map((n) => urlOf(n)), { allowPrivateUrls: true, concurrency: 1 });
    expect(report.assets).toHaveLength(12);
    for (const a of report.assets) {
      const name = a.source.split('/').pop()!;
      // same facts as the file on disk
      expect(withoutSource(a.facts)).toEqual(withoutSource(local.get(name)!));
      // the head, and the tail (end marker / moov) by a suffix range sent with it
      expect(a.facts.remote?.requests, name).toBe(2);
      // the first 64 KiB and the last 16-32 KiB: ~10% of this 0.9 MB JPEG, ~2% of the 5 MB videos
      expect(a.facts.remote!.bytesRead, name).toBeLessThanOrEqual(64 * 1024 + 32 * 1024);
    }
    const bytes = report.assets.reduce((n, a) => n + a.facts.bytes!, 0);
    expect(srv.bytesSent()).toBeLessThan(bytes * 0.1);
    expect(srv.requests).toHaveLength(24);
    expect(srv.requests.every((r) => r.status === 206)).toBe(true);
    // 12 heads and 12 tails at once, whatever --concurrency says (files are CPU work, URLs are not):
    // one round trip for the whole run
    expect(srv.peakConcurrency()).toBe(24);
    expect(srv.requests.filter((r) => /^bytes=-\d+$/.test(r.range ?? ''))).toHaveLength(12);
    expect(srv.connections()).toBeLessThanOrEqual(24);
    // the server sent what the client counted
    expect(srv.bytesSent()).toBe(report.assets.reduce((n, a) => n + a.facts.remote!.bytesRead, 0));
  });

  it('--debug prints each URL with its requests and bytes', async () => {
    const urls = names.slice(0, 3).map((n) => urlOf(n, 0));
    const r = await runCli(['lint', ...urls, '--allow-private-urls', '--debug', '--format', 'json']);
    const lines = r.stderr.split('\n').filter((l) => l.includes(': url '));
    expect(lines).toHaveLength(3);
    const report = JSON.parse(r.stdout);
    for (const a of report.assets) {
      const line = lines.find((l) => l.includes(JSON.stringify(a.source)));
      expect(line).toBeDefined();
      const m = /: (\d+) requests, (\d+) bytes of (\d+)/.exec(line!);
      expect(m && [Number(m[1]), Number(m[2]), Number(m[3])]).toEqual([a.facts.remote.requests, a.facts.remote.bytesRead, a.facts.bytes]);
      expect(a.facts.remote.requests).toBe(2);
    }
  });

  it('a redirect chain is followed once per URL, not once per request', async () => {
    const url = srv.url(`/redirect/2/range/${names[9]}`);
    const f = await probe(url, { allowPrivateUrls: true });
    expect(f.failure).toBeNull();
    expect(f.remote?.redirects).toBe(2);
    // the speculative tail stops at the first hop; the head walks the chain, then the tail goes
    // straight to the final URL
    expect(srv.requests.map((r) => r.status).sort()).toEqual([206, 206, 302, 302, 302]);
    expect(f.remote?.requests).toBe(5);
  });

  it('an answer read to its last byte leaves its socket in the pool for the next URL of the run', async () => {
    const run = new RemoteRun();
    try {
      for (const n of names.slice(0, 4)) {
        const s = await openUrl(urlOf(n, 0), { allowPrivate: true, run, prefetchTail: 16 * 1024 });
        if (isRemoteFailure(s)) throw new Error(s.detail);
        await s.read((await s.size()) - 2, 2);
        await s.close();
      }
    } finally {
      await run.close();
    }
    // 8 requests, at most 2 at a time: the later URLs reuse the first URL's two connections
    expect(srv.requests).toHaveLength(8);
    expect(srv.connections()).toBe(2);
  });

  it('a host name is looked up once for all the URLs of a run', async () => {
    const lookups: string[] = [];
    const resolve = async (host: string) => (lookups.push(host), [{ address: '127.0.0.1', family: 4 }]);
    const run = new RemoteRun();
    try {
      const srcs = await Promise.all(names.map((n) => openUrl(`http://media.test:${srv.port}/range/${n}`, { allowPrivate: true, resolve, run })));
      for (const s of srcs) {
        expect(isRemoteFailure(s)).toBe(false);
        if (!isRemoteFailure(s)) await s.close();
      }
    } finally {
      await run.close();
    }
    expect(lookups).toEqual(['media.test']);
  });

  it('preflight() checks a request of 12 URLs with the same in-flight reads', async () => {
    const images = names.filter((n) => n.endsWith('.jpg')).slice(0, 9).map((n) => urlOf(n));
    const videos = names.filter((n) => n.endsWith('.mp4')).map((n) => urlOf(n));
    const report = await preflight({ model: 'seedance-2.0-reference-to-video', prompt: 'a test', image_urls: images, video_urls: videos }, { allowPrivateUrls: true, concurrency: 1 });
    expect(report.assets).toHaveLength(12);
    expect(report.assets.every((a) => a.facts.remote?.requests === 2 && a.facts.failure === null)).toBe(true);
    expect(srv.peakConcurrency()).toBe(24);
  });
});

/** A host that accepts connections and never answers; counts what reached it. */
async function blackHole(): Promise<{ port: number; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let n = 0;
  const server: Server = createServer((s) => {
    n++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    connections: () => n,
    close: () => new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    }),
  };
}

describe('hung hosts (one deadline for the run)', () => {
  it('12 URLs on a host that never answers fail together: those queued behind a timeout are never sent', async () => {
    const hole = await blackHole();
    const run = new RemoteRun({ perHost: 4 });
    try {
      const results = await Promise.all(
        names.map((n) => openUrl(`http://127.0.0.1:${hole.port}/${n}`, { allowPrivate: true, run, headersTimeoutMs: 400 })),
      );
      expect(results.every((r) => isRemoteFailure(r) && r.reason === 'timeout')).toBe(true);
      // only the first 4 (the per-host limit) were ever sent; 8 failed on the first timeouts
      expect(hole.connections()).toBe(4);
      const given = results.filter((r) => (r as RemoteFailure).detail.includes('given up on for this run'));
      expect(given).toHaveLength(8);
    } finally {
      await run.close();
      await hole.close();
    }
  }, 5_000);

  it('the run deadline ends every wait at once, whatever the per-request timeout', async () => {
    const hole = await blackHole();
    const run = new RemoteRun({ deadlineMs: 300 });
    try {
      const results = await Promise.all(
        names.map((n) => openUrl(`http://127.0.0.1:${hole.port}/${n}`, { allowPrivate: true, run, headersTimeoutMs: 60_000 })),
      );
      for (const r of results) {
        expect(isRemoteFailure(r) && r.reason).toBe('timeout');
        expect((r as RemoteFailure).detail).toContain("run's network deadline of 0.3 s");
      }
    } finally {
      await run.close();
      await hole.close();
    }
  }, 5_000);

  it('lint reports each URL of a hung host as a timeout finding within the run deadline', async () => {
    const hole = await blackHole();
    try {
      const urls = names.slice(0, 6).map((n) => `http://127.0.0.1:${hole.port}/${n}`);
      const report = await lint(urls, { allowPrivateUrls: true, networkDeadlineMs: 400 });
      expect(report.assets.map((a) => a.facts.failure?.reason)).toEqual(urls.map(() => 'url_timeout'));
    } finally {
      await hole.close();
    }
  }, 5_000);
});
