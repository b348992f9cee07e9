import { constants, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Facts, ReadFailure } from '../types.js';
import type { RemoteRun } from '../remote/run.js';
import { blankFacts } from './facts.js';
import { guarded, SourceReadError } from './guard.js';
import { extensionOf, sniff, type Sniffed } from './sniff.js';
import { isUrl } from './is-url.js';
import { fileSource, type ByteSource, type FileSource } from './source.js';
// The in-process readers and the integrity checks run on nearly every file: imported up front, as a
// dynamic import() per file costs more than the readers themselves. sharp, ffprobe and music-metadata
// stay behind import() for the files these readers leave to them.
import { fastVideoFacts } from './fast/index.js';
import { fastJpegFacts } from './fast/jpeg.js';
import { fastMp3Facts } from './fast/mp3.js';
import { checkIntegrity } from './integrity/index.js';

export interface ProbeOptions {
  /** Budget for the whole probe (ffprobe is killed when it runs out). Default 60 s. */
  timeoutMs?: number;
  /** URLs may resolve to private, loopback or link-local addresses (staging, tests). Default false. */
  allowPrivateUrls?: boolean;
  /** Decode-level checks that read every byte (full image decode, every packet demuxed). Default false. */
  deep?: boolean;
  /**
   * For URLs: the run whose connections, DNS answers, per-host limit and deadline they share (see
   * RemoteRun). Default: one for this URL alone.
   */
  remoteRun?: RemoteRun;
}

export { isUrl } from './is-url.js';

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * One file, URL (or ByteSource) -> one normalised Facts.
 *
 * @example
 *   const f = await probe('clip.mp4');
 *   // { kind: 'video', format: 'mp4', width: 1280, height: 720, fps: { num: 24000, den: 1001 }, durationSec: 5.005, failure: null, ... }
 * Never throws for anything about the file:
 * every problem is `failure` on the result. A path that is not a regular file is never opened.
 */
export async function probe(input: string | ByteSource, opts: ProbeOptions = {}): Promise<Facts> {
  if (typeof input === 'string' && isUrl(input)) return (await import('./url.js')).probeUrl(input, opts);
  // a source made here is closed here (one handle per probe); a caller's source is the caller's
  const own = typeof input === 'string' ? fileSource(input) : undefined;
  const src = own ?? (input as ByteSource);
  const facts = blankFacts(src.id, extensionOf(src.name));
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Facts>((resolve) => {
    timer = setTimeout(
      () => resolve({ ...facts, failure: { reason: 'timeout', detail: `probing took longer than ${timeoutMs} ms` } }),
      timeoutMs,
    );
  });
  const work = probeInto(guarded(src), facts, Date.now() + timeoutMs, opts.deep ?? false, own);
  // closed when the work settles, not at the deadline: a read still in flight must not hit a closed handle
  if (own) void work.catch(() => {}).finally(() => own.close());
  try {
    return await Promise.race([work, deadline]);
  } catch (err) {
    if (err instanceof SourceReadError) return { ...facts, failure: { reason: 'unreadable', detail: err.message } };
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

async function probeInto(src: ByteSource, facts: Facts, deadlineAt: number, deep: boolean, file?: FileSource): Promise<Facts> {
  const fail = (reason: string, detail: string): Facts => ({ ...facts, failure: { reason, detail } });

  if (src.localPath) {
    const local = await checkLocal(src.localPath, file);
    if (local) return fail(local.reason, local.detail);
  }
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
    probeKind(src, size, sniffed, Math.max(1, deadlineAt - Date.now()), deep),
    checkFormatIntegrity(src, sniffed.format),
  ]);
  // the integrity check names the structural problem (truncated, ...) more exactly than a tool error
  let failure = integrity ?? probed.failure ?? null;
  if (deep && !failure && sniffed.kind !== 'video') {
    const { deepCheck } = await import('./deep.js');
    failure = await deepCheck(src, sniffed.kind, sniffed.format, size, Math.max(1, deadlineAt - Date.now()));
  }
  return { ...facts, ...probed, failure };
}

async function probeKind(src: ByteSource, size: number, sniffed: Sniffed, timeoutMs: number, deep: boolean): Promise<Partial<Facts>> {
  const { kind, format, mime } = sniffed;
  if (kind === 'image') {
    if (format === 'jpeg') {
      // in-process header reader; anything it doubts goes to sharp below
      const fast = await fastJpegFacts(src, size);
      if (fast.ok) return { ...fast.facts, failure: null, probedBy: 'fast-jpeg' };
    }
    const { probeImage } = await import('./image.js');
    const img = await probeImage(src, size, format!);
    if (img.width === null && !img.failure) {
      // a format libvips cannot read (bmp, heic): ffprobe reads its header
      const { probeVideo } = await import('./video.js');
      const v = await probeVideo(src, { timeoutMs });
      if (!v.failure && v.width !== null) return { width: v.width, height: v.height, rotation: img.rotation, probedBy: 'ffprobe' };
    }
    return { ...img, probedBy: 'sharp' };
  }
  if (kind === 'video') {
    if ((format === 'mp4' || format === 'mov') && !deep) {
      // in-process moov reader; anything it doubts goes to ffprobe below
      const fast = await fastVideoFacts(src, format);
      if (fast.ok) return { ...fast.facts, sampleRate: null, channels: null, failure: null, probedBy: 'fast-mp4' };
    }
    const { probeVideo } = await import('./video.js');
    return { ...(await probeVideo(src, { timeoutMs, deep })), probedBy: 'ffprobe' };
  }
  if (format === 'mp3') {
    // plain MP3s without music-metadata; anything the reader doubts goes to it below
    const fast = await fastMp3Facts(src, size);
    if (fast.ok) return { ...fast.facts, probedBy: 'fast-mp3' };
  }
  const { probeAudio } = await import('./audio.js');
  return { ...(await probeAudio(src, size, format!, mime)), probedBy: 'music-metadata' };
}

/**
 * stat only (no open) so a FIFO or device is never opened; then a non-blocking open to prove it is
 * readable (the probe's own handle when it has one, so the file is opened once).
 */
async function checkLocal(path: string, file?: FileSource): Promise<ReadFailure | null> {
  try {
    // the probe's own file is read synchronously (see fileSource); so is its stat
    const st = file ? statSync(path) : await stat(path);
    if (!st.isFile()) return { reason: 'not_a_file', detail: `${path} is a ${typeName(st)}, not a regular file` };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { reason: 'not_found', detail: `${path} does not exist` };
    return { reason: 'unreadable', detail: errorText(err) };
  }
  try {
    if (file) {
      const st = await file.stat();
      return st.isFile() ? null : { reason: 'not_a_file', detail: `${path} is a ${typeName(st)}, not a regular file` };
    }
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, this does not hang
    const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = await fh.stat();
      if (!st.isFile()) return { reason: 'not_a_file', detail: `${path} is a ${typeName(st)}, not a regular file` };
    } finally {
      await fh.close();
    }
  } catch (err) {
    return { reason: 'unreadable', detail: errorText(err) };
  }
  return null;
}

async function checkFormatIntegrity(src: ByteSource, format: string): Promise<ReadFailure | null> {
  return checkIntegrity(src, format);
}

function typeName(st: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSymbolicLink(): boolean }): string {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'FIFO (named pipe)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'special file';
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
