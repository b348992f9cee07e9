// src/profiles/default.ts
var MB = 1e6;
var defaultProfile = {
  id: "seedance-2.0-reference-to-video",
  title: "Seedance 2.0 reference-to-video (evolink, OpenAPI)",
  dialect: "evolink",
  models: ["seedance-2.0-reference-to-video"],
  seeds: ["000", "002"],
  image: {
    maxCount: { value: 9, seed: "002" },
    formats: { value: ["jpeg", "png", "webp"], seed: "002" },
    minSide: { value: 300, seed: "002" },
    maxSide: { value: 6e3, seed: "002" },
    minAspect: { value: 0.4, seed: "002" },
    maxAspect: { value: 2.5, seed: "002" },
    maxBytes: { value: 30 * MB, seed: "002" }
  },
  video: {
    maxCount: { value: 3, seed: "002" },
    formats: { value: ["mp4", "mov"], seed: "002" },
    minDurationSec: { value: 2, seed: "002" },
    maxDurationSec: { value: 15, seed: "002" },
    maxTotalDurationSec: { value: 15, seed: "002" },
    minSide: { value: 300, seed: "002" },
    maxSide: { value: 6e3, seed: "002" },
    minAspect: { value: 0.4, seed: "002" },
    maxAspect: { value: 2.5, seed: "002" },
    minFramePixels: { value: 409600, seed: "002" },
    maxFramePixels: { value: 2086876, seed: "002", note: "000 says 480p-720p only; 002 allows 1080p (LIMITS.md conflict 1)" },
    minFps: { value: 24, seed: "002" },
    maxFps: { value: 60, seed: "002" },
    maxBytes: { value: 50 * MB, seed: "002" }
  },
  audio: {
    maxCount: { value: 3, seed: "002" },
    formats: { value: ["mp3", "wav"], seed: "002" },
    minDurationSec: { value: 2, seed: "002" },
    maxDurationSec: { value: 15, seed: "002" },
    maxTotalDurationSec: { value: 15, seed: "002" },
    maxBytes: { value: 15 * MB, seed: "002" }
  },
  request: {
    maxAssets: { value: 12, seed: "001", severity: "warning", note: "only seed 001 states a 12-asset cap (LIMITS.md conflict 3)" },
    maxBodyBytes: { value: 64 * MB, seed: "002" },
    noInlineData: { value: true, seed: "002" },
    audioNeedsVisual: { value: true, seed: "000" },
    noAssetsHint: { value: true, seed: "000" },
    promptRequired: { value: true, seed: "002" },
    promptRecommendedCjkChars: { value: 500, seed: "000", severity: "warning" },
    promptRecommendedWords: { value: 1e3, seed: "000", severity: "warning" },
    durations: { value: { min: 4, max: 15, integer: true, auto: null, default: 5 }, seed: "002" },
    qualities: { value: ["480p", "720p", "1080p"], seed: "002" },
    defaultQuality: { value: "720p", seed: "002" },
    aspectRatios: { value: ["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"], seed: "002" },
    defaultAspectRatio: { value: "16:9", seed: "002" },
    generateAudioDefault: { value: true, seed: "002" },
    callbackUrl: { value: { httpsOnly: true, publicHostOnly: true, maxLength: 2048 }, seed: "002" },
    urlMinLifetimeSec: { value: 3600, seed: "000", severity: "warning", note: "the example task estimates 180 s and queues come first; an hour of margin" }
  },
  billing: {
    referenceVideoBilled: { value: true, seed: "000" }
  }
};

