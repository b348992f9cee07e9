import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AmbiguousSubmitError, SubmitError, submit, type ProviderName } from '../../src/submit/index.js';
import { type FakeProvider, startFakeProvider } from '../helpers/fake-provider.js';
import { AIGPT_BODY, EVOLINK_BODY, fakeClock } from './helpers.js';

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const bodyOf = (p: ProviderName) => (p === 'evolink' ? EVOLINK_BODY : AIGPT_BODY);

async function failure(p: Promise<unknown>): Promise<SubmitError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(SubmitError);
  return e as SubmitError;
}

describe.each<ProviderName>(['evolink', 'aigptimage'])('create on %s', (provider) => {
  const opts = (extra: object = {}) => ({ provider, baseUrl: fake.origin, apiKey: fake.apiKey, clock: fakeClock().clock, ...extra });

  it('sends exactly the validated body with the key as a bearer token, and returns the task', async () => {
    const r = await submit(bodyOf(provider), opts());
    expect(r.sent).toBe(true);
    if (!r.sent) return;
    expect(fake.creates).toBe(1);
    expect(fake.tasks).toHaveLength(1);
    expect(fake.bodies[0]).toEqual(bodyOf(provider));
    expect(r.taskId).toBe(fake.tasks[0].id);
    expect(r.status).toBe('pending');
    expect(fake.authorizations.at(-1)).toBe(`Bearer ${fake.apiKey}`);
    if (provider === 'evolink') expect(r.usage).toMatchObject({ credits_reserved: 60 });
    else expect(r.estimatedCredits).toBe(400); // 80 credits/s at 720p x 5 s (the aigptimage page)
  });

  it('--wait follows pending -> processing -> completed and returns the result URLs', async () => {
    const progress: string[] = [];
    const r = await submit(bodyOf(provider), opts({ wait: true, pollIntervalSec: 5, onProgress: (e: { phase: string; status?: string }) => e.phase === 'poll' && progress.push(e.status!) }));
    expect(r.sent && r.status).toBe('completed');
    expect(progress).toEqual(['pending', 'processing', 'completed']);
    expect(r.sent && r.resultUrls[0]).toMatch(new RegExp(`^${fake.origin}/files/`));
    expect(fake.creates).toBe(1);
  });

  it('429 with Retry-After: waits what the server asks (injected clock), then sends again once', async () => {
    fake.createPlan = [{ kind: 'status', status: 429, code: 'rate_limit_exceeded', retryAfter: '7' }];
    const t = fakeClock();
    const r = await submit(bodyOf(provider), opts({ clock: t.clock }));
    expect(r.sent).toBe(true);
    expect(t.sleeps).toEqual([7000]);
    expect(fake.creates).toBe(2); // one refused, one accepted
    expect(fake.tasks).toHaveLength(1);
  });

  it('429 that never ends: gives up after the policy attempts, nothing created', async () => {
    fake.createPlan = Array.from({ length: 6 }, () => ({ kind: 'status' as const, status: 429, code: 'rate_limit_exceeded' }));
    const e = await failure(submit(bodyOf(provider), opts()));
    expect(e.kind).toBe('rejected');
    expect(e.status).toBe(429);
    expect(e.sent).toBe(false);
    expect(fake.creates).toBe(4);
    expect(fake.tasks).toHaveLength(0);
  });

  it.each([
    [400, 'invalid_request', /parameter/],
    [401, 'unauthorized', /API key/],
    [402, 'insufficient_quota', /top up/],
    [403, 'model_access_denied', /access to the model/],
    [404, 'not_found', /base-url/],
    [409, 'conflict', /active tasks/],
    [422, 'validation_failed', /validation/],
  ])('HTTP %i is a typed refusal with a hint, sent once', async (status, code, hint) => {
    fake.createPlan = [{ kind: 'status', status, code, message: `the provider says ${code}` }];
    const e = await failure(submit(bodyOf(provider), opts()));
    expect(e).not.toBeInstanceOf(AmbiguousSubmitError);
    expect(e.kind).toBe('rejected');
    expect(e.status).toBe(status);
    expect(e.providerMessage).toBe(`the provider says ${code}`);
    if (provider === 'evolink') expect(e.providerCode).toBe(code);
    else expect(e.providerCode).toBe(String(status));
    expect(e.hint).toMatch(hint);
    expect(fake.creates).toBe(1);
    expect(fake.tasks).toHaveLength(0);
  });

  it.each(['made-then-500', 'drop', 'malformed'] as const)('%s after sending: ambiguous, never sent again', async (kind) => {
    fake.createPlan = [{ kind }];
    const t = fakeClock();
    const e = await failure(submit(bodyOf(provider), opts({ clock: t.clock })));
    expect(e).toBeInstanceOf(AmbiguousSubmitError);
    expect(e.sent).toBe('unknown');
    expect(e.hint).toMatch(/Do not resubmit blindly/);
    expect(e.hint).toMatch(provider === 'evolink' ? /evolink\.ai\/dashboard/ : /aigptimage\.com/);
    expect(fake.creates).toBe(1);
    expect(fake.tasks).toHaveLength(1); // the task exists: a retry would have billed a second one
    expect(t.sleeps).toEqual([]);
  });

  it('a timeout once sent: ambiguous, one create', async () => {
    fake.createPlan = [{ kind: 'hang' }];
    const e = await failure(submit(bodyOf(provider), opts({ requestTimeoutMs: 300 })));
    expect(e).toBeInstanceOf(AmbiguousSubmitError);
    expect(e.providerCode).toBe('TIMEOUT');
    expect(fake.creates).toBe(1);
  });

  if (provider === 'aigptimage') {
    it('HTTP 200 with an error code in the body counts as that error', async () => {
      fake.createPlan = [{ kind: 'status', status: 402, message: 'Insufficient credits', inBody: true }];
      const e = await failure(submit(bodyOf(provider), opts()));
      expect(e.status).toBe(402);
      expect(e.hint).toMatch(/top up/);
      expect(fake.creates).toBe(1);
    });
  }
});

