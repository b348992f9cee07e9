// src/manifest/assets.ts
var BASE64_MIN_CHARS = 256;
var SCHEME_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
var BASE64ISH = /^[A-Za-z0-9+/_-]+={0,2}$/;
function looksLikeBase64(s) {
  const t = s.replace(/\s+/g, "");
  return t.length >= BASE64_MIN_CHARS && BASE64ISH.test(t);
}
function isDataUri(s) {
  return /^\s*data:/i.test(s);
}
function locateWith(written, baseDir, paths) {
  const s = written.trim();
  if (isDataUri(s) || looksLikeBase64(s)) return { type: "data" };
  if (/^file:\/\//i.test(s)) {
    try {
      return { type: "path", path: paths.fromFileUrl(s) };
    } catch {
      return { type: "url", url: s };
    }
  }
  if (SCHEME_URL.test(s)) return { type: "url", url: s };
  return { type: "path", path: paths.resolve(baseDir, s) };
}
function shortWritten(s, max = 160) {
  if (isDataUri(s)) {
    const head = /^\s*data:[^,]{0,60}/i.exec(s)?.[0].trim() ?? "data:";
    return `${head},\u2026 (${s.length.toLocaleString("en-US")} characters)`;
  }
  if (s.length <= max) return s;
  return `${s.slice(0, max - 40)}\u2026 (${s.length.toLocaleString("en-US")} characters)`;
}

// src/profiles/documents.ts
var checked = "2026-11-30";
var EVOLINK_API = {
  title: "EvoLink API reference: Seedance 2.0 Reference-to-Video",
  url: "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-reference-to-video",
  checked
};
var EVOLINK_GUIDE = {
  title: "EvoLink Seedance 2.0 guide: Reference-to-Video API",
  url: "https://seedance2api.app/docs/reference-to-video",
  checked
};
var EVOLINK_TAGS = {
  title: "EvoLink: Seedance 2.0 Multimodal Reference to Video (the older @Image1 page)",
  url: "https://docs.evolink.ai",
  checked
};
var EVOLINK_MINI = {
  title: "EvoLink API reference: Seedance 2.0 Mini Reference-to-Video",
  url: "https://docs.evolink.ai",
  checked
};
var AIGPTIMAGE = {
  title: "aigptimage: Seedance 2.0 Reference to Video API Documentation",
  url: "https://aigptimage.com/en/docs/video-models/seedance/seedance-2.0-reference-to-video",
  checked
};

// src/schemas/evolink.ts
import { z as z2 } from "zod";

// src/schemas/common.ts
import { z } from "zod";
var assetList = z.array(z.string().min(1));

// src/schemas/evolink.ts
var evolinkShape = {
  model: z2.string(),
  prompt: z2.string().optional(),
  image_urls: assetList.optional(),
  video_urls: assetList.optional(),
  audio_urls: assetList.optional(),
  duration: z2.number().optional(),
  quality: z2.string().optional(),
  aspect_ratio: z2.string().optional(),
  generate_audio: z2.boolean().optional(),
  callback_url: z2.string().optional()
};
var evolinkRequestSchema = z2.strictObject(evolinkShape);

// src/schemas/evolinkTags.ts
import { z as z3 } from "zod";
var evolinkTagsRequestSchema = z3.strictObject({
  ...evolinkShape,
  seed: z3.number().optional()
});

// src/schemas/mini.ts
import { z as z4 } from "zod";
var CONTENT_FILTER_FIELD = "content_filter";
var miniRequestSchema = z4.strictObject({
  ...evolinkShape,
  [CONTENT_FILTER_FIELD]: z4.boolean().optional()
});

