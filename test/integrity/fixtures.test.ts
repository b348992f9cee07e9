import { extname } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkedFormats, checkIntegrity } from '../../src/probes/integrity/index.js';
import { type Fixtures, fixtures } from '../helpers/fixtures.js';
import { countingFile } from './sources.js';

let fx: Fixtures;
beforeAll(async () => {
  fx = await fixtures();
});

const EXT_FORMAT: Record<string, string> = { '.jpg': 'jpeg', '.png': 'png', '.webp': 'webp', '.mp4': 'mp4', '.mov': 'mov', '.wav': 'wav', '.mp3': 'mp3' };
/** The content format, or the one the name claims when the content has none (what a caller would try). */
const formatOf = (file: string, format: unknown) => (typeof format === 'string' ? format : EXT_FORMAT[extname(file)]);
const READ_BUDGET = 64 * 1024;

describe('integrity on the generated fixtures', () => {
  test('the catalog has good and broken files for every checked format', async () => {
    for (const format of checkedFormats.filter((f) => !['m4a', '3gp', '3g2'].includes(f))) {
      const good = fx.catalog.filter((e) => e.expect.format === format && !e.expect.failure);
      const broken = fx.catalog.filter((e) => e.expect.format === format && e.expect.failure);
      expect(good.length, `good ${format}`).toBeGreaterThan(0);
      if (format !== 'mov') expect(broken.length, `broken ${format}`).toBeGreaterThan(0);
    }
  });

  test('every good file of a checked format passes, reading under 64 KB', async () => {
    const good = fx.catalog.filter((e) => checkedFormats.includes(String(e.expect.format)) && !e.expect.failure);
    expect(good.length).toBeGreaterThan(40);
    for (const e of good) {
      const src = countingFile(fx.path(e.file));
      expect(await checkIntegrity(src, String(e.expect.format)), e.file).toBeNull();
      expect(src.bytesRead, e.file).toBeLessThan(READ_BUDGET);
    }
  });

  test('every broken file is flagged with its reason', async () => {
    const broken = fx.catalog.filter((e) => ['empty', 'truncated', 'corrupt'].includes(String(e.expect.failure)));
    expect(broken.length).toBeGreaterThanOrEqual(10);
    for (const e of broken) {
      const r = await checkIntegrity(countingFile(fx.path(e.file)), formatOf(e.file, e.expect.format));
      expect(r?.reason, e.file).toBe(e.expect.failure);
      expect(r?.detail.length, e.file).toBeGreaterThan(10);
    }
  });

  test('content that is not the format its name claims is corrupt for that format', async () => {
    expect((await checkIntegrity(countingFile(fx.path('broken/random.mp4')), 'mp4'))?.reason).toBe('corrupt');
    expect((await checkIntegrity(countingFile(fx.path('broken/text.png')), 'png'))?.reason).toBe('corrupt');
    expect((await checkIntegrity(countingFile(fx.path('broken/png-named.jpg')), 'jpeg'))?.reason).toBe('corrupt');
    // checked by content, the mislabelled files are sound
    expect(await checkIntegrity(countingFile(fx.path('broken/png-named.jpg')), 'png')).toBeNull();
    expect(await checkIntegrity(countingFile(fx.path('broken/mp4-named.mov')), 'mp4')).toBeNull();
  });

  test('formats without a checker return null without reading', async () => {
    for (const [file, format] of [['audio/format.flac', 'flac'], ['audio/format.ogg', 'ogg'], ['videos/container.webm', 'webm'], ['images/format-300x300.gif', 'gif']]) {
      const src = countingFile(fx.path(file));
      expect(await checkIntegrity(src, format)).toBeNull();
      expect(src.reads).toBe(0);
    }
  });

  test('the 50 MB mp4 and 30 MB png are checked from a few KB', async () => {
    for (const [file, format, budget] of [
      ['videos/bytes-50000001.mp4', 'mp4', 16 * 1024],
      ['images/bytes-30000001.png', 'png', 16 * 1024],
      ['audio/wav-bytes-15000001.wav', 'wav', 16 * 1024],
    ] as const) {
      const src = countingFile(fx.path(file));
      expect(await checkIntegrity(src, format), file).toBeNull();
      expect(src.bytesRead, file).toBeLessThanOrEqual(budget);
      expect(src.reads, file).toBeLessThanOrEqual(4);
    }
  });
});
