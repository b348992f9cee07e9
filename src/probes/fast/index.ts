import type { Facts } from '../../types.js';
import type { FfprobeJson } from '../ffprobe.js';
import type { ByteSource } from '../source.js';
import { normaliseFfprobe } from '../normalise.js';
import { locateMoov } from './locate.js';
import { Doubt, readMoov } from './moov.js';

export type FastFacts = Pick<
  Facts,
  | 'width'
  | 'height'
  | 'rotation'
  | 'fps'
  | 'variableFrameRate'
  | 'durationSec'
  | 'videoCodec'
  | 'audioCodec'
  | 'hasVideoStream'
  | 'hasAudioStream'
>;

export type FastResult =
  | {
      ok: true;
      facts: FastFacts;
      /** The ffprobe JSON fields this reader stands in for (for tests and debugging). */
      ffprobeLike: FfprobeJson;
      /** Source reads made. */
      reads: number;
    }
  /** The reader doubts it would agree with ffprobe: run ffprobe instead. */
  | { ok: false; reason: string };

/**
 * In-process metadata for MP4/MOV: the facts ffprobe would give, from the moov box alone,
 * read through `src` (a few range reads: the first 64 KiB, then the moov if it is elsewhere).
 * Returns ok:false for anything it is not sure of (fragmented files, variable timing it cannot
 * judge, unknown codecs, odd matrices, malformed or cut boxes); never throws for the content.
 * Errors thrown by `src` itself (I/O) propagate, so the caller can report the file unreadable.
 * `format` is the sniffed container; both are read the same way (ffmpeg's demuxer is one too).
 */
export async function fastVideoFacts(src: ByteSource, format: 'mp4' | 'mov'): Promise<FastResult> {
  const size = await src.size();
  const located = await locateMoov(src, size);
  if (!located.ok) return { ok: false, reason: `${format}: ${located.reason}` };
  let json: FfprobeJson;
  try {
    json = readMoov(located.moov);
  } catch (err) {
    // a Doubt is expected; anything else is a reader bug on odd input, still not the caller's problem
    const why = err instanceof Doubt ? err.message : `reader error: ${(err as Error)?.message ?? String(err)}`;
    return { ok: false, reason: `${format}: ${why}` };
  }
  const n = normaliseFfprobe(json);
  return {
    ok: true,
    facts: {
      width: n.width,
      height: n.height,
      rotation: n.rotation,
      fps: n.fps,
      variableFrameRate: n.variableFrameRate,
      durationSec: n.durationSec,
      videoCodec: n.videoCodec,
      audioCodec: n.audioCodec,
      hasVideoStream: n.hasVideoStream,
      hasAudioStream: n.hasAudioStream,
    },
    ffprobeLike: json,
    reads: located.reads,
  };
}
