import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SubmitError, submit, type ProviderName } from '../../src/submit/index.js';
import { CLIP, type FakeProvider, startFakeProvider } from '../helpers/fake-provider.js';
import { AIGPT_BODY, EVOLINK_BODY, fakeClock } from './helpers.js';

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.taskPlan = { states: ['pending', 'completed'] };
});

const tmp = () => mkdtemp(join(tmpdir(), 'submit-dl-'));

describe.each<ProviderName>(['evolink', 'aigptimage'])('--download on %s', (provider) => {
  const body = provider === 'evolink' ? EVOLINK_BODY : AIGPT_BODY;
  const opts = (dir: string) => ({ provider, baseUrl: fake.origin, apiKey: fake.apiKey, clock: fakeClock().clock, download: dir });

  it('saves each result, probed as a video, under the task id', async () => {
    fake.taskPlan = { states: ['pending', 'completed'], results: 2 };
    const dir = await tmp();
    const r = await submit(body, opts(dir));
    if (!r.sent) throw new Error('not sent');
    expect(r.saved.map((s) => s.path)).toEqual([join(dir, `${r.taskId}-1.mp4`), join(dir, `${r.taskId}-2.mp4`)]);
    expect(r.saved[0]).toMatchObject({ format: 'mp4', width: 640, height: 640, durationSec: 3, bytes: (await stat(CLIP)).size });
    expect((await readFile(r.saved[1].path)).equals(await readFile(CLIP))).toBe(true);
    expect((await readdir(dir)).sort()).toEqual([`${r.taskId}-1.mp4`, `${r.taskId}-2.mp4`]);
  });
});

describe('download is atomic and checked', () => {
  it('while the body is half-way, only a hidden temp file exists; the final name appears whole', async () => {
    const dir = await tmp();
    const hold = fake.hold();
    const running = submit(EVOLINK_BODY, { provider: 'evolink', baseUrl: fake.origin, apiKey: fake.apiKey, clock: fakeClock().clock, download: dir });
    await hold.halfSent;
    // the client has had half the bytes; give it a moment to write them
    await new Promise((r) => setTimeout(r, 50));
    const during = await readdir(dir);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^\..*\.part$/);
    hold.release();
    const r = await running;
    if (!r.sent) throw new Error('not sent');
    expect(await readdir(dir)).toEqual([`${r.taskId}.mp4`]);
    expect((await stat(r.saved[0].path)).size).toBe((await stat(CLIP)).size);
  });

  it('a result that is not a video (an HTML page) leaves nothing behind and says what it was', async () => {
    fake.taskPlan = { states: ['completed'], result: 'html' };
    const dir = await tmp();
    const err = await submit(EVOLINK_BODY, { provider: 'evolink', baseUrl: fake.origin, apiKey: fake.apiKey, clock: fakeClock().clock, download: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SubmitError);
    expect((err as SubmitError).kind).toBe('download');
    expect((err as SubmitError).message).toMatch(/not a playable video/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('result links are fetched without the API key', async () => {
    const dir = await tmp();
    const r = await submit(AIGPT_BODY, { provider: 'aigptimage', baseUrl: fake.origin, apiKey: fake.apiKey, clock: fakeClock().clock, download: dir });
    // the fake answers 400 to a result request that carries Authorization; a saved video proves there was none
    expect(r.sent && r.saved).toHaveLength(1);
  });
});
