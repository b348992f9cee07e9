import {
  LIMIT_KEYS,
  limitKeys,
  requiredKeys
} from "./chunk-PBWBXHZX.js";

// src/profiles/flat.ts
var GROUPS = ["image", "video", "audio", "request", "billing"];
function flatLimits(profile) {
  const out = [];
  for (const group of GROUPS) {
    for (const [name, lim] of Object.entries(profile[group])) {
      if (lim) out.push([`${group}.${name}`, lim]);
    }
  }
  return out;
}

// src/profiles/file.ts
var ProfileFileError = class extends Error {
  constructor(file, key, problem, hint) {
    super(`${file}: ${key ? `${key}: ` : ""}${problem}`);
    this.file = file;
    this.key = key;
    this.problem = problem;
    this.hint = hint;
    this.name = "PreflightUsageError";
  }
  file;
  key;
  problem;
  hint;
  code = "bad_profile";
};
var isLimitObject = (v) => !!v && typeof v === "object" && !Array.isArray(v) && "value" in v;
function buildProfile(file, base, name) {
  const dialect = file.dialect ?? base?.dialect;
  if (!dialect) throw new ProfileFileError(name, "dialect", 'a profile without "extends" needs a "dialect"', 'add "dialect": "evolink" (or "evolink-tags", "aigptimage")');
  const groups = Object.fromEntries(GROUPS.map((g) => [g, { ...base?.[g] ?? {} }]));
  for (const [key, raw] of Object.entries(file.limits)) {
    const [group, name2] = key.split(".");
    if (raw === null) {
      if (!LIMIT_KEYS[key].removable) throw new ProfileFileError(name, key, "this limit cannot be removed (null)", "give it a value instead");
      delete groups[group][name2];
      continue;
    }
    const lim = isLimitObject(raw) ? { value: raw.value, source: raw.source ?? file.source, ...raw.severity ? { severity: raw.severity } : {}, ...raw.note ? { note: raw.note } : {} } : { value: raw, source: file.source };
    groups[group][name2] = lim;
  }
  if (!base) {
    const missing = requiredKeys.filter((k) => {
      const [g, n] = k.split(".");
      return !groups[g][n];
    });
    if (missing.length) throw new ProfileFileError(name, missing[0], `missing; a profile without "extends" gives every required key (${missing.length} missing: ${missing.join(", ")})`, `add "extends": "seedance-2.0-reference-to-video" to start from the default`);
  }
  return {
    id: file.id,
    title: file.title ?? base?.title ?? file.id,
    dialect,
    models: [...file.models],
    source: file.source,
    ...file.notes ? { notes: file.notes } : {},
    ...groups
  };
}
function toProfileFile(p) {
  const limits = {};
  for (const key of limitKeys) {
    const [g, n] = key.split(".");
    const l = p[g][n];
    if (!l) continue;
    const same = l.source.title === p.source.title && l.source.url === p.source.url;
    limits[key] = same && !l.severity && !l.note ? l.value : { value: l.value, ...same ? {} : { source: l.source }, ...l.severity ? { severity: l.severity } : {}, ...l.note ? { note: l.note } : {} };
  }
  return {
    $schema: "https://unpkg.com/seedance-preflight/schema/profile.schema.json",
    id: p.id,
    title: p.title,
    dialect: p.dialect,
    models: [...p.models],
    source: p.source,
    limits,
    ...p.notes ? { notes: p.notes } : {}
  };
}

