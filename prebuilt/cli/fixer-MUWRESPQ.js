import {
  collectInputs,
  inside,
  realpathOr
} from "./chunk-UEN2WKUW.js";
import {
  resolveProfile
} from "./chunk-5M2MU5A5.js";
import "./chunk-KXHCVECP.js";
import "./chunk-YJ4YCP6N.js";
import {
  mapPool
} from "./chunk-K4BUYFQS.js";
import {
  checkRequest
} from "./chunk-KPRQJNT3.js";
import "./chunk-ADUGCQL4.js";
import {
  checkAsset
} from "./chunk-NHCU4DU2.js";
import "./chunk-ULU2XC5N.js";
import {
  render
} from "./chunk-TE6BXIRG.js";
import "./chunk-7RN3WETQ.js";
import "./chunk-QOFGJFUA.js";
import "./chunk-AQG3UE4A.js";
import "./chunk-I6J33UPO.js";
import {
  PreflightUsageError
} from "./chunk-7PJ34LFJ.js";
import "./chunk-XMF4D722.js";
import {
  bundledFfmpegPath,
  ffprobePath
} from "./chunk-PFLL5B5F.js";
import {
  track
} from "./chunk-Z7VVAHJZ.js";
import "./chunk-XOOKWYR4.js";
import {
  loadManifest
} from "./chunk-4MASNQQO.js";
import {
  fieldNames
} from "./chunk-JJMBHKIC.js";
import "./chunk-DHUFD2HK.js";
import "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";

// src/fixer/index.ts
import { lstat, mkdir as mkdir2, stat } from "node:fs/promises";
import { dirname as dirname3, join as join3, relative as relative2, resolve as resolve4 } from "node:path";

// src/fixer/types.ts
var TRIM_STRATEGIES = ["proportional", "end", "longest"];

// src/fixer/geometry.ts
var EPS = 1e-9;
var sameSize = (a, b) => a.width === b.width && a.height === b.height;
function fits(s, L) {
  const { width: w, height: h } = s;
  if (w % L.step !== 0 || h % L.step !== 0) return false;
  if (Math.min(w, h) < L.minSide || Math.max(w, h) > L.maxSide) return false;
  const r = w / h;
  if (r < L.minAspect - EPS || r > L.maxAspect + EPS) return false;
  if (L.minPixels !== void 0 && w * h < L.minPixels) return false;
  if (L.maxPixels !== void 0 && w * h > L.maxPixels) return false;
  return true;
}
var roundStep = (x, step) => Math.max(step, Math.round(x / step) * step);
var ceilStep = (x, step) => Math.max(step, Math.ceil(x / step - EPS) * step);
function fitFrame(src, L, mode) {
  if (fits(src, L)) return { output: src, crop: null, content: src };
  const { width: W, height: H } = src;
  const r0 = W / H;
  const rt = Math.min(Math.max(r0, L.minAspect), L.maxAspect);
  const wide = r0 > rt + EPS;
  const tall = r0 < rt - EPS;
  let crop = null;
  let base = src;
  if (wide) base = mode === "pad" ? { width: W, height: W / rt } : crop = { width: Math.floor(H * rt), height: H };
  else if (tall) base = mode === "pad" ? { width: H * rt, height: H } : crop = { width: W, height: Math.floor(W / rt) };
  const s = scaleFactor(base, L);
  if (s === null) return null;
  let direct;
  if (mode === "pad" && (wide || tall)) {
    const content = { width: roundStep(W * s, L.step), height: roundStep(H * s, L.step) };
    const output = wide ? { width: content.width, height: ceilStep(content.width / L.maxAspect, L.step) } : { width: ceilStep(content.height * L.minAspect, L.step), height: content.height };
    direct = { output, crop: null, content };
  } else {
    const output = { width: roundStep(base.width * s, L.step), height: roundStep(base.height * s, L.step) };
    direct = { output, crop, content: output };
  }
  if (fits(direct.output, L)) return direct;
  return nearby(direct, base.width / base.height, L);
}
function scaleFactor(base, L) {
  const area = base.width * base.height;
  const lo = Math.max(L.minSide / Math.min(base.width, base.height), L.minPixels ? Math.sqrt(L.minPixels / area) : 0);
  const hi = Math.min(L.maxSide / Math.max(base.width, base.height), L.maxPixels ? Math.sqrt(L.maxPixels / area) : Infinity);
  if (lo > hi * (1 + EPS)) return null;
  return Math.min(Math.max(1, lo), hi);
}
function nearby(direct, rt, L) {
  const ideal = direct.output;
  const padded = direct.content.width !== ideal.width || direct.content.height !== ideal.height;
  let best = null;
  for (let dh = -8; dh <= 8; dh++) {
    const h = ideal.height + dh * L.step;
    if (h < L.step) continue;
    const w0 = roundStep(h * rt, L.step);
    for (let dw = -2; dw <= 2; dw++) {
      const size2 = { width: w0 + dw * L.step, height: h };
      if (!fits(size2, L)) continue;
      const score = Math.abs(size2.width / size2.height - rt) / rt + Math.abs(size2.width * size2.height - ideal.width * ideal.height) / (ideal.width * ideal.height) / 1e3;
      if (!best || score < best.score) best = { size: size2, score };
    }
  }
  if (!best) return null;
  const output = best.size;
  if (!padded) return { output, crop: direct.crop, content: output };
  const r = direct.content.width / direct.content.height;
  const content = r > output.width / output.height ? { width: output.width, height: Math.min(output.height, roundStep(output.width / r, L.step)) } : { width: Math.min(output.width, roundStep(output.height * r, L.step)), height: output.height };
  return { output, crop: null, content };
}

// src/fixer/plan-common.ts
function codeSet(errors) {
  return new Set(errors.map((f) => f.code));
}
function firstCode(errors, fallback) {
  return errors[0]?.code ?? fallback;
}
function findingOf(errors, code) {
  return errors.find((f) => f.code === code);
}

// src/fixer/plan-image.ts
var IMAGE_DECODERS = /* @__PURE__ */ new Set(["jpeg", "png", "webp", "gif", "tiff", "avif", "bmp"]);
var MAX_DECODE_PIXELS = 16383 * 16383;
var LOSSLESS = /* @__PURE__ */ new Set(["png", "gif", "bmp", "tiff"]);
var EXTENSIONS = { png: ["png"], jpeg: ["jpg", "jpeg"], webp: ["webp"] };
function planImage(f, errors, profile, opts) {
  const L = profile.image;
  const codes = codeSet(errors);
  const format = f.format;
  const decodable = opts.decodable ?? ((x) => IMAGE_DECODERS.has(x));
  if (!decodable(format)) return { unfixable: { code: codes.has("image.format") ? "image.format" : firstCode(errors, "image.format"), why: "cannot_decode", detail: format } };
  if (f.width === null || f.height === null) return { unfixable: { code: firstCode(errors, "image.side"), why: "unknown_size" } };
  if (f.width * f.height > MAX_DECODE_PIXELS) return { unfixable: { code: codes.has("image.side") ? "image.side" : firstCode(errors, "image.side"), why: "too_large_to_decode" } };
  const actions = [];
  const trigger = firstCode(errors, "image.format");
  if (f.rotation !== null && f.rotation > 1) actions.push({ type: "orient", code: trigger, rotation: f.rotation });
  const out = outputFormat(format, L.formats.value);
  if (out !== format) actions.push({ type: "convert", code: "image.format", from: format, to: out });
  const src = { width: f.width, height: f.height };
  if (codes.has("image.side") || codes.has("image.aspect_ratio")) {
    const g = fitFrame(src, {
      minSide: L.minSide.value,
      maxSide: L.maxSide.value,
      minAspect: L.minAspect.value,
      maxAspect: L.maxAspect.value,
      step: 1
    }, opts.crop ? "crop" : "pad");
    if (!g) return { unfixable: { code: firstCode(errors, "image.side"), why: "impossible_geometry" } };
    const aspect = codes.has("image.aspect_ratio") ? "image.aspect_ratio" : "image.side";
    const side = codes.has("image.side") ? "image.side" : aspect;
    const kept = g.crop ?? src;
    if (g.crop) actions.push({ type: "crop", code: aspect, from: src, to: g.crop });
    if (!sameSize(g.content, kept)) actions.push({ type: "scale", code: side, from: kept, to: g.content });
    if (!sameSize(g.output, g.content)) actions.push({ type: "pad", code: aspect, from: g.content, to: g.output });
  }
  if (codes.has("image.bytes")) actions.push({ type: "recompress", code: "image.bytes", fromBytes: f.bytes ?? 0, maxBytes: L.maxBytes.value });
  return { actions, output: { format: out, extension: extensionFor(out, f.extension), maxBytes: L.maxBytes.value } };
}
function outputFormat(format, accepted) {
  if (accepted.includes(format) && format in EXTENSIONS) return format;
  const want = LOSSLESS.has(format) ? "png" : "jpeg";
  if (accepted.includes(want)) return want;
  return accepted.find((x) => x in EXTENSIONS) ?? want;
}
function extensionFor(format, current) {
  const exts = EXTENSIONS[format];
  return exts.includes(current) ? current : exts[0];
}

