import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, type Fixtures } from '../helpers/fixtures.js';
import type { FixReport } from '../../src/fixer/types.js';
import { errorCodes, fixedOutput, fixInto, tempDir } from './helpers.js';

const NAMES = [
  'images/format-300x300.gif',
  'images/format-300x300.bmp',
  'images/format-300x300.tiff',
  'images/side-299x300.png',
  'images/side-6001x2401.png',
  'images/aspect-751x300.png',
  'images/aspect-300x751.png',
  'images/bytes-30000001.png',
  'images/exif-o6-800x400.jpg',
  'images/ok-640x480.jpg',
];

let fx: Fixtures;
let report: FixReport;
let rotated: string;

beforeAll(async () => {
  fx = await fixtures();
  // stored 1000x300, left half red; EXIF 6 displays it 300x1000 (aspect 0.3) with the red half on top
  rotated = join(await tempDir('exif'), 'rotated-o6.jpg');
  const half = await sharp({ create: { width: 500, height: 300, channels: 3, background: '#ff0000' } }).png().toBuffer();
  await sharp({ create: { width: 1000, height: 300, channels: 3, background: '#0000ff' } })
    .composite([{ input: half, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .toFile(rotated);
  ({ report } = await fixInto([...NAMES.map((n) => fx.path(n)), rotated]));
});

describe('fix images: every output, probed again, passes the asset rules', () => {
  it('gif, bmp and tiff become png of the same size', async () => {
    for (const name of ['format-300x300.gif', 'format-300x300.bmp', 'format-300x300.tiff']) {
      const { facts, actions } = await fixedOutput(report, name);
      expect(actions).toEqual(['convert:image.format']);
      expect(facts).toMatchObject({ format: 'png', extension: 'png', width: 300, height: 300 });
      expect(errorCodes(facts)).toEqual([]);
    }
  });

  it('sides: 299x300 is scaled up, 6001x2401 down, keeping the shape', async () => {
    const small = await fixedOutput(report, 'side-299x300.png');
    expect(small.actions).toEqual(['scale:image.side']);
    expect(small.facts).toMatchObject({ width: 300, height: 301 });
    const large = await fixedOutput(report, 'side-6001x2401.png');
    expect(large.facts).toMatchObject({ width: 6000, height: 2401 });
    for (const f of [small.facts, large.facts]) expect(errorCodes(f)).toEqual([]);
  });

  it('aspect: 751x300 and 300x751 are padded into 0.4-2.5', async () => {
    const wide = await fixedOutput(report, 'aspect-751x300.png');
    expect(wide.actions).toEqual(['pad:image.aspect_ratio']);
    expect(wide.facts).toMatchObject({ width: 751, height: 301 });
    const tall = await fixedOutput(report, 'aspect-300x751.png');
    expect(tall.facts).toMatchObject({ width: 301, height: 751 });
    for (const f of [wide.facts, tall.facts]) expect(errorCodes(f)).toEqual([]);
  });

  it('bytes: a png over 30 MB is written again under it', async () => {
    const { facts, actions } = await fixedOutput(report, 'bytes-30000001.png');
    expect(actions).toEqual(['recompress:image.bytes']);
    expect(facts.bytes).toBeLessThanOrEqual(30_000_000);
    expect(errorCodes(facts)).toEqual([]);
  });

  it('EXIF orientation is applied to the pixels before padding, and the tag is gone', async () => {
    const { facts, actions } = await fixedOutput(report, 'rotated-o6.jpg');
    expect(actions).toEqual(['orient:image.aspect_ratio', 'pad:image.aspect_ratio']);
    expect(facts).toMatchObject({ format: 'jpeg', width: 400, height: 1000 });
    expect(facts.rotation === null || facts.rotation === 1).toBe(true);
    expect(errorCodes(facts)).toEqual([]);
    const out = report.fixed.find((f) => f.source.endsWith('rotated-o6.jpg'))!.output;
    const { data, info } = await sharp(out).raw().toBuffer({ resolveWithObject: true });
    const px = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(px(200, 100)[0]).toBeGreaterThan(200); // red on top
    expect(px(200, 900)[2]).toBeGreaterThan(200); // blue below
    expect(px(10, 500)).toEqual([0, 0, 0]); // padding at the side
  });

  it('files already in spec (an EXIF-rotated jpeg among them) are unchanged and not written', () => {
    expect(report.unchanged.map((u) => u.source.split('/').pop()).sort()).toEqual(['exif-o6-800x400.jpg', 'ok-640x480.jpg']);
    expect(report.ok).toBe(true);
  });

  it('--crop cuts to the aspect range instead of padding', async () => {
    const { report: r } = await fixInto([fx.path('images/aspect-751x300.png')], { crop: true });
    const { facts, actions } = await fixedOutput(r, 'aspect-751x300.png');
    expect(actions).toEqual(['crop:image.aspect_ratio']);
    expect(facts).toMatchObject({ width: 750, height: 300 });
    expect(errorCodes(facts)).toEqual([]);
  });
});
