import { rm, writeFile } from 'node:fs/promises';
import type { Sharp } from 'sharp';
import { runFfmpeg, type FfmpegRunOptions } from '../media/ffmpeg.js';
import type { Facts } from '../types.js';
import type { ImageFormat, Plan, Size } from './types.js';
import { MAX_DECODE_PIXELS } from './plan-image.js';

type FixPlan = Extract<Plan, { status: 'fix' }>;

/** Encoder settings tried in turn until the file fits its cap (the first is the normal one). */
const LADDER: Record<ImageFormat, ((img: Sharp) => Sharp)[]> = {
  jpeg: [90, 80, 70, 60, 50, 40].map((quality) => (img: Sharp) => img.jpeg({ quality, mozjpeg: true })),
  webp: [90, 80, 70, 60, 50, 40].map((quality) => (img: Sharp) => img.webp({ quality })),
  png: [
    (img: Sharp) => img.png(),
    (img: Sharp) => img.png({ compressionLevel: 9 }),
    (img: Sharp) => img.png({ compressionLevel: 9, palette: true, quality: 90 }),
    (img: Sharp) => img.png({ compressionLevel: 9, palette: true, quality: 60 }),
  ],
};

/**
 * Runs an image plan with sharp into `out`. EXIF orientation is always applied first (and the tag
 * dropped), so crop, scale and pad work on the picture as displayed. BMP is decoded by ffmpeg first.
 */
export async function fixImage(p: FixPlan, facts: Facts, input: string, out: string, ff: FfmpegRunOptions): Promise<void> {
  const { default: sharp } = await import('sharp');
  let src = input;
  const decoded = facts.format === 'bmp' ? `${out}.decoded.png` : null;
  try {
    if (decoded) {
      await runFfmpeg({ input, output: decoded, outputOptions: ['-frames:v', '1', '-c:v', 'png', '-f', 'image2'] }, ff);
      src = decoded;
    }
    const build = () => {
      let img = sharp(src, { limitInputPixels: MAX_DECODE_PIXELS, animated: false }).rotate();
      for (const a of p.actions) {
        if (a.type === 'crop') img = img.extract(centred(a.from, a.to));
        else if (a.type === 'scale') img = img.resize(a.to.width, a.to.height, { fit: 'fill' });
        else if (a.type === 'pad') img = img.extend(padding(a.from, a.to));
      }
      return img;
    };
    const format = p.output.format as ImageFormat;
    const cap = p.output.maxBytes ?? Infinity;
    let last = 0;
    for (const encode of LADDER[format]) {
      const buf = await encode(build()).toBuffer();
      last = buf.length;
      if (buf.length <= cap) return await writeFile(out, buf);
    }
    throw new Error(`the smallest ${format} encoding is ${last} bytes, still over ${cap}`);
  } finally {
    if (decoded) await rm(decoded, { force: true });
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
