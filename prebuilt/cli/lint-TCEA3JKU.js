import {
  lazyProbe,
  lint
} from "./chunk-5M2MU5A5.js";
import "./chunk-KXHCVECP.js";
import {
  progress
} from "./chunk-HWNYKCVG.js";
import "./chunk-YJ4YCP6N.js";
import "./chunk-K4BUYFQS.js";
import {
  loadUserProfiles,
  profileFileSpec
} from "./chunk-U3EPU3TP.js";
import "./chunk-NHCU4DU2.js";
import {
  cachedProbe,
  changedFiles,
  emitReport,
  fileFilter,
  gateSpec,
  modelFor,
  resolveGateLazy
} from "./chunk-X7JHDFLJ.js";
import "./chunk-73N5Y4GO.js";
import "./chunk-E7VE5CVH.js";
import "./chunk-ULU2XC5N.js";
import {
  wantsColor
} from "./chunk-GHFG4EDJ.js";
import "./chunk-YRK66HUG.js";
import {
  parseArgs
} from "./chunk-3WZ3TLIS.js";
import "./chunk-TE6BXIRG.js";
import "./chunk-7RN3WETQ.js";
import "./chunk-US6UJTEH.js";
import "./chunk-AQG3UE4A.js";
import {
  isUrl
} from "./chunk-I6J33UPO.js";
import "./chunk-7PJ34LFJ.js";
import "./chunk-XMF4D722.js";
import {
  lintHelp
} from "./chunk-D3Z5OQVU.js";
import {
  UsageError
} from "./chunk-P5HRJFQZ.js";
import "./chunk-JOW2LR6I.js";
import "./chunk-XOOKWYR4.js";
import "./chunk-DHUFD2HK.js";
import "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";

// src/cli/lint.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";

// src/cli/remote-debug.ts
function remoteDebugLines(assets) {
  let out = "";
  for (const a of assets) {
    const r = a.facts.remote;
    if (!r) continue;
    const size = a.facts.bytes;
    const share = size ? ` of ${size} (${(100 * r.bytesRead / size).toFixed(1)}%)` : "";
    out += `seedance-preflight: url ${JSON.stringify(a.source)}: ${r.requests} requests, ${r.bytesRead} bytes${share}
`;
  }
  return out;
}

// src/cli/lint.ts
var lintSpec = {
  model: { type: "string" },
  concurrency: { type: "string", int: { min: 1 } },
  "max-warnings": { type: "string", int: { min: -1 } },
  "max-credits": { type: "string", int: { min: 0 } },
  "max-seconds": { type: "string", int: { min: 0 } },
  quiet: { type: "boolean" },
  "allow-private-urls": { type: "boolean" },
  color: { type: "boolean" },
  debug: { type: "boolean" },
  changed: { type: "string" },
  deep: { type: "boolean" },
  "follow-symlinks-outside": { type: "boolean" },
  "error-on-unmatched-pattern": { type: "boolean" },
  help: { type: "boolean" },
  ...profileFileSpec,
  ...gateSpec
};
async function lintCommand(argv, io) {
  const { positionals, values: v } = parseArgs(argv, lintSpec, "lint");
  if (v.help) return io.out(lintHelp), 0;
  if (positionals.length === 0) throw new UsageError("lint needs at least one file, folder or manifest", "e.g. seedance-preflight lint assets/");
  const cwd = process.cwd();
  const paths = v["error-on-unmatched-pattern"] === false ? positionals.filter((p) => isUrl(p) || existsSync(p)) : positionals;
  const gate = await resolveGateLazy(v, cwd);
  const profiles = await loadUserProfiles(v["profile-file"], gate.config);
  const changed = v.changed ? await changedFiles(String(v.changed), cwd) : void 0;
  const deep = Boolean(v.deep);
  const cached = gate.cache ? await cachedProbe(gate, cwd, lazyProbe, { deep }) : void 0;
  const bar = progress(io.stderr);
  let report;
  try {
    report = await lint(paths, {
      model: modelFor(gate, v.model),
      profiles,
      concurrency: v.concurrency,
      allowPrivateUrls: Boolean(v["allow-private-urls"]),
      probe: cached?.probe,
      probeSync: cached?.probeSync,
      accept: fileFilter(gate, cwd, changed),
      // --model beats the config, as flags beat config files in ESLint.
      profileFor: v.model || !gate.config ? void 0 : (p) => gate.resolver.profileFor(p),
      onProgress: (e) => bar.tick(e.done, e.total, e.source),
      deep,
      maxCredits: v["max-credits"],
      maxSeconds: v["max-seconds"],
      followSymlinksOutside: Boolean(v["follow-symlinks-outside"])
    });
  } finally {
    bar.done();
  }
  const warn = await cached?.save();
  if (warn) io.err(warn);
  if (cached && v.debug) io.err(`seedance-preflight: cache ${cached.cache.file}: ${cached.cache.stats.hits} hits, ${cached.cache.stats.misses} probed
`);
  if (v.debug) io.err(remoteDebugLines(report.assets));
  if (report.summary.assets + report.summary.requests === 0 && v["error-on-unmatched-pattern"] !== false && !gate.shard && !changed) {
    throw new UsageError(`no files found in ${positionals.map((p) => `'${p}'`).join(", ")} (images, videos, audio or request manifests .json)`, "check the paths, or pass --no-error-on-unmatched-pattern to allow an empty run");
  }
  const color = typeof v.color === "boolean" ? v.color : wantsColor(io.stdout);
  let thumbs;
  if (gate.format === "html") {
    try {
      const { generateThumbs, thumbCacheBeside } = await import("./thumbs-6DWUZ7R2.js");
      thumbs = await generateThumbs(report, {
        concurrency: v.concurrency ?? availableParallelism(),
        cwd,
        cache: cached && gate.cache ? { file: thumbCacheBeside(cached.cache.file), strategy: gate.cache.strategy, toolVersion: gate.toolVersion } : void 0,
        onProgress: (e) => bar.tick(e.done, e.total, e.source, "thumbnails")
      });
    } finally {
      bar.done();
    }
  }
  return emitReport(report, gate, io, { cwd, color, quiet: Boolean(v.quiet), thumbs });
}
export {
  lintCommand,
  lintSpec
};