describe('no connection, nothing sent', () => {
  it('ECONNREFUSED is retried (the request never left); the server coming back gets exactly one create', async () => {
    const spare = await startFakeProvider();
    const sparePort = spare.port;
    await spare.close(); // nothing listens there now
    const t = fakeClock();
    let revived: FakeProvider | null = null;
    t.onSleep = async () => {
      if (!revived) revived = await startFakeProvider(undefined, sparePort);
    };
    const r = await submit(EVOLINK_BODY, { provider: 'evolink', baseUrl: `http://127.0.0.1:${sparePort}`, apiKey: 'sk-fake-0123456789abcdef', clock: t.clock });
    expect(r.sent).toBe(true);
    expect(t.sleeps).toHaveLength(1);
    expect(revived!.creates).toBe(1);
    expect(revived!.tasks).toHaveLength(1);
    await revived!.close();
  });

  it('DNS failure: retried, then a not_sent error (no task can exist)', async () => {
    const t = fakeClock();
    const e = await failure(submit(EVOLINK_BODY, { provider: 'evolink', baseUrl: 'http://seedance-preflight-test.invalid', apiKey: 'sk-x-0123456789', clock: t.clock }));
    expect(e.kind).toBe('not_sent');
    expect(e.providerCode).toBe('ENOTFOUND');
    expect(e.sent).toBe(false);
    expect(t.sleeps).toHaveLength(3);
  });
});

describe('preflight first', () => {
  it('a request with an error never reaches the server', async () => {
    const r = await submit({ ...EVOLINK_BODY, duration: 99, image_urls: ['data:image/png;base64,AAAA'] }, { provider: 'evolink', baseUrl: fake.origin, apiKey: fake.apiKey });
    expect(r.sent).toBe(false);
    if (r.sent) return;
    expect(r.report.ok).toBe(false);
    expect(r.report.requests[0].problems.map((p) => p.code)).toEqual(expect.arrayContaining(['request.duration']));
    expect(fake.requests).toHaveLength(0);
  });

  it('the key is redacted from every field of an error, even when the provider echoes it', async () => {
    const wrong = 'sk-wrong-key-ABCDEF123456';
    const e = await failure(submit(EVOLINK_BODY, { provider: 'evolink', baseUrl: fake.origin, apiKey: wrong }));
    expect(e.status).toBe(401);
    expect(fake.authorizations.at(-1)).toBe(`Bearer ${wrong}`); // it was sent, and echoed back
    expect(JSON.stringify(e.toJSON()) + e.message + e.stack).not.toContain(wrong);
    expect(e.providerMessage).toContain('[redacted]');
  });
});
