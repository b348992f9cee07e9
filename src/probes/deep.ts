import type { Kind, ReadFailure } from '../types.js';
import type { ByteSource } from './source.js';
import { holdFor, sharpCall } from './sharp-turns.js';

/**
 * --deep in Node, for files whose headers passed and that the in-process check (MP4/MOV sample
 * tables, MP3 frames) could not judge: decode-level checks that read every byte. Images are decoded
 * in full by sharp (libvips fails on warnings such as corrupt entropy data); audio and video are
 * demuxed packet by packet by ffprobe. (A video ffprobe read itself had its packet scan in that run.)
 */
export async function deepCheck(src: ByteSource, kind: Kind, format: string, size: number, timeoutMs: number): Promise<ReadFailure | null> {
  if (kind === 'image') return SHARP_DECODES.has(format) ? decodeImage(src, size, timeoutMs) : null;
  if (kind === 'audio' || kind === 'video') {
    const { probeVideo } = await import('./video.js');
    return (await probeVideo(src, { timeoutMs, deep: true })).failure;
  }
  return null;
}

/** Formats this sharp build decodes itself (others are read by ffprobe, or only reported). */
const SHARP_DECODES = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif']);

/** Larger files are not decoded (an image the API takes is far smaller): reported, not read into memory. */
export const DEEP_MAX_BYTES = 256 * 1024 * 1024;

/** Canvases decoded whole to raw pixels (3 bytes a pixel: ~150 MB); larger ones are decoded in strips. */
const RAW_MAX_PIXELS = 50_000_000;
const PIXEL_LIMIT = /exceeds pixel limit/i;

async function decodeImage(src: ByteSource, size: number, timeoutMs: number): Promise<ReadFailure | null> {
  const { default: sharp } = await import('sharp');
  if (size > DEEP_MAX_BYTES) return { reason: 'probe_failed', detail: `--deep did not decode it: ${size} bytes, more than ${DEEP_MAX_BYTES}` };
  // the bytes of the open file, never the path again (see probeImage)
  const input = await src.read(0, size);
  try {
    // A decode to raw pixels is the cheapest full decode (stats() costs ~6x as much), but it holds the
    // whole canvas: up to RAW_MAX_PIXELS (above the API's largest image). Larger canvases go through
    // stats(), which pulls pixels in strips; sharp's own pixel limit stays on there, as a small file can
    // claim a huge canvas (a 2.4 MB PNG once cost 2.5 GB decoded without it).
    // a failure is decoded again alone: its words are what tell truncated from corrupt (see sharp-turns)
    await sharpCall(async () => {
      try {
        await sharp(input, { failOn: 'warning', limitInputPixels: RAW_MAX_PIXELS }).raw().toBuffer();
      } catch (err) {
        if (!PIXEL_LIMIT.test(String((err as Error)?.message))) throw err;
        await sharp(input, { failOn: 'warning' }).stats();
      }
    }, holdFor(timeoutMs));
    return null;
  } catch (err) {
    // the first line names the failure; libvips may add the warning that caused it on the next
    const full = String((err as Error)?.message ?? err);
    const message = full.split('\n')[0];
    if (PIXEL_LIMIT.test(message)) return { reason: 'probe_failed', detail: `--deep did not decode it: more pixels than sharp's limit (${message})` };
    const truncated = /premature end|truncated|unexpected end|end of file/i.test(full);
    return { reason: truncated ? 'truncated' : 'corrupt', detail: `sharp, decoding every pixel: ${message}` };
  }
}
