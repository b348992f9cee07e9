import type { ReadFailure } from '../types.js';
import type { ByteSource } from './source.js';
import { holdFor, sharpCall } from './sharp-turns.js';

export interface ImageFacts {
  width: number | null;
  height: number | null;
  /** EXIF orientation 1-8 (null when the image has none). */
  rotation: number | null;
  failure: ReadFailure | null;
}

const FIRST_READ = 64 * 1024;
const MAX_HEADER_READ = 8 * 1024 * 1024;

/**
 * Header-only: sharp().metadata() reads the header and never decodes pixels. Width/height are
 * as displayed (sharp's autoOrient applies EXIF orientation 5-8). sharp gets bytes read through the
 * source, a local file's included: given the path it would open it again, and by then the path may
 * name a FIFO (libvips then blocks a pool thread for good) or another file.
 */
export async function probeImage(src: ByteSource, size: number, format: string, timeoutMs = 60_000): Promise<ImageFacts> {
  const { default: sharp } = await import('sharp');
  let length = Math.min(FIRST_READ, size);
  for (;;) {
    // the first bytes only, more when the header needs them
    const input = await src.read(0, length);
    try {
      // a failure is read again alone: its words are what tell truncated from corrupt (see sharp-turns)
      const m = await sharpCall(() => metadata(sharp, input), holdFor(timeoutMs));
      const width = m.autoOrient?.width ?? m.width ?? null;
      const height = m.autoOrient?.height ?? m.height ?? null;
      return { width, height, rotation: m.orientation ?? null, failure: null };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const cut = length < size;
      if (cut && length < MAX_HEADER_READ) {
        length = Math.min(length * 2, size, MAX_HEADER_READ);
        continue;
      }
      return { width: null, height: null, rotation: null, failure: classify(message, cut, format) };
    }
  }
}

/**
 * sharp refuses even the header of an image over its pixel limit. metadata() never decodes, so
 * reading the header again without the limit is safe, and the rules then report the real sides.
 */
async function metadata(sharp: typeof import('sharp').default, input: string | Uint8Array) {
  try {
    return await sharp(input).metadata();
  } catch (err) {
    if (!/exceeds pixel limit/i.test(String((err as Error).message))) throw err;
    return sharp(input, { limitInputPixels: false }).metadata();
  }
}

/** Formats this sharp build reads itself; its errors on anything else (HEIC without an HEVC decoder, ...) say nothing about the file. */
const SHARP_READS = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif']);

function classify(message: string, cut: boolean, format: string): ReadFailure | null {
  const detail = `sharp: ${message.split('\n')[0]}`;
  // a format libvips cannot read is not broken: the format rule reports it
  if (/unsupported image format/i.test(message) || !SHARP_READS.has(format)) return null;
  if (cut) return { reason: 'probe_failed', detail: `${detail} (header larger than ${MAX_HEADER_READ} bytes)` };
  if (/premature end|truncated|unexpected end|end of file/i.test(message)) return { reason: 'truncated', detail };
  return { reason: 'corrupt', detail };
}
