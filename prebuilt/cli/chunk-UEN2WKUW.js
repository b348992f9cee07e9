import {
  looksLikeRequest
} from "./chunk-KXHCVECP.js";
import {
  walk
} from "./chunk-YJ4YCP6N.js";

// src/fixer/inputs.ts
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
var MEDIA_EXT = /* @__PURE__ */ new Set(["jpg", "jpeg", "png", "webp", "gif", "bmp", "tif", "tiff", "heic", "heif", "avif", "mp4", "m4v", "mov", "qt", "mkv", "webm", "avi", "mp3", "wav", "flac", "ogg", "oga", "m4a", "aac", "opus"]);
async function collectInputs(paths, outReal) {
  const media = [];
  const manifests = [];
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    const isDir = st?.isDirectory() ?? false;
    for await (const e of walk([p])) {
      if (e.outside) continue;
      const abs = resolve(e.path);
      if (isDir && inside(await realpathOr(abs), outReal)) continue;
      const rel = isDir ? relative(p, e.path) : basename(e.path);
      const ext = extname(e.path).slice(1).toLowerCase();
      if (ext === "json") {
        if (e.explicit || await looksLikeRequest(e.path)) manifests.push({ path: e.path, abs, rel, maybe: false });
        continue;
      }
      media.push({ path: e.path, abs, rel, maybe: !e.explicit && !MEDIA_EXT.has(ext) });
    }
  }
  return { media, manifests };
}
function inside(path, dir) {
  const r = relative(dir, path);
  return r === "" || !r.startsWith(`..${sep}`) && r !== ".." && !r.startsWith(sep) && !/^[a-zA-Z]:/.test(r);
}
async function realpathOr(path) {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(await realpathOr(parent), basename(abs));
  }
}

export {
  collectInputs,
  inside,
  realpathOr
};
