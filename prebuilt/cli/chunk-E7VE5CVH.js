import {
  relativePlain
} from "./chunk-ULU2XC5N.js";

// src/cache/index.ts
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, statSync } from "node:fs";
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
var FORMAT = 2;
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
var PLAIN_PATH = /^[^\t\n\r"\\]*$/;
var encodePath = (k) => PLAIN_PATH.test(k) ? k : JSON.stringify(k);
function line(k, e) {
  return `${e.size}	${e.mtimeMs}	${e.hash ?? ""}	${encodePath(k)}	${e.text}
`;
}
function parseLine(l) {
  const a = l.indexOf("	");
  const b = l.indexOf("	", a + 1);
  const c = l.indexOf("	", b + 1);
  if (a < 0 || b < 0 || c < 0) return null;
  let k;
  let d;
  if (l.charCodeAt(c + 1) === 34) {
    d = c;
    for (; ; ) {
      d = l.indexOf("	", d + 1);
      if (d < 0) return null;
      try {
        k = JSON.parse(l.slice(c + 1, d));
        break;
      } catch {
      }
    }
    if (typeof k !== "string") return null;
  } else {
    d = l.indexOf("	", c + 1);
    if (d < 0) return null;
    k = l.slice(c + 1, d);
  }
  const size = Number(l.slice(0, a));
  const mtimeMs = Number(l.slice(a + 1, b));
  const text = l.slice(d + 1);
  if (!Number.isFinite(size) || !Number.isFinite(mtimeMs) || a === 0 || b === a + 1 || text === "") return null;
  const e = { size, mtimeMs, text };
  if (c > b + 1) e.hash = l.slice(b + 1, c);
  return [k, e];
}
async function load(file, key) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return { state: e.code === "ENOENT" ? "new" : "corrupt", entries: /* @__PURE__ */ new Map(), lines: 0 };
  }
  const nl = text.indexOf("\n");
  let header = null;
  try {
    header = JSON.parse(nl < 0 ? text : text.slice(0, nl));
  } catch {
    return { state: "corrupt", entries: /* @__PURE__ */ new Map(), lines: 0 };
  }
  if (!header || typeof header !== "object" || Array.isArray(header) || typeof header.format !== "number") {
    return { state: "corrupt", entries: /* @__PURE__ */ new Map(), lines: 0 };
  }
  if (header.format !== FORMAT || header.key !== key) return { state: "invalidated", entries: /* @__PURE__ */ new Map(), lines: 0 };
  const entries = /* @__PURE__ */ new Map();
  let lines = 0;
  for (let at = nl + 1; nl >= 0 && at < text.length; ) {
    let next = text.indexOf("\n", at);
    if (next < 0) next = text.length;
    if (next > at) {
      lines++;
      const parsed = parseLine(text.slice(at, next));
      if (parsed) entries.set(parsed[0], parsed[1]);
    }
    at = next + 1;
  }
  return { state: "loaded", entries, lines };
}
var jsonCodec = {
  encode: (v) => JSON.stringify(v),
  decode: (text) => {
    try {
      return JSON.parse(text);
    } catch {
      return void 0;
    }
  }
};
async function openCache(opts) {
  const codec = opts.codec ?? jsonCodec;
  const strategy = opts.strategy ?? "metadata";
  const root = path.resolve(opts.root ?? process.cwd());
  const file = resolveFile(opts.location);
  const key = stableHash({ ...opts.key, strategy });
  const loaded = await load(file, key);
  const { state, entries } = loaded;
  let fileLines = loaded.lines;
  const hashes = /* @__PURE__ */ new Map();
  const stats = { hits: 0, misses: 0 };
  const changed = /* @__PURE__ */ new Set();
  let rewrite = state !== "loaded";
  const rel = (f) => relativePlain(root, f, root);
  const regular = (stat) => typeof stat.isFile !== "function" || stat.isFile();
  const sameSize = (e, stat) => regular(stat) && e.size === stat.size;
  const sameMeta = (e, stat) => sameSize(e, stat) && e.mtimeMs === stat.mtimeMs;
  const parse = (e, f) => codec.decode(e.text, f);
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
      const e = entries.get(k);
      if (e) e.seen = true;
      let value;
      if (e && sameSize(e, stat)) {
        const same = strategy === "metadata" ? sameMeta(e, stat) : e.hash !== void 0 && e.hash === await contentHash(path.resolve(root, f), k, stat);
        if (same) value = parse(e, f);
      }
      if (value !== void 0) stats.hits++;
      else stats.misses++;
      return value;
    },
    peek(f, stat) {
      if (strategy !== "metadata") return void 0;
      const k = rel(f);
      const e = entries.get(k);
      if (!e || !sameMeta(e, stat)) return void 0;
      const value = parse(e, f);
      if (value !== void 0) {
        e.seen = true;
        stats.hits++;
      }
      return value;
    },
    async set(f, stat, value) {
      const k = rel(f);
      const old = entries.get(k);
      if (old) old.seen = true;
      if (!regular(stat)) return;
      const entry = { size: stat.size, mtimeMs: stat.mtimeMs, text: codec.encode(value), seen: true };
      if (strategy === "content") {
        const hash = await contentHash(path.resolve(root, f), k, stat);
        if (hash === void 0) return;
        entry.hash = hash;
      }
      entries.set(k, entry);
      changed.add(k);
    },
    delete(f) {
      const k = rel(f);
      if (entries.delete(k)) {
        changed.delete(k);
        rewrite = true;
      }
    },
    async save() {
      for (const [k, e] of entries) {
        if (!e.seen && !existsSync(path.resolve(root, k))) {
          entries.delete(k);
          changed.delete(k);
          rewrite = true;
        }
      }
      if (!rewrite && fileLines + changed.size > 2 * entries.size + 64) rewrite = true;
      if (!rewrite && changed.size === 0) return true;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        if (!rewrite) {
          let out = "\n";
          for (const k of changed) out += line(k, entries.get(k));
          appendFileSync(file, out);
          fileLines += changed.size;
          changed.clear();
          return true;
        }
      } catch {
        return false;
      }
      const parts = [`${JSON.stringify({ format: FORMAT, key })}
`];
      for (const [k, e] of entries) parts.push(line(k, e));
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
      try {
        await writeFile(tmp, parts.join(""));
        await rename(tmp, file);
        rewrite = false;
        changed.clear();
        fileLines = entries.size;
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
