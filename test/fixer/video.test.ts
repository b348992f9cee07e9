import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, type Fixtures } from '../helpers/fixtures.js';
import { probe } from '../../src/probes/index.js';
import { runFfprobe } from '../../src/probes/ffprobe.js';
import type { FixReport } from '../../src/fixer/types.js';
import { errorCodes, ffmpeg, fixedOutput, fixInto, tempDir } from './helpers.js';
import { EACH_FFMPEG } from './ffmpegs.js';

const NAMES = [
  'videos/fps-23.976.mp4',
  'videos/fps-120.mp4',
  'videos/px-639x641.mp4',
  'videos/px-972x2147.mp4',
  'videos/aspect-1051x420.mp4',
  'videos/container.mkv',
  'videos/container.webm',
  'videos/dur-15s-plus1.mp4',
  'videos/rotate-90-1280x720.mp4',
  'videos/bytes-50000001.mp4',
];

let fx: Fixtures;
let rotated: string;

beforeAll(async () => {
  fx = await fixtures();
  // stored 1280x720 with a 90° display matrix (displayed 720x1280) at 15 fps: out of spec by its rate
  const dir = await tempDir('rot');
  rotated = join(dir, 'rotated-15fps.mp4');
  // this ffmpeg writes the rotate tag as a display matrix only on a stream copy
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc=size=1280x720:rate=15:duration=2', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', join(dir, 'plain.mp4')]);
  await ffmpeg(['-i', join(dir, 'plain.mp4'), '-c', 'copy', '-metadata:s:v:0', 'rotate=90', rotated]);
}, 120_000);

/** Output duration within 0.1 s of the source: only fps or size changed. */
async function sameDuration(name: string, outDuration: number | null) {
  const src = await probe(fx.path(name));
  expect(Math.abs(outDuration! - src.durationSec!)).toBeLessThanOrEqual(0.1);
}

describe.each(EACH_FFMPEG)('fix video with %s: every output, probed again, passes the asset rules', (_title, bin) => {
  let report: FixReport;
  beforeAll(async () => {
    ({ report } = await fixInto([...NAMES.map((n) => fx.path(n)), rotated], { ffmpeg: bin }));
    expect(report.ffmpeg?.path).toBe(bin);
  }, 180_000);

  it('fps: 23.976 becomes 24 and 120 becomes 60, duration kept', async () => {
    const slow = await fixedOutput(report, 'fps-23.976.mp4');
    expect(slow.actions).toEqual(['retime:video.fps']);
    expect(slow.facts.fps).toMatchObject({ num: 24, den: 1 });
    await sameDuration('videos/fps-23.976.mp4', slow.facts.durationSec);
    const fast = await fixedOutput(report, 'fps-120.mp4');
    expect(fast.facts.fps).toMatchObject({ num: 60, den: 1 });
    await sameDuration('videos/fps-120.mp4', fast.facts.durationSec);
    for (const f of [slow.facts, fast.facts]) expect(errorCodes(f)).toEqual([]);
  });

  it('frame pixels: 639x641 up and 972x2147 down to even sides, same shape and duration', async () => {
    const up = await fixedOutput(report, 'px-639x641.mp4');
    expect(up.facts).toMatchObject({ width: 640, height: 642, videoCodec: 'h264' });
    const cmd = report.fixed.find((f) => f.source.endsWith('px-639x641.mp4'))!.commands[0];
    expect(cmd.tool === 'ffmpeg' && cmd.argv).toContain('scale=640:642:flags=lanczos,setsar=1,format=yuv420p');
    await sameDuration('videos/px-639x641.mp4', up.facts.durationSec);
    const down = await fixedOutput(report, 'px-972x2147.mp4');
    expect(down.facts).toMatchObject({ width: 972, height: 2146 });
    expect(down.facts.width! * down.facts.height!).toBeLessThanOrEqual(2_086_876);
    await sameDuration('videos/px-972x2147.mp4', down.facts.durationSec);
    for (const f of [up.facts, down.facts]) expect(errorCodes(f)).toEqual([]);
  });

  it('aspect: 1051x420 is padded into 2.5', async () => {
    const { facts, actions } = await fixedOutput(report, 'aspect-1051x420.mp4');
    expect(actions).toContain('pad:video.aspect_ratio');
    expect(facts.width! / facts.height!).toBeLessThanOrEqual(2.5);
    expect(errorCodes(facts)).toEqual([]);
    await sameDuration('videos/aspect-1051x420.mp4', facts.durationSec);
  });

  it('containers: mkv (h264) and webm (vp8) become mp4 with H.264 and the moov in front', async () => {
    for (const name of ['container.mkv', 'container.webm']) {
      const { facts } = await fixedOutput(report, name);
      expect(facts).toMatchObject({ format: 'mp4', extension: 'mp4', videoCodec: 'h264' });
      expect(errorCodes(facts)).toEqual([]);
      await sameDuration(`videos/${name}`, facts.durationSec);
      const out = report.fixed.find((f) => f.source.endsWith(name))!.output;
      const { readFile } = await import('node:fs/promises');
      const head = (await readFile(out)).subarray(0, 64 * 1024).toString('latin1');
      expect(head.indexOf('moov')).toBeGreaterThan(-1);
      expect(head.indexOf('moov')).toBeLessThan(head.indexOf('mdat'));
    }
  });

  it('a clip over 15 s is trimmed to 15 s at most', async () => {
    const { facts, actions } = await fixedOutput(report, 'dur-15s-plus1.mp4');
    expect(actions).toEqual(['trim:video.duration']);
    expect(facts.durationSec).toBeLessThanOrEqual(15);
    expect(facts.durationSec).toBeGreaterThan(14.9);
    expect(errorCodes(facts)).toEqual([]);
  });

  it('a clip over 50 MB is encoded under it at a bitrate computed from its duration', async () => {
    const { facts, actions } = await fixedOutput(report, 'bytes-50000001.mp4');
    expect(actions).toEqual(['bitrate:video.bytes']);
    expect(facts.bytes).toBeLessThanOrEqual(50_000_000);
    expect(errorCodes(facts)).toEqual([]);
    await sameDuration('videos/bytes-50000001.mp4', facts.durationSec);
  });

  it('display rotation is applied to the pixels: stored upright, no rotation left', async () => {
    const { facts, actions } = await fixedOutput(report, 'rotated-15fps.mp4');
    expect(actions).toEqual(['orient:video.fps', 'retime:video.fps']);
    expect(facts).toMatchObject({ width: 720, height: 1280, rotation: 0, fps: { num: 24, den: 1 } });
    const raw = await runFfprobe(report.fixed.find((f) => f.source.endsWith('rotated-15fps.mp4'))!.output);
    if (!raw.ok) throw new Error(raw.detail);
    expect(raw.json.streams?.find((s) => s.codec_type === 'video')).toMatchObject({ width: 720, height: 1280 });
    expect(errorCodes(facts)).toEqual([]);
  });

  it('a rotated clip already in spec is left alone', () => {
    expect(report.unchanged.map((u) => u.source)).toEqual([fx.path('videos/rotate-90-1280x720.mp4')]);
    expect(report.failed).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
