import {
  isInside
} from "./chunk-YJ4YCP6N.js";
import {
  mapPool
} from "./chunk-K4BUYFQS.js";
import {
  buildReport
} from "./chunk-TE6BXIRG.js";
import {
  PreflightUsageError
} from "./chunk-7PJ34LFJ.js";
import {
  blankFacts
} from "./chunk-XMF4D722.js";
import {
  readRegularHead
} from "./chunk-DHUFD2HK.js";
import {
  findProfile,
  profileIds
} from "./chunk-OKHP77KM.js";

// src/preflight.ts
import { existsSync, statSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, extname, relative, resolve } from "node:path";
async function preflightAny(request, given = {}) {
  const options = { ...given, profiles: await (await import("./parse-R76ZMFT2.js")).userProfiles(given.profiles) };
  if (options.model && !findProfile(options.model, options.profiles)) {
    throw new PreflightUsageError("unknown_profile", `unknown model or profile '${options.model}'`, `use one of: ${profileIds(options.profiles).join(", ")}`);
  }
  const checked = typeof request === "string" ? await checkManifestFile(request, options) : await checkNormalized((await manifests()).normalizeRequest(request, options.source ?? "request", { profile: options.model, profiles: options.profiles, baseDir: options.baseDir ?? process.cwd(), checkEscapes: false }), options);
  return buildReport(checked.request.profile, checked.assets, [checked.request]);
}
async function checkManifestFile(path, options = {}) {
  const req = await (await manifests()).loadManifest(path, { profile: options.model, profiles: await (await import("./parse-R76ZMFT2.js")).userProfiles(options.profiles) });
  if (options.followSymlinksOutside) return checkNormalized(req, options);
  const home = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
  return checkNormalized(req, { ...options, roots: [home, ...options.roots ?? []] });
}
var manifests = () => import("./manifest-GUWEROLA.js");
async function checkNormalized(req, options) {
  const [probes, { requestReport }] = await Promise.all([import("./probes-QDVNOO2X.js"), import("./request-report-SCLD4T37.js")]);
  const probeFile = options.probe ?? ((p) => probes.probe(p, { deep: options.deep }));
  const refs = [...req.images, ...req.videos, ...req.audios];
  const local = [...new Set(refs.flatMap((r) => r.location.type === "path" ? [r.location.path] : []))];
  const present = await presentPaths(local);
  const outside = /* @__PURE__ */ new Map();
  if (options.roots && !options.followSymlinksOutside) {
    for (const p of present) {
      const real = await realpath(p).catch(() => p);
      if (!options.roots.some((r) => isInside(real, r))) outside.set(p, real);
    }
  }
  const existing = present.filter((p) => !outside.has(p));
  const urls = [...new Set(refs.flatMap((r) => r.location.type === "url" ? [r.location.url] : []))];
  const given = options.remoteRun;
  const own = urls.length && !given ? new (await import("./run-2ASBI37C.js")).RemoteRun() : void 0;
  const run = typeof given === "function" ? await given() : given ?? own;
  const factsByKey = /* @__PURE__ */ new Map();
  try {
    const remote = Promise.all(urls.map(async (u) => [u, await probes.probe(u, { allowPrivateUrls: options.allowPrivateUrls, deep: options.deep, remoteRun: run })]));
    remote.catch(() => {
    });
    const jobs = existing.map((p) => ({ key: p, run: async () => ({ ...await probeFile(p), source: displayPath(p) }) }));
    for await (const f of mapPool(jobs, options.concurrency ?? availableParallelism(), async (j) => ({ key: j.key, facts: await j.run() }))) {
      factsByKey.set(f.key, f.facts);
    }
    for (const [p, real] of outside) {
      factsByKey.set(p, { ...blankFacts(displayPath(p), extname(p).slice(1).toLowerCase()), failure: { reason: "outside_roots", detail: real } });
    }
    for (const [u, f] of await remote) factsByKey.set(u, f);
  } finally {
    await own?.close();
  }
  const factsOf = (ref) => factsByKey.get(ref.location.type === "path" ? ref.location.path : ref.location.type === "url" ? ref.location.url : "");
  return requestReport(req, { factsOf, probed: [...factsByKey.values()], exists: existsSync, display: displayPath });
}
async function presentPaths(paths) {
  const out = [];
  for (let i = 0; i < paths.length; i++) {
    try {
      if (statSync(paths[i], { throwIfNoEntry: false })) out.push(paths[i]);
    } catch {
    }
    if (i % 1e3 === 999) await new Promise((r) => setImmediate(r));
  }
  return out;
}
function displayPath(abs) {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith("..") ? rel : resolve(abs);
}
async function looksLikeRequest(path) {
  const bytes = await readRegularHead(path, 64 * 1024);
  if (!bytes) return false;
  const head = bytes.toString("utf8");
  return /^\s*\{/.test(head) && /"(model|prompt|image_urls|video_urls|audio_urls|input)"\s*:/.test(head);
}

export {
  preflightAny,
  checkManifestFile,
  looksLikeRequest
};
