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

// src/profiles/default.ts
var MB = 1e6;
var defaultProfile = {
  id: "seedance-2.0-reference-to-video",
  title: "Seedance 2.0 reference-to-video (evolink, OpenAPI)",
  dialect: "evolink",
  models: ["seedance-2.0-reference-to-video"],
  source: EVOLINK_API,
  image: {
    maxCount: { value: 9, source: EVOLINK_API },
    formats: { value: ["jpeg", "png", "webp"], source: EVOLINK_API },
    minSide: { value: 300, source: EVOLINK_API },
    maxSide: { value: 6e3, source: EVOLINK_API },
    minAspect: { value: 0.4, source: EVOLINK_API },
    maxAspect: { value: 2.5, source: EVOLINK_API },
    maxBytes: { value: 30 * MB, source: EVOLINK_API }
  },
  video: {
    maxCount: { value: 3, source: EVOLINK_API },
    formats: { value: ["mp4", "mov"], source: EVOLINK_API },
    minDurationSec: { value: 2, source: EVOLINK_API },
    maxDurationSec: { value: 15, source: EVOLINK_API },
    maxTotalDurationSec: { value: 15, source: EVOLINK_API },
    minSide: { value: 300, source: EVOLINK_API },
    maxSide: { value: 6e3, source: EVOLINK_API },
    minAspect: { value: 0.4, source: EVOLINK_API },
    maxAspect: { value: 2.5, source: EVOLINK_API },
    minFramePixels: { value: 409600, source: EVOLINK_API },
    maxFramePixels: { value: 2086876, source: EVOLINK_API, note: "the EvoLink guide says reference videos are 480p-720p; the API reference allows frames up to 2,086,876 px (1080p); we follow the API reference" },
    minFps: { value: 24, source: EVOLINK_API },
    maxFps: { value: 60, source: EVOLINK_API },
    maxBytes: { value: 50 * MB, source: EVOLINK_API }
  },
  audio: {
    maxCount: { value: 3, source: EVOLINK_API },
    formats: { value: ["mp3", "wav"], source: EVOLINK_API },
    minDurationSec: { value: 2, source: EVOLINK_API },
    maxDurationSec: { value: 15, source: EVOLINK_API },
    maxTotalDurationSec: { value: 15, source: EVOLINK_API },
    maxBytes: { value: 15 * MB, source: EVOLINK_API }
  },
  request: {
    maxAssets: { value: 12, source: EVOLINK_TAGS, severity: "warning", note: "only the older @Image1 page caps all assets at 12; the API reference allows 9 images, 3 videos and 3 audio clips, so more than 12 is a warning" },
    maxBodyBytes: { value: 64 * MB, source: EVOLINK_API },
    noInlineData: { value: true, source: EVOLINK_API },
    audioNeedsVisual: { value: true, source: EVOLINK_GUIDE },
    noAssetsHint: { value: true, source: EVOLINK_GUIDE },
    promptRequired: { value: true, source: EVOLINK_API },
    promptRecommendedCjkChars: { value: 500, source: EVOLINK_GUIDE, severity: "warning" },
    promptRecommendedWords: { value: 1e3, source: EVOLINK_GUIDE, severity: "warning" },
    durations: { value: { min: 4, max: 15, integer: true, auto: null, default: 5 }, source: EVOLINK_API },
    qualities: { value: ["480p", "720p", "1080p"], source: EVOLINK_API },
    defaultQuality: { value: "720p", source: EVOLINK_API },
    aspectRatios: { value: ["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"], source: EVOLINK_API },
    defaultAspectRatio: { value: "16:9", source: EVOLINK_API },
    generateAudioDefault: { value: true, source: EVOLINK_API },
    callbackUrl: { value: { httpsOnly: true, publicHostOnly: true, maxLength: 2048 }, source: EVOLINK_API },
    urlMinLifetimeSec: { value: 3600, source: EVOLINK_GUIDE, severity: "warning", note: "no document states a lifetime; the guide's example task estimates 180 s and queues come first, so an hour of margin" }
  },
  billing: {
    referenceVideoBilled: { value: true, source: EVOLINK_GUIDE }
  }
};

