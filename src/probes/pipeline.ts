import type { Facts, Kind, ReadFailure } from '../types.js';
import { blankFacts } from './facts.js';
import { guarded, SourceReadError } from './guard.js';
import { extensionOf, sniff, type Sniffed } from './sniff.js';
import type { ByteSource } from './source.js';
// The in-process readers and the integrity checks run on nearly every file: imported up front, as a
// dynamic import() per file costs more than the readers themselves.
import { fastVideoFacts } from './fast/index.js';
import { fastJpegFacts } from './fast/jpeg.js';
import { fastMp3Facts } from './fast/mp3.js';
import { checkIntegrity } from './integrity/index.js';

/**
 * What a runtime adds to the in-process readers: where Node runs sharp, ffprobe and music-metadata,
 * a browser uses its own facilities. Each gets the files the readers leave to it and returns the
 * facts it learned (with `probedBy`) and any failure; none may throw for the content.
 */
export interface Fallbacks {
  /** Checks before the first read (Node: the path is a regular, readable file). */
  before?(src: ByteSource): Promise<ReadFailure | null>;
  image(src: ByteSource, size: number, format: string, timeoutMs: number): Promise<Partial<Facts>>;
  video(src: ByteSource, format: string, timeoutMs: number, deep: boolean): Promise<Partial<Facts>>;
  audio(src: ByteSource, size: number, format: string, mime: string | null): Promise<Partial<Facts>>;
  /**
   * Decode-level checks (--deep) for files whose headers passed and that the in-process deep check
   * cannot judge: images, audio, and videos the in-process readers answered.
   */
  deep?(src: ByteSource, kind: Kind, format: string, size: number, timeoutMs: number): Promise<ReadFailure | null>;
}

export interface PipelineOptions {
  timeoutMs: number;
  deep?: boolean;
  /** Called when the work settles (after a timeout too), e.g. to close the source. */
  settled?: () => void;
}

/**
 * One ByteSource -> one normalised Facts, in any runtime: sniff, in-process readers, integrity
 * checks, then the runtime's fallbacks. Never throws for anything about the bytes; a read that
 * fails is `unreadable`, and the whole probe ends at `timeoutMs` with a `timeout` failure.
 */
export async function probeSource(src: ByteSource, fallbacks: Fallbacks, opts: PipelineOptions): Promise<Facts> {
  const facts = blankFacts(src.id, extensionOf(src.name));
  const { timeoutMs } = opts;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Facts>((resolve) => {
    timer = setTimeout(
      () => resolve({ ...facts, failure: { reason: 'timeout', detail: `probing took longer than ${timeoutMs} ms` } }),
      timeoutMs,
    );
  });
  const work = probeInto(guarded(src), facts, Date.now() + timeoutMs, opts.deep ?? false, fallbacks);
  // settled when the work settles, not at the deadline: a read still in flight must not hit a closed handle
  if (opts.settled) void work.catch(() => {}).finally(opts.settled);
  try {
    return await Promise.race([work, deadline]);
  } catch (err) {
    if (err instanceof SourceReadError) return { ...facts, failure: { reason: 'unreadable', detail: err.message } };
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

async function probeInto(src: ByteSource, facts: Facts, deadlineAt: number, deep: boolean, fb: Fallbacks): Promise<Facts> {
  const fail = (reason: string, detail: string): Facts => ({ ...facts, failure: { reason, detail } });

  const early = await fb.before?.(src);
  if (early) return fail(early.reason, early.detail);
  let size: number;
  try {
    size = await src.size();
    facts.bytes = size;
    if (size === 0) return fail('empty', 'the file has no bytes');
    await src.read(0, 1);
  } catch (err) {
    return fail('unreadable', errorText(err));
  }

  let sniffed: Sniffed;
  try {
    sniffed = await sniff(src);
  } catch (err) {
    return fail('unreadable', errorText(err));
  }
  Object.assign(facts, {
    kind: sniffed.kind,
    format: sniffed.format,
    mime: sniffed.mime,
    extensionMismatch: sniffed.extensionMismatch,
    probedBy: 'file-type',
  });
  if (!sniffed.kind || !sniffed.format) {
    const what = sniffed.detected ? `the content is ${sniffed.detected} (${sniffed.mime})` : 'the content is not recognised';
    return fail('unknown_format', `${what}, not an image, video or audio file`);
  }

  const [probed, integrity] = await Promise.all([
    probeKind(src, size, sniffed, Math.max(1, deadlineAt - Date.now()), deep, fb),
    checkIntegrity(src, sniffed.format),
  ]);
  // the integrity check names the structural problem (truncated, ...) more exactly than a tool error
  let failure = integrity ?? probed.failure ?? null;
  // a video ffprobe read (not the in-process reader) had its packet scan in that same run
  if (deep && !failure && (sniffed.kind !== 'video' || probed.probedBy === 'fast-mp4')) {
    failure = await deepFailure(src, sniffed.kind, sniffed.format, size, deadlineAt, fb);
  }
  return { ...facts, ...probed, failure };
}

let deepModule: Promise<typeof import('./deep/index.js')> | undefined;

/** --deep: the in-process check (MP4/MOV, MP3) where it can judge the file, else the runtime's. */
async function deepFailure(src: ByteSource, kind: Kind, format: string, size: number, deadlineAt: number, fb: Fallbacks): Promise<ReadFailure | null> {
  // loaded once per run, not per file (an import() per file costs more than an MP3's check)
  const { deepInProcess } = await (deepModule ??= import('./deep/index.js'));
  const own = await deepInProcess(src, format, size, deadlineAt);
  if (own.answered) return own.failure;
  return fb.deep ? fb.deep(src, kind, format, size, Math.max(1, deadlineAt - Date.now())) : null;
}

async function probeKind(src: ByteSource, size: number, sniffed: Sniffed, timeoutMs: number, deep: boolean, fb: Fallbacks): Promise<Partial<Facts>> {
  const { kind, format, mime } = sniffed;
  if (kind === 'image') {
    if (format === 'jpeg') {
      // in-process header reader; anything it doubts goes to the fallback
      const fast = await fastJpegFacts(src, size);
      if (fast.ok) return { ...fast.facts, failure: null, probedBy: 'fast-jpeg' };
    }
    return fb.image(src, size, format!, timeoutMs);
  }
  if (kind === 'video') {
    if (format === 'mp4' || format === 'mov') {
      // in-process moov reader; anything it doubts goes to the fallback
      const fast = await fastVideoFacts(src, format);
      if (fast.ok) return { ...fast.facts, sampleRate: null, channels: null, failure: null, probedBy: 'fast-mp4' };
    }
    return fb.video(src, format!, timeoutMs, deep);
  }
  if (format === 'mp3') {
    // plain MP3s without music-metadata; anything the reader doubts goes to the fallback
    const fast = await fastMp3Facts(src, size);
    if (fast.ok) return { ...fast.facts, probedBy: 'fast-mp3' };
  }
  return fb.audio(src, size, format!, mime);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