// src/profiles/builtin/default.json
var default_default = {
  $schema: "../../../schema/profile.schema.json",
  id: "seedance-2.0-reference-to-video",
  title: "Seedance 2.0 reference-to-video (evolink, OpenAPI)",
  dialect: "evolink",
  models: [
    "seedance-2.0-reference-to-video"
  ],
  source: {
    title: "EvoLink API reference: Seedance 2.0 Reference-to-Video",
    url: "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-reference-to-video",
    checked: "2026-11-30"
  },
  limits: {
    "image.maxCount": 9,
    "image.formats": [
      "jpeg",
      "png",
      "webp"
    ],
    "image.minSide": 300,
    "image.maxSide": 6e3,
    "image.minAspect": 0.4,
    "image.maxAspect": 2.5,
    "image.maxBytes": 3e7,
    "video.maxCount": 3,
    "video.formats": [
      "mp4",
      "mov"
    ],
    "video.minDurationSec": 2,
    "video.maxDurationSec": 15,
    "video.maxTotalDurationSec": 15,
    "video.minSide": 300,
    "video.maxSide": 6e3,
    "video.minAspect": 0.4,
    "video.maxAspect": 2.5,
    "video.minFramePixels": 409600,
    "video.maxFramePixels": {
      value: 2086876,
      note: "the EvoLink guide says reference videos are 480p-720p; the API reference allows frames up to 2,086,876 px (1080p); we follow the API reference"
    },
    "video.minFps": 24,
    "video.maxFps": 60,
    "video.maxBytes": 5e7,
    "audio.maxCount": 3,
    "audio.formats": [
      "mp3",
      "wav"
    ],
    "audio.minDurationSec": 2,
    "audio.maxDurationSec": 15,
    "audio.maxTotalDurationSec": 15,
    "audio.maxBytes": 15e6,
    "request.maxAssets": {
      value: 12,
      source: {
        title: "EvoLink: Seedance 2.0 Multimodal Reference to Video (the older @Image1 page)",
        url: "https://docs.evolink.ai",
        checked: "2026-11-30"
      },
      severity: "warning",
      note: "only the older @Image1 page caps all assets at 12; the API reference allows 9 images, 3 videos and 3 audio clips, so more than 12 is a warning"
    },
    "request.maxBodyBytes": 64e6,
    "request.noInlineData": true,
    "request.audioNeedsVisual": {
      value: true,
      source: {
        title: "EvoLink Seedance 2.0 guide: Reference-to-Video API",
        url: "https://seedance2api.app/docs/reference-to-video",
        checked: "2026-11-30"
      }
    },
    "request.noAssetsHint": {
      value: true,
      source: {
        title: "EvoLink Seedance 2.0 guide: Reference-to-Video API",
        url: "https://seedance2api.app/docs/reference-to-video",
        checked: "2026-11-30"
      }
    },
    "request.promptRequired": true,
    "request.promptRecommendedCjkChars": {
      value: 500,
      source: {
        title: "EvoLink Seedance 2.0 guide: Reference-to-Video API",
        url: "https://seedance2api.app/docs/reference-to-video",
        checked: "2026-11-30"
      },
      severity: "warning"
    },
    "request.promptRecommendedWords": {
      value: 1e3,
      source: {
        title: "EvoLink Seedance 2.0 guide: Reference-to-Video API",
        url: "https://seedance2api.app/docs/reference-to-video",
        checked: "2026-11-30"
      },
      severity: "warning"
    },
    "request.durations": {
      min: 4,
      max: 15,
      integer: true,
      auto: null,
      default: 5
    },
    "request.qualities": [
      "480p",
      "720p",
      "1080p"
    ],
    "request.defaultQuality": "720p",
    "request.aspectRatios": [
      "16:9",
      "9:16",
      "1:1",
      "4:3",
      "3:4",
      "21:9",
      "adaptive"
    ],
    "request.defaultAspectRatio": "16:9",
    "request.generateAudioDefault": true,
    "request.callbackUrl": {
      httpsOnly: true,
      publicHostOnly: true,
      maxLength: 2048
    },
    "request.urlMinLifetimeSec": {
      value: 3600,
      source: {
        title: "EvoLink Seedance 2.0 guide: Reference-to-Video API",
        url: "https://seedance2api.app/docs/reference-to-video",
        checked: "2026-11-30"
      },
      severity: "warning",
      note: "no document states a lifetime; the guide's example task estimates 180 s and queues come first, so an hour of margin"
    },
    "billing.referenceVideoBilled": {
      value: true,
      source: {
        title: "EvoLink Seedance 2.0 guide: Reference-to-Video API",
        url: "https://seedance2api.app/docs/reference-to-video",
        checked: "2026-11-30"
      }
    },
    "request.promptMaxChars": {
      value: 5e3,
      source: {
        title: "EvoLink: Seedance 2.0 Multimodal Reference to Video (the older @Image1 page)",
        url: "https://docs.evolink.ai",
        checked: "2026-11-30"
      },
      severity: "warning",
      note: "only the older @Image1 page states 5000 characters; the API reference states no cap, so more is a warning here"
    }
  }
};

