import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/probes/index.js';
import type { FixReport } from '../../src/fixer/types.js';
import { errorCodes, ffmpeg, fixInto, tempDir } from './helpers.js';
import { EACH_FFMPEG } from './ffmpegs.js';

/**
 * Real files for a few sizes of the grid (grid.test.ts walks all of them on Facts): the two
 * images, and videos too wide, too tall, too small and over the frame pixels, in pad and crop mode.
 * Each output is probed again and must pass.
 */
const IMAGES: [number, number][] = [[6001, 2400], [1000, 100], [100, 1000], [1, 1]];
const VIDEOS: [number, number][] = [[1000, 100], [240, 600], [2502, 1000]];
const name = (kind: string, [w, h]: [number, number]) => `${kind}-${w}x${h}.${kind === 'image' ? 'png' : 'mp4'}`;

let dir: string;
beforeAll(async () => {
  dir = await tempDir('gridmedia');
  for (const s of IMAGES) await sharp({ create: { width: s[0], height: s[1], channels: 3, background: '#3080c0' } }).png().toFile(join(dir, name('image', s)));
  for (const s of VIDEOS) await ffmpeg(['-f', 'lavfi', '-i', `testsrc=size=${s[0]}x${s[1]}:rate=24:duration=2`, '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', join(dir, name('video', s))]);
}, 120_000);

async function allPass(report: FixReport, expected: number) {
  expect(report.unfixable).toEqual([]);
  expect(report.failed).toEqual([]);
  expect(report.fixed).toHaveLength(expected);
  for (const f of report.fixed) {
    const facts = await probe(f.output);
    expect({ file: f.output, errors: errorCodes(facts) }).toEqual({ file: f.output, errors: [] });
  }
}

describe.each(['pad', 'crop'] as const)('grid sizes as real images, %s mode (sharp)', (mode) => {
  it('every one is fixed and passes', async () => {
    const { report } = await fixInto(IMAGES.map((s) => join(dir, name('image', s))), { crop: mode === 'crop' });
    await allPass(report, IMAGES.length);
    const byName = (n: string) => report.fixed.find((f) => f.source.endsWith(n))!;
    if (mode === 'pad') expect(byName('image-1000x100.png').actions).toEqual([expect.objectContaining({ type: 'pad', to: { width: 1000, height: 400 } })]);
    expect((await probe(byName('image-6001x2400.png').output))).toMatchObject({ width: 6000, height: 2400 });
  });
});

describe.each(EACH_FFMPEG)('grid sizes as real videos with %s', (_title, bin) => {
  it.each(['pad', 'crop'] as const)('%s mode: every one is fixed and passes', async (mode) => {
    const { report } = await fixInto(VIDEOS.map((s) => join(dir, name('video', s))), { crop: mode === 'crop', ffmpeg: bin });
    await allPass(report, VIDEOS.length);
    for (const f of report.fixed) expect(f.actions.map((a) => a.type)).not.toContain(mode === 'pad' ? 'crop' : 'pad');
  });
});
