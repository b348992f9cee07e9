import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSampleFormat } from '../../src/media/sample-format.js';
import type { FixReport } from '../../src/fixer/types.js';
import { errorCodes, ffmpeg, fixedOutput, fixInto, tempDir } from './helpers.js';
import { EACH_FFMPEG } from './ffmpegs.js';

/**
 * A re-written wav keeps its sample format unless a size limit needs fewer bits, and then a step
 * says so. Real files: the sample folder's 8-bit long.wav, a 24-bit flac, and a 24-bit 192 kHz wav
 * of 14 s (16.1 MB: over the 15 MB cap, under it at 16 bits).
 */
let dir: string;
beforeAll(async () => {
  dir = await tempDir('pcm');
  await copyFile('fixtures/sample/long.wav', join(dir, 'long-8bit.wav'));
  const tone = ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=192000:duration=14', '-ac', '2'];
  await ffmpeg([...tone, '-c:a', 'pcm_s24le', join(dir, 'hires-24bit.wav')]);
  await ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=3', '-c:a', 'flac', '-sample_fmt', 's32', '-bits_per_raw_sample', '24', join(dir, 'deep.flac')]);
}, 60_000);

describe.each(EACH_FFMPEG)('audio sample formats with %s', (_title, bin) => {
  let report: FixReport;
  beforeAll(async () => {
    ({ report } = await fixInto([join(dir, 'long-8bit.wav'), join(dir, 'hires-24bit.wav'), join(dir, 'deep.flac')], { ffmpeg: bin }));
  }, 60_000);

  it('an 8-bit wav trimmed to 15 s stays 8-bit, and the output is smaller than the input', async () => {
    const { facts, actions } = await fixedOutput(report, 'long-8bit.wav');
    expect(actions).toEqual(['trim:audio.duration']);
    expect(errorCodes(facts)).toEqual([]);
    const out = report.fixed.find((f) => f.source.endsWith('long-8bit.wav'))!.output;
    expect(await readSampleFormat(out)).toMatchObject({ codec: 'pcm_u8' });
    expect(facts.bytes).toBeLessThan(128_044);
    // one byte per sample: 15 s at 8 kHz mono, plus the header and ffmpeg's small LIST chunk
    expect(facts.bytes! - 15 * 8000).toBeGreaterThanOrEqual(44);
    expect(facts.bytes! - 15 * 8000).toBeLessThan(256);
  });

  it('a 24-bit wav over the size cap is stored as 16-bit, and the step says why', async () => {
    const { facts, actions } = await fixedOutput(report, 'hires-24bit.wav');
    expect(actions).toEqual(['sampleformat:audio.bytes']);
    const step = report.fixed.find((f) => f.source.endsWith('hires-24bit.wav'))!.actions[0];
    expect(step).toMatchObject({ type: 'sampleformat', from: '24-bit', to: '16-bit', codec: 'pcm_s16le' });
    expect(await readSampleFormat(report.fixed.find((f) => f.source.endsWith('hires-24bit.wav'))!.output)).toMatchObject({ codec: 'pcm_s16le' });
    // no downmix and no resample were needed once the samples were 16-bit
    expect(facts).toMatchObject({ channels: 2, sampleRate: 192_000 });
    expect(facts.bytes).toBeLessThanOrEqual(15_000_000);
    expect(errorCodes(facts)).toEqual([]);
  });

  it('a 24-bit flac becomes a 24-bit wav', async () => {
    const { facts, actions } = await fixedOutput(report, 'deep.flac');
    expect(actions).toEqual(['convert:audio.format']);
    expect(errorCodes(facts)).toEqual([]);
    expect(await readSampleFormat(report.fixed.find((f) => f.source.endsWith('deep.flac'))!.output)).toMatchObject({ codec: 'pcm_s24le' });
  });
});
