import type { Facts } from '../types.js';
import type { Fallbacks } from '../probes/pipeline.js';
import { headerSize } from '../probes/fast/headers.js';
import { elementFacts } from './element.js';

/** Facts the video rules read that a <video> element never tells: the frame rate and whether it varies. */
const ELEMENT_UNKNOWN: (keyof Facts)[] = ['fps', 'variableFrameRate'];

/**
 * The browser's stand-ins for sharp, ffprobe and music-metadata. Images: header readers (no
 * decode); video the MP4/MOV reader doubted or other containers: a <video> element's metadata;
 * audio: music-metadata's browser build, loaded on first need (the same parser Node runs).
 * What none of them can learn is named in `unverified`, never left as a silent pass.
 * `blobOf` gives the Blob behind a source (for the <video> element); null for a URL source.
 */
export function browserFallbacks(blobOf: () => Blob | null): Fallbacks {
  return {
    async image(src, size, format) {
      const r = await headerSize(src, size, format);
      if (r.ok) return { ...r.size, failure: null, probedBy: 'browser-header' };
      return { width: null, height: null, rotation: null, failure: null, probedBy: 'browser-header', unverified: { facts: ['width', 'height'], detail: r.reason } };
    },
    async video(src, format, timeoutMs) {
      const blob = blobOf();
      if (!blob) return { probedBy: 'browser-video', unverified: { facts: ['width', 'height', 'durationSec', ...ELEMENT_UNKNOWN], detail: 'the URL cannot be handed to a <video> element from here' } };
      const e = await elementFacts(blob, Math.min(timeoutMs, 5000));
      if (e.ok) {
        const hasVideo = e.width > 0 && e.height > 0;
        return {
          width: hasVideo ? e.width : null,
          height: hasVideo ? e.height : null,
          durationSec: e.durationSec,
          hasVideoStream: hasVideo,
          failure: null,
          probedBy: 'browser-video',
          unverified: hasVideo ? { facts: ELEMENT_UNKNOWN, detail: 'a browser does not report the frame rate' } : null,
        };
      }
      // an MP4 or MOV the browser cannot even open is broken, as ffprobe would say; any other
      // container may simply be one this browser does not play
      if (e.why === 'broken' && (format === 'mp4' || format === 'mov')) return { failure: { reason: 'corrupt', detail: `the browser could not open the ${format}: ${e.detail}` }, probedBy: 'browser-video' };
      return { probedBy: 'browser-video', unverified: { facts: ['width', 'height', 'durationSec', ...ELEMENT_UNKNOWN], detail: e.detail } };
    },
    async audio(src, size, format, mime) {
      const { probeAudio } = await import('../probes/audio.js');
      return { ...(await probeAudio(src, size, format, mime)), probedBy: 'music-metadata' };
    },
  };
}
