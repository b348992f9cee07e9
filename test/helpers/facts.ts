import type { Facts, Kind } from '../../src/types.js';

/** Facts as a probe would return them for a healthy file of `kind`; override what a test varies. */
export function facts(kind: Kind, over: Partial<Facts> = {}): Facts {
  const base: Facts = {
    source: `test.${kind === 'image' ? 'png' : kind === 'video' ? 'mp4' : 'mp3'}`,
    kind,
    format: kind === 'image' ? 'png' : kind === 'video' ? 'mp4' : 'mp3',
    mime: null,
    extension: kind === 'image' ? 'png' : kind === 'video' ? 'mp4' : 'mp3',
    extensionMismatch: false,
    bytes: 1000,
    width: kind === 'audio' ? null : 640,
    height: kind === 'audio' ? null : 640,
    durationSec: kind === 'image' ? null : 5,
    fps: kind === 'video' ? { num: 24, den: 1, value: 24 } : null,
    variableFrameRate: kind === 'video' ? false : null,
    videoCodec: kind === 'video' ? 'h264' : null,
    audioCodec: kind === 'audio' ? 'mp3' : null,
    hasVideoStream: kind === 'video' ? true : null,
    hasAudioStream: kind === 'image' ? null : kind === 'audio',
    sampleRate: kind === 'audio' ? 44100 : null,
    channels: kind === 'audio' ? 2 : null,
    rotation: null,
    failure: null,
    probedBy: 'test',
  };
  return { ...base, ...over };
}

export const fps = (num: number, den = 1) => ({ num, den, value: num / den });
