import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { ffmpeg } from '../../fixtures/lib/tools.mjs';
import { lint } from '../../src/lint.js';
import { loadProfileFiles } from '../../src/profiles/load.js';
import { defaultProfile } from '../../src/profiles/index.js';
import type { Report } from '../../src/types.js';

// Media made here, for this test only (never the shared fixtures): three files the profile below should
// let through, and controls whose verdicts must not move.
const dir = mkdtempSync(join(tmpdir(), 'sp-extends-'));
const at = (name: string) => join(dir, name);
const video = (name: string, sec: number, fps: number) =>
  ffmpeg(['-f', 'lavfi', '-i', `testsrc2=size=640x640:rate=${fps}`, '-t', String(sec), '-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', at(name)]);
const tone = (name: string, sec: number, codec: string[]) => ffmpeg(['-f', 'lavfi', '-i', `sine=frequency=440:duration=${sec}`, ...codec, at(name)]);

const codes = (r: Report) => Object.fromEntries(r.assets.map((a) => [basename(a.source), a.problems.map((p) => p.code).sort()]));

describe('a profile file extending the default changes exactly the verdicts it names', () => {
  let profilePath: string;
  beforeAll(async () => {
    await Promise.all([
      video('long-17s.mp4', 17, 30), // longer than the default's 15 s per clip
      video('slow-20fps.mp4', 3, 20), // under the default's 24 fps floor
      tone('tone.flac', 3, ['-c:a', 'flac']), // a format the default does not take
      video('fine.mp4', 3, 24), // controls, passing and failing under both profiles
      video('very-slow-10fps.mp4', 3, 10),
      tone('tone.mp3', 3, ['-c:a', 'libmp3lame']),
      tone('long-16s.wav', 16, ['-c:a', 'pcm_s16le']),
      sharp({ create: { width: 200, height: 200, channels: 3, background: '#369' } }).png().toFile(at('small.png')),
      sharp({ create: { width: 800, height: 600, channels: 3, background: '#963' } }).jpeg().toFile(at('fine.jpg')),
    ]);
    profilePath = join(mkdtempSync(join(tmpdir(), 'sp-extends-profile-')), 'longer.json');
    writeFileSync(profilePath, JSON.stringify({
      id: 'longer-clips',
      extends: 'seedance-2.0-reference-to-video',
      models: [],
      source: { title: 'Our platform limits', url: 'https://example.com/limits' },
      limits: { 'video.maxDurationSec': 20, 'video.minFps': 15, 'audio.formats': ['mp3', 'wav', 'flac'] },
    }));
  }, 120_000);

  it('longer clips, a lower fps floor and flac pass; every other verdict stays as the default gives it', async () => {
    const before = codes(await lint([dir]));
    expect(before).toEqual({
      'fine.jpg': [],
      'fine.mp4': [],
      'long-16s.wav': ['audio.duration'],
      'long-17s.mp4': ['video.duration'],
      'slow-20fps.mp4': ['video.fps'],
      'small.png': ['image.side'],
      'tone.flac': ['audio.format'],
      'tone.mp3': [],
      'very-slow-10fps.mp4': ['video.fps'],
    });
    const profiles = await loadProfileFiles([profilePath]);
    const after = await lint([dir], { profiles, model: 'longer-clips' });
    expect(after.profile).toBe('longer-clips');
    expect(codes(after)).toEqual({ ...before, 'long-17s.mp4': [], 'slow-20fps.mp4': [], 'tone.flac': [] });
    // The 10 fps clip now breaks the new floor: the finding cites the profile file's document.
    const slow = after.assets.find((a) => a.source.endsWith('very-slow-10fps.mp4'))!.problems[0];
    expect(slow).toMatchObject({ limit: 15, source: { title: 'Our platform limits', url: 'https://example.com/limits' } });
    // The default itself is unchanged, in memory and in a run after the profile was loaded.
    expect(defaultProfile.video.maxDurationSec?.value).toBe(15);
    expect(defaultProfile.audio.formats.value).toEqual(['mp3', 'wav']);
    expect(codes(await lint([dir]))).toEqual(before);
  }, 120_000);
});
