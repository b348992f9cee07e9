import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostLimiter, isRemoteFailure, openUrl } from '../../src/remote/index.js';

// An https server with a self-signed certificate: the provider would refuse it, and so must we.
let dir: string;
let server: https.Server;
let port: number;
const servernames: (string | undefined)[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'remote-tls-'));
  await promisify(execFile)('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ]);
  const [key, cert] = await Promise.all([readFile(join(dir, 'key.pem')), readFile(join(dir, 'cert.pem'))]);
  server = https.createServer({
    key,
    cert,
    SNICallback: (name, cb) => {
      servernames.push(name);
      cb(null, tls.createSecureContext({ key, cert }));
    },
  }, (_req, res) => res.end('media'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('https', () => {
  it('an untrusted certificate is a network failure that says TLS, not a crash', async () => {
    const r = await openUrl(`https://localhost:${port}/clip.mp4`, { allowPrivate: true, limiter: new HostLimiter(1) });
    expect(isRemoteFailure(r) && r.reason).toBe('network');
    expect(isRemoteFailure(r) && r.detail).toMatch(/self[- ]signed/i);
  });

  it('connecting to the pinned address still presents the host name (SNI) for certificate checks', async () => {
    servernames.length = 0;
    await openUrl(`https://localhost:${port}/clip.mp4`, { allowPrivate: true, limiter: new HostLimiter(1) });
    expect(servernames).toContain('localhost');
  });
});
