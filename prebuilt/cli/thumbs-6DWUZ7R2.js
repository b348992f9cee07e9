import {
  mapPool
} from "./chunk-K4BUYFQS.js";
import {
  CACHE_FILE,
  openCache
} from "./chunk-E7VE5CVH.js";
import "./chunk-ULU2XC5N.js";
import {
  assertToolRuns
} from "./chunk-UNZHOV4M.js";
import {
  PreflightEnvironmentError
} from "./chunk-7PJ34LFJ.js";
import {
  ffmpegPath
} from "./chunk-PFLL5B5F.js";
import {
  track
} from "./chunk-Z7VVAHJZ.js";

// src/reporters/html/thumbs.ts
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path2 from "node:path";

// src/reporters/html/thumbnail.ts
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";

// src/reporters/html/run-ffmpeg.ts
import { spawn } from "node:child_process";
async function ffmpeg(args, timeoutMs, onData) {
  let binary;
  try {
    binary = ffmpegPath();
  } catch {
    return assertToolRuns("ffmpeg").then(() => ({ ok: false, detail: "ffmpeg cannot run", timedOut: false }));
  }
  const r = await runOnce(binary, args, timeoutMs, onData);
  if (!r.ok && !r.timedOut) await assertToolRuns("ffmpeg", binary);
  return r;
}
function runOnce(binary, args, timeoutMs, onData) {
  return new Promise((resolve) => {
    const child = track(spawn(binary, ["-hide_banner", "-nostdin", "-v", "error", ...args], { stdio: ["ignore", onData ? "pipe" : "ignore", "pipe"] }));
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout?.on("data", (c) => onData?.(c));
    child.stderr.on("data", (c) => {
      if (stderr.length < 16384) stderr += c.toString("utf8");
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ ok: false, detail: `could not run ffmpeg: ${e.message}`, timedOut: false });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const last = stderr.trim().split(/\r?\n/).pop()?.replace(/^\[[^\]]* @ 0x[0-9a-f]+\]\s*/i, "") ?? "";
      if (timedOut) resolve({ ok: false, detail: `ffmpeg took longer than ${Math.round(timeoutMs / 1e3)} s`, timedOut });
      else resolve({ ok: code === 0, detail: code === 0 ? "" : last || `ffmpeg exited with ${code}`, timedOut });
    });
  });
}
var fileInput = (file, seek) => [
  ...seek !== void 0 ? ["-ss", seek.toFixed(3)] : [],
  "-protocol_whitelist",
  "file",
  "-i",
  `file:${file}`
];

