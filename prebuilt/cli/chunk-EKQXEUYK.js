// src/cache/index.ts
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

// src/cache/hash-file.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
function hashFile(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha1");
    const stream = createReadStream(file, { highWaterMark: 1 << 20 });
    stream.on("data", (chunk) => hash.update(chunk));
    stream.on("error", reject);
    stream.on("end", () => resolve(hash.digest("hex")));
  });
}

// src/cache/keys.ts
import { createHash as createHash2 } from "node:crypto";
function stableStringify(value) {
  return JSON.stringify(value, (_key, v) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const sorted = {};
      for (const k of Object.keys(v).sort()) sorted[k] = v[k];
      return sorted;
    }
    return v;
  }) ?? "undefined";
}
function stableHash(value) {
  return createHash2("sha1").update(stableStringify(value)).digest("hex");
}

// src/cache/index.ts
var CACHE_FILE = "lint-cache.json";
var FORMAT = 1;
var DEFAULT_CACHE_FILE = ".seedance-preflight-cache";
function defaultCacheLocation(cwd) {
  return path.join(cwd, DEFAULT_CACHE_FILE);
}
function resolveFile(location) {
  const abs = path.resolve(location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= statSync(abs).isDirectory();
  } catch {
  }
  return isDir ? path.join(abs, CACHE_FILE) : abs;
}
function validEntry(e) {
  if (!e || typeof e !== "object") return false;
  const x = e;
  return typeof x.size === "number" && typeof x.mtimeMs === "number" && "value" in x && (x.hash === void 0 || typeof x.hash === "string");
}
async function load(file, key) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return { state: e.code === "ENOENT" ? "new" : "corrupt", entries: /* @__PURE__ */ new Map() };
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { state: "corrupt", entries: /* @__PURE__ */ new Map() };
  }
  if (!data || typeof data !== "object" || typeof data.entries !== "object" || data.entries === null) {
    return { state: "corrupt", entries: /* @__PURE__ */ new Map() };
  }
  if (data.format !== FORMAT || data.key !== key) return { state: "invalidated", entries: /* @__PURE__ */ new Map() };
  const entries = /* @__PURE__ */ new Map();
  for (const [k, e] of Object.entries(data.entries)) if (validEntry(e)) entries.set(k, e);
  return { state: "loaded", entries };
}
async function openCache(opts) {
  const strategy = opts.strategy ?? "metadata";
  const root = path.resolve(opts.root ?? process.cwd());
  const file = resolveFile(opts.location);
  const key = stableHash({ ...opts.key, strategy });
  const { state, entries } = await load(file, key);
  const seen = /* @__PURE__ */ new Set();
  const hashes = /* @__PURE__ */ new Map();
  const stats = { hits: 0, misses: 0 };
  let dirty = state !== "loaded" && state !== "new";
  const rel = (f) => path.relative(root, path.resolve(root, f)).split(path.sep).join("/");
  const regular = (stat) => typeof stat.isFile !== "function" || stat.isFile();
  async function contentHash(abs, k, stat) {
    const memo = hashes.get(k);
    if (memo && memo.size === stat.size && memo.mtimeMs === stat.mtimeMs) return memo.hash;
    try {
      const hash = await hashFile(abs);
      hashes.set(k, { size: stat.size, mtimeMs: stat.mtimeMs, hash });
      return hash;
    } catch {
      return void 0;
    }
  }
  return {
    file,
    state,
    stats,
    async get(f, stat) {
      const k = rel(f);
      seen.add(k);
      const e = entries.get(k);
      let hit = false;
      if (e && regular(stat) && e.size === stat.size) {
        if (strategy === "metadata") hit = e.mtimeMs === stat.mtimeMs;
        else hit = e.hash !== void 0 && e.hash === await contentHash(path.resolve(root, f), k, stat);
      }
      if (hit) stats.hits++;
      else stats.misses++;
      return hit ? e.value : void 0;
    },
    async set(f, stat, value) {
      const k = rel(f);
      seen.add(k);
      if (!regular(stat)) return;
      const entry = { size: stat.size, mtimeMs: stat.mtimeMs, value };
      if (strategy === "content") {
        const hash = await contentHash(path.resolve(root, f), k, stat);
        if (hash === void 0) return;
        entry.hash = hash;
      }
      entries.set(k, entry);
      dirty = true;
    },
    delete(f) {
      if (entries.delete(rel(f))) dirty = true;
    },
    async save() {
      for (const k of entries.keys()) {
        if (!seen.has(k) && !existsSync(path.resolve(root, k))) {
          entries.delete(k);
          dirty = true;
        }
      }
      if (!dirty) return true;
      const data = { format: FORMAT, key, entries: Object.fromEntries(entries) };
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(tmp, JSON.stringify(data));
        await rename(tmp, file);
        dirty = false;
        return true;
      } catch {
        await unlink(tmp).catch(() => {
        });
        return false;
      }
    }
  };
}

export {
  stableHash,
  CACHE_FILE,
  defaultCacheLocation,
  openCache
};
