import {
  parsePromptReferences
} from "./chunk-ADUGCQL4.js";
import {
  classifyAddress,
  isIP
} from "./chunk-QOFGJFUA.js";
import {
  AIGPTIMAGE,
  EVOLINK_GUIDE,
  EVOLINK_TAGS,
  fieldNames,
  fieldPath,
  isDataUri,
  shortWritten
} from "./chunk-JJMBHKIC.js";
import {
  findProfile
} from "./chunk-OKHP77KM.js";

// src/rules/request/model.ts
function modelSource(profile) {
  return profile.source;
}
var modelRules = (req, { profile }) => {
  const out = [];
  const model = req.model;
  if (model !== null && !profile.models.includes(model)) {
    const other = findProfile(model);
    out.push({
      code: "request.model_unknown",
      severity: "error",
      args: { actual: model, limit: profile.models, profile: profile.id, dialect: profile.dialect, otherProfile: other && other.id !== profile.id ? other.id : null, source: modelSource(profile) }
    });
  }
  const na = profile.request.unavailable;
  if (na) {
    out.push({ code: "request.model_unavailable", severity: na.severity ?? "warning", args: { actual: model ?? profile.models[0], note: na.value, source: na.source } });
  }
  return out;
};

// src/rules/request/types.ts
var allAssets = (req) => [...req.images, ...req.videos, ...req.audios];
var refsOf = (req, kind) => kind === "image" ? req.images : kind === "video" ? req.videos : req.audios;
var roundSum = (n) => Math.round(n * 1e6) / 1e6;

// src/rules/request/counts.ts
var KINDS = ["image", "video", "audio"];
var countRules = (req, { profile }) => {
  const out = [];
  const names = fieldNames(req.dialect);
  for (const kind of KINDS) {
    const limit = profile[kind].maxCount;
    const actual = refsOf(req, kind).length;
    if (actual > limit.value) {
      out.push({ code: "request.count", severity: limit.severity ?? "error", args: { kind, field: names[kind], actual, limit: limit.value, source: limit.source } });
    }
  }
  const cap = profile.request.maxAssets;
  const total = allAssets(req).length;
  if (cap && total > cap.value) {
    out.push({
      code: "request.asset_cap",
      severity: cap.severity ?? "error",
      args: { actual: total, limit: cap.value, source: cap.source, ruling: cap.note, images: req.images.length, videos: req.videos.length, audios: req.audios.length }
    });
  }
  return out;
};

// src/rules/request/kinds.ts
var kindRules = (req, { facts }) => {
  const out = [];
  const names = fieldNames(req.dialect);
  for (const ref of allAssets(req)) {
    const f = facts(ref);
    if (!f || f.kind === null || f.kind === ref.kind) continue;
    out.push({
      code: "request.kind_mismatch",
      severity: "error",
      args: { kind: ref.kind, index: ref.index, written: shortWritten(ref.written), field: names[ref.kind], actual: f.kind, limit: ref.kind, format: f.format, suggestedField: names[f.kind] }
    });
  }
  return out;
};

// src/rules/request/totals.ts
function sum(refs, ctx, pick) {
  let total = 0;
  let unknown = 0;
  for (const ref of refs) {
    const f = ctx.facts(ref);
    const v = f ? pick(f) : null;
    if (v === null || !Number.isFinite(v)) unknown++;
    else total += v;
  }
  return { total: roundSum(total), unknown, clips: refs.length };
}
function durationTotals(kind, code, req, ctx) {
  const refs = refsOf(req, kind);
  if (refs.length === 0) return [];
  const limits = kind === "video" ? ctx.profile.video : ctx.profile.audio;
  const s = sum(refs, ctx, (f) => f.durationSec);
  const out = [];
  const max = limits.maxTotalDurationSec;
  if (s.total > max.value) {
    out.push({ code, severity: max.severity ?? "error", args: { kind, bound: "max", actual: s.total, limit: max.value, source: max.source, clips: s.clips, unknown: s.unknown } });
  }
  const min = "minTotalDurationSec" in limits ? limits.minTotalDurationSec : void 0;
  if (min && s.unknown === 0 && s.total < min.value) {
    out.push({ code, severity: min.severity ?? "error", args: { kind, bound: "min", actual: s.total, limit: min.value, source: min.source, clips: s.clips, unknown: 0 } });
  }
  return out;
}
var totalRules = (req, ctx) => {
  const out = [
    ...durationTotals("video", "request.video_total_duration", req, ctx),
    ...durationTotals("audio", "request.audio_total_duration", req, ctx)
  ];
  const cap = ctx.profile.video.maxTotalBytesExclusive;
  if (cap && req.videos.length > 0) {
    const s = sum(req.videos, ctx, (f) => f.bytes);
    if (s.total >= cap.value) {
      out.push({ code: "request.video_total_bytes", severity: cap.severity ?? "error", args: { actual: s.total, limit: cap.value, exclusive: true, source: cap.source, ruling: cap.note, clips: s.clips, unknown: s.unknown } });
    }
  }
  return out;
};

