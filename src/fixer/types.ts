import type { Kind, Rational } from '../types.js';
import type { SampleFormat } from '../media/sample-format.js';

export interface Size {
  width: number;
  height: number;
}

export type ImageFormat = 'png' | 'jpeg' | 'webp';
export type AudioFormat = 'mp3' | 'wav';
export type OutputFormat = ImageFormat | 'mp4' | AudioFormat;

/** How a manifest's clips are shortened to fit a total-duration budget. */
export type TrimStrategy = 'proportional' | 'end' | 'longest';
export const TRIM_STRATEGIES: readonly TrimStrategy[] = ['proportional', 'end', 'longest'];

/**
 * One step of a plan. `code` is the finding it answers (an asset code, or a request code such
 * as request.video_total_duration for a manifest budget). Steps run in the order listed.
 */
export type FixAction =
  /** Apply EXIF orientation (images) or the display matrix (video) to the pixels. */
  | { type: 'orient'; code: string; rotation: number }
  | { type: 'convert'; code: string; from: string; to: OutputFormat }
  /**
   * Container change only: the streams are copied. A copy keeps the source's timestamps, which can
   * land a hair outside a limit: then the fallback runs (a re-encode, as `convert`).
   */
  | { type: 'remux'; code: string; from: string; to: 'mp4'; fallback: 'convert' }
  /** Keep the centred `to` region of the picture (before scaling). */
  | { type: 'crop'; code: string; from: Size; to: Size }
  | { type: 'scale'; code: string; from: Size; to: Size }
  /** Centre the picture on a `to` canvas. */
  | { type: 'pad'; code: string; from: Size; to: Size }
  /** Frames are dropped or repeated; the duration stays. */
  | { type: 'retime'; code: string; from: Rational; to: Rational }
  | { type: 'trim'; code: string; fromSec: number; toSec: number }
  /** Lengthen a clip under the minimum: the last frame is held (video), silence added (audio). */
  | { type: 'extend'; code: string; fromSec: number; toSec: number }
  | { type: 'downmix'; code: string; from: number; to: number }
  | { type: 'resample'; code: string; from: number; to: number }
  /** Fewer bits per sample (wav): only when a size limit needs it; `from`/`to` in words, `codec` the encoder. */
  | { type: 'sampleformat'; code: string; from: string; to: string; codec: string }
  /** Cap the bitrate at a value computed from the duration so the file fits `maxBytes`. */
  | { type: 'bitrate'; code: string; fromBytes: number; maxBytes: number; kbps: number; audioKbps?: number }
  /** Re-encode (images: lower quality step by step) until the file fits `maxBytes`. */
  | { type: 'recompress'; code: string; fromBytes: number; maxBytes: number };

export type ActionType = FixAction['type'];

export interface OutputSpec {
  format: OutputFormat;
  /** Without the dot. */
  extension: string;
  /** The size cap the encoder keeps under even when no bytes finding asked for it (null: none). */
  maxBytes: number | null;
  /** Frame rate of the output (video), for trims on whole frames. */
  fps?: Rational | null;
  /** wav: the PCM encoder, the source's own sample format unless a step changes it. */
  pcm?: { codec: string; label: string };
}

export type Plan =
  | { source: string; kind: Kind | null; status: 'unchanged'; actions: [] }
  /** `code` is the finding that makes it unfixable; `why` picks the words. */
  | { source: string; kind: Kind | null; status: 'unfixable'; code: string; why: UnfixableWhy; detail: string | null; actions: [] }
  | { source: string; kind: Kind; status: 'fix'; actions: FixAction[]; output: OutputSpec };

export type UnfixableWhy =
  | 'unreadable'
  | 'no_video_stream'
  | 'cannot_decode'
  | 'too_large_to_decode'
  | 'unknown_size'
  | 'impossible_geometry'
  | 'unsupported'
  | 'request';

