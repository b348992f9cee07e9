import { copyFile, readFile, stat, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presignInfo } from '../../src/remote/index.js';
import { SubmitError, submit } from '../../src/submit/index.js';
import { MAX_URL_LIFETIME_SEC, s3Uploader, UploadError, uploaderFromEnv } from '../../src/upload/index.js';
import { type FakeProvider, SAMPLE, startFakeProvider } from '../helpers/fake-provider.js';
import { fakeClock } from './helpers.js';
import { S3_KEY, startS3, type TestS3 } from './s3.js';

let s3: TestS3;
let fake: FakeProvider;
beforeAll(async () => {
  [s3, fake] = await Promise.all([startS3(), startFakeProvider()]);
});
afterAll(async () => {
  await Promise.all([s3.close(), fake.close()]);
});

const uploader = (extra: object = {}) => s3Uploader({ bucket: s3.bucket, endpoint: s3.endpoint, credentials: S3_KEY, prefix: 'seedance', ...extra });

describe('S3 uploader (s3rver on 127.0.0.1)', () => {
  it('uploads, and the presigned GET URL serves the same bytes with the right type', async () => {
    const file = join(SAMPLE, 'good.jpg');
    const { url, expiresAt } = await uploader().put(file, 'abc/good.jpg');
    expect(new URL(url).pathname).toBe(`/${s3.bucket}/seedance/abc/good.jpg`);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await res.arrayBuffer()).equals(await readFile(file))).toBe(true);
    const info = presignInfo(url)!;
    expect(info.scheme).toBe('amz-v4');
    expect(expiresAt.getTime()).toBe(info.expiresAt.getTime());
    expect((expiresAt.getTime() - info.signedAt!.getTime()) / 1000).toBe(2 * 86400);
  });

  it('the same bytes under the same key are not uploaded twice', async () => {
    const up = uploader({ prefix: 'dedupe' });
    const file = join(SAMPLE, 'music.mp3');
    await up.put(file, 'k/music.mp3');
    await up.put(file, 'k/music.mp3');
    expect(s3.puts.filter((k) => k === 'dedupe/k/music.mp3')).toHaveLength(1);
  });

  it('URL lifetime must be 1 to 7 days', () => {
    expect(() => uploader({ expiresInSec: 3600 })).toThrow(UploadError);
    expect(() => uploader({ expiresInSec: MAX_URL_LIFETIME_SEC + 1 })).toThrow(/out of range/);
    expect(() => uploader({ expiresInSec: MAX_URL_LIFETIME_SEC })).not.toThrow();
  });

  it('a missing bucket is an UploadError that says so', async () => {
    const err = await s3Uploader({ bucket: 'nope', endpoint: s3.endpoint, credentials: S3_KEY }).put(join(SAMPLE, 'good.jpg'), 'x.jpg').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadError);
    expect((err as UploadError).message).toMatch(/nope does not exist/);
  });

  it('from the environment: no bucket, no uploader; half a key pair is an error', () => {
    expect(uploaderFromEnv({})).toBeNull();
    expect(() => uploaderFromEnv({ SEEDANCE_S3_BUCKET: 'b', SEEDANCE_S3_ACCESS_KEY_ID: 'AKIA' })).toThrow(/half of an S3 key pair/);
    const up = uploaderFromEnv({ SEEDANCE_S3_BUCKET: 'b', SEEDANCE_S3_ENDPOINT: s3.endpoint, SEEDANCE_S3_ACCESS_KEY_ID: 'AKIA', SEEDANCE_S3_SECRET_ACCESS_KEY: 'secret-value-123' }, { 's3-prefix': 'p/' });
    expect(up?.describe).toBe(`s3://b/p/ at ${s3.endpoint}`);
    expect(up?.secrets).toEqual(['secret-value-123']);
  });
});

describe('submit with local files', () => {
  it('uploads each file, sends their URLs, and the provider can fetch exactly those bytes', async () => {
    fake.fetchAssets = true;
    const r = await submit(join(SAMPLE, 'request.json'), { provider: 'evolink', baseUrl: fake.origin, apiKey: fake.apiKey, uploader: uploader(), allowPrivateUrls: true, clock: fakeClock().clock });
    fake.fetchAssets = false;
    expect(r.sent).toBe(true);
    if (!r.sent) return;
    const body = fake.bodies.at(-1) as Record<string, string[]>;
    const sent = [...body.image_urls, ...body.video_urls, ...body.audio_urls];
    expect(sent.every((u) => u.startsWith(`${s3.endpoint}/${s3.bucket}/seedance/`) && presignInfo(u) !== null)).toBe(true);
    const sizes = await Promise.all(['good.jpg', 'clip.mp4', 'music.mp3'].map(async (f) => (await stat(join(SAMPLE, f))).size));
    expect(fake.assetFetches.map((f) => [f.status, f.bytes])).toEqual(sizes.map((n) => [200, n]));
    // everything else is the manifest as written
    const manifest = JSON.parse(await readFile(join(SAMPLE, 'request.json'), 'utf8'));
    expect({ ...body, image_urls: manifest.image_urls, video_urls: manifest.video_urls, audio_urls: manifest.audio_urls }).toEqual(manifest);
    expect(r.uploads.map((u) => u.path)).toEqual(['good.jpg', 'clip.mp4', 'music.mp3'].map((f) => join(SAMPLE, f)));
    expect(r.uploads.every((u) => !u.url.includes('?'))).toBe(true);
  });

  it('a manifest with a bad asset is not uploaded and not sent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'submit-bad-'));
    const manifest = join(dir, 'request.json');
    // the asset beside its manifest: files outside the manifest's folder are not read at all
    await copyFile(join(SAMPLE, 'truncated.png'), join(dir, 'truncated.png'));
    await writeFile(manifest, JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'Use image 1.', image_urls: ['truncated.png'] }));
    const before = { api: fake.apiRequests(), puts: s3.puts.length };
    const r = await submit(manifest, { provider: 'evolink', baseUrl: fake.origin, apiKey: fake.apiKey, uploader: uploader() });
    expect(r.sent).toBe(false);
    if (!r.sent) expect(r.report.assets[0].problems.map((p) => p.code)).toContain('file.truncated');
    expect(fake.apiRequests()).toBe(before.api);
    expect(s3.puts.length).toBe(before.puts);
  });

  it('local paths without an uploader: a config error naming the env vars, nothing sent', async () => {
    const before = fake.apiRequests();
    const err = await submit(join(SAMPLE, 'request.json'), { provider: 'evolink', baseUrl: fake.origin, apiKey: fake.apiKey }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SubmitError);
    expect((err as SubmitError).kind).toBe('config');
    expect((err as SubmitError).message).toMatch(/good\.jpg/);
    expect((err as SubmitError).hint).toMatch(/SEEDANCE_S3_BUCKET.*SEEDANCE_S3_ACCESS_KEY_ID/);
    expect(fake.apiRequests()).toBe(before);
  });

  it('an upload whose URL the provider could not reach stops before the create', async () => {
    const before = fake.apiRequests();
    // without allowPrivateUrls a loopback S3 endpoint is what a real provider could never fetch
    const err = await submit(join(SAMPLE, 'request.json'), { provider: 'evolink', baseUrl: fake.origin, apiKey: fake.apiKey, uploader: uploader() }).catch((e: unknown) => e);
    expect((err as SubmitError).kind).toBe('upload');
    expect((err as SubmitError).hint).toMatch(/private or loopback/);
    expect(fake.apiRequests()).toBe(before);
  });
});
