import type { Facts, ReadFailure } from '../types.js';
import { blankFacts } from './facts.js';
import { runFfprobe, type FfprobeJson, type FfprobeResult } from './ffprobe.js';
import { normaliseFfprobe } from './normalise.js';
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

export { normaliseFfprobe, frameRate, parseRational } from './normalise.js';
