import {
  holdFor,
  sharpCall
} from "./chunk-DYZ7CPFP.js";

// src/probes/deep.ts
async function deepCheck(src, kind, format, size, timeoutMs) {
  if (kind === "image") return SHARP_DECODES.has(format) ? decodeImage(src, size, timeoutMs) : null;
  if (kind === "audio" || kind === "video") {
    const { probeVideo } = await import("./video-JKLU5TYQ.js");
    return (await probeVideo(src, { timeoutMs, deep: true })).failure;
  }
  return null;
}
var SHARP_DECODES = /* @__PURE__ */ new Set(["jpeg", "png", "webp", "gif", "tiff", "avif"]);
var DEEP_MAX_BYTES = 256 * 1024 * 1024;
var RAW_MAX_PIXELS = 5e7;
var PIXEL_LIMIT = /exceeds pixel limit/i;
async function decodeImage(src, size, timeoutMs) {
  const { default: sharp } = await import("sharp");
  if (size > DEEP_MAX_BYTES) return { reason: "probe_failed", detail: `--deep did not decode it: ${size} bytes, more than ${DEEP_MAX_BYTES}` };
  const input = await src.read(0, size);
  try {
    await sharpCall(async () => {
      try {
        await sharp(input, { failOn: "warning", limitInputPixels: RAW_MAX_PIXELS }).raw().toBuffer();
      } catch (err) {
        if (!PIXEL_LIMIT.test(String(err?.message))) throw err;
        await sharp(input, { failOn: "warning" }).stats();
      }
    }, holdFor(timeoutMs));
    return null;
  } catch (err) {
    const full = String(err?.message ?? err);
    const message = full.split("\n")[0];
    if (PIXEL_LIMIT.test(message)) return { reason: "probe_failed", detail: `--deep did not decode it: more pixels than sharp's limit (${message})` };
    const truncated = /premature end|truncated|unexpected end|end of file/i.test(full);
    return { reason: truncated ? "truncated" : "corrupt", detail: `sharp, decoding every pixel: ${message}` };
  }
}
export {
  DEEP_MAX_BYTES,
  deepCheck
};
