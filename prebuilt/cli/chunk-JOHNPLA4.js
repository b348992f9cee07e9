import {
  checkManifestFile,
  looksLikeRequest
} from "./chunk-BC4T77RJ.js";
import {
  realRoots,
  walk
} from "./chunk-IM2DVALA.js";
import {
  checkAsset
} from "./chunk-NHCU4DU2.js";
import {
  assetReport,
  buildReport
} from "./chunk-NCW4N6MC.js";
import {
  mapPool
} from "./chunk-K4BUYFQS.js";
import {
  isUrl
} from "./chunk-I6J33UPO.js";
import {
  PreflightUsageError
} from "./chunk-7PJ34LFJ.js";
import {
  blankFacts
} from "./chunk-XMF4D722.js";
import {
  userProfiles
} from "./chunk-XOOKWYR4.js";
import {
  defaultProfile,
  findProfile,
  profileIds
} from "./chunk-OKHP77KM.js";

// src/lint.ts
import { lstat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extname, resolve, sep } from "node:path";

// src/lib/prefetch.ts
function prefetch(source) {
  const buffer = [];
  let finished = false;
  let failure;
  let wake;
  const notify = () => {
    wake?.();
    wake = void 0;
  };
  void (async () => {
    try {
      for await (const item of source) {
        buffer.push(item);
        notify();
      }
    } catch (error) {
      failure = { error };
    }
    finished = true;
    notify();
  })();
  let read = 0;
  return {
    get count() {
      return read + buffer.length;
    },
    get finished() {
      return finished;
    },
    async *[Symbol.asyncIterator]() {
      for (; ; ) {
        if (buffer.length) {
          read++;
          yield buffer.shift();
          continue;
        }
        if (failure) throw failure.error;
        if (finished) return;
        await new Promise((r) => wake = r);
      }
    }
  };
}

// src/lint.ts
var probes;
var lazyProbe = async (path, opts) => (await (probes ??= import("./probes-7XT2A4SU.js"))).probe(path, opts);
var MEDIA_EXT = /* @__PURE__ */ new Set(["jpg", "jpeg", "png", "webp", "gif", "bmp", "tif", "tiff", "heic", "heif", "avif", "mp4", "m4v", "mov", "qt", "mkv", "webm", "avi", "mp3", "wav", "flac", "ogg", "oga", "m4a", "aac", "opus"]);
function resolveProfile(model, user = []) {
  if (!model) return defaultProfile;
  const p = findProfile(model, user);
  if (!p) throw new PreflightUsageError("unknown_profile", `unknown model or profile '${model}'`, `use one of: ${profileIds(user).join(", ")}`);
  return p;
}
async function assertPathsExist(paths) {
  for (const p of paths) {
    if (!isUrl(p) && !await lstat(p).catch(() => null)) {
      throw new PreflightUsageError("path_not_found", `no such file or folder: ${p}`, "check the path, or quote names with spaces");
    }
  }
}
async function lint(input, given = {}) {
  const options = { ...given, profiles: await userProfiles(given.profiles) };
  const paths = typeof input === "string" ? [input] : [...input];
  const profile = resolveProfile(options.model, options.profiles);
  await assertPathsExist(paths);
  const deep = options.deep ?? false;
  const probeFile = options.probe ?? ((p) => lazyProbe(p, { deep }));
  let remote;
  const remoteRun = () => remote ??= import("./run-5Z5A7F3H.js").then((m) => new m.RemoteRun({ deadlineMs: options.networkDeadlineMs }));
  const probeUrl = async (u) => lazyProbe(u, { allowPrivateUrls: options.allowPrivateUrls, deep, remoteRun: await remoteRun() });
  const probe = memo((p) => isUrl(p) ? probeUrl(p) : probeFile(p));
  try {
    return await lintWith(paths, options, profile, probe, remoteRun);
  } finally {
    if (remote) await (await remote).close();
  }
}
async function lintWith(paths, options, profile, probe, remoteRun) {
  const deep = options.deep ?? false;
  for (const u of paths.filter(isUrl)) probe(u).catch(() => {
  });
  const concurrency = options.concurrency ?? availableParallelism();
  const assets = [];
  const requests = [];
  let done = 0;
  const profileOf = (path) => {
    const id = options.profileFor?.(path);
    return id ? resolveProfile(id, options.profiles) : profile;
  };
  const follow = options.followSymlinksOutside ?? false;
  const roots = follow ? void 0 : await realRoots(paths.filter((p) => !isUrl(p)));
  const one = async (e) => {
    if (options.accept && !options.accept(e.path)) return null;
    const ext = extname(e.path).slice(1).toLowerCase();
    if (e.outside) {
      const facts2 = { ...blankFacts(e.path, ext), failure: { reason: "outside_roots", detail: e.outside } };
      return { asset: assetReport(facts2, checkAsset(facts2, profileOf(e.path))) };
    }
    if (ext === "json") {
      if (!e.explicit && !await looksLikeRequest(e.path)) return null;
      return { request: await checkManifestFile(e.path, { model: options.model, profiles: options.profiles, probe, allowPrivateUrls: options.allowPrivateUrls, deep, remoteRun, followSymlinksOutside: follow, roots }) };
    }
    const facts = await probe(e.path);
    if (!e.explicit && !MEDIA_EXT.has(ext) && (facts.kind === null || facts.failure)) return null;
    return { asset: assetReport(facts, checkAsset(facts, profileOf(e.path))) };
  };
  const entries = async function* () {
    for (const p of paths.filter(isUrl)) yield { path: p, explicit: true };
    yield* walk(paths.filter((p) => !isUrl(p)), { followSymlinksOutside: follow });
  };
  const found = prefetch(entries());
  for await (const { e, r } of mapPool(found, concurrency, async (e2) => ({ e: e2, r: await one(e2) }))) {
    options.onProgress?.({ done: ++done, total: found.count, source: e.path });
    if (!r) continue;
    if (r.asset) assets.push(r.asset);
    if (r.request) {
      requests.push(r.request.request);
      assets.push(...r.request.assets);
    }
  }
  const report = buildReport(profile.id, dedupe(assets), requests);
  if (options.maxCredits === void 0 && options.maxSeconds === void 0) return report;
  return (await import("./budget-TEIDX4EU.js")).applyBudget(report, { maxCredits: options.maxCredits, maxSeconds: options.maxSeconds });
}
var PLAIN_REL = /^(?!\.\.?(\/|$))(?!.*\/\.\.?(\/|$))(?!.*\/\/)(?!.*\/$)[^/]/;
function memo(probe) {
  const seen = /* @__PURE__ */ new Map();
  const cwd = process.cwd();
  return (path) => {
    const key = sep === "/" && PLAIN_REL.test(path) ? `${cwd}/${path}` : resolve(path);
    let p = seen.get(key);
    if (!p) seen.set(key, p = probe(path));
    return p;
  };
}
function dedupe(assets) {
  const seen = /* @__PURE__ */ new Set();
  return assets.filter((a) => seen.has(a.source) ? false : (seen.add(a.source), true));
}

export {
  lazyProbe,
  resolveProfile,
  assertPathsExist,
  lint
};
