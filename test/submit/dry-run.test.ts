import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeProvider, SAMPLE, startFakeProvider } from '../helpers/fake-provider.js';
import { run } from '../helpers/cli.js';
import { startS3, type TestS3 } from './s3.js';

const KEY = 'sk-live-DRYRUN-5c1e9a7b3d2f';
let fake: FakeProvider;
let s3: TestS3;
let work: string;
const home = process.cwd();

beforeAll(async () => {
  [fake, s3] = await Promise.all([startFakeProvider(KEY), startS3()]);
});
afterAll(async () => {
  await Promise.all([fake.close(), s3.close()]);
});
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'submit-dry-'));
  process.chdir(work); // the journal lives in the working directory
  vi.stubEnv('SEEDANCE_API_KEY', KEY);
  vi.stubEnv('SEEDANCE_S3_BUCKET', s3.bucket);
  vi.stubEnv('SEEDANCE_S3_ENDPOINT', s3.endpoint);
  vi.stubEnv('SEEDANCE_S3_PREFIX', 'dry');
  vi.stubEnv('SEEDANCE_S3_ACCESS_KEY_ID', 'S3RVER');
  vi.stubEnv('SEEDANCE_S3_SECRET_ACCESS_KEY', 'S3RVER');
  fake.createPlan = [];
  fake.taskPlan = { states: ['pending', 'processing', 'completed'] };
});
afterEach(() => {
  process.chdir(home);
  vi.unstubAllEnvs();
});

const apiArgs = () => ['--base-url', fake.origin, '--allow-private-urls'];

/** An aigptimage manifest with local files, sent to evolink: translated, and uploaded when really sent. */
async function manifest(body: Record<string, unknown> = {}): Promise<string> {
  await copyFile(join(SAMPLE, 'good.jpg'), join(work, 'good.jpg'));
  await copyFile(join(SAMPLE, 'clip.mp4'), join(work, 'clip.mp4'));
  const file = join(work, 'aigpt.json');
  await writeFile(file, JSON.stringify({
    model: 'seedance-2.0-reference-to-video',
    input: { prompt: 'Keep the character of image 1; follow the camera of video 1.', reference_image_urls: ['good.jpg'], reference_video_urls: ['clip.mp4'], ratio: '1:1', resolution: '480p', duration: 4, ...body },
  }));
  return file;
}

/** The body with every string that is an uploaded URL of a planned key put back as its placeholder. */
function asPlanned(body: unknown, uploads: { key: string; placeholder: string }[]): unknown {
  return JSON.parse(JSON.stringify(body), (_k, v) => {
    if (typeof v !== 'string') return v;
    const u = uploads.find((x) => new URL(v, 'http://x').pathname.endsWith(`/dry/${x.key}`));
    return u ? u.placeholder : v;
  });
}

describe('submit --dry-run', () => {
  it('prints the translated body, the uploads and the estimate; sends and uploads nothing; a real submit then sends that body', async () => {
    const file = await manifest();
    const before = { api: fake.apiRequests(), puts: s3.puts.length, bodies: fake.bodies.length };
    const dry = await run(['submit', file, '--provider', 'evolink', '--dry-run', ...apiArgs(), '--format', 'json']);
    expect(dry.code).toBe(0);
    expect(fake.apiRequests()).toBe(before.api);
    expect(fake.bodies.length).toBe(before.bodies);
    expect(s3.puts.length).toBe(before.puts);
    const plan = JSON.parse(dry.stdout);
    expect(plan).toMatchObject({ ok: true, dryRun: true, sent: false, reason: 'dry_run', provider: 'evolink', endpoint: `${fake.origin}/v1/videos/generations` });
    // the evolink dialect, local files as placeholders
    expect(plan.body).toMatchObject({ image_urls: ['<upload of good.jpg>'], video_urls: ['<upload of clip.mp4>'] });
    expect(plan.body.input).toBeUndefined();
    expect(plan.uploads.map((u: { key: string }) => u.key)).toEqual([expect.stringMatching(/^[0-9a-f]{16}\/good\.jpg$/), expect.stringMatching(/^[0-9a-f]{16}\/clip\.mp4$/)]);
    expect(plan.billing).toMatchObject({ outputSeconds: 4 });
    expect(plan.billing.assumptions).toBeInstanceOf(Array);
    expect(plan.estimatedCredits).toBe(plan.billing.estimatedCredits);

    const real = await run(['submit', file, '--provider', 'evolink', ...apiArgs(), '--format', 'json']);
    expect(real.code).toBe(0);
    expect(fake.bodies.length).toBe(before.bodies + 1);
    // the uploads land on the planned keys, and the body sent is the planned one with their URLs in place
    expect(s3.puts.slice(before.puts).sort()).toEqual(plan.uploads.map((u: { key: string }) => `dry/${u.key}`).sort());
    expect(asPlanned(fake.bodies.at(-1), plan.uploads)).toEqual(plan.body);
  });

  it('pretty: the body with its placeholders and the object keys, exit 0, nothing sent', async () => {
    const file = await manifest();
    const before = { api: fake.apiRequests(), puts: s3.puts.length };
    const r = await run(['submit', file, '--dry-run', ...apiArgs()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"reference_image_urls"');
    expect(r.stdout).toMatch(/<upload of good\.jpg>.*[0-9a-f]{16}\/good\.jpg/);
    expect(fake.apiRequests()).toBe(before.api);
    expect(s3.puts.length).toBe(before.puts);
  });

  it('a request preflight refuses: exit 1, the report, nothing sent', async () => {
    await copyFile(join(SAMPLE, 'too-small.png'), join(work, 'too-small.png'));
    const file = await manifest({ reference_image_urls: ['too-small.png'] });
    const before = { api: fake.apiRequests(), puts: s3.puts.length };
    const r = await run(['submit', file, '--dry-run', ...apiArgs(), '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ ok: false, sent: false, reason: 'preflight' });
    expect(j.report.assets.find((a: { source: string }) => a.source.endsWith('too-small.png')).problems.map((p: { code: string }) => p.code)).toContain('image.side');
    expect(fake.apiRequests()).toBe(before.api);
    expect(s3.puts.length).toBe(before.puts);
  });
});
