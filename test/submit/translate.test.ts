import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubmitError, submit, toProvider } from '../../src/submit/index.js';
import { normalizeRequest } from '../../src/manifest/index.js';
import { type FakeProvider, startFakeProvider } from '../helpers/fake-provider.js';
import { fakeClock } from './helpers.js';

const evolink = {
  model: 'seedance-2.0-reference-to-video',
  prompt: 'Use image 1 as the first frame.',
  image_urls: ['https://cdn.example.com/a.jpg'],
  video_urls: ['https://cdn.example.com/b.mp4'],
  audio_urls: ['https://cdn.example.com/c.mp3'],
  quality: '1080p',
};

const aigpt = {
  model: 'seedance-2.0-reference-to-video',
  input: { prompt: 'p', reference_image_urls: ['https://cdn.example.com/a.jpg'], ratio: '9:16', aspect_ratio: '1:1', resolution: '480p', duration: 8, nsfw_checker: false },
};

describe('toProvider', () => {
  it('same provider: the body is left as it is', () => {
    expect(toProvider(evolink, 'evolink')).toEqual({ body: evolink, notes: [] });
    expect(toProvider(aigpt, 'aigptimage').body).toBe(aigpt);
  });

  it('evolink -> aigptimage: fields move into input, evolink defaults are written out', () => {
    const t = toProvider(evolink, 'aigptimage');
    expect(t.body).toEqual({
      model: 'seedance-2.0-reference-to-video',
      input: {
        prompt: evolink.prompt,
        reference_image_urls: evolink.image_urls,
        reference_video_urls: evolink.video_urls,
        reference_audio_urls: evolink.audio_urls,
        ratio: '16:9',
        resolution: '1080p',
        duration: 5,
        generate_audio: true, // evolink's default; aigptimage's own is false
      },
    });
    expect(t.notes.join('\n')).toMatch(/generate_audio true/);
  });

  it('aigptimage -> evolink: ratio wins over aspect_ratio, generate_audio false written out, nsfw_checker dropped with a note', () => {
    const t = toProvider(aigpt, 'evolink');
    expect(t.body).toEqual({ model: aigpt.model, prompt: 'p', image_urls: aigpt.input.reference_image_urls, aspect_ratio: '9:16', quality: '480p', duration: 8, generate_audio: false });
    expect(t.notes.join('\n')).toMatch(/nsfw_checker/);
  });

  it('round trip keeps the meaning', () => {
    const there = toProvider(evolink, 'aigptimage').body;
    const back = toProvider(there, 'evolink').body;
    const a = normalizeRequest({ ...evolink, aspect_ratio: '16:9', duration: 5, generate_audio: true }, 'a');
    const b = normalizeRequest(back, 'b');
    for (const k of ['prompt', 'duration', 'quality', 'aspectRatio', 'generateAudio'] as const) expect(b[k]).toEqual(a[k]);
    expect(b.images.map((r) => r.written)).toEqual(a.images.map((r) => r.written));
  });

  it.each([
    [{ ...evolink, callback_url: 'https://example.com/hook' }, 'aigptimage', /callback_url/],
    [{ ...evolink, seed: 42 }, 'aigptimage', /seed/],
    [{ ...evolink, duration: -1, seed: -1 }, 'aigptimage', /duration -1/],
    [{ ...evolink, surprise: 1 }, 'aigptimage', /surprise/],
    [{ model: aigpt.model, input: { ...aigpt.input, web_search: true } }, 'evolink', /web_search/],
    [{ model: aigpt.model, input: aigpt.input, extra: 1 }, 'evolink', /extra/],
  ] as const)('refuses what the other dialect cannot say (%#)', (body, to, msg) => {
    let err: unknown;
    try {
      toProvider(body, to);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SubmitError);
    expect((err as SubmitError).kind).toBe('config');
    expect((err as SubmitError).message).toMatch(msg);
  });
});

describe('submit across dialects', () => {
  let fake: FakeProvider;
  beforeAll(async () => {
    fake = await startFakeProvider();
  });
  afterAll(() => fake.close());

  it('an evolink body sent with --provider aigptimage arrives in the aigptimage dialect at createTask', async () => {
    // URL assets are probed by preflight: serve real ones from the fake (loopback, so allowPrivateUrls)
    const body = { ...evolink, image_urls: [fake.assetUrl('good.jpg')], video_urls: [fake.assetUrl('clip.mp4')], audio_urls: [fake.assetUrl('music.mp3')] };
    const r = await submit(body, { provider: 'aigptimage', baseUrl: fake.origin, apiKey: fake.apiKey, clock: fakeClock().clock, allowPrivateUrls: true });
    expect(r.sent).toBe(true);
    expect(fake.requests.filter((q) => q.path.startsWith('/api/')).map((q) => q.path)).toEqual(['/api/v1/jobs/createTask']);
    expect(fake.bodies.at(-1)).toEqual(toProvider(body, 'aigptimage').body);
    expect(r.notes.length).toBeGreaterThan(0);
  });

  it('URL assets that fail preflight (unreachable) stop the submit before the API is called', async () => {
    const before = fake.apiRequests();
    const r = await submit({ ...evolink, image_urls: [fake.assetUrl('missing.jpg')], video_urls: undefined, audio_urls: undefined }, { provider: 'evolink', baseUrl: fake.origin, apiKey: fake.apiKey, allowPrivateUrls: true });
    expect(r.sent).toBe(false);
    if (!r.sent) expect(r.report.assets[0].problems.map((p) => p.code)).toContain('url.http_status');
    expect(fake.apiRequests()).toBe(before);
  });

  it('the translated body is what preflight checks: a fast model is not on aigptimage, so nothing is sent', async () => {
    const before = fake.apiRequests();
    const r = await submit({ model: 'seedance-2.0-fast-reference-to-video', prompt: 'p', quality: '720p' }, { provider: 'aigptimage', baseUrl: fake.origin, apiKey: fake.apiKey });
    expect(r.sent).toBe(false);
    if (!r.sent) expect(r.report.requests[0].problems.map((p) => p.code)).toContain('request.model_unknown');
    expect(fake.apiRequests()).toBe(before);
  });

  it('--callback-url is checked by preflight like one in the body (a loopback hook is refused)', async () => {
    const before = fake.apiRequests();
    const r = await submit({ model: evolink.model, prompt: 'p' }, { provider: 'evolink', baseUrl: fake.origin, apiKey: fake.apiKey, callbackUrl: 'https://127.0.0.1/hook' });
    expect(r.sent).toBe(false);
    if (!r.sent) expect(r.report.requests[0].problems.map((p) => p.code)).toContain('request.callback_url');
    expect(fake.apiRequests()).toBe(before);
  });
});
