import type { Facts, Finding } from '../../types.js';
import type { Profile } from '../../profiles/types.js';
import { finding, range, sides } from '../check.js';

export function videoRules(f: Facts, p: Profile): Finding[] {
  const L = p.video;
  const out: Finding[] = [];
  if (f.format && !L.formats.value.includes(f.format)) {
    out.push(finding('video.format', 'error', { actual: f.format, limit: L.formats.value, source: L.formats.source }));
  }
  if (f.hasVideoStream === false) {
    out.push(finding('video.no_video_stream', 'error', { actual: f.hasAudioStream ? 'audio only' : 'no streams' }));
    return out;
  }
  if (f.width !== null && f.height !== null) {
    const dims = { width: f.width, height: f.height };
    out.push(...sides('video.side', f.width, f.height, L.minSide, L.maxSide));
    out.push(...range('video.aspect_ratio', f.width / f.height, L.minAspect, L.maxAspect, dims));
    out.push(...range('video.frame_pixels', f.width * f.height, L.minFramePixels, L.maxFramePixels, dims));
  }
  if (f.durationSec !== null) out.push(...range('video.duration', f.durationSec, L.minDurationSec, L.maxDurationSec));
  if (f.fps) {
    // Exact: 24000/1001 is below 24, never rounded up to it.
    const fps = f.fps.num / f.fps.den;
    out.push(...range('video.fps', fps, L.minFps, L.maxFps, { rational: `${f.fps.num}/${f.fps.den}` }));
  }
  if (f.variableFrameRate) out.push(finding('video.variable_frame_rate', 'info', { actual: f.fps ? `${f.fps.num}/${f.fps.den}` : null }));
  if (f.bytes !== null) out.push(...range('video.bytes', f.bytes, undefined, L.maxBytes));
  return out;
}
