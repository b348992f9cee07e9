import {
  checkManifestFile,
  looksLikeRequest
} from "./chunk-KXHCVECP.js";
import {
  realRoots,
  walkBatches
} from "./chunk-YJ4YCP6N.js";
import {
  checkAsset
} from "./chunk-NHCU4DU2.js";
import {
  resolvePlain
} from "./chunk-ULU2XC5N.js";
import {
  assetReport,
  buildReport
} from "./chunk-TE6BXIRG.js";
import {
  extensionOf
} from "./chunk-AQG3UE4A.js";
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
import { extname, sep } from "node:path";

// src/lib/ordered.ts
async function runOrdered(source, concurrency, fn, emit) {
  const limit = Math.max(1, Math.floor(concurrency));
  const queue = [];
  let head = 0;
  let running = 0;
  let taken = 0;
  let wake;
  const settle = () => {
    running--;
    wake?.();
  };
  for (; ; ) {
    while (running < limit) {
      const item = source.take();
      if (item === void 0) break;
      taken++;
      const r = fn(item);
      if (r instanceof Promise) {
        const slot = { item, done: false };
        running++;
        r.then(
          (v) => (slot.value = v, slot.done = true, settle()),
          (e) => (slot.error = { error: e }, slot.done = true, settle())
        );
        queue.push(slot);
      } else queue.push({ item, done: true, value: r });
      if (running === 0) flush();
    }
    flush();
    if (head === queue.length && running === 0 && source.finished && source.count === taken) return;
    const woken = new Promise((r) => wake = r);
    await (running < limit && !source.finished ? Promise.race([woken, source.ready()]) : woken);
  }
  function flush() {
    while (head < queue.length && queue[head].done) {
      const slot = queue[head];
      queue[head++] = void 0;
      if (slot.error) throw slot.error.error;
      emit(slot.value, slot.item);
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
  }
}

// src/lib/prefetch.ts
function prefetchBatches(source) {
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
      for await (const batch of source) {
        for (const item of batch) buffer.push(item);
        notify();
      }
    } catch (error) {
      failure = { error };
    }
    finished = true;
    notify();
  })();
  let read = 0;
  let at = 0;
  const waiting = () => buffer.length - at;
  const next = () => {
    const item = buffer[at];
    buffer[at++] = void 0;
    if (at > 1024 && at * 2 > buffer.length) {
      buffer.splice(0, at);
      at = 0;
    }
    read++;
    return item;
  };
  return {
    get count() {
      return read + waiting();
    },
    get finished() {
      return finished;
    },
    take() {
      if (waiting()) return next();
      if (failure) throw failure.error;
      return void 0;
    },
    ready() {
      return waiting() || finished || failure ? Promise.resolve() : new Promise((r) => wake = r);
    }
  };
}

// src/lint.ts
var extOf = sep === "/" ? extensionOf : (p) => extname(p).slice(1).toLowerCase();
var probes;
var lazyProbe = async (path, opts) => (await (probes ??= import("./probes-QDVNOO2X.js"))).probe(path, opts);
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
  const remoteRun = () => remote ??= import("./run-2ASBI37C.js").then((m) => new m.RemoteRun({ deadlineMs: options.networkDeadlineMs }));
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
  const checked = (e, facts) => ({ asset: assetReport(facts, checkAsset(facts, profileOf(e.path))) });
  const verdict = (e, ext, facts) => !e.explicit && !MEDIA_EXT.has(ext) && (facts.kind === null || facts.failure) ? null : checked(e, facts);
  const one = (e) => {
    if (options.accept && !options.accept(e.path)) return null;
    const ext = extOf(e.path);
    if (e.outside) {
      return checked(e, { ...blankFacts(e.path, ext), failure: { reason: "outside_roots", detail: e.outside } });
    }
    if (ext === "json") return manifest(e);
    const known = options.probeSync && !isUrl(e.path) ? options.probeSync(e.path) : void 0;
    if (known) return verdict(e, ext, known);
    return probe(e.path).then((facts) => verdict(e, ext, facts));
  };
  const manifest = async (e) => {
    if (!e.explicit && !await looksLikeRequest(e.path)) return null;
    return { request: await checkManifestFile(e.path, { model: options.model, profiles: options.profiles, probe, allowPrivateUrls: options.allowPrivateUrls, deep, remoteRun, followSymlinksOutside: follow, roots }) };
  };
  const entries = async function* () {
    yield paths.filter(isUrl).map((p) => ({ path: p, explicit: true }));
    yield* walkBatches(paths.filter((p) => !isUrl(p)), { followSymlinksOutside: follow });
  };
  const found = prefetchBatches(entries());
  await runOrdered(found, concurrency, one, (r, e) => {
    options.onProgress?.({ done: ++done, total: found.count, source: e.path });
    if (!r) return;
    if (r.asset) assets.push(r.asset);
    if (r.request) {
      requests.push(r.request.request);
      assets.push(...r.request.assets);
    }
  });
  const report = buildReport(profile.id, dedupe(assets), requests);
  if (options.maxCredits === void 0 && options.maxSeconds === void 0) return report;
  return (await import("./budget-B2AWNNNY.js")).applyBudget(report, { maxCredits: options.maxCredits, maxSeconds: options.maxSeconds });
}
function memo(probe) {
  const seen = /* @__PURE__ */ new Map();
  const cwd = process.cwd();
  return (path) => {
    const key = resolvePlain(cwd, path);
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
