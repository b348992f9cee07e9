import {
  SourceReadError
} from "./chunk-K2LW2AEP.js";

// src/probes/audio.ts
var NOTHING = {
  durationSec: null,
  audioCodec: null,
  sampleRate: null,
  channels: null,
  hasAudioStream: null,
  hasVideoStream: null
};
async function probeAudio(src, size, format, mime) {
  let meta;
  try {
    meta = await parse(src, mime, { skipCovers: true });
    if (meta.format.duration === void 0 && format !== "mp3") meta = await parse(src, mime, { skipCovers: true, duration: true });
  } catch (err) {
    if (err instanceof SourceReadError) throw err;
    return { ...NOTHING, failure: classify(err) };
  }
  const f = meta.format;
  let durationSec = finite(f.duration);
  let sampleRate = finite(f.sampleRate);
  let channels = finite(f.numberOfChannels);
  if (format === "mp3") {
    const { mp3Duration } = await import("./mp3-WJK64TXX.js");
    const mp3 = await mp3Duration(src, size);
    if (!mp3) return { ...NOTHING, failure: { reason: "corrupt", detail: "no MPEG audio frame found" } };
    durationSec = mp3.durationSec;
    sampleRate ??= mp3.sampleRate;
    channels ??= mp3.channels;
  }
  return {
    durationSec,
    audioCodec: codecName(f.codec),
    sampleRate,
    channels,
    hasAudioStream: f.hasAudio ?? (durationSec !== null || sampleRate !== null),
    hasVideoStream: f.hasVideo ?? false,
    failure: null
  };
}
async function parse(src, mime, options) {
  const [mm, { tokenizerFor }] = await Promise.all([import("music-metadata"), import("./tokenizer-3DX3NFGE.js")]);
  return mm.parseFromTokenizer(await tokenizerFor(src, mime ?? void 0), options);
}
function classify(err) {
  const e = err;
  const detail = `music-metadata: ${e.message ?? String(err)}`;
  if (e.name === "EndOfStreamError" || /end-of-stream|end of stream/i.test(e.message ?? "")) return { reason: "truncated", detail };
  if (e.name === "CouldNotDetermineFileTypeError" || e.name === "UnsupportedFileTypeError") return null;
  if (e.code === "EACCES" || e.code === "EISDIR") return { reason: "unreadable", detail };
  return { reason: "corrupt", detail };
}
function codecName(codec) {
  if (!codec) return null;
  const layer = /Layer (\d)/i.exec(codec);
  if (layer) return `mp${layer[1]}`;
  if (/^pcm/i.test(codec)) return "pcm";
  if (/vorbis/i.test(codec)) return "vorbis";
  if (/aac/i.test(codec)) return "aac";
  return codec.toLowerCase();
}
function finite(n) {
  return typeof n === "number" && Number.isFinite(n) && n > 0 ? n : null;
}
export {
  codecName,
  probeAudio
};
