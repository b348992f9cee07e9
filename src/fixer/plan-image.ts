import type { Facts, Finding } from '../types.js';
import type { Profile } from '../profiles/types.js';
import type { FixAction, ImageFormat, PlanOptions, Size } from './types.js';
import { fitFrame, sameSize as same } from './geometry.js';
import { codeSet, firstCode, type KindPlan } from './plan-common.js';

/** Image formats this build decodes: libvips reads most, ffmpeg decodes bmp. HEIC needs an HEVC decoder neither has. */
export const IMAGE_DECODERS: ReadonlySet<string> = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif', 'bmp']);

/** sharp's default limitInputPixels: a picture larger than this is not decoded at all. */
export const MAX_DECODE_PIXELS = 0x3fff * 0x3fff;

/** Sources without lossy compression become png; the rest jpeg. */
const LOSSLESS = new Set(['png', 'gif', 'bmp', 'tiff']);

const EXTENSIONS: Record<ImageFormat, string[]> = { png: ['png'], jpeg: ['jpg', 'jpeg'], webp: ['webp'] };

export function planImage(f: Facts, errors: Finding[], profile: Profile, opts: PlanOptions): KindPlan {
  const L = profile.image;
  const codes = codeSet(errors);
  const format = f.format!;
  const decodable = opts.decodable ?? ((x: string) => IMAGE_DECODERS.has(x));
  if (!decodable(format)) return { unfixable: { code: codes.has('image.format') ? 'image.format' : firstCode(errors, 'image.format'), why: 'cannot_decode', detail: format } };
  if (f.width === null || f.height === null) return { unfixable: { code: firstCode(errors, 'image.side'), why: 'unknown_size' } };
  if (f.width * f.height > MAX_DECODE_PIXELS) return { unfixable: { code: codes.has('image.side') ? 'image.side' : firstCode(errors, 'image.side'), why: 'too_large_to_decode' } };

  const actions: FixAction[] = [];
  const trigger = firstCode(errors, 'image.format');
  if (f.rotation !== null && f.rotation > 1) actions.push({ type: 'orient', code: trigger, rotation: f.rotation });

  const out = outputFormat(format, L.formats.value);
  if (out !== format) actions.push({ type: 'convert', code: 'image.format', from: format, to: out });

  const src: Size = { width: f.width, height: f.height };
  if (codes.has('image.side') || codes.has('image.aspect_ratio')) {
    const g = fitFrame(src, {
      minSide: L.minSide.value, maxSide: L.maxSide.value, minAspect: L.minAspect.value, maxAspect: L.maxAspect.value, step: 1,
    }, opts.crop ? 'crop' : 'pad');
    if (!g) return { unfixable: { code: firstCode(errors, 'image.side'), why: 'impossible_geometry' } };
    const aspect = codes.has('image.aspect_ratio') ? 'image.aspect_ratio' : 'image.side';
    const side = codes.has('image.side') ? 'image.side' : aspect;
    const kept = g.crop ?? src;
    if (g.crop) actions.push({ type: 'crop', code: aspect, from: src, to: g.crop });
    if (!same(g.content, kept)) actions.push({ type: 'scale', code: side, from: kept, to: g.content });
    if (!same(g.output, g.content)) actions.push({ type: 'pad', code: aspect, from: g.content, to: g.output });
  }
  if (codes.has('image.bytes')) actions.push({ type: 'recompress', code: 'image.bytes', fromBytes: f.bytes ?? 0, maxBytes: L.maxBytes.value });
  return { actions, output: { format: out, extension: extensionFor(out, f.extension), maxBytes: L.maxBytes.value } };
}

function outputFormat(format: string, accepted: string[]): ImageFormat {
  if (accepted.includes(format) && format in EXTENSIONS) return format as ImageFormat;
  const want: ImageFormat = LOSSLESS.has(format) ? 'png' : 'jpeg';
  if (accepted.includes(want)) return want;
  return (accepted.find((x) => x in EXTENSIONS) as ImageFormat | undefined) ?? want;
}

/** The source's own extension when it already names the output format (".jpeg" stays). */
export function extensionFor(format: ImageFormat, current: string): string {
  const exts = EXTENSIONS[format];
  return exts.includes(current) ? current : exts[0];
}
