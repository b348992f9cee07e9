import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClient } from '../../src/submit/client.js';
import { downloadResults } from '../../src/submit/download.js';
import type { TaskState } from '../../src/submit/types.js';
import { BIN } from '../helpers/cli.js';
import { type FakeProvider, startFakeProvider } from '../helpers/fake-provider.js';

/** A CDN stand-in: /endless streams forever, /to?u= redirects there; every request counted. */
async function server(): Promise<{ origin: string; port: number; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const srv = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/to') {
      res.writeHead(302, { location: url.searchParams.get('u')! }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'video/mp4' });
    const chunk = Buffer.alloc(256 * 1024);
    const pump = () => {
      while (res.write(chunk)) if (res.destroyed) return;
    };
    res.on('drain', pump);
    res.on('close', () => res.off('drain', pump));
    pump();
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as AddressInfo).port;
  return { origin: `http://127.0.0.1:${port}`, port, hits, close: () => new Promise((r) => (srv.closeAllConnections(), srv.close(() => r()))) };
}

const task = (urls: string[]): TaskState => ({ provider: 'evolink', taskId: 'task-unified-1-dl', status: 'completed', providerStatus: 'completed', progress: 100, resultUrls: urls, error: null, usage: null });

let api: Awaited<ReturnType<typeof server>>;
let other: Awaited<ReturnType<typeof server>>;
beforeAll(async () => {
  [api, other] = await Promise.all([server(), server()]);
});
afterAll(async () => {
  await Promise.all([api.close(), other.close()]);
});

describe('result downloads', () => {
  it('an endless result stops at the size cap; no partial file stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-dl-'));
    const c = makeClient({ provider: 'evolink', baseUrl: api.origin, apiKey: 'sk-dl-0123456789abcdef' });
    const err = await downloadResults(c, task([`${api.origin}/endless`]), dir, { maxBytes: 8 * 1024 * 1024 }).catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(/larger than 8388608 bytes/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['decimal loopback', (p: number) => `http://2130706433:${p}/endless`],
    ['hex loopback', (p: number) => `http://0x7f000001:${p}/endless`],
    ['IPv4-mapped IPv6', (p: number) => `http://[::ffff:127.0.0.1]:${p}/endless`],
    ['NAT64', (p: number) => `http://[64:ff9b::7f00:1]:${p}/endless`],
    ['cloud metadata', () => 'http://169.254.169.254/latest/meta-data/'],
  ])('a redirect hop to %s is refused before any request', async (_name, target) => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-dl-'));
    const before = other.hits.length;
    const c = makeClient({ provider: 'evolink', baseUrl: api.origin, apiKey: 'sk-dl-0123456789abcdef' });
    const hop = `${api.origin}/to?u=${encodeURIComponent(target(other.port))}`;
    const err = await downloadResults(c, task([hop]), dir).catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(/redirect 1 to .*: .* is a (loopback|link-local|reserved) address/);
    expect(other.hits.length).toBe(before);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a first link to a loopback host other than the API is refused too', async () => {
    const c = makeClient({ provider: 'evolink', baseUrl: api.origin, apiKey: 'sk-dl-0123456789abcdef' });
    const before = other.hits.length;
    const err = await downloadResults(c, task([`${other.origin}/endless`]), mkdtempSync(join(tmpdir(), 'sp-dl-'))).catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(/is a loopback address/);
    expect(other.hits.length).toBe(before);
  });
});

describe('download in a real process', () => {
  let fake: FakeProvider;
  const KEY = 'sk-dl-sig-0123456789abcdef';
  beforeAll(async () => {
    fake = await startFakeProvider(KEY);
  });
  afterAll(() => fake.close());

  it('SIGTERM half-way: exit 143 and the .part file is removed', async () => {
    fake.taskPlan = { states: ['completed'] };
    const created = await fetch(`${fake.origin}/v1/videos/generations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'Waves.' }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    const held = fake.hold();
    const dir = mkdtempSync(join(tmpdir(), 'sp-dl-sig-'));
    const child = spawn(process.execPath, [BIN, 'download', created.id, '--out', dir], { env: { ...process.env, SEEDANCE_API_KEY: KEY, SEEDANCE_BASE_URL: fake.origin }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    child.stderr.resume();
    await held.halfSent;
    const deadline = Date.now() + 5000;
    while (!readdirSync(dir).some((f) => f.endsWith('.part')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(dir).some((f) => f.endsWith('.part'))).toBe(true);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    held.release();
    expect(code).toBe(143);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(dir)).toBe(true);
  });
});