// src/rules/request/presence.ts
var presenceRules = (req, { profile }) => {
  const out = [];
  const r = profile.request;
  const visual = req.images.length + req.videos.length;
  if (r.audioNeedsVisual.value && req.audios.length > 0 && visual === 0) {
    out.push({ code: "request.audio_without_visual", severity: r.audioNeedsVisual.severity ?? "error", args: { audios: req.audios.length, actual: 0, limit: 1, source: r.audioNeedsVisual.source } });
  }
  if (r.noAssetsHint.value && visual + req.audios.length === 0) {
    out.push({ code: "request.no_assets", severity: "info", args: { actual: 0, source: r.noAssetsHint.source } });
  }
  return out;
};

// src/rules/request/body.ts
var bodyRules = (req, { profile }) => {
  const out = [];
  const max = profile.request.maxBodyBytes;
  if (req.bodyBytes > max.value) {
    out.push({ code: "request.body_bytes", severity: max.severity ?? "error", args: { actual: req.bodyBytes, limit: max.value, source: max.source } });
  }
  const inline = profile.request.noInlineData;
  if (inline.value) {
    const names = fieldNames(req.dialect);
    for (const ref of allAssets(req)) {
      if (ref.location.type !== "data") continue;
      out.push({
        code: "request.inline_data",
        severity: inline.severity ?? "error",
        args: {
          kind: ref.kind,
          index: ref.index,
          form: isDataUri(ref.written) ? "data_uri" : "base64",
          actual: ref.written.length,
          path: fieldPath(req.dialect, names[ref.kind], ref.index),
          source: inline.source
        }
      });
    }
  }
  return out;
};

