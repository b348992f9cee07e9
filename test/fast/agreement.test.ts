import { stat } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastVideoFacts, type FastFacts, type FastResult } from '../../src/probes/fast/index.js';
import { runFfprobe, type FfprobeJson, type FfprobeResult } from '../../src/probes/ffprobe.js';
import { normaliseFfprobe } from '../../src/probes/video.js';
import { fixtures } from '../helpers/fixtures.js';
import { memorySource, tempDir } from '../probes/media.js';
import { clips } from './media.js';

// The fast path must give exactly the facts ffprobe gives, on every MP4/MOV we can make,
// or say it doubts the file (then the dispatcher runs ffprobe). Generated once per run.
const fx = await fixtures();
const catalogFiles = fx.catalog.filter((e) => /\.(mp4|mov)$/.test(e.file)).map((e) => e.file);
const tmp = await tempDir();

interface Outcome {
  fast: FastResult;
  probe: FfprobeResult;
  reads: number;
  bytesRead: number;
}
const outcomes = new Map<string, Outcome>();
const pathOf = (name: string) => (name.startsWith('clip:') ? tmp.path(name.slice(5)) : fx.path(name));
const names = [...catalogFiles, ...clips.map((c) => `clip:${c.name}`)];

/** Files the reader must read itself: the usual output of encoders and phones. Others may be doubted. */
const MAY_DOUBT = new Set([
  'broken/truncated-moov-end.mp4',
  'broken/truncated-moov-front.mp4',
  'broken/no-moov.mp4',
  'broken/random.mp4',
  'clip:fragmented.mp4',
  'clip:vfr-jitter.mp4',
  // 1/120 time base: the DTS gcd is 1 tick, so ffmpeg guesses r_frame_rate from standard rates
  'videos/vfr.mp4',
  // MPEG-4 part 2: ffmpeg takes the size from the VOL header in the bitstream, not the sample entry
  'clip:mpeg4-part2.mp4',
  'clip:mpeg4-60.mov',
]);

beforeAll(async () => {
  for (const c of clips) await c.make(tmp.path);
  const queue = [...names];
  await Promise.all(
    [0, 1].map(async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        const path = pathOf(name);
        const src = await memorySource(path);
        const fast = await fastVideoFacts(src, path.endsWith('.mov') ? 'mov' : 'mp4');
        outcomes.set(name, { fast, probe: await runFfprobe(path), reads: src.stats.reads, bytesRead: src.stats.bytesRead });
      }
    }),
  );
}, 240_000);

afterAll(() => tmp.cleanup());

const FACT_KEYS: (keyof FastFacts)[] = [
  'width',
  'height',
  'rotation',
  'fps',
  'variableFrameRate',
  'durationSec',
  'videoCodec',
  'audioCodec',
  'hasVideoStream',
  'hasAudioStream',
];

/** The stream fields the fast path stands in for, attached pictures (cover art) left out. */
function rawStreams(json: FfprobeJson) {
  return (json.streams ?? [])
    .filter((s) => !s.disposition?.attached_pic)
    .map((s) => ({
      codec_type: s.codec_type === 'subtitle' ? 'data' : s.codec_type,
      codec_name: s.codec_type === 'video' || s.codec_type === 'audio' ? s.codec_name : undefined,
      width: s.codec_type === 'video' ? s.width : undefined,
      height: s.codec_type === 'video' ? s.height : undefined,
      avg_frame_rate: s.codec_type === 'video' ? s.avg_frame_rate : undefined,
      r_frame_rate: s.codec_type === 'video' ? s.r_frame_rate : undefined,
      rotation: s.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation ?? 0,
    }));
}

describe('fast path agrees with ffprobe', () => {
  it.each(names)('%s', (name) => {
    const o = outcomes.get(name)!;
    if (!o.fast.ok) {
      if (!MAY_DOUBT.has(name)) expect.fail(`doubted: ${o.fast.reason}`);
      return;
    }
    if (!o.probe.ok) expect.fail(`fast path read a file ffprobe refuses: ${o.probe.detail}`);
    const want = normaliseFfprobe(o.probe.json);
    const got = o.fast.facts;
    for (const k of FACT_KEYS) expect.soft(got[k], k).toEqual(want[k]);
    expect(rawStreams(o.fast.ffprobeLike)).toEqual(rawStreams(o.probe.json));
    expect(o.fast.ffprobeLike.format?.duration).toBe(o.probe.json.format?.duration);
    // few reads: the first 64 KiB, the moov when it is elsewhere, a header past a big mdat
    expect(o.reads).toBeLessThanOrEqual(3);
  });

  it('reads most files itself', () => {
    const doubted = names.filter((n) => !outcomes.get(n)!.fast.ok);
    console.log(`fast path doubted ${doubted.length} of ${names.length}:\n` +
      doubted.map((n) => `  ${n}: ${(outcomes.get(n)!.fast as { reason: string }).reason}`).join('\n'));
    expect(doubted.every((n) => MAY_DOUBT.has(n))).toBe(true);
  });

  it('reads only the box headers and the moov of a 50 MB file', () => {
    const o = outcomes.get('videos/bytes-50000000.mp4')!;
    expect(o.fast.ok).toBe(true);
    expect(o.bytesRead).toBeLessThan(200_000);
  });

  it('reads the start and the moov of a file with the moov at the end, not the mdat', async () => {
    const o = outcomes.get('clip:h264-30-bframes-15s.mp4')!;
    const size = (await stat(pathOf('clip:h264-30-bframes-15s.mp4'))).size;
    expect(o.fast.ok).toBe(true);
    // the first 64 KiB, then the moov after the mdat
    expect(o.reads).toBe(2);
    expect(o.bytesRead).toBeLessThan(size / 2);
  });

  it('doubts fragmented, truncated and moov-less files', () => {
    for (const name of ['clip:fragmented.mp4', 'broken/truncated-moov-end.mp4', 'broken/truncated-moov-front.mp4', 'broken/no-moov.mp4', 'broken/random.mp4']) {
      expect(outcomes.get(name)!.fast.ok, name).toBe(false);
    }
  });
});
