import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';

/** An API whose create answers and whose status endpoint never does (a tarpit). */
let srv: http.Server;
let origin: string;
let polls = 0;
beforeAll(async () => {
  srv = http.createServer((req, res) => {
    if (req.method === 'POST') {
      req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'task-unified-9-tarpit', status: 'pending' })));
      return;
    }
    polls++; // read, never answered
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => (srv.closeAllConnections(), srv.close(() => r()))));

describe('user-facing timeouts bound the whole operation', () => {
  it('submit --wait --timeout 3 against a status endpoint that never answers ends in about 3 s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-deadline-'));
    writeFileSync(join(dir, 'text.json'), JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'Waves at a pier, slow motion.' }));
    const started = Date.now();
    const r = await runBin(['submit', 'text.json', '--base-url', origin, '--wait', '--timeout', '3', '--poll-interval', '1'], { cwd: dir, env: { SEEDANCE_API_KEY: 'sk-deadline-0123456789' } });
    const took = Date.now() - started;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/still running: task-unified-9-tarpit/);
    expect(polls).toBeGreaterThan(0);
    // 3 s of waiting plus the process's start and the create; never the 5 x 60 s of retried status queries
    expect(took).toBeLessThan(8_000);
  }, 30_000);
});