export interface PlanOptions {
  /** Bring the aspect ratio into range by cropping instead of padding. */
  crop?: boolean;
  /** A manifest budget: trim to at most this many seconds, answering `code`. */
  trimTo?: { sec: number; code: string };
  /** A manifest's share of a together-size cap (evolink's older reference page), used when smaller than the profile's own. */
  maxBytes?: { bytes: number; code: string };
  /** Audio: how the source stores its samples (read with ffprobe), so a wav keeps it. */
  sampleFormat?: SampleFormat | null;
  /** Image formats this build can decode; default: IMAGE_DECODERS. */
  decodable?: (format: string) => boolean;
}

/** A manifest entry now pointing at another file (the manifest's own step). */
export interface RepointAction {
  type: 'repoint';
  code: string;
  kind: Kind;
  index: number;
  from: string;
  to: string;
  /** The fixed file, or the unchanged one placed under --out (`placed`: how; absent in a dry run). */
  file: 'fixed' | 'unchanged';
  placed?: 'link' | 'copy';
}

/** A step as reported: its data and its words. */
export type ActionReport = (FixAction | RepointAction) & { text: string };

/** One command that produces an output: ffmpeg's exact argv (and a shell line), or sharp calls in Node. */
export type FixCommand = { tool: 'ffmpeg'; argv: string[]; line: string } | { tool: 'sharp'; line: string };

/** A planned step that did not give a passing file, and what ran instead. */
export interface Fallback {
  planned: ActionType;
  ran: ActionType;
  /** The finding codes the first output still had. */
  codes: string[];
  text: string;
}

/** The ffmpeg the fixer runs (see media/select.ts). */
export interface FfmpegUsed {
  path: string;
  version: string;
  from: 'option' | 'env' | 'path' | 'bundled';
}

export interface FixReport {
  /** Every input ends in spec (fixed or unchanged). */
  ok: boolean;
  dryRun: boolean;
  out: string;
  profile: string;
  /** The ffmpeg used (dry run: that would be used); null when none runs here. */
  ffmpeg: FfmpegUsed | null;
  /**
   * Written and re-checked (dry run: would be written). `actions` are the steps that ran; `commands`
   * produce the output by hand; `fallbacks` say which planned step was replaced and why.
   */
  fixed: { source: string; output: string; actions: ActionReport[]; commands: FixCommand[]; fallbacks: Fallback[] }[];
  unchanged: { source: string }[];
  unfixable: { source: string; code: string; reason: string; output?: string }[];
  /** Tried, and ffmpeg/sharp failed or the output still broke a rule; nothing was left under the output name. */
  failed: { source: string; output: string; reason: string; codes: string[]; stderr?: string[] }[];
}

export interface FixOptions {
  /** Output folder (created when missing). Required. */
  out: string;
  /** Plan and report only; write nothing. */
  dryRun?: boolean;
  /** Fix the aspect ratio by cropping instead of padding. */
  crop?: boolean;
  trimStrategy?: TrimStrategy;
  /** Files worked on at once (default 2). */
  concurrency?: number;
  /** Profile id or model name for loose files (manifests pick theirs unless this is set). */
  model?: string;
  /** User profiles (see LintOptions.profiles). */
  profiles?: readonly import('../profiles/types.js').Profile[];
  /** x264 preset (default 'veryfast'). */
  preset?: string;
  /** Per ffmpeg run; the process is killed after it (default 10 minutes). */
  timeoutMs?: number;
  /** The ffmpeg binary (default: SEEDANCE_PREFLIGHT_FFMPEG, else the newest of PATH and the bundled one). */
  ffmpeg?: string;
  /**
   * `n` of `total` files being written; `percent` from ffmpeg's own time stat over the output's
   * duration (long encodes only). Never called in a dry run.
   */
  onProgress?: (e: { source: string; phase: 'start' | 'progress' | 'done'; n: number; total: number; percent?: number; status?: 'fixed' | 'failed' }) => void;
}