// src/profiles/variants.ts
var fastProfile = {
  ...defaultProfile,
  id: "seedance-2.0-fast-reference-to-video",
  title: "Seedance 2.0 Fast reference-to-video (evolink)",
  models: ["seedance-2.0-fast-reference-to-video"],
  source: EVOLINK_GUIDE,
  request: {
    ...defaultProfile.request,
    qualities: { value: ["480p", "720p"], source: EVOLINK_TAGS }
  }
};
var miniProfile = {
  ...defaultProfile,
  id: "seedance-2.0-mini-reference-to-video",
  title: "Seedance 2.0 Mini reference-to-video (evolink, announced)",
  models: ["seedance-2.0-mini-reference-to-video"],
  source: EVOLINK_MINI,
  request: {
    ...defaultProfile.request,
    qualities: { value: ["480p", "720p"], source: EVOLINK_MINI, note: 'the mini page lists 1080p as "coming soon"' },
    unavailable: { value: "This model is not yet available (coming soon)", source: EVOLINK_MINI, severity: "warning" }
  },
  billing: {
    ...defaultProfile.billing,
    contentFilterOffMultiplier: { value: 1.1, source: EVOLINK_MINI }
  }
};
var evolinkTagsProfile = {
  ...defaultProfile,
  id: "evolink-tags",
  title: "Seedance 2.0 reference-to-video, evolink tag dialect (@Image1)",
  dialect: "evolink-tags",
  models: ["seedance-2.0-reference-to-video", "seedance-2.0-fast-reference-to-video"],
  source: EVOLINK_TAGS,
  video: {
    ...defaultProfile.video,
    // The page states only "total duration 2-15 seconds" and "total size <50MB".
    minDurationSec: void 0,
    maxDurationSec: void 0,
    minTotalDurationSec: { value: 2, source: EVOLINK_TAGS },
    maxTotalDurationSec: { value: 15, source: EVOLINK_TAGS },
    maxBytes: void 0,
    maxTotalBytesExclusive: { value: 50 * MB, source: EVOLINK_TAGS, note: "this page says under 50 MB together; the API reference says 50 MB each; each profile follows its own page" }
  },
  request: {
    ...defaultProfile.request,
    maxAssets: { value: 12, source: EVOLINK_TAGS },
    promptMaxChars: { value: 5e3, source: EVOLINK_TAGS },
    promptRecommendedCjkChars: void 0,
    promptRecommendedWords: void 0,
    durations: { value: { min: 4, max: 15, integer: true, auto: -1, default: 5 }, source: EVOLINK_TAGS },
    qualities: { value: ["480p", "720p"], source: EVOLINK_TAGS },
    aspectRatios: { value: ["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"], source: EVOLINK_TAGS },
    defaultAspectRatio: { value: "adaptive", source: EVOLINK_TAGS },
    seed: { value: { min: -1, max: 2 ** 32 - 1, random: -1 }, source: EVOLINK_TAGS }
  }
};
var aigptimageProfile = {
  ...defaultProfile,
  id: "aigptimage",
  title: "Seedance 2.0 reference-to-video on aigptimage",
  dialect: "aigptimage",
  models: ["seedance-2.0-reference-to-video"],
  source: AIGPTIMAGE,
  request: {
    ...defaultProfile.request,
    promptRequired: { value: false, source: AIGPTIMAGE },
    promptMaxChars: { value: 2e4, source: AIGPTIMAGE },
    promptRecommendedCjkChars: void 0,
    promptRecommendedWords: void 0,
    durations: { value: { min: 4, max: 15, integer: true, auto: null, default: 5 }, source: EVOLINK_API, note: `the aigptimage page gives only "number"; the same model's limits on the EvoLink API reference apply` },
    qualities: { value: ["480p", "720p", "1080p"], source: AIGPTIMAGE },
    aspectRatios: { value: ["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"], source: EVOLINK_API, note: "the aigptimage page lists common options 16:9, 9:16, 1:1, 3:4; the same model's list on the EvoLink API reference applies" },
    generateAudioDefault: { value: false, source: AIGPTIMAGE },
    callbackUrl: void 0
  },
  billing: {
    ...defaultProfile.billing,
    creditsPerSecond: { value: { "480p": 40, "720p": 80, "1080p": 160 }, source: AIGPTIMAGE }
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
  EVOLINK_API,
  EVOLINK_GUIDE,
  EVOLINK_TAGS,
  EVOLINK_MINI,
  AIGPTIMAGE,
  defaultProfile,
  profiles,
  findProfile,
  profileIds,
  selectProfile
};
