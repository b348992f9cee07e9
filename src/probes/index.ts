import { constants, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Facts, ReadFailure } from '../types.js';
import type { RemoteRun } from '../remote/run.js';
import { isUrl } from './is-url.js';
import { kindOf } from '../lib/read-regular.js';
import { fileSource, type ByteSource, type FileSource } from './source.js';
import { probeSource, type Fallbacks } from './pipeline.js';

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
  return probeSource(src, nodeFallbacks(own), {
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    deep: opts.deep,
    settled: own && (() => void own.close()),
  });
}

/** Node's fallbacks: sharp (ffprobe for what libvips cannot read), ffprobe, music-metadata, loaded on first need. */
function nodeFallbacks(file?: FileSource): Fallbacks {
  return {
    before: async (src) => (src.localPath ? checkLocal(src.localPath, file) : null),
    async image(src, size, format, timeoutMs) {
      const { probeImage } = await import('./image.js');
      const img = await probeImage(src, size, format, timeoutMs);
      if (img.width === null && !img.failure) {
        // a format libvips cannot read (bmp, heic): ffprobe reads its header
        const { probeVideo } = await import('./video.js');
        const v = await probeVideo(src, { timeoutMs });
        if (!v.failure && v.width !== null) return { width: v.width, height: v.height, rotation: img.rotation, failure: null, probedBy: 'ffprobe' };
      }
      return { ...img, probedBy: 'sharp' };
    },
    async video(src, _format, timeoutMs, deep) {
      const { probeVideo } = await import('./video.js');
      return { ...(await probeVideo(src, { timeoutMs, deep })), probedBy: 'ffprobe' };
    },
    async audio(src, size, format, mime) {
      const { probeAudio } = await import('./audio.js');
      return { ...(await probeAudio(src, size, format, mime)), probedBy: 'music-metadata' };
    },
    async deep(src, kind, format, size, timeoutMs) {
      const { deepCheck } = await import('./deep.js');
      return deepCheck(src, kind, format, size, timeoutMs);
    },
  };
}

/**
 * stat only (no open) so a FIFO or device is never opened; then a non-blocking open to prove it is
 * readable (the probe's own handle when it has one, so the file is opened once).
 */
async function checkLocal(path: string, file?: FileSource): Promise<ReadFailure | null> {
  try {
    // the probe's own file is read synchronously (see fileSource); so is its stat
    const st = file ? statSync(path) : await stat(path);
    if (!st.isFile()) return { reason: 'not_a_file', detail: `${path} is a ${kindOf(st)}, not a regular file` };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { reason: 'not_found', detail: `${path} does not exist` };
    return { reason: 'unreadable', detail: errorText(err) };
  }
  try {
    if (file) {
      const st = await file.stat();
      return st.isFile() ? null : { reason: 'not_a_file', detail: `${path} is a ${kindOf(st)}, not a regular file` };
    }
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, this does not hang
    const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = await fh.stat();
      if (!st.isFile()) return { reason: 'not_a_file', detail: `${path} is a ${kindOf(st)}, not a regular file` };
    } finally {
      await fh.close();
    }
  } catch (err) {
    return { reason: 'unreadable', detail: errorText(err) };
  }
  return null;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
