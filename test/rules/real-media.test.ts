import { beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/probes/index.js';
import { checkAsset } from '../../src/rules/asset/index.js';
import { defaultProfile } from '../../src/profiles/index.js';
import { fixtures, type Fixtures } from '../helpers/fixtures.js';

/**
 * End to end on real media: every generated fixture, probed for real, gives exactly the asset findings it was
 * built to give under the default profile (the boundary pairs: 300/299 px, 6000/6001 px, 2.5/2.503,
 * 48/47 frames, 360/361 frames, 24/23.976/60/61 fps, 409,600/409,599 and 2,086,876/2,086,884 frame pixels,
 * 30,000,000/+1, 50,000,000/+1 and 15,000,000/+1 bytes, 2.0/1.99 and 15.0/15.01 s of audio).
 */
let fx: Fixtures;
beforeAll(async () => {
  fx = await fixtures();
});

describe('every fixture gives exactly its expected findings', async () => {
  const { catalog } = await fixtures();
  it.each(catalog.map((e) => [e.file, e] as const))('%s', async (_name, entry) => {
    const facts = await probe(fx.path(entry.file));
    const codes = checkAsset(facts, defaultProfile).map((f) => f.code);
    expect([...new Set(codes)].sort()).toEqual([...entry.codes].sort());
  });
});