// src/fixer/plan-video.ts
var BITRATE_HEADROOM = 0.9;
var AUDIO_KBPS = 128;
var COPYABLE_VIDEO = /* @__PURE__ */ new Set(["h264"]);
var COPYABLE_AUDIO = /* @__PURE__ */ new Set(["aac"]);
function planVideo(f, errors, profile, opts) {
  const L = profile.video;
  const codes = codeSet(errors);
  if (codes.has("video.no_video_stream")) return { unfixable: { code: "video.no_video_stream", why: "no_video_stream" } };
  const trigger = firstCode(errors, opts.trimTo?.code ?? opts.maxBytes?.code ?? "video.format");
  const wrongContainer = codes.has("video.format");
  const maxBytes = byteCap(profile, opts);
  const dur = f.durationSec;
  const trimTarget = trimTo(f, profile, opts);
  const shrink = codes.has("video.bytes") || opts.maxBytes !== void 0 && f.bytes !== null && f.bytes > opts.maxBytes.bytes;
  const geometry = codes.has("video.side") || codes.has("video.aspect_ratio") || codes.has("video.frame_pixels");
  const short = findingOf(errors, "video.duration")?.args.bound === "min" && dur !== null;
  const transcode = geometry || codes.has("video.fps") || trimTarget !== null || shrink || short;
  if (wrongContainer && !transcode && COPYABLE_VIDEO.has(f.videoCodec ?? "") && (f.audioCodec === null || COPYABLE_AUDIO.has(f.audioCodec))) {
    return { actions: [{ type: "remux", code: "video.format", from: f.format, to: "mp4", fallback: "convert" }], output: { format: "mp4", extension: "mp4", maxBytes, fps: f.fps } };
  }
  const actions = [];
  if (wrongContainer) actions.push({ type: "convert", code: "video.format", from: f.format, to: "mp4" });
  if (f.rotation) actions.push({ type: "orient", code: trigger, rotation: f.rotation });
  if (f.width !== null && f.height !== null) {
    const src = { width: f.width, height: f.height };
    const g = fitFrame(src, {
      minSide: L.minSide.value,
      maxSide: L.maxSide.value,
      minAspect: L.minAspect.value,
      maxAspect: L.maxAspect.value,
      minPixels: L.minFramePixels.value,
      maxPixels: L.maxFramePixels.value,
      step: 2
    }, opts.crop ? "crop" : "pad");
    if (!g) return { unfixable: { code: firstCode(errors, "video.side"), why: "impossible_geometry" } };
    const aspect = codes.has("video.aspect_ratio") ? "video.aspect_ratio" : trigger;
    const size2 = ["video.side", "video.frame_pixels", "video.aspect_ratio"].find((c) => codes.has(c)) ?? trigger;
    const kept = g.crop ?? src;
    if (g.crop) actions.push({ type: "crop", code: aspect, from: src, to: g.crop });
    if (!sameSize(g.content, kept)) actions.push({ type: "scale", code: size2, from: kept, to: g.content });
    if (!sameSize(g.output, g.content)) actions.push({ type: "pad", code: aspect, from: g.content, to: g.output });
  } else if (geometry) {
    return { unfixable: { code: firstCode(errors, "video.side"), why: "unknown_size" } };
  }
  let fps = f.fps;
  if (codes.has("video.fps") && f.fps) {
    const v = f.fps.num / f.fps.den;
    fps = rational(v < L.minFps.value ? L.minFps.value : L.maxFps.value);
    actions.push({ type: "retime", code: "video.fps", from: f.fps, to: fps });
  }
  if (trimTarget !== null && dur !== null) actions.push({ type: "trim", code: trimTarget.code, fromSec: dur, toSec: trimTarget.sec });
  if (short) actions.push({ type: "extend", code: "video.duration", fromSec: dur, toSec: ceilFrames(L.minDurationSec.value, fps) });
  if (shrink && maxBytes !== null) {
    const seconds2 = trimTarget?.sec ?? dur;
    if (!seconds2) return { unfixable: { code: "video.bytes", why: "unsupported" } };
    const total = Math.floor(maxBytes * 8 * BITRATE_HEADROOM / seconds2 / 1e3);
    const audioKbps = f.hasAudioStream ? Math.min(AUDIO_KBPS, Math.max(32, Math.round(total / 10))) : 0;
    const code = codes.has("video.bytes") ? "video.bytes" : opts.maxBytes.code;
    actions.push({ type: "bitrate", code, fromBytes: f.bytes ?? 0, maxBytes, kbps: total - audioKbps, ...audioKbps ? { audioKbps } : {} });
  }
  return { actions, output: { format: "mp4", extension: "mp4", maxBytes, fps } };
}
function byteCap(profile, opts) {
  const caps = [profile.video.maxBytes?.value, opts.maxBytes?.bytes, profile.video.maxTotalBytesExclusive && profile.video.maxTotalBytesExclusive.value - 1];
  const known = caps.filter((c) => typeof c === "number");
  return known.length ? Math.min(...known) : null;
}
function trimTo(f, profile, opts) {
  if (f.durationSec === null) return null;
  const limits = f.kind === "audio" ? profile.audio : profile.video;
  const max = limits.maxDurationSec?.value;
  const own = max !== void 0 && f.durationSec > max;
  const budget = opts.trimTo !== void 0 && f.durationSec > opts.trimTo.sec;
  if (!own && !budget) return null;
  const sec = Math.min(own ? max : Infinity, budget ? opts.trimTo.sec : Infinity);
  return { sec, code: own ? `${f.kind}.duration` : opts.trimTo.code };
}
function ceilFrames(sec, fps) {
  const rate2 = fps ? fps.num / fps.den : 1e3;
  return Math.ceil(sec * rate2 - 1e-6) / rate2;
}
function rational(v) {
  if (Number.isInteger(v)) return { num: v, den: 1, value: v };
  const den = 1e3;
  return { num: Math.round(v * den), den, value: Math.round(v * den) / den };
}

// src/fixer/pcm.ts
var PCM = {
  u8: { codec: "pcm_u8", bytes: 1, label: "8-bit" },
  s16: { codec: "pcm_s16le", bytes: 2, label: "16-bit" },
  s24: { codec: "pcm_s24le", bytes: 3, label: "24-bit" },
  s32: { codec: "pcm_s32le", bytes: 4, label: "32-bit" },
  f32: { codec: "pcm_f32le", bytes: 4, label: "32-bit float" },
  f64: { codec: "pcm_f64le", bytes: 8, label: "64-bit float" },
  alaw: { codec: "pcm_alaw", bytes: 1, label: "8-bit A-law" },
  mulaw: { codec: "pcm_mulaw", bytes: 1, label: "8-bit \xB5-law" }
};
var PCM_16 = PCM.s16;
function pcmFor(src) {
  if (!src) return null;
  const m = /^pcm_(u8|s16|s24|s32|f32|f64|alaw|mulaw)/.exec(src.codec);
  if (m) return PCM[m[1]];
  const fmt = (src.sampleFmt ?? "").replace(/p$/, "");
  if (fmt === "u8") return PCM.u8;
  if (fmt === "s16") return PCM.s16;
  if (fmt === "s32") return src.bits === 24 ? PCM.s24 : src.bits !== null && src.bits <= 16 ? PCM.s16 : PCM.s32;
  if (fmt === "flt") return PCM.f32;
  if (fmt === "dbl") return PCM.f64;
  return null;
}

