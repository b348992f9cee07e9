/** A stream's start and duration in its own time base (1/timescale), as ffmpeg's mov demuxer leaves them. */
export interface StreamTiming {
  timescale: number;
  start: number;
  duration: number;
  /** Subtitle and data streams count only when they are the only ones, or outrun the others by < 1 s. */
  isText: boolean;
}

export interface Edit {
  /** In the movie (mvhd) timescale. */
  duration: number;
  /** In the track timescale; -1 for an empty edit. */
  mediaTime: number;
}

/** av_rescale(a, b, c): a*b/c rounded to nearest, halves away from zero; exact for any size. */
export function rescale(a: number, b: number, c: number): number {
  const p = a * b;
  if (p >= 0 && p <= Number.MAX_SAFE_INTEGER) return Math.floor((p + Math.floor(c / 2)) / c);
  const A = BigInt(a);
  const B = BigInt(b);
  const C = BigInt(c);
  const P = A * B;
  const r = P >= 0n ? (P + C / 2n) / C : -((-P + C / 2n) / C);
  return Number(r);
}

/**
 * Stream timing the way ffmpeg's mov demuxer computes it:
 * duration = min(mdhd duration, sum of stts durations, sum of edit durations in track time);
 * start = the sum of empty edits (an edit list sets it; without one the first timestamp, 0 here,
 * because the caller doubts tracks whose first presentation time is not 0).
 */
export function streamTiming(
  timescale: number,
  mdhdDuration: number,
  sttsTicks: number,
  edits: Edit[] | null,
  movieTimescale: number,
  isText: boolean,
): StreamTiming {
  let duration = mdhdDuration;
  if (sttsTicks) duration = Math.min(duration, sttsTicks);
  let start = 0;
  if (edits && edits.length) {
    let total = 0;
    for (const e of edits) {
      const d = rescale(e.duration, timescale, movieTimescale);
      total += d;
      if (e.mediaTime === -1) start += d;
    }
    duration = Math.min(duration, total);
  }
  return { timescale, start, duration, isText };
}

const SECOND = 1_000_000;

/** ffmpeg's update_stream_timings: the container duration in microseconds, or null when it has none. */
export function formatDurationUs(streams: StreamTiming[]): number | null {
  let start = Infinity;
  let startText = Infinity;
  let end = -Infinity;
  let endText = -Infinity;
  let duration = -Infinity;
  let durationText = -Infinity;
  for (const s of streams) {
    const s1 = rescale(s.start, SECOND, s.timescale);
    const d1 = rescale(s.duration, SECOND, s.timescale);
    const e1 = s1 + d1;
    if (s.isText) {
      startText = Math.min(startText, s1);
      endText = Math.max(endText, e1);
      durationText = Math.max(durationText, d1);
    } else {
      start = Math.min(start, s1);
      end = Math.max(end, e1);
      duration = Math.max(duration, d1);
    }
  }
  if (start === Infinity || (start > startText && start - startText < SECOND)) start = startText;
  if (end === -Infinity || (end < endText && endText - end < SECOND)) end = endText;
  if (duration === -Infinity || (duration < durationText && durationText - duration < SECOND)) duration = durationText;
  if (start !== Infinity && end !== -Infinity && end >= start) duration = Math.max(duration, end - start);
  return duration > 0 && Number.isFinite(duration) ? duration : null;
}

/** Microseconds as ffprobe prints a duration ("2.002000"). */
export function printUs(us: number): string {
  return `${Math.floor(us / SECOND)}.${String(us % SECOND).padStart(6, '0')}`;
}
