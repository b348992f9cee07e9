import type { Facts, Finding, Rational } from '../types.js';
import type { Profile } from '../profiles/types.js';
import type { FixAction, PlanOptions, Size } from './types.js';
import { fitFrame, sameSize } from './geometry.js';
import { codeSet, findingOf, firstCode, type KindPlan } from './plan-common.js';

/** Share of a byte cap the encoder aims at: ABR overshoots a little and the container adds a few kB. */
export const BITRATE_HEADROOM = 0.9;
/** Audio bitrate cap inside a video (kb/s). */
const AUDIO_KBPS = 128;
/** Streams that stay as they are when only the container changes. */
const COPYABLE_VIDEO = new Set(['h264']);
const COPYABLE_AUDIO = new Set(['aac']);

export function planVideo(f: Facts, errors: Finding[], profile: Profile, opts: PlanOptions): KindPlan {
  const L = profile.video;
  const codes = codeSet(errors);
  if (codes.has('video.no_video_stream')) return { unfixable: { code: 'video.no_video_stream', why: 'no_video_stream' } };

  const trigger = firstCode(errors, opts.trimTo?.code ?? opts.maxBytes?.code ?? 'video.format');
  const wrongContainer = codes.has('video.format');
  const maxBytes = byteCap(profile, opts);
  const dur = f.durationSec;
  const trimTarget = trimTo(f, profile, opts);
  const shrink = codes.has('video.bytes') || (opts.maxBytes !== undefined && f.bytes !== null && f.bytes > opts.maxBytes.bytes);
  const geometry = codes.has('video.side') || codes.has('video.aspect_ratio') || codes.has('video.frame_pixels');
  const short = findingOf(errors, 'video.duration')?.args.bound === 'min' && dur !== null;
  const transcode = geometry || codes.has('video.fps') || trimTarget !== null || shrink || short;

  if (wrongContainer && !transcode && COPYABLE_VIDEO.has(f.videoCodec ?? '') && (f.audioCodec === null || COPYABLE_AUDIO.has(f.audioCodec))) {
    return { actions: [{ type: 'remux', code: 'video.format', from: f.format!, to: 'mp4', fallback: 'convert' }], output: { format: 'mp4', extension: 'mp4', maxBytes, fps: f.fps } };
  }

  const actions: FixAction[] = [];
  if (wrongContainer) actions.push({ type: 'convert', code: 'video.format', from: f.format!, to: 'mp4' });
  if (f.rotation) actions.push({ type: 'orient', code: trigger, rotation: f.rotation });

  // re-encoding to yuv420p needs even sides, so the frame is checked even without a size finding
  if (f.width !== null && f.height !== null) {
    const src: Size = { width: f.width, height: f.height };
    const g = fitFrame(src, {
      minSide: L.minSide.value, maxSide: L.maxSide.value, minAspect: L.minAspect.value, maxAspect: L.maxAspect.value,
      minPixels: L.minFramePixels.value, maxPixels: L.maxFramePixels.value, step: 2,
    }, opts.crop ? 'crop' : 'pad');
    if (!g) return { unfixable: { code: firstCode(errors, 'video.side'), why: 'impossible_geometry' } };
    const aspect = codes.has('video.aspect_ratio') ? 'video.aspect_ratio' : trigger;
    const size = ['video.side', 'video.frame_pixels', 'video.aspect_ratio'].find((c) => codes.has(c)) ?? trigger;
    const kept = g.crop ?? src;
    if (g.crop) actions.push({ type: 'crop', code: aspect, from: src, to: g.crop });
    if (!sameSize(g.content, kept)) actions.push({ type: 'scale', code: size, from: kept, to: g.content });
    if (!sameSize(g.output, g.content)) actions.push({ type: 'pad', code: aspect, from: g.content, to: g.output });
  } else if (geometry) {
    return { unfixable: { code: firstCode(errors, 'video.side'), why: 'unknown_size' } };
  }

  let fps = f.fps;
  if (codes.has('video.fps') && f.fps) {
    const v = f.fps.num / f.fps.den;
    fps = rational(v < L.minFps.value ? L.minFps.value : L.maxFps.value);
    actions.push({ type: 'retime', code: 'video.fps', from: f.fps, to: fps });
  }
  if (trimTarget !== null && dur !== null) actions.push({ type: 'trim', code: trimTarget.code, fromSec: dur, toSec: trimTarget.sec });
  // too short: hold the last frame up to the minimum, on whole frames of the output rate
  if (short) actions.push({ type: 'extend', code: 'video.duration', fromSec: dur!, toSec: ceilFrames(L.minDurationSec!.value, fps) });

  if (shrink && maxBytes !== null) {
    const seconds = trimTarget?.sec ?? dur;
    if (!seconds) return { unfixable: { code: 'video.bytes', why: 'unsupported' } };
    const total = Math.floor((maxBytes * 8 * BITRATE_HEADROOM) / seconds / 1000);
    const audioKbps = f.hasAudioStream ? Math.min(AUDIO_KBPS, Math.max(32, Math.round(total / 10))) : 0;
    const code = codes.has('video.bytes') ? 'video.bytes' : opts.maxBytes!.code;
    actions.push({ type: 'bitrate', code, fromBytes: f.bytes ?? 0, maxBytes, kbps: total - audioKbps, ...(audioKbps ? { audioKbps } : {}) });
  }
  return { actions, output: { format: 'mp4', extension: 'mp4', maxBytes, fps } };
}

/** The per-file cap: the profile's own, a manifest's share of a together-cap, whichever is smaller. */
function byteCap(profile: Profile, opts: PlanOptions): number | null {
  const caps = [profile.video.maxBytes?.value, opts.maxBytes?.bytes, profile.video.maxTotalBytesExclusive && profile.video.maxTotalBytesExclusive.value - 1];
  const known = caps.filter((c): c is number => typeof c === 'number');
  return known.length ? Math.min(...known) : null;
}

/**
 * The shorter of the clip limit and a manifest budget, when the clip is longer. Booked to the
 * clip's own duration finding when it has one (the trim answers both).
 */
export function trimTo(f: Facts, profile: Profile, opts: PlanOptions): { sec: number; code: string } | null {
  if (f.durationSec === null) return null;
  const limits = f.kind === 'audio' ? profile.audio : profile.video;
  const max = limits.maxDurationSec?.value;
  const own = max !== undefined && f.durationSec > max;
  const budget = opts.trimTo !== undefined && f.durationSec > opts.trimTo.sec;
  if (!own && !budget) return null;
  const sec = Math.min(own ? max! : Infinity, budget ? opts.trimTo!.sec : Infinity);
  return { sec, code: own ? `${f.kind}.duration` : opts.trimTo!.code };
}

/** The first whole-frame time at or after `sec` (milliseconds up when the rate is unknown). */
export function ceilFrames(sec: number, fps: Rational | null): number {
  const rate = fps ? fps.num / fps.den : 1000;
  return Math.ceil(sec * rate - 1e-6) / rate;
}

export function rational(v: number): Rational {
  if (Number.isInteger(v)) return { num: v, den: 1, value: v };
  const den = 1000;
  return { num: Math.round(v * den), den, value: Math.round(v * den) / den };
}