// src/rules/request/promptText.ts
var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
var WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
function charCount(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
function cjkCount(s) {
  return count(s, CJK);
}
function wordCount(s) {
  return count(s.replace(CJK, " "), WORD);
}
function count(s, re) {
  let n = 0;
  for (const _ of s.matchAll(re)) n++;
  return n;
}

// src/rules/request/prompt.ts
var promptRules = (req, { profile }) => {
  const out = [];
  const r = profile.request;
  const prompt = req.prompt ?? "";
  if (prompt.trim() === "") {
    if (r.promptRequired.value) {
      out.push({ code: "request.prompt_missing", severity: r.promptRequired.severity ?? "error", args: { empty: req.prompt !== null, source: r.promptRequired.source } });
    }
    return out;
  }
  const max = r.promptMaxChars;
  const chars = charCount(prompt);
  if (max && chars > max.value) {
    out.push({ code: "request.prompt_length", severity: max.severity ?? "error", args: { measure: "chars", actual: chars, limit: max.value, source: max.source } });
  }
  const cjkLimit = r.promptRecommendedCjkChars;
  const wordLimit = r.promptRecommendedWords;
  if (cjkLimit || wordLimit) {
    const cjk = cjkLimit ? cjkCount(prompt) : 0;
    const words = wordLimit ? wordCount(prompt) : 0;
    const load = (cjkLimit ? cjk / cjkLimit.value : 0) + (wordLimit ? words / wordLimit.value : 0);
    if (load > 1) {
      const base = { cjkChars: cjk, words, cjkLimit: cjkLimit?.value ?? null, wordLimit: wordLimit?.value ?? null };
      const args = words === 0 && cjkLimit ? { measure: "cjk_chars", actual: cjk, limit: cjkLimit.value, source: cjkLimit.source, ...base } : cjk === 0 && wordLimit ? { measure: "words", actual: words, limit: wordLimit.value, source: wordLimit.source, ...base } : { measure: "mixed", actual: Math.round(load * 1e3) / 1e3, limit: 1, source: (cjkLimit ?? wordLimit).source, ...base };
      out.push({ code: "request.prompt_length", severity: (cjkLimit ?? wordLimit).severity ?? "warning", args });
    }
  }
  return out;
};

// src/rules/request/referenceRules.ts
var KINDS2 = ["image", "video", "audio"];
var referenceRules = (req) => {
  const { refs, collective } = parsePromptReferences(req.prompt);
  if (refs.length === 0) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of refs) {
    if (r.strength !== "hard") continue;
    const count2 = refsOf(req, r.kind).length;
    const key = `${r.kind}:${r.number}`;
    if (r.number >= 1 && r.number <= count2 || seen.has(key)) continue;
    seen.add(key);
    out.push({
      code: "request.prompt_reference_missing",
      severity: "error",
      args: { kind: r.kind, number: r.number, written: r.written, form: r.form, actual: r.number, limit: count2, source: r.form === "tag" ? EVOLINK_TAGS : EVOLINK_GUIDE }
    });
  }
  for (const kind of KINDS2) {
    const assets = refsOf(req, kind);
    const ofKind = refs.filter((r) => r.kind === kind);
    if (assets.length === 0 || collective.has(kind) || !ofKind.some((r) => r.strength === "hard")) continue;
    const named = new Set(ofKind.map((r) => r.number));
    const form = ofKind.find((r) => r.strength === "hard")?.form ?? "natural";
    const missing = assets.filter((a) => !named.has(a.index + 1));
    if (missing.length === 0) continue;
    out.push({
      code: "request.asset_unreferenced",
      severity: "warning",
      args: {
        kind,
        indices: missing.map((a) => a.index),
        numbers: missing.map((a) => a.index + 1),
        written: missing.map((a) => shortWritten(a.written)),
        form,
        referenced: [...named].sort((a, b) => a - b),
        actual: missing.length,
        source: form === "tag" ? EVOLINK_TAGS : EVOLINK_GUIDE
      }
    });
  }
  return out;
};

// src/rules/request/duration.ts
var durationRules = (req, { profile }) => {
  const d = req.duration;
  if (d === null) return [];
  const lim = profile.request.durations;
  const { min, max, integer, auto } = lim.value;
  const limit = { min, max, integer, auto };
  const out = [];
  const fail = (reason) => out.push({ code: "request.duration", severity: lim.severity ?? "error", args: { reason, actual: d, limit, source: lim.source, ruling: lim.note } });
  if (auto !== null && d === auto) return [];
  if (d === -1) fail("auto_not_allowed");
  else if (integer && !Number.isInteger(d)) fail("not_integer");
  else if (d < min || d > max) fail("range");
  return out;
};

// src/rules/request/options.ts
var optionRules = (req, { profile }) => {
  const out = [];
  const r = profile.request;
  const names = fieldNames(req.dialect);
  if (req.quality !== null && !r.qualities.value.includes(req.quality)) {
    out.push({
      code: "request.quality",
      severity: r.qualities.severity ?? "error",
      args: { field: names.quality, actual: req.quality, limit: r.qualities.value, source: r.qualities.source, ruling: r.qualities.note }
    });
  }
  if (req.aspectRatio !== null && !r.aspectRatios.value.includes(req.aspectRatio)) {
    out.push({
      code: "request.aspect_ratio",
      severity: r.aspectRatios.severity ?? "error",
      args: { field: aspectField(req), actual: req.aspectRatio, limit: r.aspectRatios.value, source: r.aspectRatios.source, ruling: r.aspectRatios.note }
    });
  }
  const input = req.dialect === "aigptimage" ? req.raw?.input : void 0;
  if (typeof input?.ratio === "string" && typeof input.aspect_ratio === "string" && input.ratio !== input.aspect_ratio) {
    out.push({ code: "request.field_ignored", severity: "info", args: { field: "aspect_ratio", actual: input.aspect_ratio, winner: "ratio", winnerValue: input.ratio, source: AIGPTIMAGE } });
  }
  return out;
};
function aspectField(req) {
  if (req.dialect !== "aigptimage") return "aspect_ratio";
  const input = req.raw?.input;
  return typeof input?.ratio === "string" ? "ratio" : "aspect_ratio";
}

