import type { Facts } from '../types.js';

/** Facts with everything unknown: probes fill in what they learn, the rest stays null. */
export function blankFacts(source: string, extension: string): Facts {
  return {
    source,
    kind: null,
    format: null,
    mime: null,
    extension,
    extensionMismatch: false,
    bytes: null,
    width: null,
    height: null,
    durationSec: null,
    fps: null,
    variableFrameRate: null,
    videoCodec: null,
    audioCodec: null,
    hasVideoStream: null,
    hasAudioStream: null,
    sampleRate: null,
    channels: null,
    rotation: null,
    failure: null,
    probedBy: null,
  };
}
