import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { probe } from '../../src/probes/index.js';
import { checkAsset } from '../../src/rules/asset/index.js';
import { defaultProfile } from '../../src/profiles/index.js';
import { fixtures } from '../helpers/fixtures.js';

/** FUZZ_RUNS=5000 npx vitest run test/hardening/fuzz.test.ts for a longer run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 240);
const BOUND_MS = 15_000;

const SEEDS = ['images/ok-640x480.jpg', 'images/side-300x300.png', 'images/ok-640x480.webp', 'videos/fps-24.mp4', 'videos/moov-end.mp4', 'videos/container.mov', 'audio/mp3-cbr-5s.mp3', 'audio/wav-2.0s.wav'];

/** A mutation of a real file: flipped bytes, a cut, junk spliced in, or a field overwritten with extremes. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 16 }), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('splice' as const), at: fc.nat(), junk: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ op: fc.constant('extreme' as const), at: fc.nat(), value: fc.constantFrom(0x00, 0xff, 0x7f, 0x80) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(src: Buffer, m: Mutation): Buffer {
  const b = Buffer.from(src);
  switch (m.op) {
    case 'flip': for (const a of m.at) b[a % b.length] = m.value; return b;
    case 'cut': return b.subarray(0, m.at % b.length);
    case 'splice': { const i = m.at % b.length; return Buffer.concat([b.subarray(0, i), Buffer.from(m.junk), b.subarray(i)]); }
    case 'extreme': { const i = m.at % Math.max(1, b.length - 4); b.fill(m.value, i, i + 4); return b; }
  }
  return b;
}

describe('probes survive mutated real media', () => {
  it(`returns facts or a typed failure within ${BOUND_MS} ms for ${RUNS} mutations`, async () => {
    const fx = await fixtures();
    const seeds = SEEDS.map((name) => ({ name, bytes: readFileSync(fx.path(name)) }));
    const dir = mkdtempSync(join(tmpdir(), 'sp-fuzz-'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: seeds.length - 1 }), mutation, async (which, m) => {
        const seed = seeds[which];
        const file = join(dir, `${n++}-${seed.name.split('/').pop()}`);
        writeFileSync(file, apply(seed.bytes, m));
        const started = Date.now();
        const facts = await probe(file, { timeoutMs: BOUND_MS });
        expect(Date.now() - started).toBeLessThan(BOUND_MS + 2_000);
        expect(facts.source).toBe(file);
        if (facts.failure) expect(typeof facts.failure.reason).toBe('string');
        // Rules must cope with whatever the probe learned.
        expect(Array.isArray(checkAsset(facts, defaultProfile))).toBe(true);
      }),
      { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  }, 600_000);
});
