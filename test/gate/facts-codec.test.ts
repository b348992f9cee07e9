import { describe, expect, it } from 'vitest';
import { decodeFacts, encodeFacts } from '../../src/cache/facts-codec.js';
import { probe } from '../../src/probes/index.js';
import { blankFacts } from '../../src/probes/facts.js';
import type { Facts } from '../../src/types.js';

// The cache stores facts as their values alone; a hit must give back the very facts a probe gave,
// keys in the same order (the JSON report prints them in that order).
const same = (a: Facts, b: Facts) => {
  expect(b).toEqual(a);
  expect(Object.keys(b)).toEqual(Object.keys(a));
};

describe('cached facts', () => {
  it('round-trip real probes of every kind, source set to the path asked for', async () => {
    for (const f of ['fixtures/sample/slow.mp4', 'fixtures/sample/good.jpg', 'fixtures/sample/music.mp3', 'fixtures/sample/long.wav', 'fixtures/sample/truncated.png', 'fixtures/sample/notes-really-text.mp4']) {
      const facts = await probe(f);
      const text = encodeFacts(facts);
      expect(text.startsWith('['), f).toBe(true);
      expect(text).not.toContain(f);
      same(facts, decodeFacts(text, f)!);
    }
  });

  it('keeps the object form for facts with other keys, and refuses damaged text', () => {
    const f: Facts = { ...blankFacts('a.jpg', 'jpg'), unverified: { facts: ['fps'], detail: 'x' } };
    const text = encodeFacts(f);
    expect(text.startsWith('{')).toBe(true);
    same(f, decodeFacts(text, 'a.jpg')!);
    expect(decodeFacts(text.slice(0, 20), 'a.jpg')).toBeUndefined();
    expect(decodeFacts('[1,2]', 'a.jpg')).toBeUndefined();
    expect(decodeFacts('"x"', 'a.jpg')).toBeUndefined();
  });
});
