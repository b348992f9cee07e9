import type { Size } from './types.js';

/** The pixel limits a picture must meet (from a profile), and the size granularity of the encoder. */
export interface FrameLimits {
  minSide: number;
  maxSide: number;
  minAspect: number;
  maxAspect: number;
  minPixels?: number;
  maxPixels?: number;
  /** Output sides are multiples of this (2 for yuv420p video, 1 for images). */
  step: number;
}

export interface Geometry {
  output: Size;
  /** The centred region of the source that is kept (crop mode), or null. */
  crop: Size | null;
  /** The picture after uniform scaling; smaller than `output` on one axis when padded. */
  content: Size;
}

/** Same tolerance as the rules, so 750/300 is exactly 2.5. */
const EPS = 1e-9;

export const sameSize = (a: Size, b: Size) => a.width === b.width && a.height === b.height;

export function fits(s: Size, L: FrameLimits): boolean {
  const { width: w, height: h } = s;
  if (w % L.step !== 0 || h % L.step !== 0) return false;
  if (Math.min(w, h) < L.minSide || Math.max(w, h) > L.maxSide) return false;
  const r = w / h;
  if (r < L.minAspect - EPS || r > L.maxAspect + EPS) return false;
  if (L.minPixels !== undefined && w * h < L.minPixels) return false;
  if (L.maxPixels !== undefined && w * h > L.maxPixels) return false;
  return true;
}

const roundStep = (x: number, step: number) => Math.max(step, Math.round(x / step) * step);
const ceilStep = (x: number, step: number) => Math.max(step, Math.ceil(x / step - EPS) * step);

/**
 * The output size for a source picture: the aspect ratio is brought into range by padding (or
 * cropping), then the picture is scaled uniformly, by the smallest change, until sides and frame
 * pixels are in range. Null when no size meets every limit.
 */
export function fitFrame(src: Size, L: FrameLimits, mode: 'pad' | 'crop'): Geometry | null {
  if (fits(src, L)) return { output: src, crop: null, content: src };
  const { width: W, height: H } = src;
  const r0 = W / H;
  const rt = Math.min(Math.max(r0, L.minAspect), L.maxAspect);
  const wide = r0 > rt + EPS;
  const tall = r0 < rt - EPS;

  // the frame at source scale once the aspect ratio is in range
  let crop: Size | null = null;
  let base: Size = src;
  if (wide) base = mode === 'pad' ? { width: W, height: W / rt } : (crop = { width: Math.floor(H * rt), height: H });
  else if (tall) base = mode === 'pad' ? { width: H * rt, height: H } : (crop = { width: W, height: Math.floor(W / rt) });

  const s = scaleFactor(base, L);
  if (s === null) return null;

  let direct: Geometry;
  if (mode === 'pad' && (wide || tall)) {
    const content = { width: roundStep(W * s, L.step), height: roundStep(H * s, L.step) };
    const output = wide
      ? { width: content.width, height: ceilStep(content.width / L.maxAspect, L.step) }
      : { width: ceilStep(content.height * L.minAspect, L.step), height: content.height };
    direct = { output, crop: null, content };
  } else {
    const output = { width: roundStep(base.width * s, L.step), height: roundStep(base.height * s, L.step) };
    direct = { output, crop, content: output };
  }
  if (fits(direct.output, L)) return direct;
  // the shape to keep: the aspect target, or the crop's own (whole pixels can miss the target a little)
  return nearby(direct, base.width / base.height, L);
}

/** The uniform scale closest to 1 that puts `base` inside every limit, or null when none does. */
function scaleFactor(base: Size, L: FrameLimits): number | null {
  const area = base.width * base.height;
  const lo = Math.max(L.minSide / Math.min(base.width, base.height), L.minPixels ? Math.sqrt(L.minPixels / area) : 0);
  const hi = Math.min(L.maxSide / Math.max(base.width, base.height), L.maxPixels ? Math.sqrt(L.maxPixels / area) : Infinity);
  if (lo > hi * (1 + EPS)) return null;
  return Math.min(Math.max(1, lo), hi);
}

/**
 * Rounding to the step put the direct answer just outside a limit: try sizes a few steps away and
 * keep the one with the aspect ratio closest to the target (then the area closest to it).
 */
function nearby(direct: Geometry, rt: number, L: FrameLimits): Geometry | null {
  const ideal = direct.output;
  const padded = direct.content.width !== ideal.width || direct.content.height !== ideal.height;
  let best: { size: Size; score: number } | null = null;
  for (let dh = -8; dh <= 8; dh++) {
    const h = ideal.height + dh * L.step;
    if (h < L.step) continue;
    const w0 = roundStep(h * rt, L.step);
    for (let dw = -2; dw <= 2; dw++) {
      const size = { width: w0 + dw * L.step, height: h };
      if (!fits(size, L)) continue;
      const score = Math.abs(size.width / size.height - rt) / rt + Math.abs(size.width * size.height - ideal.width * ideal.height) / (ideal.width * ideal.height) / 1000;
      if (!best || score < best.score) best = { size, score };
    }
  }
  if (!best) return null;
  const output = best.size;
  if (!padded) return { output, crop: direct.crop, content: output };
  // the largest picture of the same shape that fits on the new canvas
  const r = direct.content.width / direct.content.height;
  const content = r > output.width / output.height
    ? { width: output.width, height: Math.min(output.height, roundStep(output.width / r, L.step)) }
    : { width: Math.min(output.width, roundStep(output.height * r, L.step)), height: output.height };
  return { output, crop: null, content };
}