// src/reporters/html/thumbnail.ts
var PREVIEW_PX = 480;
var FRAME_PX = 128;
var FRAMES = 5;
var COLUMNS = 160;
var MAX_AUDIO_SEC = 600;
var AUDIO_RATE = 22050;
var THUMB_TIMEOUT_MS = 2e4;
var dataUri = (mime, buf) => `data:${mime};base64,${buf.toString("base64")}`;
async function picture(buf, mime) {
  const m = await sharp(buf).metadata();
  return { src: dataUri(mime, buf), width: m.width ?? 0, height: m.height ?? 0 };
}
async function imageThumb(file) {
  try {
    const { data, info } = await sharp(file, { failOn: "none", animated: false }).timeout({ seconds: THUMB_TIMEOUT_MS / 1e3 }).rotate().resize(PREVIEW_PX, PREVIEW_PX, { fit: "inside", withoutEnlargement: true }).webp({ quality: 72 }).toBuffer({ resolveWithObject: true });
    return { thumb: { preview: { src: dataUri("image/webp", data), width: info.width, height: info.height } }, cacheable: true };
  } catch (e) {
    const why = `could not decode the image (${e.message.split("\n")[0]})`;
    if (/pixel limit/i.test(why)) return { thumb: { error: why }, cacheable: true };
    const grab = await frameGrab(file, [void 0], [PREVIEW_PX]);
    return { thumb: grab.pictures[0] ? { preview: grab.pictures[0] } : { error: why }, cacheable: !grab.timedOut };
  }
}
var scale = (px) => `scale=iw*sar:ih,setsar=1,scale='min(${px},iw)':'min(${px},ih)':force_original_aspect_ratio=decrease`;
async function frameGrab(file, seeks, sizes) {
  const dir = await mkdtemp(path.join(tmpdir(), "sp-thumb-"));
  const out = (i) => path.join(dir, `f${i}.jpg`);
  try {
    const args = seeks.flatMap((t) => fileInput(file, t));
    seeks.forEach((_, i) => args.push("-map", `${i}:v:0`, "-frames:v", "1", "-vf", scale(sizes[i]), "-q:v", "5", "-y", out(i)));
    const r = await ffmpeg(args, THUMB_TIMEOUT_MS);
    const pictures = await Promise.all(
      seeks.map(async (_, i) => {
        const buf = await readFile(out(i)).catch(() => null);
        return buf?.length ? picture(buf, "image/jpeg").catch(() => null) : null;
      })
    );
    return { pictures, timedOut: r.timedOut };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function videoThumb(file, duration) {
  const d = duration && duration > 0 ? duration : null;
  const at = d ? Array.from({ length: FRAMES }, (_, i) => (i + 0.5) * d / FRAMES) : [];
  const grab = await frameGrab(file, [d ? d * 0.1 : void 0, ...at], [PREVIEW_PX, ...at.map(() => FRAME_PX)]);
  const [poster, ...strip] = grab.pictures;
  const frames = at.flatMap((t, i) => strip[i] ? [{ ...strip[i], at: Number(t.toFixed(3)) }] : []);
  const thumb = !poster && !frames.length ? { error: "ffmpeg could not decode a frame" } : { ...poster ? { preview: poster } : {}, ...frames.length ? { frames } : {} };
  return { thumb, cacheable: !grab.timedOut };
}
async function audioThumb(file) {
  const block = Math.round(AUDIO_RATE / 50);
  const blocks = [];
  let peak = 0;
  let inBlock = 0;
  let carry = null;
  const r = await ffmpeg(
    [...fileInput(file), "-map", "0:a:0", "-t", String(MAX_AUDIO_SEC), "-ac", "1", "-ar", String(AUDIO_RATE), "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1"],
    THUMB_TIMEOUT_MS,
    (chunk) => {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      const even = buf.length - buf.length % 2;
      for (let o = 0; o < even; o += 2) {
        peak = Math.max(peak, Math.abs(buf.readInt16LE(o)));
        if (++inBlock === block) blocks.push(peak / 32768), peak = 0, inBlock = 0;
      }
      carry = even < buf.length ? buf.subarray(even) : null;
    }
  );
  if (inBlock) blocks.push(peak / 32768);
  if (!blocks.length) return { thumb: { error: r.ok ? "no sound decoded" : `ffmpeg could not decode the audio (${r.detail})` }, cacheable: !r.timedOut };
  const seconds = (blocks.length - (inBlock ? 1 : 0)) / 50 + inBlock / AUDIO_RATE;
  const cols = Math.min(COLUMNS, blocks.length);
  const peaks = Array.from({ length: cols }, (_, c) => {
    const from = Math.floor(c * blocks.length / cols);
    const to = Math.max(from + 1, Math.floor((c + 1) * blocks.length / cols));
    return Number(Math.max(...blocks.slice(from, to)).toFixed(3));
  });
  return { thumb: { waveform: { peaks, seconds: Number(seconds.toFixed(3)) } }, cacheable: !r.timedOut };
}
async function thumbFor(asset, file) {
  const reason = asset.facts.failure?.reason;
  if (reason === "empty" || reason === "not_a_file") return { thumb: { error: `the file is ${reason.replace("_", " ")}` }, cacheable: true };
  try {
    switch (asset.kind) {
      case "image":
        return await imageThumb(file);
      // An mp4 with sound only (video.no_video_stream) is shown by its sound.
      case "video":
        return asset.facts.hasVideoStream === false && asset.facts.hasAudioStream ? await audioThumb(file) : await videoThumb(file, asset.facts.durationSec);
      case "audio":
        return await audioThumb(file);
      default:
        return { thumb: { error: "not an image, video or audio file" }, cacheable: true };
    }
  } catch (e) {
    if (e instanceof PreflightEnvironmentError) throw e;
    return { thumb: { error: `no preview (${e.message.split("\n")[0]})` }, cacheable: false };
  }
}

// src/reporters/html/thumbs.ts
var THUMB_FORMAT = "html-thumbs/1";
var THUMB_CACHE_FILE = "thumbs-cache.json";
function thumbCacheBeside(lintCacheFile) {
  return path2.basename(lintCacheFile) === CACHE_FILE ? path2.join(path2.dirname(lintCacheFile), THUMB_CACHE_FILE) : `${lintCacheFile}.thumbs`;
}
var isUrl = (s) => /^[a-z][a-z\d+.-]*:\/\//i.test(s);
async function generateThumbs(report, opts = {}) {
  const cwd = opts.cwd ?? process.cwd();
  let cache;
  if (opts.cache) {
    cache = await openCache({
      location: opts.cache.file ?? path2.join(opts.cache.dir ?? cwd, THUMB_CACHE_FILE),
      strategy: opts.cache.strategy,
      root: cwd,
      // Thumbnails depend on the file only, not on the profile or the config.
      key: { toolVersion: opts.cache.toolVersion, profileHash: THUMB_FORMAT, configHash: "" }
    });
  }
  const assets = [...new Map(report.assets.filter((a) => !isUrl(a.source)).map((a) => [a.source, a])).values()];
  const thumbs = /* @__PURE__ */ new Map();
  const one = async (a) => {
    const file = path2.resolve(cwd, a.source);
    if (a.facts.failure?.reason === "outside_roots") return { a, thumb: { error: "not previewed: it is outside the folders checked" } };
    const st = await stat(file).catch(() => null);
    if (!st?.isFile()) return { a, thumb: { error: "the file is not there any more" } };
    const hit = await cache?.get(file, st);
    if (hit) return { a, thumb: hit };
    const { thumb, cacheable } = await thumbFor(a, file);
    if (cacheable) await cache?.set(file, st, thumb);
    return { a, thumb };
  };
  for await (const { a, thumb } of mapPool(assets, opts.concurrency ?? availableParallelism(), one)) {
    thumbs.set(a.source, thumb);
    opts.onProgress?.({ done: thumbs.size, total: assets.length, source: a.source });
  }
  await cache?.save();
  return thumbs;
}
export {
  THUMB_CACHE_FILE,
  generateThumbs,
  thumbCacheBeside
};