// src/rules/request/seed.ts
var seedRules = (req, { profile }) => {
  const lim = profile.request.seed;
  const s = req.seed;
  if (!lim || s === null) return [];
  const { min, max } = lim.value;
  const out = [];
  if (!Number.isInteger(s) || s < min || s > max) {
    out.push({ code: "request.seed", severity: lim.severity ?? "error", args: { reason: Number.isInteger(s) ? "range" : "not_integer", actual: s, limit: { min, max, random: lim.value.random }, source: lim.source } });
  }
  return out;
};

// src/rules/request/hosts.ts
var LOCAL_SUFFIXES = ["localhost", "local", "localdomain", "internal", "intranet", "lan", "home.arpa", "corp"];
function classifyHost(hostname) {
  let h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (isIP(h.replace(/%.*$/, ""))) return classifyAddress(h);
  h = h.replace(/\.$/, "");
  if (h === "") return "unspecified";
  if (LOCAL_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`))) return "local_name";
  if (!h.includes(".")) return "single_label";
  return null;
}

// src/rules/request/callback.ts
var callbackRules = (req, { profile }) => {
  const lim = profile.request.callbackUrl;
  const written = req.callbackUrl;
  if (!lim || written === null) return [];
  const { httpsOnly, publicHostOnly, maxLength } = lim.value;
  const limit = { httpsOnly, publicHostOnly, maxLength };
  const out = [];
  const push = (reason, extra = {}, severity = lim.severity ?? "error") => out.push({ code: "request.callback_url", severity, args: { reason, url: truncate(written), limit, source: lim.source, ...extra } });
  if (written.length > maxLength) push("too_long", { actual: written.length, limit: maxLength });
  let url;
  try {
    url = new URL(written);
  } catch {
    push("invalid", { actual: written.length > 200 ? truncate(written) : written });
    return out;
  }
  if (httpsOnly && url.protocol !== "https:") push("not_https", { actual: url.protocol.replace(/:$/, ""), limit: "https" });
  if (publicHostOnly) {
    const cls = classifyHost(url.hostname);
    if (cls) push(cls === "single_label" ? "unqualified_host" : "private_host", { actual: url.hostname, hostClass: cls }, cls === "single_label" ? "warning" : lim.severity ?? "error");
  }
  return out;
};
var truncate = (s) => s.length > 200 ? `${s.slice(0, 197)}...` : s;

// src/rules/request/assets.ts
var assetPresenceRules = (req, ctx) => {
  const out = [];
  for (const ref of allAssets(req)) {
    if (ctx.facts(ref)) continue;
    const loc = ref.location;
    if (loc.type === "url") {
      out.push({ code: "request.url_not_checked", severity: "warning", args: { kind: ref.kind, index: ref.index, url: shortWritten(loc.url), scheme: /^([a-z][a-z0-9+.-]*):/i.exec(loc.url)?.[1]?.toLowerCase() ?? null, detail: ctx.unchecked?.(ref) } });
    } else if (loc.type === "path" && !ctx.exists(loc.path)) {
      out.push({ code: "request.asset_missing", severity: "error", args: { kind: ref.kind, index: ref.index, written: shortWritten(ref.written), path: loc.path } });
    }
  }
  return out;
};

// src/rules/request/index.ts
var requestRules = [
  modelRules,
  countRules,
  kindRules,
  totalRules,
  presenceRules,
  bodyRules,
  promptRules,
  referenceRules,
  durationRules,
  optionRules,
  seedRules,
  callbackRules,
  assetPresenceRules
];
function checkRequest(req, ctx) {
  if (!req.parsed) return [];
  const out = [];
  for (const rule of requestRules) for (const f of rule(req, ctx)) out.push(f);
  return out;
}

export {
  checkRequest
};
