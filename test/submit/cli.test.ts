import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { probe } from '../../src/probes/index.js';
import { type FakeProvider, SAMPLE, startFakeProvider } from '../helpers/fake-provider.js';
import { run, runBin } from '../helpers/cli.js';
import { startS3, type TestS3 } from './s3.js';

const KEY = 'sk-live-SECRET-7f3a9c2e5b1d';
const S3_SECRET = 'S3RVER'; // s3rver's fixed account; too short to be redacted as a substring, so not grepped

let fake: FakeProvider;
let s3: TestS3;
let work: string;
const outputs: string[] = [];
const home = process.cwd();

beforeAll(async () => {
  [fake, s3] = await Promise.all([startFakeProvider(KEY), startS3()]);
});
afterAll(async () => {
  await Promise.all([fake.close(), s3.close()]);
});
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'submit-cli-'));
  process.chdir(work); // the journal lives in the working directory
  vi.stubEnv('SEEDANCE_API_KEY', KEY);
  vi.stubEnv('SEEDANCE_S3_BUCKET', s3.bucket);
  vi.stubEnv('SEEDANCE_S3_ENDPOINT', s3.endpoint);
  vi.stubEnv('SEEDANCE_S3_PREFIX', 'cli');
  vi.stubEnv('SEEDANCE_S3_ACCESS_KEY_ID', 'S3RVER');
  vi.stubEnv('SEEDANCE_S3_SECRET_ACCESS_KEY', S3_SECRET);
  fake.createPlan = [];
  fake.taskPlan = { states: ['pending', 'processing', 'completed'] };
});
afterEach(() => {
  process.chdir(home);
  vi.unstubAllEnvs();
});

/** Runs the CLI in-process and keeps everything it printed for the key check at the end. */
async function cli(...argv: string[]) {
  const r = await run(argv);
  outputs.push(r.stdout, r.stderr);
  return r;
}

const apiArgs = () => ['--base-url', fake.origin, '--allow-private-urls', '--poll-interval', '0.01'];

async function aigptManifest(): Promise<string> {
  const file = join(work, 'aigpt.json');
  // the assets beside the manifest: files outside its folder are never uploaded without --follow-symlinks-outside
  await copyFile(join(SAMPLE, 'good.jpg'), join(work, 'good.jpg'));
  await copyFile(join(SAMPLE, 'clip.mp4'), join(work, 'clip.mp4'));
  await writeFile(
    file,
    JSON.stringify({
      model: 'seedance-2.0-reference-to-video',
      input: {
        prompt: 'Keep the character of image 1; follow the camera of video 1.',
        reference_image_urls: ['good.jpg'],
        reference_video_urls: ['clip.mp4'],
        ratio: '1:1',
        resolution: '480p',
        duration: 4,
      },
    }),
  );
  return file;
}

