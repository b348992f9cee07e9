import { describe, expect, it } from 'vitest';
import { firstJsonError, jsonErrorDetail } from '../../src/manifest/jsonError.js';

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const valid = (t: string) => {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
};

const SAMPLES = [
  '{"model":"seedance-2.0-reference-to-video","prompt":"猫 \\u00e9 \\"q\\"","image_urls":["https://a/b.png"],"duration":-1.5e+3,"x":[true,false,null,{}],"y":0}',
  ' [ 1 , -0.25 , 3E2 , "a\\\\b\\/c" , { "k" : [ ] } ] ',
  '"just a string"',
];

describe('firstJsonError', () => {
  it('is null for valid JSON', () => {
    for (const s of SAMPLES) expect(firstJsonError(s)).toBeNull();
  });

  it('agrees with JSON.parse on 3000 single-character mutations', () => {
    const rand = rng(42);
    const alphabet = '{}[]",:\\ 0-.eEtfnu1a\n\t\u0001';
    for (let n = 0; n < 3000; n++) {
      const src = SAMPLES[n % SAMPLES.length];
      const at = Math.floor(rand() * src.length);
      const op = rand();
      const ch = alphabet[Math.floor(rand() * alphabet.length)];
      const t = op < 0.4 ? src.slice(0, at) + ch + src.slice(at + 1) : op < 0.7 ? src.slice(0, at) + ch + src.slice(at) : src.slice(0, at) + src.slice(at + 1);
      expect(firstJsonError(t) === null, JSON.stringify(t)).toBe(valid(t));
    }
  });

  it.each([
    ['', 0],
    ['{"a":1,}', 7],
    ['[1,]', 3],
    ['{"a" 1}', 5],
    ['01', 1],
    ['[1.]', 3],
    ['"\\x"', 2],
    ['tru', 3],
    ['{"a":1} x', 8],
    ["{'a':1}", 1],
  ])('%j fails at offset %i', (text, offset) => {
    expect(firstJsonError(text)).toBe(offset);
  });

  it('deep nesting does not overflow the stack', () => {
    expect(firstJsonError('['.repeat(200_000))).toBe(200_000);
  });
});

describe('jsonErrorDetail', () => {
  it('drops the input V8 echoes back', () => {
    let err: unknown;
    try {
      JSON.parse('{"prompt": \'secret prompt text\'}');
    } catch (e) {
      err = e;
    }
    expect(jsonErrorDetail(err)).not.toContain('secret prompt text');
  });
});
