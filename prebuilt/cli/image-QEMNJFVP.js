import {
  holdFor,
  sharpCall
} from "./chunk-DYZ7CPFP.js";

// src/probes/image.ts
var FIRST_READ = 64 * 1024;
var MAX_HEADER_READ = 8 * 1024 * 1024;
async function probeImage(src, size, format, timeoutMs = 6e4) {
  const { default: sharp } = await import("sharp");
  let length = Math.min(FIRST_READ, size);
  for (; ; ) {
    const input = await src.read(0, length);
    try {
      const m = await sharpCall(() => metadata(sharp, input), holdFor(timeoutMs));
      const width = m.autoOrient?.width ?? m.width ?? null;
      const height = m.autoOrient?.height ?? m.height ?? null;
      return { width, height, rotation: m.orientation ?? null, failure: null };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const cut = length < size;
      if (cut && length < MAX_HEADER_READ) {
        length = Math.min(length * 2, size, MAX_HEADER_READ);
        continue;
      }
      return { width: null, height: null, rotation: null, failure: classify(message, cut, format) };
    }
  }
}
async function metadata(sharp, input) {
  try {
    return await sharp(input).metadata();
  } catch (err) {
    if (!/exceeds pixel limit/i.test(String(err.message))) throw err;
    return sharp(input, { limitInputPixels: false }).metadata();
  }
}
var SHARP_READS = /* @__PURE__ */ new Set(["jpeg", "png", "webp", "gif", "tiff", "avif"]);
function classify(message, cut, format) {
  const detail = `sharp: ${message.split("\n")[0]}`;
  if (/unsupported image format/i.test(message) || !SHARP_READS.has(format)) return null;
  if (cut) return { reason: "probe_failed", detail: `${detail} (header larger than ${MAX_HEADER_READ} bytes)` };
  if (/premature end|truncated|unexpected end|end of file/i.test(message)) return { reason: "truncated", detail };
  return { reason: "corrupt", detail };
}
export {
  probeImage
};
