import type { Facts, Rational, ReadFailure } from '../types.js';
import { blankFacts } from './facts.js';
import { runFfprobe, type FfprobeJson, type FfprobeResult, type FfprobeStream } from './ffprobe.js';
import { SourceReadError } from './guard.js';
import type { ByteSource } from './source.js';

const VIDEO_FIELDS = ['width', 'height', 'durationSec', 'fps', 'variableFrameRate', 'videoCodec', 'audioCodec', 'hasVideoStream', 'hasAudioStream', 'sampleRate', 'channels', 'rotation'] as const;

/** The part of Facts a video probe fills. */
export type VideoFacts = Pick<Facts, (typeof VIDEO_FIELDS)[number] | 'failure'>;

const blank = blankFacts('', '');
const UNKNOWN = Object.fromEntries(VIDEO_FIELDS.map((k) => [k, blank[k]])) as Omit<VideoFacts, 'failure'>;

/** `deep`: ffprobe demuxes every packet, and a packet it cannot read is the file's failure. */
export async function probeVideo(src: ByteSource, opts: { timeoutMs?: number; deep?: boolean } = {}): Promise<VideoFacts> {
  const run = { timeoutMs: opts.timeoutMs, countPackets: opts.deep };
  // a local file: ffprobe reads the descriptor already open and checked, not the path again
  if (src.localPath) return fromFfprobe(await toolChecked(await runFfprobe(src.localPath, { ...run, fd: src.fd?.() })), opts.deep);
  // no file: serve the source on loopback so ffprobe reads through it (its cache, budget and
  // checks) instead of fetching the URL on its own
  const { exposeSource } = await import('../remote/loopback.js');
  const exposed = await exposeSource(src);
  try {
    const r = await runFfprobe(exposed.url, run);
    if (!r.ok && exposed.errors.length) throw new SourceReadError(exposed.errors[0]);
    await toolChecked(r);
    return fromFfprobe(r, opts.deep);
  } finally {
    await exposed.close();
  }
}

/** A failure ffprobe did not end itself may be the tool's: then the run stops with an environment error. */
async function toolChecked(r: FfprobeResult): Promise<FfprobeResult> {
  if (!r.ok && r.kind !== 'timeout' && r.kind !== 'output_limit') await (await import('../lib/tool-check.js')).assertToolRuns('ffprobe');
  return r;
}

function fromFfprobe(r: FfprobeResult, deep = false): VideoFacts {
  if (!r.ok) return { ...UNKNOWN, failure: ffprobeFailure(r) };
  return { ...normaliseFfprobe(r.json), failure: deep ? packetFailure(r.json, r.stderr) : null };
}

/**
 * After a scan of every packet (-count_packets): an error ffprobe logged while demuxing, or fewer
 * packets than the container lists, means the media data is damaged though the index is sound.
 */
export function packetFailure(json: FfprobeJson, stderr: string): ReadFailure | null {
  const line = stderr.split('\n').find((l) => l.trim());
  if (line) return { reason: 'corrupt', detail: `ffprobe, reading every packet: ${line.replace(/^\[[^\]]* @ 0x[0-9a-f]+\]\s*/i, '')}` };
  for (const s of json.streams ?? []) {
    const listed = Number(s.nb_frames);
    const read = Number(s.nb_read_packets);
    if (listed > 0 && Number.isFinite(read) && read < listed) {
      return { reason: 'truncated', detail: `the ${s.codec_type ?? 'media'} stream lists ${listed} frames but only ${read} could be read` };
    }
  }
  return null;
}

export function ffprobeFailure(r: Extract<FfprobeResult, { ok: false }>): ReadFailure {
  const detail = `ffprobe: ${r.detail}`;
  if (r.kind === 'timeout') return { reason: 'timeout', detail };
  if (r.kind !== 'error') return { reason: 'probe_failed', detail };
  if (/permission denied|no such file/i.test(r.detail)) return { reason: 'unreadable', detail };
  return { reason: 'corrupt', detail };
}

/** ffprobe JSON -> facts. Width/height as displayed; fps exact; container comes from the sniff, not from here. */
export function normaliseFfprobe(json: FfprobeJson): Omit<VideoFacts, 'failure'> {
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
