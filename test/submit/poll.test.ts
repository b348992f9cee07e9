import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getTask, SubmitError, submit, waitForTask, type ProviderName } from '../../src/submit/index.js';
import { type FakeProvider, startFakeProvider } from '../helpers/fake-provider.js';
import { AIGPT_BODY, EVOLINK_BODY, fakeClock } from './helpers.js';

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

async function failure(p: Promise<unknown>): Promise<SubmitError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(SubmitError);
  return e as SubmitError;
}

describe.each<ProviderName>(['evolink', 'aigptimage'])('polling %s', (provider) => {
  const body = provider === 'evolink' ? EVOLINK_BODY : AIGPT_BODY;
  const target = (extra: object = {}) => ({ provider, baseUrl: fake.origin, apiKey: fake.apiKey, ...extra });

  it('retries 500, 429, unreadable answers and dropped connections with backoff; the create is not repeated', async () => {
    fake.pollPlan = [{ kind: 'status', status: 500 }, { kind: 'malformed' }, { kind: 'drop' }, { kind: 'status', status: 429, retryAfter: '3' }];
    const t = fakeClock();
    const r = await submit(body, target({ wait: true, pollIntervalSec: 2, clock: t.clock }));
    expect(r.sent && r.status).toBe('completed');
    expect(fake.creates).toBe(1);
    // backoff (equal jitter at random 0.5: 750, 1500, 3000 ms), then Retry-After 3 s, then the poll interval
    expect(t.sleeps.slice(0, 4)).toEqual([750, 1500, 3000, 3000]);
    expect(t.sleeps.slice(4)).toEqual([2000, 2000]);
  });

  it('a poll that keeps failing ends in bad_response naming the task (the task is not affected)', async () => {
    fake.pollPlan = Array.from({ length: 5 }, () => ({ kind: 'status' as const, status: 503 }));
    const created = await submit(body, target({ clock: fakeClock().clock }));
    if (!created.sent) throw new Error('not sent');
    const e = await failure(getTask(created.taskId, target({ clock: fakeClock().clock })));
    expect(e.kind).toBe('bad_response');
    expect(e.taskId).toBe(created.taskId);
    expect(e.hint).toContain(`seedance-preflight status ${created.taskId}`);
  });

  it('an unknown task id is a 404 refusal with a hint', async () => {
    const e = await failure(getTask(provider === 'evolink' ? 'task-unified-0-nope' : 'task_nope', target()));
    expect(e.kind).toBe('rejected');
    expect(e.status).toBe(404);
    expect(e.hint).toMatch(/No such task/);
  });

  it('a failed task is a task_failed error with the provider code and a content-policy hint', async () => {
    const failure_ = provider === 'evolink'
      ? { code: 'content_policy_violation', message: 'Content policy violation. Your request was blocked by safety filters.' }
      : { code: 'SENSITIVE_CONTENT', message: 'The prompt was flagged as sensitive' };
    fake.taskPlan = { states: ['pending', 'failed'], failure: failure_ };
    const e = await failure(submit(body, target({ wait: true, clock: fakeClock().clock })));
    expect(e.kind).toBe('task_failed');
    expect(e.providerCode).toBe(failure_.code);
    expect(e.providerMessage).toBe(failure_.message);
    expect(e.taskId).toBe(fake.tasks[0].id);
    expect(e.hint).toMatch(/content policy/);
    expect(fake.creates).toBe(1);
  });

  it('waitForTask returns a failed task as data; a generic failure gets the generic hint', async () => {
    fake.taskPlan = { states: ['processing', 'failed'], failure: { code: 'internal_error', message: 'generation failed' } };
    const created = await submit(body, target({ clock: fakeClock().clock }));
    if (!created.sent) throw new Error('not sent');
    const task = await waitForTask(created.taskId, target({ clock: fakeClock().clock, pollIntervalSec: 1 }));
    expect(task.status).toBe('failed');
    expect(task.error).toEqual({ code: 'internal_error', message: 'generation failed' });
  });

  it('waiting longer than --timeout stops with wait_timeout; the task goes on', async () => {
    fake.taskPlan = { states: ['processing'] };
    const t = fakeClock();
    const e = await failure(submit(body, target({ wait: true, pollIntervalSec: 10, timeoutSec: 35, clock: t.clock })));
    expect(e.kind).toBe('wait_timeout');
    expect(e.hint).toMatch(/status task/);
    expect(t.sleeps).toEqual([10000, 10000, 10000]);
    expect(fake.creates).toBe(1);
  });
});