// src/profiles/builtin/fast.json
var fast_default = {
  $schema: "../../../schema/profile.schema.json",
  id: "seedance-2.0-fast-reference-to-video",
  extends: "seedance-2.0-reference-to-video",
  title: "Seedance 2.0 Fast reference-to-video (evolink)",
  models: [
    "seedance-2.0-fast-reference-to-video"
  ],
  source: {
    title: "EvoLink Seedance 2.0 guide: Reference-to-Video API",
    url: "https://seedance2api.app/docs/reference-to-video",
    checked: "2026-11-30"
  },
  limits: {
    "request.qualities": {
      value: [
        "480p",
        "720p"
      ],
      source: {
        title: "EvoLink: Seedance 2.0 Multimodal Reference to Video (the older @Image1 page)",
        url: "https://docs.evolink.ai",
        checked: "2026-11-30"
      }
    },
    "video.maxFramePixels": {
      value: 927408,
      source: {
        title: "EvoLink Seedance 2.0 guide: Reference-to-Video API",
        url: "https://seedance2api.app/docs/reference-to-video",
        checked: "2026-11-30"
      },
      severity: "warning",
      note: "the guide's table says reference videos are 480p - 720p (at most 834x1112 = 927,408 px); the API reference allows 1080p, so larger frames are a warning on the fast model"
    }
  }
};

// src/profiles/builtin/mini.json
var mini_default = {
  $schema: "../../../schema/profile.schema.json",
  id: "seedance-2.0-mini-reference-to-video",
  extends: "seedance-2.0-reference-to-video",
  title: "Seedance 2.0 Mini reference-to-video (evolink, announced)",
  models: [
    "seedance-2.0-mini-reference-to-video"
  ],
  source: {
    title: "EvoLink API reference: Seedance 2.0 Mini Reference-to-Video",
    url: "https://docs.evolink.ai",
    checked: "2026-11-30"
  },
  limits: {
    "request.qualities": {
      value: [
        "480p",
        "720p"
      ],
      note: 'the mini page lists 1080p as "coming soon"'
    },
    "request.unavailable": {
      value: "This model is not yet available (coming soon)",
      severity: "warning"
    },
    "billing.contentFilterOffMultiplier": 1.1
  }
};

// src/profiles/builtin/evolink-tags.json
var evolink_tags_default = {
  $schema: "../../../schema/profile.schema.json",
  id: "evolink-tags",
  extends: "seedance-2.0-reference-to-video",
  title: "Seedance 2.0 reference-to-video, evolink tag dialect (@Image1)",
  dialect: "evolink-tags",
  models: [
    "seedance-2.0-reference-to-video",
    "seedance-2.0-fast-reference-to-video"
  ],
  source: {
    title: "EvoLink: Seedance 2.0 Multimodal Reference to Video (the older @Image1 page)",
    url: "https://docs.evolink.ai",
    checked: "2026-11-30"
  },
  limits: {
    "video.minDurationSec": null,
    "video.maxDurationSec": null,
    "video.maxTotalDurationSec": 15,
    "video.maxBytes": null,
    "request.maxAssets": 12,
    "request.promptRecommendedCjkChars": null,
    "request.promptRecommendedWords": null,
    "request.durations": {
      min: 4,
      max: 15,
      integer: true,
      auto: -1,
      default: 5
    },
    "request.qualities": [
      "480p",
      "720p"
    ],
    "request.aspectRatios": [
      "16:9",
      "4:3",
      "1:1",
      "3:4",
      "9:16",
      "21:9",
      "adaptive"
    ],
    "request.defaultAspectRatio": "adaptive",
    "video.minTotalDurationSec": 2,
    "video.maxTotalBytesExclusive": {
      value: 5e7,
      note: "this page says under 50 MB together; the API reference says 50 MB each; each profile follows its own page"
    },
    "request.promptMaxChars": 5e3,
    "request.seed": {
      value: {
        min: -1,
        max: 4294967295,
        random: -1
      },
      severity: "warning",
      note: "the page says only that -1 is random and a fixed integer improves reproducibility; no document states a range, so values outside 32 bits are a warning"
    }
  }
};

