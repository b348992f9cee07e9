import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ffmpegPath } from '../../src/lib/binaries.js';
import { runBin } from '../helpers/cli.js';
import { type FakeProvider, SAMPLE, startFakeProvider } from '../helpers/fake-provider.js';
import { fixtures } from '../helpers/fixtures.js';
import { startS3, type TestS3 } from '../submit/s3.js';
import { childrenNamed, type Served, serve, text, until } from './helpers.js';

const KEY = 'sk-live-MCP-SECRET-4e8b1c9d7a2f';
const TOOLS = ['estimate', 'fix', 'lint', 'preflight', 'probe', 'status', 'submit'];
/** Catalog media copied into the root: passing and failing at the limits, and broken files. */
const MEDIA = [
  'images/ok-640x480.jpg', 'images/side-299x300.png', 'images/aspect-751x300.png', 'images/format-300x300.gif',
  'videos/fps-24.mp4', 'videos/fps-23.976.mp4', 'videos/dur-47frames.mp4', 'videos/container.mkv',
  'audio/wav-2.0s.wav', 'audio/wav-1.99s.wav', 'broken/empty.jpg', 'broken/truncated.jpg',
];

let fake: FakeProvider;
let s3: TestS3;
let root: string;
let outside: string;
let srv: Served;
const catalogCodes = new Map<string, string[]>();

