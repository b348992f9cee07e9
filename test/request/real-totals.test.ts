import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ffmpegPath } from '../../src/lib/binaries.js';
import { preflight } from '../../src/preflight.js';

/** The 15 s totals on real media: three clips of exactly 5.0 s pass; one frame (or 10 ms of audio) more fails. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-totals-'));
  const ff = (...args: string[]) => execFileSync(ffmpegPath(), ['-v', 'error', '-y', ...args]);
  for (const [name, frames] of [['v5a', 120], ['v5b', 120], ['v5c', 120], ['v5plus', 121]] as const) {
    ff('-f', 'lavfi', '-i', `testsrc=size=640x640:rate=24`, '-frames:v', String(frames), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', join(dir, `${name}.mp4`));
  }
  for (const [name, samples] of [['a5a', 220500], ['a5b', 220500], ['a5c', 220500], ['a5plus', 220941]] as const) {
    ff('-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100', '-af', `atrim=end_sample=${samples}`, '-c:a', 'pcm_s16le', '-ac', '1', join(dir, `${name}.wav`));
  }
}, 60_000);

async function check(videos: string[], audios: string[]) {
  const body = { model: 'seedance-2.0-reference-to-video', prompt: 'follow video 1, video 2 and video 3 with audio 1, audio 2 and audio 3', video_urls: videos.map((v) => `${v}.mp4`), audio_urls: audios.map((a) => `${a}.wav`) };
  const file = join(dir, `${videos.join('-')}-${audios.join('-')}.json`);
  writeFileSync(file, JSON.stringify(body));
  const r = await preflight(file);
  return { codes: r.requests[0].problems.map((p) => p.code).filter((c) => c.endsWith('total_duration')), assets: r.assets.flatMap((a) => a.problems.map((p) => p.code)), problems: r.requests[0].problems };
}

describe('duration totals on real clips (seed 002: ≤ 15 s together)', () => {
  it('5.0 + 5.0 + 5.0 s of video and of audio: exactly 15 s, allowed', async () => {
    const r = await check(['v5a', 'v5b', 'v5c'], ['a5a', 'a5b', 'a5c']);
    expect(r.assets).toEqual([]);
    expect(r.codes).toEqual([]);
  });

  it('one more video frame (15.042 s) fails the video total only', async () => {
    const r = await check(['v5a', 'v5b', 'v5plus'], ['a5a', 'a5b', 'a5c']);
    expect(r.codes).toEqual(['request.video_total_duration']);
    const p = r.problems.find((x) => x.code === 'request.video_total_duration')!;
    expect(p.limit).toBe(15);
    expect(Number(p.actual)).toBeCloseTo(15 + 1 / 24, 3);
  });

  it('10 ms more audio (15.01 s) fails the audio total only', async () => {
    const r = await check(['v5a', 'v5b', 'v5c'], ['a5a', 'a5b', 'a5plus']);
    expect(r.codes).toEqual(['request.audio_total_duration']);
  });
});