// src/profiles/builtin/aigptimage.json
var aigptimage_default = {
  $schema: "../../../schema/profile.schema.json",
  id: "aigptimage",
  extends: "seedance-2.0-reference-to-video",
  title: "Seedance 2.0 reference-to-video on aigptimage",
  dialect: "aigptimage",
  models: [
    "seedance-2.0-reference-to-video"
  ],
  source: {
    title: "aigptimage: Seedance 2.0 Reference to Video API Documentation",
    url: "https://aigptimage.com/en/docs/video-models/seedance/seedance-2.0-reference-to-video",
    checked: "2026-11-30"
  },
  limits: {
    "request.promptRequired": false,
    "request.promptRecommendedCjkChars": null,
    "request.promptRecommendedWords": null,
    "request.durations": {
      value: {
        min: 4,
        max: 15,
        integer: true,
        auto: null,
        default: 5
      },
      source: {
        title: "EvoLink API reference: Seedance 2.0 Reference-to-Video",
        url: "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-reference-to-video",
        checked: "2026-11-30"
      },
      note: `the aigptimage page gives only "number"; no document it cites says integers 4-15, so breaking them is a warning (the same model's limits on the EvoLink API reference)`,
      severity: "warning"
    },
    "request.qualities": [
      "480p",
      "720p",
      "1080p"
    ],
    "request.aspectRatios": {
      value: [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4",
        "21:9",
        "adaptive"
      ],
      source: {
        title: "EvoLink API reference: Seedance 2.0 Reference-to-Video",
        url: "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-reference-to-video",
        checked: "2026-11-30"
      },
      note: "the aigptimage page lists common options 16:9, 9:16, 1:1, 3:4; the same model's list on the EvoLink API reference applies"
    },
    "request.generateAudioDefault": false,
    "request.callbackUrl": null,
    "request.promptMaxChars": 2e4,
    "billing.creditsPerSecond": {
      "480p": 40,
      "720p": 80,
      "1080p": 160
    },
    "billing.referenceVideoBilled": {
      value: false,
      note: "the aigptimage page states credits per output second only; reference-video seconds are an EvoLink rule"
    }
  }
};

// src/profiles/builtin.ts
var builtinFiles = [default_default, fast_default, mini_default, evolink_tags_default, aigptimage_default];
var built = [];
for (const f of builtinFiles) built.push(buildProfile(f, f.extends ? built.find((b) => b.id === f.extends) : void 0, `built-in profile ${f.id}`));
var builtinProfiles = built;

// src/profiles/index.ts
var profiles = builtinProfiles;
var byId = (id) => profiles.find((p) => p.id === id);
var defaultProfile = byId("seedance-2.0-reference-to-video");
var fastProfile = byId("seedance-2.0-fast-reference-to-video");
var miniProfile = byId("seedance-2.0-mini-reference-to-video");
var evolinkTagsProfile = byId("evolink-tags");
var aigptimageProfile = byId("aigptimage");
function findProfile(idOrModel, user = []) {
  const all = [...user, ...profiles];
  return all.find((p) => p.id === idOrModel) ?? all.find((p) => p.models.includes(idOrModel));
}
function profileIds(user = []) {
  return [...user, ...profiles].map((p) => p.id);
}
function selectProfile(body, explicit, user = []) {
  if (explicit) {
    const p = findProfile(explicit, user);
    if (!p) throw new Error(`unknown profile or model "${explicit}"; expected one of: ${profileIds(user).join(", ")}`);
    return { profile: p, reason: "option" };
  }
  const b = body && typeof body === "object" ? body : {};
  const model = typeof b.model === "string" ? b.model : null;
  const mine = (dialect) => model ? user.find((p) => p.dialect === dialect && p.models.includes(model)) : void 0;
  if (b.input && typeof b.input === "object") return { profile: mine("aigptimage") ?? aigptimageProfile, reason: "shape" };
  const evolink = model ? mine("evolink") ?? profiles.find((x) => x.dialect === "evolink" && x.models.includes(model)) : void 0;
  if ("seed" in b || b.duration === -1) {
    const why = "seed" in b ? "seed" : "duration_auto";
    const tags = mine("evolink-tags") ?? (model === null || evolinkTagsProfile.models.includes(model) ? evolinkTagsProfile : void 0);
    if (tags) return { profile: tags, reason: "shape", why };
  }
  if (evolink) return { profile: evolink, reason: "model" };
  return { profile: defaultProfile, reason: "default" };
}

export {
  flatLimits,
  ProfileFileError,
  buildProfile,
  toProfileFile,
  profiles,
  defaultProfile,
  findProfile,
  profileIds,
  selectProfile
};
