import type { Facts, Rational } from '../types.js';
import type { FfprobeJson, FfprobeStream } from './ffprobe.js';

/**
 * ffprobe's JSON (or the in-process readers' stand-in for it) -> facts. No Node here: the
 * browser build reads MP4/MOV through the same normaliser.
 */
export type NormalisedVideo = Pick<Facts, 'width' | 'height' | 'durationSec' | 'fps' | 'variableFrameRate' | 'videoCodec' | 'audioCodec' | 'hasVideoStream' | 'hasAudioStream' | 'sampleRate' | 'channels' | 'rotation'>;

/** ffprobe JSON -> facts. Width/height as displayed; fps exact; container comes from the sniff, not from here. */
export function normaliseFfprobe(json: FfprobeJson): NormalisedVideo {
  const streams = json.streams ?? [];
  // cover art is a one-picture "video" stream; it is not a video
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audio = streams.find((s) => s.codec_type === 'audio');
  const durationSec =
    num(json.format?.duration) ?? num(video?.duration) ?? maxOf(streams.map((s) => num(s.duration)));
  const rotation = video ? rotationOf(video) : null;
  const swap = rotation === 90 || rotation === 270;
  const w = positive(video?.width);
  const h = positive(video?.height);
  const rate = video ? frameRate(video, durationSec) : { fps: null, variableFrameRate: null };
  return {
    width: swap ? h : w,
    height: swap ? w : h,
    durationSec,
    ...rate,
    videoCodec: video?.codec_name ?? null,
    audioCodec: audio?.codec_name ?? null,
    hasVideoStream: video !== undefined,
    hasAudioStream: audio !== undefined,
    sampleRate: positive(num(audio?.sample_rate)),
    channels: positive(audio?.channels),
    rotation,
  };
}

/**
 * fps: avg_frame_rate (frames / duration), or r_frame_rate when avg is 0/0.
 * Variable: avg and r differ by more than 1% AND by more than 1.5 frames over the clip; a smaller
 * gap is rounding of the last frame's duration, and then r (the nominal rate) is reported.
 */
export function frameRate(
  s: FfprobeStream,
  durationSec: number | null,
): { fps: Rational | null; variableFrameRate: boolean | null } {
  const avg = parseRational(s.avg_frame_rate);
  const r = parseRational(s.r_frame_rate);
  if (!avg || !r) return { fps: avg ?? r, variableFrameRate: null };
  const gap = Math.abs(avg.value - r.value);
  const variable = gap / r.value > 0.01 && (durationSec === null || gap * durationSec > 1.5);
  return { fps: variable ? avg : r, variableFrameRate: variable };
}

/** "24000/1001" -> {24000, 1001}; null for 0/0, N/A or garbage. */
export function parseRational(text: string | undefined): Rational | null {
  const m = /^(\d+)\/(\d+)$/.exec(text ?? '');
  if (!m) return null;
  let n = Number(m[1]);
  let d = Number(m[2]);
  if (!n || !d) return null;
  const g = gcd(n, d);
  n /= g;
  d /= g;
  return { num: n, den: d, value: n / d };
}

/** Display rotation in whole degrees 0-359, from the display matrix (or the old `rotate` tag). */
function rotationOf(s: FfprobeStream): number {
  const fromMatrix = s.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation;
  const deg = fromMatrix ?? num(s.tags?.rotate) ?? 0;
  return ((Math.round(deg) % 360) + 360) % 360;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

function num(v: string | number | undefined): number | null {
  if (v === undefined) return null;
  const n = typeof v === 'number' ? v : Number.parseFloat(v);
  return Number.isFinite(n) ? n : null;
}

function positive(v: number | null | undefined): number | null {
  return typeof v === 'number' && v > 0 ? v : null;
}

function maxOf(values: (number | null)[]): number | null {
  const ok = values.filter((v): v is number => v !== null);
  return ok.length ? Math.max(...ok) : null;
}
