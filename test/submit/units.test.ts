import { describe, expect, it } from 'vitest';
import { errorCodes, exchange, NetFailure } from '../../src/submit/http.js';
import { redactDeep, redactor } from '../../src/submit/redact.js';
import { stableHash } from '../../src/submit/journal.js';
import { aigptimage, evolink } from '../../src/submit/providers.js';

describe('did the request leave?', () => {
  it('finds codes through undici causes and happy-eyeballs aggregates', () => {
    const agg = Object.assign(new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' }), Object.assign(new Error('b'), { code: 'ENETUNREACH' })]), { code: 'ECONNREFUSED' });
    expect(errorCodes(new TypeError('fetch failed', { cause: agg }))).toEqual(['ECONNREFUSED', 'ECONNREFUSED', 'ENETUNREACH']);
  });

  it('refused and DNS failures are not-sent; a reset or an unknown error is not', async () => {
    const failing = (cause: unknown) => (async () => {
      throw new TypeError('fetch failed', { cause });
    }) as unknown as typeof fetch;
    const verdict = async (cause: unknown) => {
      const e = await exchange(failing(cause), 'http://x.test/', { method: 'POST', headers: {} }, 1000).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(NetFailure);
      return [(e as NetFailure).code, (e as NetFailure).notSent];
    };
    expect(await verdict(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toEqual(['ECONNREFUSED', true]);
    expect(await verdict(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }))).toEqual(['ENOTFOUND', true]);
    expect(await verdict(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }))).toEqual(['UND_ERR_SOCKET', false]);
    expect(await verdict(new Error('no code at all'))).toEqual(['NETWORK', false]);
  });
});

describe('redaction', () => {
  it('replaces every secret, URL-encoded forms too, in nested values; short strings are left alone', () => {
    const r = redactor(['sk-abc/def+123', 'tiny', undefined]);
    expect(r('key sk-abc/def+123 and sk-abc%2Fdef%2B123, tiny stays')).toBe('key [redacted] and [redacted], tiny stays');
    expect(redactDeep({ a: ['Bearer sk-abc/def+123'], n: 1 }, r)).toEqual({ a: ['Bearer [redacted]'], n: 1 });
  });
});

describe('journal hash', () => {
  it('ignores key order, not values', () => {
    expect(stableHash({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(stableHash({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: 2 }));
  });
});

describe('answer shapes', () => {
  it('aigptimage: resultJson as a string, states mapped, failCode kept', () => {
    const t = aigptimage.parseTask({ code: 200, data: { taskId: 't1', state: 'success', resultJson: '{"resultUrls":["https://cdn/x.mp4"]}' } }, 't1');
    expect(t).toMatchObject({ status: 'completed', providerStatus: 'success', resultUrls: ['https://cdn/x.mp4'], error: null });
    const f = aigptimage.parseTask({ code: 200, data: { taskId: 't1', state: 'fail', failCode: 'NSFW', failMsg: 'flagged' } }, 't1');
    expect(f).toMatchObject({ status: 'failed', error: { code: 'NSFW', message: 'flagged' } });
    expect(aigptimage.parseTask({ code: 200, data: { taskId: 't1', state: 'queuing' } }, 't1')?.status).toBe('pending');
    expect(aigptimage.parseTask({ code: 200, data: { taskId: 't1', state: 'success', resultJson: '{broken' } }, 't1')?.resultUrls).toEqual([]);
    expect(aigptimage.bodyStatus({ code: 402, msg: 'x' })).toBe(402);
  });

  it('evolink: a cancelled task is failed with code cancelled; unknown states keep polling', () => {
    expect(evolink.parseTask({ id: 'task-unified-1', status: 'cancelled' }, 'x')).toMatchObject({ status: 'failed', error: { code: 'cancelled' } });
    expect(evolink.parseTask({ id: 'task-unified-1', status: 'warming_up' }, 'x')?.status).toBe('processing');
    expect(evolink.parseTask('<html>', 'x')).toBeNull();
  });
});