describe('submit --wait --download, end to end through the CLI', () => {
  it('evolink manifest with local files: uploaded, sent, polled, saved and probed', async () => {
    const out = join(work, 'videos');
    const r = await cli('submit', join(SAMPLE, 'request.json'), ...apiArgs(), '--wait', '--download', out, '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ ok: true, sent: true, provider: 'evolink', status: 'completed', usage: { credits_reserved: 60 } });
    expect(j.taskId).toMatch(/^task-unified-/);
    expect(j.resultUrls).toHaveLength(1);
    expect(j.saved[0].path).toBe(join(out, `${j.taskId}.mp4`));
    const facts = await probe(j.saved[0].path);
    expect([facts.kind, facts.format, facts.failure]).toEqual(['video', 'mp4', null]);
    expect(j.uploads).toHaveLength(3);
    expect(r.stderr).toBe(''); // progress only on a TTY
  });

  it('aigptimage manifest: the provider follows the dialect, and the round trip is the same', async () => {
    const out = join(work, 'videos');
    const r = await cli('submit', await aigptManifest(), ...apiArgs(), '--download', out, '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ provider: 'aigptimage', status: 'completed', estimatedCredits: 40 * 4 }); // the aigptimage page: credits per output second only
    expect(j.taskId).toMatch(/^task_fake/);
    expect(await readdir(out)).toEqual([`${j.taskId}.mp4`]);
    const sent = fake.bodies.at(-1) as { input: Record<string, unknown> };
    expect(sent.input.reference_image_urls).toEqual([expect.stringContaining(`${s3.endpoint}/${s3.bucket}/cli/`)]);
  });

  it('pretty output: preflight report, the task and the saved file; notes of a translation on stderr', async () => {
    const r = await cli('submit', join(SAMPLE, 'request.json'), ...apiArgs(), '--provider', 'aigptimage', '--download', join(work, 'v'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/sent to aigptimage: task task_fake\d+ \(completed 100%\)/);
    expect(r.stdout).toMatch(/saved: .*\.mp4 {2}\(mp4, 640x640, 3\.0 s/);
    expect(r.stderr).toMatch(/^note: translated the evolink body to aigptimage/m);
  });

  it('status and download find the provider in the journal; the base URL is the user\'s own (SEEDANCE_BASE_URL)', async () => {
    fake.taskPlan = { states: ['pending', 'processing', 'completed'] };
    vi.stubEnv('SEEDANCE_BASE_URL', fake.origin);
    const sent = JSON.parse((await cli('submit', await aigptManifest(), ...apiArgs(), '--format', 'json')).stdout);
    expect(sent.status).toBe('pending');
    const journal = await readFile(join(work, '.seedance-preflight', 'submissions.jsonl'), 'utf8');
    outputs.push(journal);
    expect(journal).toContain(sent.taskId);
    const s1 = await cli('status', sent.taskId, '--format', 'json');
    expect(s1.code).toBe(0);
    expect(JSON.parse(s1.stdout)).toMatchObject({ provider: 'aigptimage', taskId: sent.taskId, status: 'pending', providerStatus: 'waiting' });
    const early = await cli('download', sent.taskId, '--out', join(work, 'dl'));
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/is processing, not completed/);
    const d = await cli('download', sent.taskId, '--out', join(work, 'dl'));
    expect(d.code).toBe(0);
    expect(d.stdout).toContain(`saved: ${join(work, 'dl', `${sent.taskId}.mp4`)}`);
  });
});

describe('the built bin, as a user runs it', () => {
  it('submit --download in a real process: exit 0, JSON on stdout, nothing on stderr (no SDK notices)', async () => {
    const env = { SEEDANCE_API_KEY: KEY, SEEDANCE_S3_BUCKET: s3.bucket, SEEDANCE_S3_ENDPOINT: s3.endpoint, SEEDANCE_S3_ACCESS_KEY_ID: 'S3RVER', SEEDANCE_S3_SECRET_ACCESS_KEY: S3_SECRET, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: undefined };
    const r = await runBin(['submit', join(SAMPLE, 'request.json'), ...apiArgs(), '--download', join(work, 'bin'), '--format', 'json'], { cwd: work, env });
    outputs.push(r.stdout, r.stderr);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).saved).toHaveLength(1);
  });
});

describe('refusals', () => {
  it('a request with errors: exit 1, the report in the chosen format, nothing uploaded or sent', async () => {
    const manifest = join(work, 'bad.json');
    await writeFile(manifest, JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'Use image 1.', image_urls: ['truncated.png'], duration: 30 }));
    await copyFile(join(SAMPLE, 'truncated.png'), join(work, 'truncated.png'));
    const before = { api: fake.apiRequests(), puts: s3.puts.length };
    const json = await cli('submit', manifest, ...apiArgs(), '--format', 'json');
    expect(json.code).toBe(1);
    const j = JSON.parse(json.stdout);
    expect(j).toMatchObject({ ok: false, sent: false, reason: 'preflight' });
    expect(j.report.summary.errors).toBeGreaterThanOrEqual(2);
    const pretty = await cli('submit', manifest, ...apiArgs());
    expect(pretty.code).toBe(1);
    expect(pretty.stdout).toMatch(/file\.truncated/);
    expect(pretty.stdout).toMatch(/not sent: the request has \d+ error/);
    expect(fake.apiRequests()).toBe(before.api);
    expect(s3.puts.length).toBe(before.puts);
  });

  it('local files and no uploader: exit 2 naming the variables to set', async () => {
    vi.stubEnv('SEEDANCE_S3_BUCKET', '');
    const before = fake.apiRequests();
    const r = await cli('submit', join(SAMPLE, 'request.json'), ...apiArgs());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no uploader is configured/);
    expect(r.stderr).toMatch(/SEEDANCE_S3_BUCKET \(or --s3-bucket\)/);
    expect(fake.apiRequests()).toBe(before);
  });

  it('no key: exit 2', async () => {
    vi.stubEnv('SEEDANCE_API_KEY', '');
    const r = await cli('submit', join(SAMPLE, 'request.json'), ...apiArgs());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/SEEDANCE_API_KEY/);
  });

  it('the same request again within the window is refused (exit 2) unless --force', async () => {
    const manifest = join(work, 'text.json');
    await writeFile(manifest, JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'A paper boat drifts down a rainy street.' }));
    const tasks = fake.tasks.length;
    expect((await cli('submit', manifest, ...apiArgs())).code).toBe(0);
    const again = await cli('submit', manifest, ...apiArgs());
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/would bill a second task/);
    expect(again.stderr).toMatch(/--force/);
    expect(fake.tasks.length).toBe(tasks + 1);
    expect((await cli('submit', manifest, ...apiArgs(), '--force')).code).toBe(0);
    expect(fake.tasks.length).toBe(tasks + 2);
  });

  it('a 500 after sending: exit 1, "outcome unknown" with how to check, and a re-run is held back', async () => {
    const manifest = join(work, 'text.json');
    await writeFile(manifest, JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'A lighthouse at night, slow push in.' }));
    fake.createPlan = [{ kind: 'made-then-500' }];
    const creates = fake.creates;
    const r = await cli('submit', manifest, ...apiArgs());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/outcome unknown/);
    expect(r.stderr).toMatch(/Do not resubmit blindly/);
    const again = await cli('submit', manifest, ...apiArgs(), '--format', 'json');
    expect(again.code).toBe(2);
    expect(JSON.parse(again.stdout).error).toMatchObject({ kind: 'duplicate' });
    expect(fake.creates).toBe(creates + 1);
  });

  it('a refused key: the provider echoes it, the CLI prints it redacted', async () => {
    const wrong = 'sk-wrong-ECHOED-99887766';
    const manifest = join(work, 'text.json');
    await writeFile(manifest, JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'Clouds over a valley.' }));
    for (const format of ['pretty', 'json']) {
      const r = await cli('submit', manifest, ...apiArgs(), '--api-key', wrong, '--format', format, '--force');
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/\[redacted\]/);
      expect(r.stdout + r.stderr).not.toContain(wrong);
    }
    expect(fake.authorizations.at(-1)).toBe(`Bearer ${wrong}`);
  });
});

