import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, type Fixtures } from '../helpers/fixtures.js';
import { probe } from '../../src/probes/index.js';
import type { FixReport } from '../../src/fixer/types.js';
import { errorCodes, fixedOutput, fixInto } from './helpers.js';
import { EACH_FFMPEG } from './ffmpegs.js';

const NAMES = ['audio/format.flac', 'audio/format.ogg', 'audio/wav-15.01s.wav', 'audio/wav-bytes-15000001.wav', 'audio/mp3-cbr-5s.mp3'];

let fx: Fixtures;

beforeAll(async () => {
  fx = await fixtures();
});

describe.each(EACH_FFMPEG)('fix audio with %s: every output, probed again, passes the asset rules', (_title, bin) => {
  let report: FixReport;
  beforeAll(async () => {
    ({ report } = await fixInto(NAMES.map((n) => fx.path(n)), { ffmpeg: bin }));
    expect(report.ffmpeg?.path).toBe(bin);
  }, 60_000);

  it('flac (lossless) becomes wav, ogg (lossy) becomes mp3, same duration', async () => {
    const flac = await fixedOutput(report, 'format.flac');
    expect(flac.actions).toEqual(['convert:audio.format']);
    expect(flac.facts).toMatchObject({ format: 'wav', extension: 'wav' });
    const ogg = await fixedOutput(report, 'format.ogg');
    expect(ogg.facts).toMatchObject({ format: 'mp3', extension: 'mp3' });
    for (const [name, f] of [['audio/format.flac', flac.facts], ['audio/format.ogg', ogg.facts]] as const) {
      expect(errorCodes(f)).toEqual([]);
      expect(Math.abs(f.durationSec! - (await probe(fx.path(name))).durationSec!)).toBeLessThanOrEqual(0.1);
    }
  });

  it('a wav of 15.01 s is trimmed to 15 s exactly', async () => {
    const { facts, actions } = await fixedOutput(report, 'wav-15.01s.wav');
    expect(actions).toEqual(['trim:audio.duration']);
    expect(facts.durationSec).toBe(15);
    expect(errorCodes(facts)).toEqual([]);
  });

  it('a wav one byte over 15 MB is written again under it, duration kept', async () => {
    const { facts, actions } = await fixedOutput(report, 'wav-bytes-15000001.wav');
    expect(actions).toEqual(['recompress:audio.bytes']);
    expect(facts.bytes).toBeLessThanOrEqual(15_000_000);
    expect(Math.abs(facts.durationSec! - 15)).toBeLessThanOrEqual(0.1);
    expect(errorCodes(facts)).toEqual([]);
  });

  it('an mp3 in spec is unchanged', () => {
    expect(report.unchanged.map((u) => u.source)).toEqual([fx.path('audio/mp3-cbr-5s.mp3')]);
    expect(report.ok).toBe(true);
  });
});