// src/fixer/plan-audio.ts
var LOSSLESS2 = /* @__PURE__ */ new Set(["wav", "flac", "aiff"]);
var SAMPLE_RATES = [48e3, 44100, 32e3, 24e3, 22050, 16e3, 12e3, 11025, 8e3];
var MP3_MAX_RATE = 48e3;
var MP3_KBPS = 192;
var WAV_HEADER_BYTES = 1024;
function planAudio(f, errors, profile, opts) {
  const L = profile.audio;
  const codes = codeSet(errors);
  const actions = [];
  let format = outputFormat2(f.format, L.formats.value);
  if (format !== f.format) actions.push({ type: "convert", code: "audio.format", from: f.format, to: format });
  if (findingOf(errors, "audio.duration")?.args.bound === "min" && f.durationSec !== null) {
    actions.push({ type: "extend", code: "audio.duration", fromSec: f.durationSec, toSec: L.minDurationSec.value });
  }
  const trim = trimTo(f, profile, opts);
  if (trim && f.durationSec !== null) actions.push({ type: "trim", code: trim.code, fromSec: f.durationSec, toSec: trim.sec });
  const maxBytes = L.maxBytes.value;
  const seconds2 = trim?.sec ?? f.durationSec;
  const sizeCode = codes.has("audio.bytes") ? "audio.bytes" : firstCode(errors, "audio.format");
  let pcm = pcmFor(opts.sampleFormat) ?? PCM_16;
  if (seconds2 !== null && format === "wav") {
    let channels = f.channels ?? 2;
    let rate2 = f.sampleRate ?? 44100;
    const size2 = () => WAV_HEADER_BYTES + Math.ceil(seconds2 * rate2) * channels * pcm.bytes;
    if (size2() > maxBytes && pcm.bytes > PCM_16.bytes) {
      actions.push({ type: "sampleformat", code: sizeCode, from: pcm.label, to: PCM_16.label, codec: PCM_16.codec });
      pcm = PCM_16;
    }
    if (size2() > maxBytes && channels > 1) {
      actions.push({ type: "downmix", code: sizeCode, from: channels, to: 1 });
      channels = 1;
    }
    if (size2() > maxBytes) {
      const from = rate2;
      rate2 = SAMPLE_RATES.find((r) => r < from && WAV_HEADER_BYTES + Math.ceil(seconds2 * r) * channels * pcm.bytes <= maxBytes) ?? rate2;
      if (rate2 !== from) actions.push({ type: "resample", code: sizeCode, from, to: rate2 });
    }
    if (size2() > maxBytes && L.formats.value.includes("mp3")) {
      actions.push({ type: "convert", code: sizeCode, from: "wav", to: "mp3" });
      format = "mp3";
    }
  }
  const converted = actions.find((a) => a.type === "convert" && a.to === "mp3");
  if (format === "mp3" && converted) {
    if ((f.sampleRate ?? 0) > MP3_MAX_RATE) actions.push({ type: "resample", code: converted.code, from: f.sampleRate, to: MP3_MAX_RATE });
    if ((f.channels ?? 0) > 2 && !actions.some((a) => a.type === "downmix")) actions.push({ type: "downmix", code: converted.code, from: f.channels, to: 2 });
  }
  if (seconds2 !== null && format === "mp3") {
    const kbps = Math.min(MP3_KBPS, Math.floor(maxBytes * 8 * BITRATE_HEADROOM / seconds2 / 1e3));
    if (kbps < MP3_KBPS) actions.push({ type: "bitrate", code: sizeCode, fromBytes: f.bytes ?? 0, maxBytes, kbps });
  }
  if (codes.has("audio.bytes") && !actions.some((a) => a.code === "audio.bytes")) {
    actions.push({ type: "recompress", code: "audio.bytes", fromBytes: f.bytes ?? 0, maxBytes });
  }
  return { actions, output: { format, extension: format, maxBytes, ...format === "wav" ? { pcm: { codec: pcm.codec, label: pcm.label } } : {} } };
}
function outputFormat2(format, accepted) {
  if (accepted.includes(format) && (format === "mp3" || format === "wav")) return format;
  const want = LOSSLESS2.has(format) ? "wav" : "mp3";
  if (accepted.includes(want)) return want;
  return want === "wav" ? "mp3" : "wav";
}

// src/fixer/predict.ts
function predict(f, actions, output) {
  const next = { ...f, format: output.format, extension: output.extension, extensionMismatch: false, failure: null };
  for (const a of actions) {
    if (a.type === "crop" || a.type === "scale" || a.type === "pad") Object.assign(next, { width: a.to.width, height: a.to.height });
    else if (a.type === "orient") next.rotation = null;
    else if (a.type === "retime") next.fps = a.to;
    else if (a.type === "trim" || a.type === "extend") next.durationSec = a.toSec;
    else if (a.type === "downmix") next.channels = a.to;
    else if (a.type === "resample") next.sampleRate = a.to;
  }
  const copied = actions.every((a) => a.type === "remux");
  if (!copied && output.maxBytes !== null && next.bytes !== null) next.bytes = Math.min(next.bytes, output.maxBytes);
  return next;
}

// src/fixer/plan.ts
function plan(facts, findings, profile, opts = {}) {
  const base = { source: facts.source, kind: facts.kind };
  const errors = findings.filter((f) => f.severity === "error");
  const unreadable = errors.find((f) => f.code.startsWith("file."));
  if (facts.failure || facts.kind === null || unreadable) {
    const code = unreadable?.code ?? "file.unknown_format";
    return { ...base, status: "unfixable", code, why: "unreadable", detail: facts.failure?.detail ?? null, actions: [] };
  }
  const budget = opts.trimTo && facts.durationSec !== null && facts.durationSec > opts.trimTo.sec;
  const share = opts.maxBytes && facts.bytes !== null && facts.bytes > opts.maxBytes.bytes;
  if (errors.length === 0 && !budget && !share) return { ...base, status: "unchanged", actions: [] };
  const kind = facts.kind;
  const r = kind === "image" ? planImage(facts, errors, profile, opts) : kind === "video" ? planVideo(facts, errors, profile, opts) : planAudio(facts, errors, profile, opts);
  if ("unfixable" in r) return { ...base, status: "unfixable", code: r.unfixable.code, why: r.unfixable.why, detail: r.unfixable.detail ?? null, actions: [] };
  const left = checkAsset(predict(facts, r.actions, r.output), profile).filter((f) => f.severity === "error");
  if (left.length) return { ...base, status: "unfixable", code: left[0].code, why: "unsupported", detail: null, actions: [] };
  return { source: facts.source, kind, status: "fix", actions: r.actions, output: r.output };
}

// src/fixer/execute.ts
import { rename, rm as rm2 } from "node:fs/promises";
import { basename, dirname, join as join2 } from "node:path";

// src/media/ffmpeg.ts
import { createRequire } from "node:module";
import { resolve as resolve2 } from "node:path";

// src/media/select.ts
import { execFileSync } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
var FfmpegSelectError = class extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = "FfmpegSelectError";
  }
  hint;
};
var versions = /* @__PURE__ */ new Map();
function readVersion(path) {
  if (versions.has(path)) return versions.get(path);
  let info = null;
  try {
    const text = execFileSync(path, ["-hide_banner", "-version"], { encoding: "utf8", timeout: 15e3, stdio: ["ignore", "pipe", "ignore"] });
    const version = /^ffmpeg version (\S+)/m.exec(text)?.[1];
    const lib = /^libavutil\s+(\d+)\.\s*(\d+)\.\s*(\d+)/m.exec(text);
    if (version && lib) info = { path, version, libavutil: [Number(lib[1]), Number(lib[2]), Number(lib[3])] };
  } catch {
    info = null;
  }
  versions.set(path, info);
  return info;
}
function ffmpegsOnPath(pathVar = process.env.PATH ?? "") {
  const found = [];
  for (const dir of pathVar.split(delimiter)) {
    if (!dir) continue;
    const candidate = resolve(join(dir, process.platform === "win32" ? "ffmpeg.exe" : "ffmpeg"));
    if (found.includes(candidate)) continue;
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      found.push(candidate);
    } catch {
    }
  }
  return found;
}
var newer = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
var chosen = /* @__PURE__ */ new Map();
function selectFfmpeg(explicit, env = process.env) {
  const named = explicit ? { path: explicit, from: "option" } : env.SEEDANCE_PREFLIGHT_FFMPEG ? { path: env.SEEDANCE_PREFLIGHT_FFMPEG, from: "env" } : null;
  const key = `${named?.from ?? ""}\0${named?.path ?? ""}\0${env.PATH ?? ""}`;
  const cached = chosen.get(key);
  if (cached) return cached;
  let pick = null;
  if (named) {
    const info = readVersion(named.path);
    if (!info) {
      const where = named.from === "env" ? `SEEDANCE_PREFLIGHT_FFMPEG=${named.path}` : `the ffmpeg ${named.path}`;
      throw new FfmpegSelectError(`${where} does not run as ffmpeg (\`${named.path} -version\` failed)`, named.from === "env" ? "point SEEDANCE_PREFLIGHT_FFMPEG at an ffmpeg binary, or unset it to use the newest one found" : "name an ffmpeg binary that runs");
    }
    pick = { ...info, from: named.from };
  } else {
    for (const path of ffmpegsOnPath(env.PATH)) {
      const info2 = readVersion(path);
      if (info2 && (!pick || newer(info2.libavutil, pick.libavutil) > 0)) pick = { ...info2, from: "path" };
    }
    let bundled = null;
    try {
      bundled = bundledFfmpegPath();
    } catch {
      bundled = null;
    }
    const info = bundled ? readVersion(bundled) : null;
    if (info && (!pick || newer(info.libavutil, pick.libavutil) > 0)) pick = { ...info, from: "bundled" };
    if (!pick) throw new FfmpegSelectError("no ffmpeg runs here: none on PATH and the bundled @ffmpeg-installer/ffmpeg binary does not start", "install ffmpeg (e.g. apt-get install ffmpeg) or set SEEDANCE_PREFLIGHT_FFMPEG to one");
  }
  chosen.set(key, pick);
  return pick;
}

