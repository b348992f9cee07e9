// src/profiles/keys.ts
var n = (about) => ({ kind: "number", removable: false, about });
var opt = (about) => ({ kind: "number", removable: true, about });
var setting = (kind, about) => ({ kind, removable: false, about });
var LIMIT_KEYS = {
  "image.maxCount": setting("integer", "Images per request, at most."),
  "image.formats": setting("strings", "Image formats by content: jpeg, png, webp, ..."),
  "image.minSide": n("Each side at least this many pixels."),
  "image.maxSide": n("Each side at most this many pixels."),
  "image.minAspect": n("Width/height at least this."),
  "image.maxAspect": n("Width/height at most this."),
  "image.maxBytes": n("Bytes per image, at most."),
  "video.maxCount": setting("integer", "Videos per request, at most."),
  "video.formats": setting("strings", "Video containers by content: mp4, mov, ..."),
  "video.minDurationSec": opt("Seconds per clip, at least."),
  "video.maxDurationSec": opt("Seconds per clip, at most."),
  "video.minTotalDurationSec": opt("Seconds of all clips together, at least."),
  "video.maxTotalDurationSec": n("Seconds of all clips together, at most."),
  "video.minSide": n("Each side at least this many pixels."),
  "video.maxSide": n("Each side at most this many pixels."),
  "video.minAspect": n("Width/height at least this."),
  "video.maxAspect": n("Width/height at most this."),
  "video.minFramePixels": n("Width x height at least this."),
  "video.maxFramePixels": n("Width x height at most this."),
  "video.minFps": n("Frames per second, at least."),
  "video.maxFps": n("Frames per second, at most."),
  "video.maxBytes": opt("Bytes per clip, at most."),
  "video.maxTotalBytesExclusive": opt("Bytes of all clips together, under this."),
  "audio.maxCount": setting("integer", "Audio clips per request, at most."),
  "audio.formats": setting("strings", "Audio formats by content: mp3, wav, ..."),
  "audio.minDurationSec": n("Seconds per clip, at least."),
  "audio.maxDurationSec": n("Seconds per clip, at most."),
  "audio.maxTotalDurationSec": n("Seconds of all clips together, at most."),
  "audio.maxBytes": n("Bytes per clip, at most."),
  "request.maxAssets": opt("Assets of all kinds together, at most."),
  "request.maxBodyBytes": n("Bytes of the request body, at most."),
  "request.noInlineData": setting("boolean", "Base64 and data: URIs are refused."),
  "request.audioNeedsVisual": setting("boolean", "Audio needs at least one image or video."),
  "request.noAssetsHint": setting("boolean", "Say so when a request has no assets (text-to-video)."),
  "request.promptRequired": setting("boolean", "A prompt is required."),
  "request.promptMaxChars": opt("Prompt characters, at most."),
  "request.promptRecommendedCjkChars": opt("Chinese characters recommended at most."),
  "request.promptRecommendedWords": opt("English words recommended at most."),
  "request.durations": setting("durations", 'Output duration: {min, max, integer, auto, default}; auto is the "model decides" value or null.'),
  "request.qualities": setting("strings", "Output qualities accepted: 480p, 720p, ..."),
  "request.defaultQuality": setting("string", "Quality when the request gives none."),
  "request.aspectRatios": setting("strings", "Aspect ratios accepted: 16:9, adaptive, ..."),
  "request.defaultAspectRatio": setting("string", "Aspect ratio when the request gives none."),
  "request.generateAudioDefault": setting("boolean", "generate_audio when the request gives none."),
  "request.callbackUrl": { kind: "callback", removable: true, about: "callback_url: {httpsOnly, publicHostOnly, maxLength}." },
  "request.seed": { kind: "seedRange", removable: true, about: "seed: {min, max, random}." },
  "request.urlMinLifetimeSec": opt("A presigned asset URL must stay valid at least this many seconds."),
  "request.unavailable": { kind: "string", removable: true, about: "The model is announced but not available: what to say." },
  "billing.referenceVideoBilled": setting("boolean", "Reference-video seconds are billed with the output seconds."),
  "billing.creditsPerSecond": { kind: "credits", removable: true, about: 'Credits per output second by quality, e.g. {"720p": 80}.' },
  "billing.contentFilterOffMultiplier": opt("Price multiplier when the content filter is off.")
};
var limitKeys = Object.keys(LIMIT_KEYS);
var requiredKeys = limitKeys.filter((k) => !LIMIT_KEYS[k].removable);

export {
  LIMIT_KEYS,
  limitKeys,
  requiredKeys
};
