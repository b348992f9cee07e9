// src/rules/check.ts
var EPS = 1e-9;
function below(value, limit) {
  return limit !== void 0 && value < limit.value - EPS;
}
function above(value, limit) {
  return limit !== void 0 && value > limit.value + EPS;
}
function range(code, value, min, max, extra = {}) {
  if (value === null || !Number.isFinite(value)) return [];
  const hit = below(value, min) ? { bound: "min", l: min } : above(value, max) ? { bound: "max", l: max } : null;
  if (!hit) return [];
  return [finding(code, hit.l.severity ?? "error", { ...extra, actual: value, limit: hit.l.value, bound: hit.bound, source: hit.l.source, ruling: hit.l.note, min: min?.value, max: max?.value })];
}
function finding(code, severity, args) {
  return { code, severity, args };
}
function sides(code, width, height, min, max) {
  const dims = { width, height };
  const w = range(code, width, min, max, { side: "width", ...dims });
  const h = range(code, height, min, max, { side: "height", ...dims });
  if (w.length && h.length && w[0].args.bound === h[0].args.bound) {
    const worst = w[0].args.bound === "min" ? Math.min(width, height) : Math.max(width, height);
    return [{ ...w[0], args: { ...w[0].args, side: "width and height", actual: worst } }];
  }
  return [...w, ...h];
}

// src/rules/asset/file.ts
var FAILURE_CODES = {
  empty: "file.empty",
  unreadable: "file.unreadable",
  truncated: "file.truncated",
  corrupt: "file.corrupt",
  not_a_file: "file.not_regular",
  outside_roots: "file.outside_roots",
  not_found: "file.not_found",
  unknown_format: "file.unknown_format",
  timeout: "file.probe_failed",
  probe_failed: "file.probe_failed"
};
function fileRules(f, p) {
  const out = [];
  const life = p.request.urlMinLifetimeSec;
  if (f.remote?.expiresInSec != null && life && f.remote.expiresInSec < life.value) {
    out.push(finding("url.expires_soon", life.severity ?? "warning", { actual: f.remote.expiresInSec, limit: life.value, expiresAt: f.remote.expiresAt, source: life.source, ruling: life.note }));
  }
  if (f.failure?.reason.startsWith("url_")) {
    out.push(finding(`url.${f.failure.reason.slice(4)}`, "error", { actual: f.remote?.status ?? f.failure.detail, detail: f.failure.detail, hint: f.failure.hint, at: f.remote?.finalUrl }));
  } else if (f.failure) {
    const code = FAILURE_CODES[f.failure.reason] ?? "file.corrupt";
    const actual = code === "file.unknown_format" ? f.format ?? f.mime ?? "unknown" : f.failure.detail;
    out.push(finding(code, "error", { actual, reason: f.failure.reason, detail: f.failure.detail, format: f.format }));
  } else if (f.kind === null) {
    out.push(finding("file.unknown_format", "error", { actual: f.mime ?? f.format ?? "unknown", format: f.format }));
  }
  if (!f.failure && f.unverified?.facts.length) {
    out.push(finding("file.unverified", "warning", { actual: f.unverified.facts, detail: f.unverified.detail }));
  }
  if (f.extensionMismatch && f.format) {
    out.push(finding("file.extension_mismatch", "warning", { actual: f.format, extension: f.extension }));
  }
  return out;
}

// src/rules/asset/image.ts
function imageRules(f, p) {
  const L = p.image;
  const out = [];
  if (f.format && !L.formats.value.includes(f.format)) {
    out.push(finding("image.format", "error", { actual: f.format, limit: L.formats.value, source: L.formats.source }));
  }
  if (f.width !== null && f.height !== null) {
    out.push(...sides("image.side", f.width, f.height, L.minSide, L.maxSide));
    out.push(...range("image.aspect_ratio", f.width / f.height, L.minAspect, L.maxAspect, { width: f.width, height: f.height }));
  }
  if (f.bytes !== null) out.push(...range("image.bytes", f.bytes, void 0, L.maxBytes));
  return out;
}

// src/rules/asset/video.ts
function videoRules(f, p) {
  const L = p.video;
  const out = [];
  if (f.format && !L.formats.value.includes(f.format)) {
    out.push(finding("video.format", "error", { actual: f.format, limit: L.formats.value, source: L.formats.source }));
  }
  if (f.hasVideoStream === false) {
    out.push(finding("video.no_video_stream", "error", { actual: f.hasAudioStream ? "audio only" : "no streams" }));
    return out;
  }
  if (f.width !== null && f.height !== null) {
    const dims = { width: f.width, height: f.height };
    out.push(...sides("video.side", f.width, f.height, L.minSide, L.maxSide));
    out.push(...range("video.aspect_ratio", f.width / f.height, L.minAspect, L.maxAspect, dims));
    out.push(...range("video.frame_pixels", f.width * f.height, L.minFramePixels, L.maxFramePixels, dims));
  }
  if (f.durationSec !== null) out.push(...range("video.duration", f.durationSec, L.minDurationSec, L.maxDurationSec));
  if (f.fps) {
    const fps = f.fps.num / f.fps.den;
    out.push(...range("video.fps", fps, L.minFps, L.maxFps, { rational: `${f.fps.num}/${f.fps.den}` }));
  }
  if (f.variableFrameRate) out.push(finding("video.variable_frame_rate", "info", { actual: f.fps ? `${f.fps.num}/${f.fps.den}` : null }));
  if (f.bytes !== null) out.push(...range("video.bytes", f.bytes, void 0, L.maxBytes));
  return out;
}

// src/rules/asset/audio.ts
function audioRules(f, p) {
  const L = p.audio;
  const out = [];
  if (f.format && !L.formats.value.includes(f.format)) {
    out.push(finding("audio.format", "error", { actual: f.format, limit: L.formats.value, source: L.formats.source }));
  }
  if (f.durationSec !== null) out.push(...range("audio.duration", f.durationSec, L.minDurationSec, L.maxDurationSec));
  if (f.bytes !== null) out.push(...range("audio.bytes", f.bytes, void 0, L.maxBytes));
  return out;
}

// src/rules/asset/index.ts
var byKind = { image: imageRules, video: videoRules, audio: audioRules };
function checkAsset(facts, profile) {
  const base = fileRules(facts, profile);
  if (facts.failure || facts.kind === null) return base;
  return [...base, ...byKind[facts.kind](facts, profile)];
}

export {
  checkAsset
};