// src/media/ffmpeg.ts
var require2 = createRequire(import.meta.url);
var FfmpegError = class extends Error {
  constructor(message, kind, tail) {
    super(message);
    this.kind = kind;
    this.tail = tail;
    this.name = "FfmpegError";
  }
  kind;
  tail;
};
var DEFAULT_TIMEOUT_MS = 10 * 6e4;
var asFile = (p) => `file:${resolve2(p)}`;
function build(job, binary) {
  const ffmpeg = require2("fluent-ffmpeg");
  const cmd = ffmpeg({ stdoutLines: 0 }).setFfmpegPath(binary);
  cmd.input(asFile(job.input)).inputOptions(["-nostdin", ...job.inputOptions ?? [], "-protocol_whitelist", "file"]).output(asFile(job.output)).outputOptions(["-y", ...job.outputOptions ?? []]);
  if (job.videoFilters?.length) cmd.videoFilters(job.videoFilters.join(","));
  if (job.audioFilters?.length) cmd.audioFilters(job.audioFilters.join(","));
  return cmd;
}
function commandLine(job, binary) {
  const cmd = build(job, binary);
  return [binary, ...cmd._getArguments()];
}
var TIME = /time=\s*(-?)(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/;
function runFfmpeg(job, opts = {}) {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tailLines = opts.tailLines ?? 6;
  let binary;
  try {
    binary = opts.binary ?? selectFfmpeg().path;
  } catch (e) {
    const hint = e instanceof FfmpegSelectError ? `: ${e.hint}` : "";
    return Promise.reject(new FfmpegError(`${e.message}${hint}`, "spawn", []));
  }
  return new Promise((done, fail) => {
    const cmd = build(job, binary);
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      cmd.kill("SIGKILL");
      fail(new FfmpegError(`ffmpeg took longer than ${Math.round(timeoutMs / 1e3)} s and was stopped`, "timeout", []));
    }, timeoutMs);
    cmd.on("error", (err, _stdout, stderr) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const tail = lastLines(stderr ?? "", tailLines);
      const spawn2 = /spawn|ENOENT|EACCES/.test(err.message) && !stderr;
      const why = tail.length ? tail[tail.length - 1] : err.message;
      fail(new FfmpegError(`ffmpeg failed: ${why}`, spawn2 ? "spawn" : "error", tail.length ? tail : [err.message]));
    });
    cmd.on("start", () => {
      const child = cmd.ffmpegProc;
      if (child) track(child);
    });
    if (opts.onTime) {
      const onTime = opts.onTime;
      cmd.on("stderr", (line) => {
        const m = TIME.exec(line);
        if (m && !m[1]) onTime(Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]));
      });
    }
    cmd.on("end", () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
    });
    cmd.run();
  });
}
function lastLines(stderr, n) {
  return stderr.split(/\r?\n/).map((l) => l.replace(/^\[[^\]]* @ 0x[0-9a-f]+\]\s*/i, "").trim()).filter(Boolean).slice(-n);
}

// src/fixer/image.ts
import { rm, writeFile } from "node:fs/promises";
var LADDER = {
  jpeg: [90, 80, 70, 60, 50, 40].map((quality) => ({ format: "jpeg", options: { quality, mozjpeg: true } })),
  webp: [90, 80, 70, 60, 50, 40].map((quality) => ({ format: "webp", options: { quality } })),
  png: [
    { format: "png", options: {} },
    { format: "png", options: { compressionLevel: 9 } },
    { format: "png", options: { compressionLevel: 9, palette: true, quality: 90 } },
    { format: "png", options: { compressionLevel: 9, palette: true, quality: 60 } }
  ]
};
var ladderOf = (format) => LADDER[format];
function imageOps(p) {
  const ops = [{ op: "rotate" }];
  for (const a of p.actions) {
    if (a.type === "crop") ops.push({ op: "extract", ...centred(a.from, a.to) });
    else if (a.type === "scale") ops.push({ op: "resize", width: a.to.width, height: a.to.height, fit: "fill", kernel: "lanczos3" });
    else if (a.type === "pad") ops.push({ op: "extend", ...padding(a.from, a.to) });
  }
  return ops;
}
function bmpDecodeJob(facts, input, out) {
  if (facts.format !== "bmp") return null;
  return { input, output: `${out}.decoded.png`, outputOptions: ["-frames:v", "1", "-c:v", "png", "-f", "image2"] };
}
var SHARP_INPUT = { limitInputPixels: MAX_DECODE_PIXELS, animated: false };
function apply(img, op) {
  switch (op.op) {
    case "rotate":
      return img.rotate();
    case "extract":
      return img.extract({ left: op.left, top: op.top, width: op.width, height: op.height });
    case "resize":
      return img.resize(op.width, op.height, { fit: op.fit, kernel: op.kernel });
    case "extend":
      return img.extend({ left: op.left, right: op.right, top: op.top, bottom: op.bottom, background: op.background });
  }
}
async function fixImage(p, facts, input, out, ff) {
  const { default: sharp } = await import("sharp");
  const decode = bmpDecodeJob(facts, input, out);
  try {
    if (decode) await runFfmpeg(decode, ff);
    const ops = imageOps(p);
    const build2 = () => ops.reduce(apply, sharp(decode?.output ?? input, SHARP_INPUT));
    const cap = p.output.maxBytes ?? Infinity;
    let last = 0;
    for (const enc of LADDER[p.output.format]) {
      const buf = await build2().toFormat(enc.format, enc.options).toBuffer();
      last = buf.length;
      if (buf.length <= cap) {
        await writeFile(out, buf);
        return enc;
      }
    }
    throw new Error(`the smallest ${p.output.format} encoding is ${last} bytes, still over ${cap}`);
  } finally {
    if (decode) await rm(decode.output, { force: true });
  }
}
function centred(from, to) {
  return { left: Math.floor((from.width - to.width) / 2), top: Math.floor((from.height - to.height) / 2), width: to.width, height: to.height };
}
function padding(from, to) {
  const left = Math.floor((to.width - from.width) / 2);
  const top = Math.floor((to.height - from.height) / 2);
  return { left, right: to.width - from.width - left, top, bottom: to.height - from.height - top, background: { r: 0, g: 0, b: 0, alpha: 1 } };
}

// src/fixer/video.ts
var AUDIO_KBPS2 = 128;
function videoJob(p, facts, input, output, opts = {}) {
  const mp4 = ["-movflags", "+faststart", "-f", "mp4"];
  if (p.actions.some((a) => a.type === "remux")) {
    return { input, output, outputOptions: ["-map", "0:v:0", "-map", "0:a:0?", "-c", "copy", ...mp4] };
  }
  const vf = [];
  const af = [];
  const out = ["-map", "0:v:0", "-map", "0:a:0?"];
  let seconds2 = facts.durationSec;
  let videoKbps = null;
  let audioKbps = AUDIO_KBPS2;
  for (const a of p.actions) {
    if (a.type === "crop") vf.push(`crop=${a.to.width}:${a.to.height}`);
    else if (a.type === "scale") vf.push(`scale=${a.to.width}:${a.to.height}:flags=lanczos`);
    else if (a.type === "pad") vf.push(`pad=${a.to.width}:${a.to.height}:(ow-iw)/2:(oh-ih)/2:black`);
    else if (a.type === "retime") vf.push(`fps=${a.to.num}/${a.to.den}`);
    else if (a.type === "trim") {
      seconds2 = a.toSec;
      out.push("-t", String(wholeFrames(a.toSec, p.output.fps ?? null)));
    } else if (a.type === "extend") {
      seconds2 = a.toSec;
      const fps = p.output.fps ?? null;
      const frames = fps ? Math.round(a.toSec * fps.num / fps.den) : null;
      vf.push(`tpad=stop_mode=clone:stop_duration=${Number((a.toSec - a.fromSec + 0.2).toFixed(6))}`, frames ? `trim=end_frame=${frames}` : `trim=end=${a.toSec}`);
      af.push("apad", `atrim=end=${Number(a.toSec.toFixed(6))}`);
    } else if (a.type === "bitrate") {
      videoKbps = a.kbps;
      audioKbps = a.audioKbps ?? AUDIO_KBPS2;
    }
  }
  vf.push("setsar=1", "format=yuv420p");
  out.push("-c:v", "libx264", "-preset", opts.preset ?? "veryfast", "-pix_fmt", "yuv420p");
  out.push("-crf", String(opts.crf ?? 20));
  const cap = videoKbps ?? (p.output.maxBytes && seconds2 ? Math.floor(p.output.maxBytes * 8 * BITRATE_HEADROOM / seconds2 / 1e3) - audioKbps : null);
  if (cap && cap > 0) out.push("-maxrate", `${cap}k`, "-bufsize", `${cap * 2}k`);
  out.push(...facts.hasAudioStream ? ["-c:a", "aac", "-b:a", `${audioKbps}k`] : ["-an"], ...mp4);
  return { input, output, videoFilters: vf, ...facts.hasAudioStream && af.length ? { audioFilters: af } : {}, outputOptions: out };
}
function wholeFrames(sec, fps) {
  if (!fps) return sec;
  const rate2 = fps.num / fps.den;
  const frames = Math.floor(sec * rate2 + 1e-6);
  return Number(((frames - 0.5) / rate2).toFixed(6));
}

