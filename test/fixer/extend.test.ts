import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, type Fixtures } from '../helpers/fixtures.js';
import { probe } from '../../src/probes/index.js';
import { errorCodes, ffmpeg, fixedOutput, fixInto, tempDir } from './helpers.js';
import { EACH_FFMPEG } from './ffmpegs.js';

/** Too short is fixable: the last frame is held (audio padded with silence) up to the 2 s minimum. */
let fx: Fixtures;
let withSound: string;
beforeAll(async () => {
  fx = await fixtures();
  withSound = join(await tempDir('short'), 'short-with-sound.mp4');
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc=size=640x640:rate=25:duration=1.5', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1.5', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', withSound]);
}, 60_000);

describe.each(EACH_FFMPEG)('lengthen with %s', (_title, bin) => {
  it('47 frames at 24 fps become 48 (2.0 s); 1.5 s with sound becomes 2.0 s, sound included; a 1.99 s wav becomes 2 s', async () => {
    const { report } = await fixInto([fx.path('videos/dur-47frames.mp4'), withSound, fx.path('audio/wav-1.99s.wav')], { ffmpeg: bin });
    expect(report.unfixable).toEqual([]);
    expect(report.failed).toEqual([]);

    const clip = await fixedOutput(report, 'dur-47frames.mp4');
    expect(clip.actions).toEqual(['extend:video.duration']);
    expect(clip.facts).toMatchObject({ durationSec: 2, fps: { num: 24, den: 1 } });
    expect(errorCodes(clip.facts)).toEqual([]);

    const sound = await fixedOutput(report, 'short-with-sound.mp4');
    expect(sound.actions).toEqual(['extend:video.duration']);
    expect(sound.facts.hasAudioStream).toBe(true);
    expect(sound.facts.durationSec).toBeGreaterThanOrEqual(2);
    expect(sound.facts.durationSec).toBeLessThan(2.05);
    expect(errorCodes(sound.facts)).toEqual([]);

    const wav = await fixedOutput(report, 'wav-1.99s.wav');
    expect(wav.actions).toEqual(['extend:audio.duration']);
    expect(wav.facts.durationSec).toBe(2);
    expect(errorCodes(wav.facts)).toEqual([]);
    // the input's own length is kept at the start: the output is the input plus the hold
    expect((await probe(fx.path('videos/dur-47frames.mp4'))).durationSec).toBeLessThan(2);
  });
});