describe('usage and terminal behaviour', () => {
  it('progress goes to stderr only on a TTY, as one rewritten line', async () => {
    const manifest = join(work, 'text.json');
    await writeFile(manifest, JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'A kite over dunes, wide shot.' }));
    const r = await run(['submit', manifest, ...apiArgs(), '--wait', '--no-color'], true);
    outputs.push(r.stdout, r.stderr);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\u001b\[2Ktask-unified-\S+: processing 40%/);
    expect(r.stderr.endsWith('\r\u001b[2K')).toBe(true);
  });

  it.each([
    [['submit'], /exactly one manifest/],
    [['submit', 'a.json', '--poll-interval', 'soon'], /--poll-interval expected a number of seconds/],
    [['submit', 'a.json', '--provider', 'evolinc'], /did you mean --provider evolink/],
    [['status', 'job-42'], /add --provider/],
    [['download', 'task-unified-1'], /needs --out DIR/],
  ])('%j is a usage error (exit 2)', async (argv, msg) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
  });

  it('--callback-url with aigptimage: setup error, nothing sent', async () => {
    const before = fake.apiRequests();
    const r = await cli('submit', await aigptManifest(), ...apiArgs(), '--callback-url', 'https://hooks.example.com/done');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/aigptimage takes no callback URL/);
    expect(fake.apiRequests()).toBe(before);
  });

  it('--timeout shorter than the task: exit 1, the task id and how to fetch it later', async () => {
    fake.taskPlan = { states: ['processing'] };
    const manifest = join(work, 'text.json');
    await writeFile(manifest, JSON.stringify({ model: 'seedance-2.0-reference-to-video', prompt: 'Waves at a pier, slow motion.' }));
    const r = await cli('submit', manifest, '--base-url', fake.origin, '--wait', '--poll-interval', '0.05', '--timeout', '0.12');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/still running: task-unified-\S+ is still processing/);
    expect(r.stderr).toMatch(/seedance-preflight download task-unified-\S+ --out DIR/);
  });

  it('help of each command', async () => {
    for (const cmd of ['submit', 'status', 'download']) {
      const r = await cli(cmd, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: seedance-preflight ${cmd}`));
    }
  });
});

describe('the key never leaves in any output', () => {
  it('appears in no stdout, stderr or file written by the runs above', async () => {
    expect(outputs.length).toBeGreaterThan(10);
    for (const text of outputs) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain('sk-wrong-ECHOED-99887766');
    }
  });
});