// src/profiles/variants.ts
var fastProfile = {
  ...defaultProfile,
  id: "seedance-2.0-fast-reference-to-video",
  title: "Seedance 2.0 Fast reference-to-video (evolink)",
  models: ["seedance-2.0-fast-reference-to-video"],
  seeds: ["000", "001", "002"],
  request: {
    ...defaultProfile.request,
    qualities: { value: ["480p", "720p"], seed: "001" }
  }
};
var miniProfile = {
  ...defaultProfile,
  id: "seedance-2.0-mini-reference-to-video",
  title: "Seedance 2.0 Mini reference-to-video (evolink, announced)",
  models: ["seedance-2.0-mini-reference-to-video"],
  seeds: ["003"],
  request: {
    ...defaultProfile.request,
    qualities: { value: ["480p", "720p"], seed: "003", note: '1080p "coming soon"' },
    unavailable: { value: "This model is not yet available (coming soon)", seed: "003", severity: "warning" }
  },
  billing: {
    ...defaultProfile.billing,
    contentFilterOffMultiplier: { value: 1.1, seed: "003" }
  }
};
var evolinkTagsProfile = {
  ...defaultProfile,
  id: "evolink-tags",
  title: "Seedance 2.0 reference-to-video, evolink tag dialect (@Image1)",
  dialect: "evolink-tags",
  models: ["seedance-2.0-reference-to-video", "seedance-2.0-fast-reference-to-video"],
  seeds: ["001"],
  video: {
    ...defaultProfile.video,
    // 001 states only "total duration 2-15 seconds" and "total size <50MB".
    minDurationSec: void 0,
    maxDurationSec: void 0,
    minTotalDurationSec: { value: 2, seed: "001" },
    maxTotalDurationSec: { value: 15, seed: "001" },
    maxBytes: void 0,
    maxTotalBytesExclusive: { value: 50 * MB, seed: "001", note: "each profile keeps its own (LIMITS.md conflict 2)" }
  },
  request: {
    ...defaultProfile.request,
    maxAssets: { value: 12, seed: "001" },
    promptMaxChars: { value: 5e3, seed: "001" },
    promptRecommendedCjkChars: void 0,
    promptRecommendedWords: void 0,
    durations: { value: { min: 4, max: 15, integer: true, auto: -1, default: 5 }, seed: "001" },
    qualities: { value: ["480p", "720p"], seed: "001" },
    aspectRatios: { value: ["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"], seed: "001" },
    defaultAspectRatio: { value: "adaptive", seed: "001" },
    seed: { value: { min: -1, max: 2 ** 32 - 1, random: -1 }, seed: "001" }
  }
};
var aigptimageProfile = {
  ...defaultProfile,
  id: "aigptimage",
  title: "Seedance 2.0 reference-to-video on aigptimage",
  dialect: "aigptimage",
  models: ["seedance-2.0-reference-to-video"],
  seeds: ["004", "002"],
  request: {
    ...defaultProfile.request,
    promptRequired: { value: false, seed: "004" },
    promptMaxChars: { value: 2e4, seed: "004" },
    promptRecommendedCjkChars: void 0,
    promptRecommendedWords: void 0,
    durations: { value: { min: 4, max: 15, integer: true, auto: null, default: 5 }, seed: "002", note: '004 gives only "number"; the model limits of 002 apply' },
    qualities: { value: ["480p", "720p", "1080p"], seed: "004" },
    aspectRatios: { value: ["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"], seed: "002", note: "004 lists common options 16:9, 9:16, 1:1, 3:4" },
    generateAudioDefault: { value: false, seed: "004" },
    callbackUrl: void 0
  },
  billing: {
    ...defaultProfile.billing,
    creditsPerSecond: { value: { "480p": 40, "720p": 80, "1080p": 160 }, seed: "004" }
  }
};

// src/profiles/index.ts
var profiles = [defaultProfile, fastProfile, miniProfile, evolinkTagsProfile, aigptimageProfile];
function findProfile(idOrModel) {
  return profiles.find((p) => p.id === idOrModel) ?? profiles.find((p) => p.models.includes(idOrModel));
}
function profileIds() {
  return profiles.map((p) => p.id);
}
function selectProfile(body, explicit) {
  if (explicit) {
    const p = findProfile(explicit);
    if (!p) throw new Error(`unknown profile or model "${explicit}"; expected one of: ${profileIds().join(", ")}`);
    return { profile: p, reason: "option" };
  }
  const b = body && typeof body === "object" ? body : {};
  if (b.input && typeof b.input === "object") return { profile: aigptimageProfile, reason: "shape" };
  if ("seed" in b || b.duration === -1) return { profile: evolinkTagsProfile, reason: "shape" };
  if (typeof b.model === "string") {
    const p = profiles.find((x) => x.dialect === "evolink" && x.models.includes(b.model));
    if (p) return { profile: p, reason: "model" };
  }
  return { profile: defaultProfile, reason: "default" };
}

export {
  defaultProfile,
  profiles,
  findProfile,
  profileIds,
  selectProfile
};