beforeAll(async () => {
  const fx = await fixtures();
  [fake, s3] = await Promise.all([startFakeProvider(KEY), startS3()]);
  root = await realpath(await mkdtemp(join(tmpdir(), 'mcp-root-')));
  outside = await realpath(await mkdtemp(join(tmpdir(), 'mcp-outside-')));
  await mkdir(join(root, 'media'));
  await mkdir(join(root, 'sample'));
  for (const name of MEDIA) {
    await copyFile(fx.path(name), join(root, 'media', basename(name)));
    catalogCodes.set(`media/${basename(name)}`, fx.entry(name).codes);
  }
  for (const f of ['good.jpg', 'clip.mp4', 'music.mp3']) await copyFile(join(SAMPLE, f), join(root, 'sample', f));
  // manifests the linter has never seen: one that passes, one with errors in the body and its assets
  await writeJson('request.json', {
    model: 'seedance-2.0-reference-to-video',
    prompt: 'Open on image 1, follow the camera of video 1, cut to the beat of audio 1.',
    image_urls: ['sample/good.jpg'],
    video_urls: ['sample/clip.mp4'],
    audio_urls: ['sample/music.mp3'],
    duration: 5,
    quality: '480p',
  });
  await writeJson('bad.json', {
    model: 'seedance-2.0-reference-to-video',
    prompt: 'Image 1 then video 1.',
    image_urls: ['media/side-299x300.png'],
    video_urls: ['media/fps-23.976.mp4'],
    duration: 99,
  });
  // ways out of the root: an absolute path, a symlinked file, a symlinked folder, a manifest naming a file outside
  await copyFile(join(SAMPLE, 'good.jpg'), join(outside, 'secret.jpg'));
  await symlink(join(outside, 'secret.jpg'), join(root, 'escape.jpg'));
  await symlink(outside, join(root, 'escape-dir'));
  await writeJson('leaky.json', { model: 'seedance-2.0-reference-to-video', prompt: 'image 1', image_urls: [join(outside, 'secret.jpg')] });
  srv = await serve(['--root', root, '--base-url', fake.origin, '--allow-private-urls'], {
    SEEDANCE_API_KEY: KEY,
    SEEDANCE_S3_BUCKET: s3.bucket,
    SEEDANCE_S3_ENDPOINT: s3.endpoint,
    SEEDANCE_S3_ACCESS_KEY_ID: 'S3RVER',
    SEEDANCE_S3_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
}, 180_000);

afterAll(async () => {
  await srv?.close();
  await Promise.all([fake?.close(), s3?.close()]);
  await Promise.all([root, outside].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
});

function writeJson(name: string, body: unknown): Promise<void> {
  return writeFile(join(root, name), JSON.stringify(body, null, 2));
}

const sc = <T = Record<string, any>>(r: { structuredContent?: unknown }) => r.structuredContent as T; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('tools/list', () => {
  it('lists the seven tools, each with input and output schemas and annotations', async () => {
    const { tools } = await srv.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(TOOLS);
    for (const t of tools) {
      expect(t.inputSchema.type).toBe('object');
      expect(t.outputSchema?.type).toBe('object');
      expect(t.description?.length).toBeGreaterThan(40);
    }
    const a = Object.fromEntries(tools.map((t) => [t.name, t.annotations]));
    for (const check of ['lint', 'probe', 'preflight', 'estimate', 'status']) expect(a[check]).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    expect(a.fix).toMatchObject({ readOnlyHint: false, destructiveHint: true, openWorldHint: false });
    expect(a.submit).toMatchObject({ readOnlyHint: false, idempotentHint: false, openWorldHint: true });
    const submit = tools.find((t) => t.name === 'submit')!;
    expect(submit.inputSchema.required).toContain('confirm');
    expect(tools.find((t) => t.name === 'lint')!.inputSchema.required).toEqual(['paths']);
  });
});

describe('lint', () => {
  it('gives the report `lint --format json` prints, on media and fresh manifests', async () => {
    const paths = ['media', 'request.json', 'bad.json'];
    const cli = await runBin(['lint', ...paths, '--format', 'json'], { cwd: root });
    expect(cli.code).toBe(1);
    const r = await srv.call('lint', { paths });
    expect(r.isError).toBeFalsy();
    const report = sc(r);
    expect(report).toEqual(JSON.parse(cli.stdout));
    // and the verdicts are the right ones, not merely the same
    for (const [source, codes] of catalogCodes) {
      const asset = report.assets.find((a: { source: string }) => a.source === source);
      expect(asset, source).toBeDefined();
      const found = asset.problems.map((p: { code: string }) => p.code);
      for (const c of codes) expect(found, source).toContain(c);
      expect(asset.ok, source).toBe(codes.length === 0);
    }
    const req = (name: string) => report.requests.find((q: { source: string }) => q.source === name);
    expect(req('request.json').ok).toBe(true);
    expect(req('bad.json').ok).toBe(false);
    expect(req('bad.json').problems.map((p: { code: string }) => p.code)).toContain('request.duration');
    expect(report.ok).toBe(false);
    // the text is the pretty summary: failing files and their codes
    expect(text(r)).toContain('media/side-299x300.png');
    expect(text(r)).toContain('image.side');
  }, 120_000);

  it('reports progress when the client asks for it', async () => {
    const events: { progress: number; total?: number }[] = [];
    const r = await srv.call('lint', { paths: ['media'] }, { onprogress: (p) => events.push(p) });
    expect(r.isError).toBeFalsy();
    // the SDK's client hands notifications on a microtask and the result at once, so the last few of a
    // burst may be dropped on its side: what arrives must be in order, counted against the right total
    expect(events.length).toBeGreaterThan(0);
    for (let i = 1; i < events.length; i++) expect(events[i].progress).toBeGreaterThan(events[i - 1].progress);
    for (const e of events) expect(e.total).toBe(MEDIA.length);
    expect(events[0].progress).toBe(1);
  }, 60_000);
});

describe('probe', () => {
  it('returns the facts of each file', async () => {
    const r = await srv.call('probe', { paths: ['media/ok-640x480.jpg', 'media/truncated.jpg', 'sample/clip.mp4'] });
    const files = sc(r).files as { source: string; format: string; width: number; height: number; durationSec: number; failure: { reason: string } | null }[];
    const by = (s: string) => files.find((f) => f.source === s)!;
    expect(by('media/ok-640x480.jpg')).toMatchObject({ format: 'jpeg', width: 640, height: 480, failure: null });
    expect(by('media/truncated.jpg').failure?.reason).toBe('truncated');
    expect(by('sample/clip.mp4').durationSec).toBeCloseTo(3, 1);
  });
});

describe('preflight and estimate', () => {
  const body = {
    model: 'seedance-2.0-reference-to-video',
    prompt: 'Image 1 walks into video 1.',
    image_urls: ['good.jpg'],
    video_urls: ['clip.mp4'],
    duration: 6,
  };

  it('preflight checks a body object with paths relative to baseDir', async () => {
    const r = await srv.call('preflight', { request: body, baseDir: 'sample' });
    const report = sc(r);
    expect(report.ok).toBe(true);
    expect(report.assets.map((a: { source: string }) => a.source).sort()).toEqual(['sample/clip.mp4', 'sample/good.jpg']);
    expect(report.requests[0].billing).toMatchObject({ outputSeconds: 6, referenceVideoSeconds: 3, billableSeconds: 9 });
  });

  it('estimate gives the same billing with its assumptions, and credits where the profile has prices', async () => {
    const evolink = sc(await srv.call('estimate', { request: body, baseDir: 'sample' }));
    expect(evolink.billing).toMatchObject({ billableSeconds: 9 });
    expect(evolink.assumptions.length).toBeGreaterThanOrEqual(3);
    const aigpt = { model: 'seedance-2.0-reference-to-video', input: { prompt: 'Image 1 walks into video 1.', reference_image_urls: ['good.jpg'], reference_video_urls: ['clip.mp4'], duration: 5, resolution: '480p', ratio: '1:1' } };
    const priced = sc(await srv.call('estimate', { request: aigpt, baseDir: 'sample' }));
    expect(priced.profile).toBe('aigptimage');
    expect(priced.billing.creditsPerSecond).toBeGreaterThan(0);
    expect(priced.billing.estimatedCredits).toBeCloseTo(priced.billing.billableSeconds * priced.billing.creditsPerSecond, 6);
    // the price is cited by its public document
    expect(priced.assumptions.some((a: string) => a.includes(`${priced.billing.creditsPerSecond} credits`) && /https:\/\//.test(a))).toBe(true);
  });
});

describe('fix', () => {
  it('writes the fixed file under the root, and it then passes lint', async () => {
    const r = await srv.call('fix', { paths: ['media/side-299x300.png'], out: 'fixed' });
    expect(r.isError).toBeFalsy();
    const report = sc(r);
    expect(report.ok).toBe(true);
    expect(report.fixed).toHaveLength(1);
    const output = report.fixed[0].output as string;
    expect((await stat(join(root, output))).isFile()).toBe(true);
    const again = sc(await srv.call('lint', { paths: [output] }));
    expect(again.ok).toBe(true);
  }, 60_000);

  it('a dry run writes nothing', async () => {
    const r = await srv.call('fix', { paths: ['media/aspect-751x300.png'], out: 'dry', dryRun: true });
    expect(sc(r)).toMatchObject({ dryRun: true, ok: true });
    expect(sc(r).fixed[0].actions.map((a: { type: string }) => a.type)).toContain('pad');
    await expect(stat(join(root, 'dry'))).rejects.toThrow();
  });

  it('never writes outside the root: an outside --out or a symlink in --out that leads out', async () => {
    const far = await srv.call('fix', { paths: ['media/side-299x300.png'], out: join(outside, 'fixed') });
    expect(far.isError).toBe(true);
    await mkdir(join(root, 'linked'));
    await symlink(outside, join(root, 'linked', 'media'));
    const linked = await srv.call('fix', { paths: ['media'], out: 'linked' });
    expect(linked.isError).toBe(true);
    expect(await readdir(outside)).toEqual(['secret.jpg']);
  });
});

describe('errors are results, and the server stays up', () => {
  it('a missing path: the CLI message, then the next call works', async () => {
    const cli = await runBin(['lint', 'media/nope.png'], { cwd: root });
    expect(cli.code).toBe(2);
    const r = await srv.call('lint', { paths: ['media/nope.png'] });
    expect(r.isError).toBe(true);
    expect(text(r)).toBe(cli.stderr.trim());
    expect(sc(await srv.call('lint', { paths: ['media/ok-640x480.jpg'] })).ok).toBe(true);
  });

  it('an unknown model: the CLI message', async () => {
    const cli = await runBin(['lint', 'media', '--model', 'seedance-9'], { cwd: root });
    const r = await srv.call('lint', { paths: ['media'], model: 'seedance-9' });
    expect(r.isError).toBe(true);
    expect(text(r)).toBe(cli.stderr.trim());
  });

  it('paths outside the root are refused, however they lead out, then the next call works', async () => {
    for (const args of [
      { tool: 'lint', paths: [join(outside, 'secret.jpg')] },
      { tool: 'lint', paths: ['escape.jpg'] },
      { tool: 'lint', paths: ['escape-dir'] },
      { tool: 'lint', paths: ['leaky.json'] },
      { tool: 'probe', paths: ['../' + basename(outside) + '/secret.jpg'] },
    ]) {
      const r = await srv.call(args.tool, { paths: args.paths });
      expect(r.isError, JSON.stringify(args)).toBe(true);
      expect(text(r)).toContain('outside the folder this server may use');
    }
    const body = { model: 'seedance-2.0-reference-to-video', prompt: 'image 1', image_urls: ['secret.jpg'] };
    expect((await srv.call('preflight', { request: body, baseDir: outside })).isError).toBe(true);
    expect((await srv.call('preflight', { request: body, baseDir: 'escape-dir' })).isError).toBe(true);
    expect(sc(await srv.call('probe', { paths: ['media/ok-640x480.jpg'] })).files).toHaveLength(1);
  });

  it('bad arguments are tool errors', async () => {
    expect((await srv.call('lint', { paths: [] })).isError).toBe(true);
    expect((await srv.call('lint', { path: 'media' })).isError).toBe(true);
    expect((await srv.call('status', {})).isError).toBe(true);
  });

  it('submit without confirm: true sends nothing', async () => {
    const before = fake.creates;
    for (const args of [{ manifest: 'request.json' }, { manifest: 'request.json', confirm: false }, { manifest: 'request.json', confirm: 'yes' }]) {
      const r = await srv.call('submit', args);
      expect(r.isError, JSON.stringify(args)).toBe(true);
      expect(text(r)).toContain('confirm');
    }
    const both = await srv.call('submit', { manifest: 'request.json', request: {}, confirm: true });
    expect(both.isError).toBe(true);
    expect(fake.creates).toBe(before);
    expect(sc(await srv.call('lint', { paths: ['request.json'] })).ok).toBe(true);
  });
});

describe('submit and status against a provider on 127.0.0.1', () => {
  it('a request with errors is not sent', async () => {
    const before = fake.creates;
    const r = await srv.call('submit', { manifest: 'bad.json', confirm: true });
    expect(r.isError).toBeFalsy();
    expect(sc(r)).toMatchObject({ sent: false, report: { ok: false } });
    expect(fake.creates).toBe(before);
  }, 60_000);

  it('uploads local files, sends, waits, and status finds the task', async () => {
    const puts = s3.puts.length;
    const events: unknown[] = [];
    const r = await srv.call('submit', { manifest: 'request.json', confirm: true, wait: true, pollIntervalSec: 0.01 }, { onprogress: (p) => events.push(p) });
    expect(r.isError).toBeFalsy();
    const result = sc(r);
    expect(result).toMatchObject({ sent: true, provider: 'evolink', status: 'completed' });
    expect(result.taskId).toMatch(/^task-unified-/);
    expect(s3.puts.length - puts).toBe(3);
    expect(fake.authorizations.at(-1)).toBe(`Bearer ${KEY}`);
    expect(events.length).toBeGreaterThan(0);

    const st = await srv.call('status', { taskId: result.taskId });
    expect(st.isError).toBeFalsy();
    expect(sc(st)).toMatchObject({ taskId: result.taskId, provider: 'evolink', status: 'completed' });
    expect(sc(st).resultUrls).toHaveLength(1);

    // the journal held back the same request a second time, as the CLI does
    const again = await srv.call('submit', { manifest: 'request.json', confirm: true });
    expect(again.isError).toBe(true);
    expect(text(again)).toContain(result.taskId);
  }, 120_000);

  it('an unknown task is a tool error', async () => {
    const r = await srv.call('status', { taskId: 'task-unified-0-nosuch' });
    expect(r.isError).toBe(true);
  });
});

describe('cancellation', () => {
  it('a cancelled fix kills its own ffmpeg, not another call\'s, and the server goes on', async () => {
    // 120 fps: the fixer retimes it with x264, several times slower than making it with mpeg4, so
    // its ffmpeg runs long enough to be seen and cancelled midway
    await mkdir(join(root, 'long'));
    await promisify(execFile)(ffmpegPath(), ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=s=1280x720:r=120', '-t', '3', '-c:v', 'mpeg4', '-q:v', '8', join(root, 'long', 'fast.mp4')]);
    const pid = srv.transport.pid!;
    const ac = new AbortController();
    const cancelled = srv.call('fix', { paths: ['long/fast.mp4'], out: 'long-cancelled' }, { signal: ac.signal });
    cancelled.catch(() => {});
    const other = srv.call('fix', { paths: ['long/fast.mp4'], out: 'long-kept' });
    expect(await until(() => childrenNamed(pid, 'ffmpeg').length === 2, 60_000)).toBe(true);
    ac.abort();
    await expect(cancelled).rejects.toThrow();
    // one encoder stops; the other call's runs to the end and its output passes
    expect(await until(() => childrenNamed(pid, 'ffmpeg').length <= 1, 10_000)).toBe(true);
    const kept = sc(await other);
    expect(kept).toMatchObject({ ok: true, failed: [] });
    expect(childrenNamed(pid, 'ffmpeg')).toEqual([]);
    await expect(stat(join(root, 'long-cancelled', 'fast.mp4'))).rejects.toThrow();
    expect((await stat(join(root, 'long-kept', 'fast.mp4'))).isFile()).toBe(true);
    expect(sc(await srv.call('lint', { paths: ['media/ok-640x480.jpg'] })).ok).toBe(true);
  }, 240_000);
});

describe('secrets', () => {
  it('the API key never appears in a result or in the server log', () => {
    expect(srv.seen.length).toBeGreaterThan(20);
    for (const s of srv.seen) expect(s).not.toContain(KEY);
    expect(srv.stderr()).not.toContain(KEY);
    expect(srv.stderr()).toContain('seedance-preflight mcp:');
  });
});
