// src/probes/facts.ts
function blankFacts(source, extension) {
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
    probedBy: null
  };
}

export {
  blankFacts
};
