/** One stts run: `count` samples of `delta` ticks each. */
export interface SttsEntry {
  count: number;
  delta: number;
}

const INT_MAX = 2 ** 31 - 1;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** "num/den" reduced as av_reduce does; null when it would have to approximate (past INT_MAX). */
export function reduced(num: number, den: number): string | null {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num <= 0 || den <= 0) return null;
  const g = gcd(num, den);
  const n = num / g;
  const d = den / g;
  return n <= INT_MAX && d <= INT_MAX ? `${n}/${d}` : null;
}

export type Rates = { ok: true; avg: string; r: string } | { ok: false; reason: string };

export interface RateInput {
  /** mdhd timescale of the track. */
  timescale: number;
  stts: SttsEntry[];
  /** ffmpeg treats the time base as unreliable for these (h264, hevc, mp4v tag), which enables its gcd guess. */
  unreliableTimebase: boolean;
  /** Edit list is absent, or starts within the first few samples, so the demuxer drops none that matter. */
  simpleEdits: boolean;
  /** Sample sizes (stsz), to check ffmpeg does not hit its probe size before it has counted enough frames. */
  sampleSize: (i: number) => number;
}

/** Samples ffmpeg's avformat_find_stream_info reads at least before guessing r_frame_rate. */
const FPS_ANALYZE_FRAMES = 20;
/** Leading samples the gcd window may lose to an edit list or to ffmpeg ignoring the first deltas. */
const SLACK = 8;

/**
 * avg_frame_rate and r_frame_rate as ffprobe reports them for an mp4/mov video track:
 * - avg: timescale * samples / sum of stts durations (mov demuxer);
 * - r: timescale / the first duration when stts is one run (or one run plus a single last sample);
 *   otherwise ffmpeg guesses from the gcd of the first DTS deltas (ff_rfps_calculate). We take
 *   that guess only when the gcd over the first frames equals the gcd over the whole track, so
 *   however many frames ffmpeg reads it finds the same; anything else is doubted.
 */
export function frameRates(t: RateInput): Rates {
  const { timescale, stts } = t;
  if (!stts.length) return { ok: false, reason: 'video track without stts entries' };
  let frames = 0;
  let ticks = 0;
  for (const e of stts) {
    // ffmpeg rewrites huge deltas (negative int32 corrections); zero deltas make rates undefined
    if (e.count === 0 || e.delta === 0 || e.delta >= 2 ** 31) {
      return { ok: false, reason: `stts entry of ${e.count} samples x ${e.delta} ticks` };
    }
    frames += e.count;
    ticks += e.count * e.delta;
  }
  if (!Number.isSafeInteger(ticks) || frames > INT_MAX) return { ok: false, reason: 'stts totals too large' };
  const avg = reduced(timescale * frames, ticks);
  if (!avg) return { ok: false, reason: 'avg frame rate needs approximation' };

  if (stts.length === 1 || (stts.length === 2 && stts[1].count === 1)) {
    const r = reduced(timescale, stts[0].delta);
    return r ? { ok: true, avg, r } : { ok: false, reason: 'r frame rate needs approximation' };
  }
  const r = gcdRate(t, frames);
  return r ? { ok: true, avg, r } : { ok: false, reason: 'variable frame timing that only ffprobe can judge' };
}

function gcdRate(t: RateInput, frames: number): string | null {
  if (!t.unreliableTimebase || !t.simpleEdits) return null;
  // ffmpeg doubles the frames it reads when the time base is coarser than 0.5 ms
  const analyze = t.timescale < 2000 ? FPS_ANALYZE_FRAMES * 2 : FPS_ANALYZE_FRAMES;
  const deltas = frames - 1; // the last sample's duration is never a DTS delta
  if (deltas < analyze + SLACK) return null;
  // ffmpeg reads at least `analyze` deltas (maybe more, maybe after a few dropped leading samples)
  // and ignores its first 3: deltas SLACK..analyze-1 are in its gcd whatever happens
  const window = analyze + SLACK;
  const core: number[] = [];
  let whole = 0;
  let ticks = 0;
  let bytes = 0;
  let i = 0; // index of the entry's first sample
  for (const e of t.stts) {
    if (i >= deltas) break;
    const n = Math.min(e.count, deltas - i);
    for (let k = i; k < Math.min(i + n, window); k++) {
      if (k >= SLACK && k < analyze) core.push(e.delta);
      ticks += e.delta;
      bytes += t.sampleSize(k);
    }
    whole = gcd(whole, e.delta);
    i += n;
  }
  // ffmpeg stops counting at 5 s of media or 5 MB read: stay well inside both
  if (ticks / t.timescale > 4 || bytes > 2_500_000) return null;
  const coreGcd = core.reduce(gcd, 0);
  if (coreGcd !== whole) return null;
  if (!(whole > Math.max(1, Math.floor(t.timescale / 500)))) return null;
  return reduced(t.timescale, whole);
}
