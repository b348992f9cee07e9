// src/probes/deep.ts
async function deepCheck(src, kind, format, size, timeoutMs) {
  if (kind === "image") return SHARP_DECODES.has(format) ? decodeImage(src, size) : null;
  if (kind === "audio") {
    const { probeVideo } = await import("./video-NOJ4N6LY.js");
    return (await probeVideo(src, { timeoutMs, deep: true })).failure;
  }
  return null;
}
var SHARP_DECODES = /* @__PURE__ */ new Set(["jpeg", "png", "webp", "gif", "tiff", "avif"]);
var DEEP_MAX_BYTES = 256 * 1024 * 1024;
async function decodeImage(src, size) {
  const { default: sharp } = await import("sharp");
  if (size > DEEP_MAX_BYTES) return { reason: "probe_failed", detail: `--deep did not decode it: ${size} bytes, more than ${DEEP_MAX_BYTES}` };
  const input = await src.read(0, size);
  try {
    await sharp(input, { failOn: "warning" }).stats();
    return null;
  } catch (err) {
    const message = String(err?.message ?? err).split("\n")[0];
    if (/exceeds pixel limit/i.test(message)) return { reason: "probe_failed", detail: `--deep did not decode it: more pixels than sharp's limit (${message})` };
    const truncated = /premature end|truncated|unexpected end|end of file/i.test(message);
    return { reason: truncated ? "truncated" : "corrupt", detail: `sharp, decoding every pixel: ${message}` };
  }
}
export {
  DEEP_MAX_BYTES,
  deepCheck
};
