import type { SampleFormat } from '../media/sample-format.js';

/** A PCM encoding a wav can hold: ffmpeg's encoder name, bytes per sample, and words for it. */
export interface Pcm {
  codec: string;
  bytes: number;
  label: string;
}

const PCM: Record<string, Pcm> = {
  u8: { codec: 'pcm_u8', bytes: 1, label: '8-bit' },
  s16: { codec: 'pcm_s16le', bytes: 2, label: '16-bit' },
  s24: { codec: 'pcm_s24le', bytes: 3, label: '24-bit' },
  s32: { codec: 'pcm_s32le', bytes: 4, label: '32-bit' },
  f32: { codec: 'pcm_f32le', bytes: 4, label: '32-bit float' },
  f64: { codec: 'pcm_f64le', bytes: 8, label: '64-bit float' },
  alaw: { codec: 'pcm_alaw', bytes: 1, label: '8-bit A-law' },
  mulaw: { codec: 'pcm_mulaw', bytes: 1, label: '8-bit µ-law' },
};

/** What a wav is written as when the source's sample format is unknown or not PCM-like. */
export const PCM_16 = PCM.s16;

/**
 * The wav encoding that keeps the source's samples as they are: the same PCM codec (little-endian),
 * or for a lossless codec (flac, alac, ...) the depth its samples really have. Null when unknown.
 */
export function pcmFor(src: SampleFormat | null | undefined): Pcm | null {
  if (!src) return null;
  const m = /^pcm_(u8|s16|s24|s32|f32|f64|alaw|mulaw)/.exec(src.codec);
  if (m) return PCM[m[1]];
  const fmt = (src.sampleFmt ?? '').replace(/p$/, '');
  if (fmt === 'u8') return PCM.u8;
  if (fmt === 's16') return PCM.s16;
  if (fmt === 's32') return src.bits === 24 ? PCM.s24 : src.bits !== null && src.bits <= 16 ? PCM.s16 : PCM.s32;
  if (fmt === 'flt') return PCM.f32;
  if (fmt === 'dbl') return PCM.f64;
  return null;
}
