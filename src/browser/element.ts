/** What a <video> element learned from a file's metadata. */
export type ElementFacts =
  | { ok: true; width: number; height: number; durationSec: number | null }
  /** `unsupported`: the browser cannot play this container or codec; `broken`: it could not open the file. */
  | { ok: false; why: 'unsupported' | 'broken' | 'timeout' | 'no_document'; detail: string };

const METADATA_TIMEOUT_MS = 5000;

/** The part of HTMLVideoElement used here (the project compiles without the DOM library). */
interface VideoElement {
  muted: boolean;
  preload: string;
  src: string;
  readonly videoWidth: number;
  readonly videoHeight: number;
  readonly duration: number;
  readonly error: { code: number; message: string } | null;
  onloadedmetadata: (() => void) | null;
  onerror: (() => void) | null;
  removeAttribute(name: string): void;
  load(): void;
}
const page = () => (globalThis as { document?: { createElement(tag: 'video'): VideoElement } }).document;

/**
 * Loads only the metadata of a Blob in a detached <video> element (preload=metadata: the browser
 * reads the header and index, not the media), with a time budget, and always releases it.
 * videoWidth/videoHeight are as displayed (a rotation in the container is applied).
 */
export function elementFacts(blob: Blob, timeoutMs = METADATA_TIMEOUT_MS): Promise<ElementFacts> {
  const doc = page();
  if (!doc || typeof URL.createObjectURL !== 'function') {
    return Promise.resolve({ ok: false, why: 'no_document', detail: 'no document to load a <video> element in (a worker)' });
  }
  const video = doc.createElement('video');
  const url = URL.createObjectURL(blob);
  return new Promise<ElementFacts>((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, why: 'timeout', detail: `the browser read no metadata in ${timeoutMs} ms` }), timeoutMs);
    video.onloadedmetadata = () => {
      clearTimeout(timer);
      const d = video.duration;
      resolve({ ok: true, width: video.videoWidth, height: video.videoHeight, durationSec: Number.isFinite(d) && d > 0 ? d : null });
    };
    video.onerror = () => {
      clearTimeout(timer);
      const e = video.error;
      const detail = e?.message || `media error ${e?.code ?? 'unknown'}`;
      // Chromium says which stage failed: the demuxer (file structure) or a decoder (no codec here)
      const broken = e?.code === 3 || /demux|open context|PIPELINE_ERROR_READ|could not open/i.test(detail);
      resolve({ ok: false, why: broken ? 'broken' : 'unsupported', detail });
    };
    video.muted = true;
    video.preload = 'metadata';
    video.src = url;
  }).finally(() => {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  });
}
