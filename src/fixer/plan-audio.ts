import type { Facts, Finding } from '../types.js';
import type { Profile } from '../profiles/types.js';
import type { AudioFormat, FixAction, PlanOptions } from './types.js';
import { codeSet, findingOf, firstCode, type KindPlan } from './plan-common.js';
import { BITRATE_HEADROOM, trimTo } from './plan-video.js';
import { PCM_16, pcmFor, type Pcm } from './pcm.js';

/** Sources without lossy compression become wav; the rest mp3. */
const LOSSLESS = new Set(['wav', 'flac', 'aiff']);
/** Rates tried, highest first, when a wav must shrink. */
const SAMPLE_RATES = [48_000, 44_100, 32_000, 24_000, 22_050, 16_000, 12_000, 11_025, 8_000];
/** The highest sample rate an mp3 (MPEG-1 Layer III) holds. */
export const MP3_MAX_RATE = 48_000;
/** mp3 bitrate when nothing asks for less (kb/s). */
export const MP3_KBPS = 192;
/** A wav's bytes besides the samples: RIFF, fmt and data headers, and ffmpeg's LIST (encoder) chunk. */
const WAV_HEADER_BYTES = 1024;

export function planAudio(f: Facts, errors: Finding[], profile: Profile, opts: PlanOptions): KindPlan {
  const L = profile.audio;
  const codes = codeSet(errors);
  const actions: FixAction[] = [];
  let format = outputFormat(f.format!, L.formats.value);
  if (format !== f.format) actions.push({ type: 'convert', code: 'audio.format', from: f.format!, to: format });
  // too short: silence up to the minimum
  if (findingOf(errors, 'audio.duration')?.args.bound === 'min' && f.durationSec !== null) {
    actions.push({ type: 'extend', code: 'audio.duration', fromSec: f.durationSec, toSec: L.minDurationSec!.value });
  }
  const trim = trimTo(f, profile, opts);
  if (trim && f.durationSec !== null) actions.push({ type: 'trim', code: trim.code, fromSec: f.durationSec, toSec: trim.sec });

  const maxBytes = L.maxBytes.value;
  const seconds = trim?.sec ?? f.durationSec;
  const sizeCode = codes.has('audio.bytes') ? 'audio.bytes' : firstCode(errors, 'audio.format');
  // a wav keeps the source's sample format (8-bit stays 8-bit); only a size cap may lower it
  let pcm: Pcm = pcmFor(opts.sampleFormat) ?? PCM_16;
  if (seconds !== null && format === 'wav') {
    let channels = f.channels ?? 2;
    let rate = f.sampleRate ?? 44_100;
    const size = () => WAV_HEADER_BYTES + Math.ceil(seconds * rate) * channels * pcm.bytes;
    if (size() > maxBytes && pcm.bytes > PCM_16.bytes) {
      actions.push({ type: 'sampleformat', code: sizeCode, from: pcm.label, to: PCM_16.label, codec: PCM_16.codec });
      pcm = PCM_16;
    }
    if (size() > maxBytes && channels > 1) {
      actions.push({ type: 'downmix', code: sizeCode, from: channels, to: 1 });
      channels = 1;
    }
    if (size() > maxBytes) {
      const from = rate;
      rate = SAMPLE_RATES.find((r) => r < from && WAV_HEADER_BYTES + Math.ceil(seconds * r) * channels * pcm.bytes <= maxBytes) ?? rate;
      if (rate !== from) actions.push({ type: 'resample', code: sizeCode, from, to: rate });
    }
    if (size() > maxBytes && L.formats.value.includes('mp3')) {
      actions.push({ type: 'convert', code: sizeCode, from: 'wav', to: 'mp3' });
      format = 'mp3';
    }
  }
  // an mp3 holds at most 48 kHz and two channels (MPEG-1 Layer III): a step says so when the source has more
  const converted = actions.find((a) => a.type === 'convert' && a.to === 'mp3');
  if (format === 'mp3' && converted) {
    if ((f.sampleRate ?? 0) > MP3_MAX_RATE) actions.push({ type: 'resample', code: converted.code, from: f.sampleRate!, to: MP3_MAX_RATE });
    if ((f.channels ?? 0) > 2 && !actions.some((a) => a.type === 'downmix')) actions.push({ type: 'downmix', code: converted.code, from: f.channels!, to: 2 });
  }
  if (seconds !== null && format === 'mp3') {
    const kbps = Math.min(MP3_KBPS, Math.floor((maxBytes * 8 * BITRATE_HEADROOM) / seconds / 1000));
    if (kbps < MP3_KBPS) actions.push({ type: 'bitrate', code: sizeCode, fromBytes: f.bytes ?? 0, maxBytes, kbps });
  }
  // e.g. a wav padded with JUNK chunks: written again, plainly, it fits
  if (codes.has('audio.bytes') && !actions.some((a) => a.code === 'audio.bytes')) {
    actions.push({ type: 'recompress', code: 'audio.bytes', fromBytes: f.bytes ?? 0, maxBytes });
  }
  return { actions, output: { format, extension: format, maxBytes, ...(format === 'wav' ? { pcm: { codec: pcm.codec, label: pcm.label } } : {}) } };
}

function outputFormat(format: string, accepted: string[]): AudioFormat {
  if (accepted.includes(format) && (format === 'mp3' || format === 'wav')) return format;
  const want: AudioFormat = LOSSLESS.has(format) ? 'wav' : 'mp3';
  if (accepted.includes(want)) return want;
  return want === 'wav' ? 'mp3' : 'wav';
}