// src/schemas/aigptimage.ts
import { z as z5 } from "zod";
var aigptimageInputSchema = z5.strictObject({
  prompt: z5.string().optional(),
  reference_image_urls: assetList.optional(),
  reference_video_urls: assetList.optional(),
  reference_audio_urls: assetList.optional(),
  ratio: z5.string().optional(),
  aspect_ratio: z5.string().optional(),
  resolution: z5.string().optional(),
  duration: z5.number().optional(),
  generate_audio: z5.boolean().optional(),
  web_search: z5.boolean().optional(),
  nsfw_checker: z5.boolean().optional()
});
var aigptimageRequestSchema = z5.strictObject({
  model: z5.string(),
  input: aigptimageInputSchema
});

// src/schemas/select.ts
function schemaFor(profile) {
  if (profile.dialect === "aigptimage") return aigptimageRequestSchema;
  if (profile.dialect === "evolink-tags") return evolinkTagsRequestSchema;
  if (profile.billing.contentFilterOffMultiplier) return miniRequestSchema;
  return evolinkRequestSchema;
}
function shapeSource(profile) {
  if (profile.dialect === "aigptimage") return AIGPTIMAGE;
  if (profile.dialect === "evolink-tags") return EVOLINK_TAGS;
  if (profile.billing.contentFilterOffMultiplier) return EVOLINK_MINI;
  return EVOLINK_API;
}

// src/schemas/validate.ts
function jsonPath(segments) {
  let out = "$";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (typeof s === "string" && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && Number.isNaN(v)) return "NaN";
  if (v === "") return "empty string";
  return typeof v;
}
function valueAt(body, segments) {
  let v = body;
  for (const s of segments) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[s];
  }
  return v;
}
function validateBody(body, profile) {
  const source = shapeSource(profile);
  const result = schemaFor(profile).safeParse(body);
  if (result.success) return [];
  const findings = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        findings.push({
          code: "request.unknown_field",
          severity: "warning",
          args: { path: jsonPath([...issue.path, key]), field: key, dialect: profile.dialect, source }
        });
      }
      continue;
    }
    const value = valueAt(body, issue.path);
    findings.push({
      code: "request.schema",
      severity: "error",
      args: {
        path: jsonPath(issue.path),
        issue: issue.code,
        expected: "expected" in issue ? issue.expected : issue.code === "too_small" ? "non-empty string" : void 0,
        received: value === void 0 ? "missing" : typeName(value),
        detail: issue.message,
        dialect: profile.dialect,
        source
      }
    });
  }
  return capped(findings, "request.schema", profile, source).concat(capped(findings, "request.unknown_field", profile, source));
}
var MAX_SHAPE_FINDINGS = 50;
function capped(findings, code, profile, source) {
  const of = findings.filter((f) => f.code === code);
  if (of.length <= MAX_SHAPE_FINDINGS) return of;
  const more = {
    code,
    severity: of[0].severity,
    args: { path: "$", issue: "truncated", more: of.length - MAX_SHAPE_FINDINGS, actual: of.length, limit: MAX_SHAPE_FINDINGS, dialect: profile.dialect, source }
  };
  return [...of.slice(0, MAX_SHAPE_FINDINGS), more];
}

// src/manifest/fields.ts
function fieldNames(dialect) {
  if (dialect === "aigptimage") {
    return {
      prefix: ["input"],
      image: "reference_image_urls",
      video: "reference_video_urls",
      audio: "reference_audio_urls",
      quality: "resolution",
      aspectRatio: "ratio",
      contentFilter: "nsfw_checker"
    };
  }
  return {
    prefix: [],
    image: "image_urls",
    video: "video_urls",
    audio: "audio_urls",
    quality: "quality",
    aspectRatio: "aspect_ratio",
    contentFilter: CONTENT_FILTER_FIELD
  };
}
function fieldPath(dialect, field, index) {
  const segs = [...fieldNames(dialect).prefix, field];
  if (index !== void 0) segs.push(index);
  return jsonPath(segs);
}

export {
  EVOLINK_API,
  EVOLINK_GUIDE,
  EVOLINK_TAGS,
  AIGPTIMAGE,
  validateBody,
  BASE64_MIN_CHARS,
  looksLikeBase64,
  isDataUri,
  locateWith,
  shortWritten,
  fieldNames,
  fieldPath
};