// src/fixer/audio.ts
var MP3_FRAME_SAMPLES = 1152;
function audioJob(p, facts, input, output) {
  const out = ["-vn", "-map", "0:a:0"];
  let rate2 = facts.sampleRate ?? 44100;
  let kbps = MP3_KBPS;
  let trimSec = null;
  const af = [];
  for (const a of p.actions) {
    if (a.type === "extend") af.push("apad", `atrim=end=${Number(a.toSec.toFixed(6))}`);
    if (a.type === "downmix") out.push("-ac", String(a.to));
    else if (a.type === "resample") {
      out.push("-ar", String(a.to));
      rate2 = a.to;
    } else if (a.type === "trim") trimSec = a.toSec;
    else if (a.type === "bitrate") kbps = a.kbps;
  }
  const mp3 = p.output.format === "mp3";
  if (mp3 && !p.actions.some((a) => a.type === "resample") && rate2 > MP3_MAX_RATE) {
    out.push("-ar", String(MP3_MAX_RATE));
    rate2 = MP3_MAX_RATE;
  }
  if (mp3 && !p.actions.some((a) => a.type === "downmix") && (facts.channels ?? 2) > 2) out.push("-ac", "2");
  if (trimSec !== null) {
    const margin = mp3 ? 2 * MP3_FRAME_SAMPLES / rate2 : 0;
    out.push("-t", String(Number((trimSec - margin).toFixed(6))));
  }
  out.push(...mp3 ? ["-c:a", "libmp3lame", "-b:a", `${kbps}k`, "-f", "mp3"] : ["-c:a", p.output.pcm?.codec ?? "pcm_s16le", "-f", "wav"]);
  return { input, output, ...af.length ? { audioFilters: af } : {}, outputOptions: out };
}

