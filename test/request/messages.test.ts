import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes as catalogue } from '../../src/rules/codes.js';
import { requestMessages } from '../../src/messages/request.js';
import { render } from '../../src/messages/index.js';
import { loadManifest } from '../../src/manifest/index.js';
import type { Finding } from '../../src/types.js';
import { base, check, facts, urls } from './helpers.js';

const requestCodes = Object.keys(catalogue).filter((c) => c.startsWith('request.'));

/** A battery of bad requests that between them raise every request.* code. */
async function battery(): Promise<Finding[]> {
  const out: Finding[] = [];
  out.push(...(await loadManifest(resolve('fixtures/requests/invalid-trailing-comma.json'))).findings);
  const local = await loadManifest(resolve('fixtures/requests/local-paths.json'));
  out.push(...local.findings);
  out.push(
    ...check({ model: 'seedance-2.0-text-to-video', prompt: 7, extra: 1 }),
    ...check({ ...base, seed: 2.5, duration: 3.5, quality: '4k', aspect_ratio: '2:1', callback_url: 'http://10.0.0.1/' + 'a'.repeat(2100), image_urls: [...urls('image', 10), 'data:image/png;base64,AAAA'], video_urls: urls('video', 3), audio_urls: urls('audio', 4), prompt: 'image 12 and image 1 and 猫'.padEnd(6000, '猫') }, {
      video: [facts('audio'), facts('video', { durationSec: 15, bytes: 40e6 }), facts('video', { durationSec: 1, bytes: 20e6 })],
      audio: [facts('audio', { durationSec: 15 }), facts('audio', { durationSec: 1 })],
    }),
    ...check({ ...base, seed: 1, video_urls: urls('video', 1) }, { video: [facts('video', { durationSec: 1 })] }),
    ...check({ ...base, prompt: '', audio_urls: ['media/nope.mp3'] }),
    ...check({ ...base, prompt: 'word '.repeat(800) + '猫'.repeat(200) }),
    ...check({ ...base, prompt: 'word '.repeat(1200) }),
    ...check({ ...base, prompt: '猫'.repeat(600) }),
    ...check({ ...base, callback_url: 'not a url' }),
    ...check({ ...base, callback_url: 'https://intranet/' }),
    ...check({ ...base, duration: -1 }, {}, { profile: 'seedance-2.0-reference-to-video' }),
    ...check({ model: base.model, input: { prompt: 'x', ratio: '1:1', aspect_ratio: '16:9' } }),
    ...check({ model: 'seedance-2.0-fast-reference-to-video', input: { prompt: 'x' } }),
    // made by the budget gate after billing (src/budget.ts; tested end to end in test/profiles/budget.test.ts)
    { code: 'request.budget', severity: 'error', args: { scope: 'run', unit: 'credits', actual: 800, limit: 500, unknown: 1 } },
    ...check(base),
    ...check({ ...base, image_urls: Array(60).fill(0), ...Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`x${i}`, 1])) }),
    ...check({ ...base, image_urls: [`https://cdn.example.com/${'a'.repeat(64_000_001)}`] }),
    ...check({ ...base, model: 'seedance-2.0-mini-reference-to-video' }),
  );
  return out;
}

describe('request messages', () => {
  it('every request.* code has words and a fix', () => {
    for (const code of requestCodes) {
      expect(requestMessages[code], code).toBeDefined();
      expect(typeof requestMessages[code].fix, code).toBe('function');
    }
  });

  it('the battery raises every request.* code, and every rendering is complete', async () => {
    const fs = await battery();
    const raised = new Set(fs.map((f) => f.code));
    expect(requestCodes.filter((c) => !raised.has(c))).toEqual([]);
    for (const f of fs.filter((x) => x.code.startsWith('request.'))) {
      const p = render(f, join('dir', 'req.json'));
      const text = `${p.message} ${p.fix}`;
      expect(text, `${f.code} ${JSON.stringify(f.args).slice(0, 300)}`).not.toMatch(/undefined|NaN|\[object Object\]/);
      expect(p.message.startsWith(join('dir', 'req.json')), f.code).toBe(true);
      const src = f.args.source;
      if (src) expect(p.source).toEqual({ title: src.title, url: src.url });
      expect(p.message, f.code).not.toMatch(/seed 0\d\d|LIMITS\.md|\.\.\/shared/);
    }
  });
});
