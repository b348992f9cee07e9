import { rm, writeFile } from 'node:fs/promises';
import type { Sharp } from 'sharp';
import { runFfmpeg, type FfmpegJob, type FfmpegRunOptions } from '../media/ffmpeg.js';
import type { Facts } from '../types.js';
import type { ImageFormat, Plan, Size } from './types.js';
import { MAX_DECODE_PIXELS } from './plan-image.js';

type FixPlan = Extract<Plan, { status: 'fix' }>;

/**
 * An image plan as sharp operations: plain data, so the same list runs and is printed. EXIF
 * orientation is always applied first (and the tag dropped), so crop, scale and pad work on the
 * picture as displayed. Scaling uses lanczos3.
 */
export type ImageOp =
  | { op: 'rotate' }
  | { op: 'extract'; left: number; top: number; width: number; height: number }
  | { op: 'resize'; width: number; height: number; fit: 'fill'; kernel: 'lanczos3' }
  | { op: 'extend'; left: number; right: number; top: number; bottom: number; background: { r: number; g: number; b: number; alpha: number } };

export interface ImageEncode {
  format: ImageFormat;
  options: Record<string, unknown>;
}

/** Encoder settings tried in turn until the file fits its cap (the first is the normal one). */
const LADDER: Record<ImageFormat, ImageEncode[]> = {
  jpeg: [90, 80, 70, 60, 50, 40].map((quality) => ({ format: 'jpeg', options: { quality, mozjpeg: true } })),
  webp: [90, 80, 70, 60, 50, 40].map((quality) => ({ format: 'webp', options: { quality } })),
  png: [
    { format: 'png', options: {} },
    { format: 'png', options: { compressionLevel: 9 } },
    { format: 'png', options: { compressionLevel: 9, palette: true, quality: 90 } },
    { format: 'png', options: { compressionLevel: 9, palette: true, quality: 60 } },
  ],
};

export const ladderOf = (format: ImageFormat): ImageEncode[] => LADDER[format];

export function imageOps(p: FixPlan): ImageOp[] {
  const ops: ImageOp[] = [{ op: 'rotate' }];
  for (const a of p.actions) {
    if (a.type === 'crop') ops.push({ op: 'extract', ...centred(a.from, a.to) });
    else if (a.type === 'scale') ops.push({ op: 'resize', width: a.to.width, height: a.to.height, fit: 'fill', kernel: 'lanczos3' });
    else if (a.type === 'pad') ops.push({ op: 'extend', ...padding(a.from, a.to) });
  }
  return ops;
}

/** sharp does not read BMP: ffmpeg decodes it to png first. */
export function bmpDecodeJob(facts: Facts, input: string, out: string): FfmpegJob | null {
  if (facts.format !== 'bmp') return null;
  return { input, output: `${out}.decoded.png`, outputOptions: ['-frames:v', '1', '-c:v', 'png', '-f', 'image2'] };
}

export const SHARP_INPUT = { limitInputPixels: MAX_DECODE_PIXELS, animated: false };

function apply(img: Sharp, op: ImageOp): Sharp {
  switch (op.op) {
    case 'rotate':
      return img.rotate();
    case 'extract':
      return img.extract({ left: op.left, top: op.top, width: op.width, height: op.height });
    case 'resize':
      return img.resize(op.width, op.height, { fit: op.fit, kernel: op.kernel });
    case 'extend':
      return img.extend({ left: op.left, right: op.right, top: op.top, bottom: op.bottom, background: op.background });
  }
}

/** Runs an image plan with sharp into `out`; resolves to the encoder setting that fit. */
export async function fixImage(p: FixPlan, facts: Facts, input: string, out: string, ff: FfmpegRunOptions): Promise<ImageEncode> {
  const { default: sharp } = await import('sharp');
  const decode = bmpDecodeJob(facts, input, out);
  try {
    if (decode) await runFfmpeg(decode, ff);
    const ops = imageOps(p);
    const build = () => ops.reduce(apply, sharp(decode?.output ?? input, SHARP_INPUT));
    const cap = p.output.maxBytes ?? Infinity;
    let last = 0;
    for (const enc of LADDER[p.output.format as ImageFormat]) {
      const buf = await build().toFormat(enc.format, enc.options).toBuffer();
      last = buf.length;
      if (buf.length <= cap) {
        await writeFile(out, buf);
        return enc;
      }
    }
    throw new Error(`the smallest ${p.output.format} encoding is ${last} bytes, still over ${cap}`);
  } finally {
    if (decode) await rm(decode.output, { force: true });
  }
}

function centred(from: Size, to: Size) {
  return { left: Math.floor((from.width - to.width) / 2), top: Math.floor((from.height - to.height) / 2), width: to.width, height: to.height };
}

function padding(from: Size, to: Size) {
  const left = Math.floor((to.width - from.width) / 2);
  const top = Math.floor((to.height - from.height) / 2);
  return { left, right: to.width - from.width - left, top, bottom: to.height - from.height - top, background: { r: 0, g: 0, b: 0, alpha: 1 } };
}