// src/fixer/commands.ts
import { resolve as resolve3 } from "node:path";
function commandsFor(p, facts, input, output, o) {
  const binary = o.binary ?? "ffmpeg";
  if (p.kind === "video") return [ffmpegCommand(commandLine(videoJob(p, facts, input, output, o.video), binary))];
  if (p.kind === "audio") return [ffmpegCommand(commandLine(audioJob(p, facts, input, output), binary))];
  const out = [];
  const decode = bmpDecodeJob(facts, input, output);
  if (decode) out.push(ffmpegCommand(commandLine(decode, binary)));
  const enc = o.encode ?? ladderOf(p.output.format)[0];
  out.push({ tool: "sharp", line: sharpLine(resolve3(decode?.output ?? input), imageOps(p), enc, resolve3(output)) });
  return out;
}
function ffmpegCommand(argv) {
  return { tool: "ffmpeg", argv, line: argv.map(shellQuote).join(" ") };
}
var js = (v) => JSON.stringify(v).replace(/"([a-zA-Z_]\w*)":/g, "$1: ").replace(/,(?=[a-zA-Z_"{])/g, ", ");
function sharpLine(input, ops, enc, output) {
  const calls = ops.map((o) => {
    if (o.op === "rotate") return ".rotate()";
    if (o.op === "resize") return `.resize(${o.width}, ${o.height}, ${js({ fit: o.fit, kernel: o.kernel })})`;
    const { op, ...args } = o;
    return `.${op}(${js(args)})`;
  });
  return `await sharp(${js(input)}, ${js(SHARP_INPUT)})${calls.join("")}.${enc.format}(${js(enc.options)}).toFile(${js(output)});`;
}
function shellQuote(s) {
  if (/^[A-Za-z0-9_\-+=:,./@%^]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

// src/fixer/words.ts
var size = (s) => `${s.width}x${s.height}`;
var seconds = (n) => `${Number(n.toFixed(3))} s`;
var rate = (r) => r.den === 1 ? `${r.num} fps` : `${r.num}/${r.den} (${Number(r.value.toFixed(3))}) fps`;
var megabytes = (b) => `${Number((b / 1e6).toFixed(2))} MB`;
var bytes = (b) => `${b.toLocaleString("en-US")} bytes`;
function actionText(a, kind) {
  switch (a.type) {
    case "orient":
      return kind === "image" ? `apply EXIF orientation ${a.rotation} to the pixels` : `apply the ${a.rotation}\xB0 display rotation to the pixels`;
    case "convert":
      return `convert ${a.from} to ${a.to}${a.to === "mp4" ? " (H.264/AAC, faststart)" : ""}`;
    case "remux":
      return `remux ${a.from} to mp4 (streams copied, faststart); if the copy still fails a rule, re-encode to H.264/AAC instead`;
    case "crop":
      return `crop ${size(a.from)} to ${size(a.to)} (centred)`;
    case "scale":
      return `scale ${size(a.from)} to ${size(a.to)}`;
    case "pad":
      return `pad ${size(a.from)} to ${size(a.to)} (centred)`;
    case "retime":
      return `retime ${rate(a.from)} to ${rate(a.to)} (duration kept)`;
    case "trim":
      return `trim ${seconds(a.fromSec)} to ${seconds(a.toSec)}`;
    case "extend":
      return `lengthen ${seconds(a.fromSec)} to ${seconds(a.toSec)} ${kind === "audio" ? "with silence at the end" : "by holding the last frame (audio padded with silence)"}`;
    case "downmix":
      return `downmix ${a.from} channels to ${a.to === 1 ? "mono" : `${a.to} channels`}`;
    case "resample":
      return `resample ${a.from} Hz to ${a.to} Hz`;
    case "sampleformat":
      return `store the ${a.from} samples as ${a.to}: at ${a.from} the wav cannot fit the size limit`;
    case "bitrate":
      if (kind === "audio") return `encode at ${a.kbps} kb/s to fit ${megabytes(a.maxBytes)} (was ${bytes(a.fromBytes)})`;
      return `cap the video bitrate at ${a.kbps} kb/s${a.audioKbps ? ` (audio ${a.audioKbps} kb/s)` : ""} to fit ${megabytes(a.maxBytes)} (was ${bytes(a.fromBytes)})`;
    case "recompress":
      return `re-encode to fit ${megabytes(a.maxBytes)} (was ${bytes(a.fromBytes)})`;
  }
}
function fallbackText(f, got) {
  if (f.planned === "remux") return `the stream copy still failed ${f.codes.join(", ")}: re-encoded to H.264/AAC instead`;
  return `the first encode${got ? ` (${bytes(got)})` : ""} still failed ${f.codes.join(", ")}: encoded again at a lower bitrate`;
}
function repointText(r) {
  if (r.file === "fixed") return `point ${r.kind} ${r.index + 1} at the fixed file ${r.to}`;
  const how = r.placed === "link" ? "a hard link to" : r.placed === "copy" ? "a copy of" : "a hard link to (or a copy of)";
  return `point ${r.kind} ${r.index + 1} at ${r.to}, ${how} the unchanged file, so the manifest names only files in its folder`;
}
function unfixableReason(p, findings) {
  const f = findings.find((x) => x.code === p.code);
  const full = f ? render(f, p.source).message : p.code;
  const said = full.startsWith(`${p.source}: `) ? full.slice(p.source.length + 2) : full;
  switch (p.why) {
    case "unreadable":
      return `${said}: there is nothing to convert`;
    case "no_video_stream":
      return `${said}: there is no picture to fix; use it as audio or add a video track`;
    case "cannot_decode":
      return `${p.detail ?? "this format"} cannot be decoded by this build (sharp/ffmpeg): convert it to png or jpeg elsewhere`;
    case "too_large_to_decode":
      return `${said}: too many pixels to decode safely`;
    case "unknown_size":
      return `${said}: the size could not be read, so no target size can be computed`;
    case "impossible_geometry":
      return `${said}: no frame size meets every limit of the profile`;
    case "unsupported":
      return `${said}: fix has no step for ${p.code}`;
    case "request":
      return p.detail ?? said;
  }
}

// src/fixer/execute.ts
var counter = 0;
function tempPathFor(output) {
  const name = basename(output);
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot) : "";
  return join2(dirname(output), `.${name}.fixing-${process.pid}-${++counter}${ext}`);
}
async function execute(p, facts, input, output, ctx) {
  const temp = tempPathFor(output);
  try {
    let run = p;
    const fallbacks = [];
    let check = await produce(run, facts, input, temp, ctx);
    if (check.errors.length && run.actions.some((a) => a.type === "remux")) {
      const f = { planned: "remux", ran: "convert", codes: check.errors.map((e) => e.code) };
      fallbacks.push({ ...f, text: fallbackText(f) });
      run = transcodeInstead(run);
      check = await produce(run, facts, input, temp, ctx);
    }
    const over = check.errors.length === 1 && check.errors[0].code === "video.bytes" && p.output.maxBytes && check.facts.bytes;
    if (over) {
      const f = { planned: "bitrate", ran: "bitrate", codes: ["video.bytes"] };
      fallbacks.push({ ...f, text: fallbackText(f, check.facts.bytes) });
      run = lowerBitrate(run, facts, check.facts.bytes, p.output.maxBytes);
      check = await produce(run, facts, input, temp, ctx);
    }
    if (check.errors.length) {
      const first = render(check.errors[0], output);
      return { status: "failed", reason: `the output still fails: ${first.message}`, codes: check.errors.map((f) => f.code) };
    }
    await rename(temp, output);
    const commands = commandsFor(run, facts, input, output, { binary: ctx.ffmpeg.binary ?? null, video: ctx.video, encode: check.encode });
    return { status: "fixed", facts: { ...check.facts, source: output }, actions: run.actions, commands, fallbacks };
  } catch (e) {
    if (e instanceof FfmpegError) return { status: "failed", reason: e.message, codes: [], stderr: e.tail };
    return { status: "failed", reason: e.message ?? String(e), codes: [] };
  } finally {
    await rm2(temp, { force: true });
  }
}
async function produce(p, facts, input, temp, ctx) {
  let encode;
  if (p.kind === "image") encode = await fixImage(p, facts, input, temp, ctx.ffmpeg);
  else await runFfmpeg(p.kind === "video" ? videoJob(p, facts, input, temp, ctx.video) : audioJob(p, facts, input, temp), ctx.ffmpeg);
  const after = await ctx.probe(temp);
  return { facts: after, errors: checkAsset(after, ctx.profile).filter((f) => f.severity === "error"), encode };
}
function lowerBitrate(p, facts, gotBytes, maxBytes) {
  const factor = maxBytes / gotBytes * 0.9;
  const existing = p.actions.find((a) => a.type === "bitrate");
  const seconds2 = p.actions.find((a) => a.type === "trim")?.toSec ?? facts.durationSec ?? 1;
  const kbps = Math.max(16, Math.floor((existing ? existing.kbps : gotBytes * 8 / seconds2 / 1e3) * factor));
  const bitrate = { type: "bitrate", code: "video.bytes", fromBytes: facts.bytes ?? 0, maxBytes, kbps, ...existing?.audioKbps ? { audioKbps: existing.audioKbps } : {} };
  return { ...p, actions: [...p.actions.filter((a) => a.type !== "bitrate"), bitrate] };
}
function transcodeInstead(p) {
  return { ...p, actions: p.actions.map((a) => a.type === "remux" ? { type: "convert", code: a.code, from: a.from, to: "mp4" } : a) };
}

// src/fixer/jobs.ts
var refsOf = (req) => [...req.images, ...req.videos, ...req.audios];

// src/fixer/manifest-run.ts
import { existsSync } from "node:fs";
import { mkdir, rename as rename2, rm as rm3, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2 } from "node:path";

// src/fixer/manifest.ts
import { isAbsolute, relative, sep } from "node:path";

// src/fixer/budget.ts
function trimToBudget(clips, budgetSec, strategy) {
  const floors = clips.map((c) => Math.min(c.floorSec, c.durationSec));
  if (sum(floors) > budgetSec + 1e-9) return null;
  const d = clips.map((c) => c.durationSec);
  if (sum(d) <= budgetSec) return d;
  if (strategy === "end") return fromEnd(d, floors, budgetSec);
  if (strategy === "longest") return level(d, floors, budgetSec);
  return proportional(d, floors, budgetSec);
}
function proportional(d, floors, budget) {
  const fixed = /* @__PURE__ */ new Set();
  for (; ; ) {
    const free = d.map((_, i) => i).filter((i) => !fixed.has(i));
    const left = budget - sum([...fixed].map((i) => floors[i]));
    const k = left / sum(free.map((i) => d[i]));
    const hit = free.filter((i) => d[i] * k < floors[i]);
    if (hit.length === 0) return d.map((x, i) => fixed.has(i) ? floors[i] : x * k);
    hit.forEach((i) => fixed.add(i));
  }
}
function fromEnd(d, floors, budget) {
  const out = [...d];
  let over = sum(out) - budget;
  for (let i = out.length - 1; i >= 0 && over > 0; i--) {
    const cut = Math.min(over, out[i] - floors[i]);
    out[i] -= cut;
    over -= cut;
  }
  return out;
}
function level(d, floors, budget) {
  const at = (cap) => d.map((x, i) => Math.max(floors[i], Math.min(x, cap)));
  let lo = 0;
  let hi = Math.max(...d);
  for (let n = 0; n < 60; n++) {
    const mid = (lo + hi) / 2;
    if (sum(at(mid)) > budget) hi = mid;
    else lo = mid;
  }
  return at(lo);
}
var sum = (xs) => xs.reduce((a, b) => a + b, 0);

// src/fixer/manifest.ts
var BUDGET_CODES = /* @__PURE__ */ new Set(["request.video_total_duration", "request.audio_total_duration", "request.video_total_bytes"]);
function manifestShares(req, factsOf, strategy) {
  const shares = /* @__PURE__ */ new Map();
  let problem = null;
  for (const kind of ["video", "audio"]) {
    const r = durationShares(req, kind, factsOf, strategy, shares);
    problem ??= r;
  }
  bytesShares(req, factsOf, shares);
  return { shares, problem };
}
function measured(refs, factsOf, pick) {
  const out = [];
  for (const ref of refs) {
    const f = factsOf(ref);
    if (ref.location.type === "path" && f && !f.failure && pick(f) !== null) out.push({ ref, facts: f });
  }
  return out;
}
function durationShares(req, kind, factsOf, strategy, shares) {
  const L = kind === "video" ? req.profile.video : req.profile.audio;
  const clips = measured(kind === "video" ? req.videos : req.audios, factsOf, (f) => f.durationSec);
  if (clips.length === 0) return null;
  const code = `request.${kind}_total_duration`;
  const budget = L.maxTotalDurationSec.value;
  const minClip = L.minDurationSec?.value ?? ("minTotalDurationSec" in L ? L.minTotalDurationSec?.value : void 0) ?? 0;
  const fpsOf = (m) => kind === "video" ? outputFps(m.facts, req) : null;
  const input = clips.map((m) => ({
    durationSec: Math.min(m.facts.durationSec, L.maxDurationSec?.value ?? Infinity),
    floorSec: ceilTo(minClip, fpsOf(m))
  }));
  const targets = trimToBudget(input, budget, strategy);
  if (!targets) return `the ${kind} clips cannot fit the ${budget} s together while each keeps at least ${minClip} s`;
  clips.forEach((m, i) => {
    const sec = Math.max(input[i].floorSec, floorTo(targets[i], fpsOf(m)));
    if (sec >= input[i].durationSec) return;
    const key = m.ref.location.path;
    const prev = shares.get(key) ?? {};
    if (!prev.trimTo || sec < prev.trimTo.sec) shares.set(key, { ...prev, trimTo: { sec, code } });
  });
  return null;
}
function bytesShares(req, factsOf, shares) {
  const cap = req.profile.video.maxTotalBytesExclusive;
  if (!cap) return;
  const clips = measured(req.videos, factsOf, (f) => f.bytes);
  const total = clips.reduce((s, m) => s + m.facts.bytes, 0);
  if (total < cap.value) return;
  const seconds2 = clips.map((m) => m.facts.durationSec ?? 1);
  const all = seconds2.reduce((a, b) => a + b, 0);
  clips.forEach((m, i) => {
    const bytes2 = Math.floor((cap.value - 1) * seconds2[i] / all);
    if (m.facts.bytes <= bytes2) return;
    const key = m.ref.location.path;
    const prev = shares.get(key) ?? {};
    if (!prev.maxBytes || bytes2 < prev.maxBytes.bytes) shares.set(key, { ...prev, maxBytes: { bytes: bytes2, code: "request.video_total_bytes" } });
  });
}
function outputFps(f, req) {
  if (!f.fps) return null;
  const v = f.fps.num / f.fps.den;
  return Math.min(Math.max(v, req.profile.video.minFps.value), req.profile.video.maxFps.value);
}
var grid = (fps) => fps ?? 1e3;
var floorTo = (sec, fps) => Math.floor(sec * grid(fps) + 1e-6) / grid(fps);
var ceilTo = (sec, fps) => Math.ceil(sec * grid(fps) - 1e-6) / grid(fps);
function rewriteBody(req, manifestDir, target) {
  const body = structuredClone(req.raw);
  const names = fieldNames(req.dialect);
  const holder = names.prefix.length ? body[names.prefix[0]] : body;
  const repoints = [];
  for (const ref of [...req.images, ...req.videos, ...req.audios]) {
    if (ref.location.type !== "path") continue;
    const to = target(ref.location.path);
    const list = holder[names[ref.kind]];
    if (to !== null) {
      const written = toPosix(relative(manifestDir, to));
      list[ref.index] = written;
      repoints.push({ kind: ref.kind, index: ref.index, from: ref.written, to: written, abs: ref.location.path });
    } else if (!isAbsolute(ref.written) && !/^file:/i.test(ref.written)) {
      list[ref.index] = toPosix(relative(manifestDir, ref.location.path));
    }
  }
  return { body, repoints };
}
var toPosix = (p) => p.split(sep).join("/");

// src/fixer/manifest-run.ts
function checkManifest(m, factsOf, jobOf, strategy) {
  const { req } = m;
  const findings = [...req.findings, ...req.parsed ? checkRequest(req, { profile: req.profile, facts: factsOf, exists: existsSync }) : []];
  for (const f of findings) {
    if (f.severity !== "error") continue;
    if (BUDGET_CODES.has(f.code) && f.args.bound !== "min") {
      m.budget = true;
      continue;
    }
    m.blocked.push({ code: f.code, reason: render(f, req.source).message });
  }
  if (!req.parsed) return;
  const { shares, problem } = manifestShares(req, factsOf, strategy);
  if (problem) m.blocked.push({ code: "request.video_total_duration", reason: problem });
  for (const [abs, share] of shares) {
    const job = jobOf(abs);
    if (!job) continue;
    if (share.trimTo && (!job.shares.trimTo || share.trimTo.sec < job.shares.trimTo.sec)) job.shares.trimTo = share.trimTo;
    if (share.maxBytes && (!job.shares.maxBytes || share.maxBytes.bytes < job.shares.maxBytes.bytes)) job.shares.maxBytes = share.maxBytes;
  }
}
async function addManifestResult(report, m, jobOf, options, probe) {
  const source = m.input.path;
  const refJobs = refsOf(m.req).flatMap((r) => r.location.type === "path" ? [{ ref: r, job: jobOf(r.location.path) }] : []);
  const failed = refJobs.filter((x) => x.job?.outcome?.status === "failed");
  const unfixable = refJobs.filter((x) => x.job?.plan?.status === "unfixable");
  const changing = refJobs.filter((x) => x.job?.plan?.status === "fix" && x.job.outcome?.status !== "failed");
  const name = (x) => `${x.ref.kind} ${x.ref.index + 1} (${x.ref.written})`;
  if (!m.req.parsed || changing.length === 0 && failed.length === 0 && unfixable.length === 0 && m.blocked.length === 0 && !m.budget) {
    if (m.req.parsed) return void report.unchanged.push({ source });
    const first = m.blocked[0];
    return void report.unfixable.push({ source, code: first?.code ?? "request.invalid_json", reason: first?.reason ?? "the manifest could not be read" });
  }
  let written = false;
  let repoints = [];
  if (changing.length > 0) {
    const target = (abs) => {
      const j = jobOf(abs);
      if (j?.plan?.status === "fix" && j.outcome?.status !== "failed") return j.output.abs;
      return j?.carry && !j.carry.error ? j.carry.abs : null;
    };
    const { body, repoints: r } = rewriteBody(m.req, dirname2(m.output.abs), target);
    repoints = r.map(({ abs, ...x }) => {
      const j = jobOf(abs);
      const p = j?.plan;
      const code = p?.status === "fix" ? p.actions[0].code : "request.path_escapes";
      const how = p?.status === "fix" ? { file: "fixed" } : { file: "unchanged", ...j?.carry?.how ? { placed: j.carry.how } : {} };
      const y = { ...x, ...how };
      return { type: "repoint", code, ...y, text: repointText(y) };
    });
    if (!options.dryRun) {
      await mkdir(dirname2(m.output.abs), { recursive: true });
      const temp = tempPathFor(m.output.abs);
      try {
        await writeFile2(temp, JSON.stringify(body, null, 2) + "\n");
        await rename2(temp, m.output.abs);
        written = true;
      } finally {
        await rm3(temp, { force: true });
      }
    }
  }
  const output = written || options.dryRun && changing.length > 0 ? { output: m.output.shown } : {};
  const unplaced = refJobs.filter((x) => x.job?.carry?.error);
  if (unplaced.length) {
    return void report.failed.push({ source, output: m.output.shown, reason: `${unplaced.map(name).join(", ")} could not be placed under ${options.out}: ${unplaced[0].job.carry.error}`, codes: [] });
  }
  if (failed.length) {
    return void report.failed.push({ source, output: m.output.shown, reason: `${failed.map(name).join(", ")} could not be fixed`, codes: [] });
  }
  if (m.blocked.length || unfixable.length) {
    const reasons = [...m.blocked.map((b) => b.reason), ...unfixable.map((x) => `${name(x)} cannot be fixed`)];
    return void report.unfixable.push({ source, code: m.blocked[0]?.code ?? unfixable[0].job.plan.code, reason: reasons.join("; "), ...output });
  }
  if (written) {
    const errors = await recheckManifest(m.output.abs, options.model, probe);
    if (errors.length) return void report.failed.push({ source, output: m.output.shown, reason: `the new manifest still fails: ${errors[0].message}`, codes: errors.map((e) => e.code) });
  }
  report.fixed.push({ source, output: m.output.shown, actions: repoints, commands: [], fallbacks: [] });
}
async function recheckManifest(path, model, probe) {
  const req = await loadManifest(path, { profile: model });
  const facts = /* @__PURE__ */ new Map();
  for (const ref of refsOf(req)) {
    if (ref.location.type === "path" && !facts.has(ref.location.path)) facts.set(ref.location.path, await probe(ref.location.path));
  }
  const factsOf = (ref) => ref.location.type === "path" ? facts.get(ref.location.path) : void 0;
  const found = [...req.findings, ...req.parsed ? checkRequest(req, { profile: req.profile, facts: factsOf, exists: existsSync }) : []].map((f) => ({ f, subject: req.source }));
  for (const x of facts.values()) found.push(...checkAsset(x, req.profile).map((f) => ({ f, subject: x.source })));
  return found.filter(({ f }) => f.severity === "error").map(({ f, subject }) => ({ code: f.code, message: render(f, subject).message }));
}

// src/fixer/carry.ts
import { copyFile, link, rename as rename3, rm as rm4 } from "node:fs/promises";
async function carry(src, dest) {
  const temp = tempPathFor(dest);
  try {
    let how = "link";
    try {
      await link(src, temp);
    } catch {
      how = "copy";
      await copyFile(src, temp);
    }
    await rename3(temp, dest);
    return how;
  } finally {
    await rm4(temp, { force: true });
  }
}

// src/media/sample-format.ts
import { spawn } from "node:child_process";
function readSampleFormat(path, timeoutMs = 3e4) {
  return new Promise((resolve5) => {
    let binary;
    try {
      binary = ffprobePath();
    } catch {
      return resolve5(null);
    }
    const args = ["-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_name,sample_fmt,bits_per_sample,bits_per_raw_sample", "-of", "json", "-protocol_whitelist", "file", "-i", `file:${path}`];
    const child = track(spawn(binary, args, { stdio: ["ignore", "pipe", "ignore"] }));
    let out = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.on("data", (d) => {
      if (out.length < 64 * 1024) out += d;
    });
    child.on("error", () => (clearTimeout(timer), resolve5(null)));
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) return resolve5(null);
      try {
        const s = JSON.parse(out).streams?.[0];
        if (!s?.codec_name) return resolve5(null);
        const bits = Number(s.bits_per_raw_sample) || s.bits_per_sample || null;
        resolve5({ codec: s.codec_name, sampleFmt: s.sample_fmt ?? null, bits });
      } catch {
        resolve5(null);
      }
    });
  });
}

// src/fixer/index.ts
async function fix(paths, options) {
  if (!options.out) throw new PreflightUsageError("bad_option", "fix() needs options.out: the folder the fixed files are written to", 'e.g. fix(["assets/"], { out: "fixed/" })');
  if (paths.length === 0) throw new PreflightUsageError("bad_option", "fix() needs at least one file, folder or manifest", 'e.g. fix(["assets/"], { out: "fixed/" })');
  const strategy = options.trimStrategy ?? "proportional";
  if (!TRIM_STRATEGIES.includes(strategy)) throw new PreflightUsageError("bad_option", `unknown trim strategy '${strategy}'`, `use one of: ${TRIM_STRATEGIES.join(", ")}`);
  const profile = resolveProfile(options.model, options.profiles);
  for (const p of paths) {
    if (!await lstat(p).catch(() => null)) throw new PreflightUsageError("path_not_found", `no such file or folder: ${p}`, "check the path, or quote names with spaces");
  }
  const outAbs = resolve4(options.out);
  const outStat = await stat(outAbs).catch(() => null);
  if (outStat && !outStat.isDirectory()) throw new PreflightUsageError("bad_option", `the output folder ${options.out} is a file, not a folder`, "name a folder for the fixed files", "out");
  const outReal = await realpathOr(outAbs);
  const ffmpeg = chooseFfmpeg(options.ffmpeg);
  const { probe } = await import("./probes-QDVNOO2X.js");
  const concurrency = options.concurrency ?? 2;
  const jobs = /* @__PURE__ */ new Map();
  const realOf = /* @__PURE__ */ new Map();
  const addJob = async (input, prof, manifest) => {
    const real = await realpathOr(input.abs);
    realOf.set(input.abs, real);
    const had = jobs.get(real);
    if (had) {
      if (manifest) Object.assign(had, { profile: prof, manifest: true });
      return;
    }
    jobs.set(real, { input, real, profile: prof, manifest, shares: {} });
  };
  const inputs = await collectInputs(paths, outReal);
  for (const m of inputs.media) await addJob(m, profile, false);
  const manifests = [];
  for (const m of inputs.manifests) {
    const req = await loadManifest(m.path, { profile: options.model, profiles: options.profiles });
    for (const ref of refsOf(req)) {
      if (ref.location.type !== "path" || !(await stat(ref.location.path).catch(() => null))?.isFile()) continue;
      const abs = ref.location.path;
      const fromDir = relative2(dirname3(m.abs), abs);
      const rel = inside(abs, dirname3(m.abs)) ? join3(dirname3(m.rel), fromDir) : join3(dirname3(m.rel), fromDir.split(/[\\/]/).pop());
      await addJob({ path: shown(abs), abs, rel, maybe: false }, req.profile, true);
    }
    manifests.push({ input: m, req, blocked: [], output: { abs: join3(outAbs, m.rel), shown: join3(options.out, m.rel) }, budget: false });
  }
  for await (const [job, facts] of mapPool([...jobs.values()], concurrency, async (j) => [j, await probe(j.input.path)])) {
    job.facts = { ...facts, source: job.input.path };
  }
  for (const [real, job] of jobs) {
    if (job.input.maybe && !job.manifest && (job.facts.kind === null || job.facts.failure)) jobs.delete(real);
  }
  const audio = [...jobs.values()].filter((j) => j.facts.kind === "audio" && !j.facts.failure);
  for await (const [job, fmt] of mapPool(audio, concurrency, async (j) => [j, await readSampleFormat(j.input.path)])) job.sampleFormat = fmt;
  const jobOf = (abs) => jobs.get(realOf.get(abs) ?? abs);
  const factsOf = (ref) => ref.location.type === "path" ? jobOf(ref.location.path)?.facts : void 0;
  for (const m of manifests) checkManifest(m, factsOf, jobOf, strategy);
  for (const job of jobs.values()) {
    job.findings = checkAsset(job.facts, job.profile);
    job.plan = plan(job.facts, job.findings, job.profile, { crop: options.crop, sampleFormat: job.sampleFormat, ...job.shares });
  }
  const taken = new Set(manifests.map((m) => m.output.abs));
  for (const job of jobs.values()) {
    if (job.plan.status !== "fix") continue;
    const rel = uniqueRel(withExtension(job.input.rel, job.plan.output.extension), (r) => taken.has(join3(outAbs, r)));
    taken.add(join3(outAbs, rel));
    job.output = { abs: join3(outAbs, rel), shown: join3(options.out, rel) };
  }
  const refJobs = (m) => refsOf(m.req).flatMap((r) => r.location.type === "path" && jobOf(r.location.path) ? [jobOf(r.location.path)] : []);
  for (const m of manifests) {
    const js2 = refJobs(m);
    if (!js2.some((j) => j.plan.status === "fix")) continue;
    for (const j of js2) {
      if (j.plan.status !== "unchanged" || j.carry || inside(j.real, outReal)) continue;
      const rel = uniqueRel(j.input.rel, (r) => taken.has(join3(outAbs, r)));
      taken.add(join3(outAbs, rel));
      j.carry = { abs: join3(outAbs, rel), shown: join3(options.out, rel) };
    }
  }
  await refuseOverwrite([...jobs.values()], manifests, options.out);
  if (!options.dryRun) {
    await mkdir2(outAbs, { recursive: true }).catch((e) => {
      throw new PreflightUsageError("bad_option", `cannot create the output folder ${options.out}: ${e.message}`, "choose an output folder you can write to", "out");
    });
    const work = [...jobs.values()].filter((j) => j.plan.status === "fix");
    const total = work.length;
    let started = 0;
    for await (const _ of mapPool(work, concurrency, async (job) => {
      const n = ++started;
      const source = job.input.path;
      const p = job.plan;
      options.onProgress?.({ source, phase: "start", n, total });
      const seconds2 = p.actions.find((a) => a.type === "trim" || a.type === "extend")?.toSec ?? job.facts.durationSec;
      const onTime = options.onProgress && seconds2 ? (t) => options.onProgress({ source, phase: "progress", n, total, percent: Math.min(100, Math.max(0, t / seconds2 * 100)) }) : void 0;
      const ctx = { probe, profile: job.profile, ffmpeg: { timeoutMs: options.timeoutMs, binary: ffmpeg?.path, onTime }, video: { preset: options.preset } };
      try {
        await mkdir2(dirname3(job.output.abs), { recursive: true });
        job.outcome = await execute(p, job.facts, source, job.output.abs, ctx);
      } catch (e) {
        job.outcome = { status: "failed", reason: e.message, codes: [] };
      }
      options.onProgress?.({ source, phase: "done", n, total, status: job.outcome.status });
    })) ;
    for (const job of jobs.values()) {
      if (!job.carry) continue;
      await mkdir2(dirname3(job.carry.abs), { recursive: true });
      job.carry.how = await carry(job.real, job.carry.abs).catch((e) => {
        job.carry.error = e.message;
        return void 0;
      });
    }
  }
  const report = { ok: true, dryRun: Boolean(options.dryRun), out: options.out, profile: profile.id, ffmpeg, fixed: [], unchanged: [], unfixable: [], failed: [] };
  for (const job of jobs.values()) addJobResult(report, job, { binary: ffmpeg?.path ?? null, video: { preset: options.preset } });
  for (const m of manifests) await addManifestResult(report, m, jobOf, options, probe);
  report.ok = report.unfixable.length === 0 && report.failed.length === 0;
  return report;
}
function chooseFfmpeg(explicit) {
  try {
    const { path, version, from } = selectFfmpeg(explicit);
    return { path, version, from };
  } catch (e) {
    if (!(e instanceof FfmpegSelectError)) throw e;
    if (explicit || process.env.SEEDANCE_PREFLIGHT_FFMPEG) throw new PreflightUsageError("bad_option", e.message, e.hint);
    return null;
  }
}
function addJobResult(report, job, cmd) {
  const p = job.plan;
  const source = job.input.path;
  if (p.status === "unchanged") return void report.unchanged.push({ source });
  if (p.status === "unfixable") return void report.unfixable.push({ source, code: p.code, reason: unfixableReason(p, job.findings) });
  const o = job.outcome;
  if (o?.status === "failed") return void report.failed.push({ source, output: job.output.shown, reason: o.reason, codes: o.codes, ...o.stderr ? { stderr: o.stderr } : {} });
  const done = o?.status === "fixed" ? o : null;
  const actions = done ? done.actions : p.actions;
  const commands = done ? done.commands : commandsFor(p, job.facts, source, job.output.abs, cmd);
  report.fixed.push({ source, output: job.output.shown, actions: actions.map((a) => ({ ...a, text: actionText(a, p.kind) })), commands, fallbacks: done?.fallbacks ?? [] });
}
async function refuseOverwrite(jobs, manifests, out) {
  const inputs = /* @__PURE__ */ new Set([...jobs.map((j) => j.real), ...await Promise.all(manifests.map((m) => realpathOr(m.input.abs)))]);
  for (const j of jobs) {
    if (!j.output || inputs.has(await realpathOr(j.output.abs))) continue;
    const st = await lstat(j.output.abs).catch(() => null);
    if (st && dirname3(await realpathOr(j.output.abs)) === dirname3(j.real)) {
      throw new PreflightUsageError("bad_option", `the output folder ${out} would replace ${j.output.shown}, a file beside the input ${j.input.path}`, "fix never replaces a file it did not write: choose another output folder", "out");
    }
  }
  const outputs = [
    ...jobs.flatMap((j) => j.output ? [{ abs: j.output.abs, source: j.input.path }] : []),
    ...jobs.flatMap((j) => j.carry ? [{ abs: j.carry.abs, source: j.input.path }] : []),
    ...manifests.map((m) => ({ abs: m.output.abs, source: m.input.path }))
  ];
  for (const o of outputs) {
    if (inputs.has(await realpathOr(o.abs))) {
      throw new PreflightUsageError("bad_option", `the output folder ${out} would overwrite the input ${o.source}`, "fix never replaces an input: choose another output folder", "out");
    }
  }
}
function withExtension(rel, ext) {
  const slash = Math.max(rel.lastIndexOf("/"), rel.lastIndexOf("\\"));
  const dot = rel.lastIndexOf(".");
  return `${dot > slash + 1 ? rel.slice(0, dot) : rel}.${ext}`;
}
function uniqueRel(rel, taken) {
  if (!taken(rel)) return rel;
  const dot = rel.lastIndexOf(".");
  for (let n = 2; ; n++) {
    const r = `${rel.slice(0, dot)}-${n}${rel.slice(dot)}`;
    if (!taken(r)) return r;
  }
}
function shown(abs) {
  const rel = relative2(process.cwd(), abs);
  return rel && !rel.startsWith("..") ? rel : abs;
}
export {
  TRIM_STRATEGIES,
  fix,
  plan
};
