import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { preflight } from '../../src/preflight.js';
import { startServer, type TestServer } from '../helpers/http-server.js';
import { run } from '../helpers/cli.js';
import type { AssetReport } from '../../src/types.js';

const SAMPLE = resolve('fixtures/sample');
const MEDIA = readdirSync(SAMPLE).filter((f) => !f.endsWith('.json')).sort();
let server: TestServer;

beforeAll(async () => {
  server = await startServer(SAMPLE);
});
afterAll(() => server.close());

const verdict = (a: AssetReport) => ({
  name: decodeURIComponent(a.source.split('/').pop()!),
  codes: a.problems.map((p) => p.code),
  facts: { kind: a.facts.kind, format: a.facts.format, width: a.facts.width, height: a.facts.height, durationSec: a.facts.durationSec, fps: a.facts.fps, bytes: a.facts.bytes },
});

describe('lint by URL, as the provider will fetch the assets', () => {
  // The 10% byte budget is asserted over the 203 MB of generated fixtures in test/remote/parity.test.ts;
  // these sample files are smaller than one 64 KB read block.
  it('gives the same verdicts and facts as the files on disk', async () => {
    const disk = await lint(MEDIA.map((f) => join(SAMPLE, f)));
    const remote = await lint(MEDIA.map((f) => server.url(`/range/${encodeURIComponent(f)}`)), { allowPrivateUrls: true });
    expect(remote.assets.map(verdict)).toEqual(disk.assets.map(verdict));
  });

  it('a private address is an error unless allowed; each failing URL kind gets its own code', async () => {
    const blocked = await lint([server.url('/range/good.jpg')]);
    expect(blocked.assets[0].problems.map((p) => p.code)).toEqual(['url.blocked_address']);
    const r = await lint([server.url('/status/403'), server.url('/status/404'), server.url('/html/good.jpg'), 'ftp://example.com/a.mp4', server.url('/loop/a')], { allowPrivateUrls: true });
    expect(r.assets.map((a) => a.problems.map((p) => p.code))).toEqual([['url.http_status'], ['url.http_status'], ['url.html_not_media'], ['url.bad_scheme'], ['url.too_many_redirects']]);
    expect(r.assets[0].facts.remote?.status).toBe(403);
  });

  it('warns when a presigned URL expires before the task will fetch it', async () => {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    const url = server.url(`/range/good.jpg?X-Amz-Date=${stamp}&X-Amz-Expires=60&X-Amz-Signature=abc`);
    const r = await lint([url], { allowPrivateUrls: true });
    const p = r.assets[0].problems;
    expect(p.map((x) => [x.code, x.severity])).toEqual([['url.expires_soon', 'warning']]);
    expect(p[0].limit).toBe(3600);
  });

  it('manifests with URL entries are probed, and the request rules see their facts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-urlreq-'));
    const manifest = join(dir, 'request.json');
    writeFileSync(manifest, JSON.stringify({
      model: 'seedance-2.0-reference-to-video',
      prompt: 'image 1 in the style of video 1',
      image_urls: [server.url('/range/good.jpg')],
      video_urls: [server.url('/range/slow.mp4')],
    }));
    const report = await preflight(manifest, { allowPrivateUrls: true });
    expect(report.requests[0].problems.map((p) => p.code)).not.toContain('request.url_not_checked');
    expect(report.requests[0].billing?.referenceVideoSeconds).toBe(3);
    expect(report.assets.map((a) => a.problems.map((p) => p.code))).toEqual([[], ['video.fps']]);
    expect(report.ok).toBe(false);
  });

  it('the CLI takes URLs and --allow-private-urls', async () => {
    const r = await run(['lint', server.url('/range/slow.mp4'), '--allow-private-urls', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).assets[0].problems[0].code).toBe('video.fps');
  });
});
