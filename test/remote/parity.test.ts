import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/probes/index.js';
import { HostLimiter, isRemoteFailure, openUrl } from '../../src/remote/index.js';
import type { Facts } from '../../src/types.js';
import { fixtures, type Fixtures } from '../helpers/fixtures.js';
import { startServer, type TestServer } from '../helpers/http-server.js';

// Every generated fixture probed twice, from disk and by URL from a real 127.0.0.1 server:
// the facts must be the same, and with Range the wire carries at most 10% of the bytes.
const fx: Fixtures = await fixtures();
const MODES = ['range', 'norange'] as const;
type Mode = (typeof MODES)[number];

interface Run {
  local: Facts;
  remote: Facts | string;
  sent: number;
  requests: number;
}
const runs: Record<Mode, Map<string, Run>> = { range: new Map(), norange: new Map() };
let srv: TestServer;

const withoutSource = ({ source: _s, ...rest }: Facts) => rest;

beforeAll(async () => {
  srv = await startServer(fx.dir);
  for (const mode of MODES) {
    // one at a time, so the server's byte count belongs to one URL
    for (const e of fx.catalog) {
      const local = await probe(fx.path(e.file));
      srv.reset();
      const src = await openUrl(srv.url(`/${mode}/${e.file}`), { allowPrivate: true, limiter: new HostLimiter(4) });
      const remote = isRemoteFailure(src) ? `${src.reason}: ${src.detail}` : await probe(src);
      if (!isRemoteFailure(src)) await src.close();
      runs[mode].set(e.file, { local, remote, sent: srv.bytesSent(), requests: srv.requests.length });
    }
  }
}, 300_000);

afterAll(async () => {
  const total = fx.catalog.reduce((n, e) => n + e.bytes, 0);
  for (const mode of MODES) {
    const sent = [...runs[mode].values()].reduce((n, r) => n + r.sent, 0);
    const requests = [...runs[mode].values()].reduce((n, r) => n + r.requests, 0);
    console.log(`${mode}: ${fx.catalog.length} fixtures, ${total} B, sent ${sent} B (${((100 * sent) / total).toFixed(2)}%) in ${requests} requests`);
  }
  await srv?.close();
});

describe.each(MODES)('facts by URL (%s server) equal facts from disk', (mode) => {
  it.each(fx.catalog.map((e) => e.file))('%s', (file) => {
    const run = runs[mode].get(file)!;
    expect(typeof run.remote).not.toBe('string');
    expect(withoutSource(run.remote as Facts)).toEqual(withoutSource(run.local));
    expect((run.remote as Facts).source).toBe(srv.url(`/${mode}/${file}`));
  });
});

describe('bytes over the wire', () => {
  it('with Range, the fixtures cost at most 10% of their bytes', () => {
    const total = fx.catalog.reduce((n, e) => n + e.bytes, 0);
    const sent = [...runs.range.values()].reduce((n, r) => n + r.sent, 0);
    expect(sent).toBeLessThanOrEqual(total * 0.1);
  });

  it('with Range, no file costs more than itself, and a large file a small fraction', () => {
    for (const e of fx.catalog) {
      const { sent } = runs.range.get(e.file)!;
      expect(sent).toBeLessThanOrEqual(e.bytes);
      if (e.bytes >= 10_000_000) expect(sent).toBeLessThan(e.bytes * 0.02);
    }
  });

  it('without Range, no file costs more than itself plus the first block of the open', () => {
    for (const e of fx.catalog) expect([e.file, runs.norange.get(e.file)!.sent]).toEqual([e.file, Math.min(runs.norange.get(e.file)!.sent, e.bytes + 3 * 64 * 1024)]);
  });
});
