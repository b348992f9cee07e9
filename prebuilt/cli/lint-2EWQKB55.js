import {
  cachedProbe,
  changedFiles,
  emitReport,
  fileFilter,
  gateSpec,
  modelFor,
  resolveGateLazy
} from "./chunk-XUYKQDQF.js";
import "./chunk-E2QF3KEV.js";
import "./chunk-LV7UP2R3.js";
import "./chunk-YRK66HUG.js";
import {
  wantsColor
} from "./chunk-EN6PDLUB.js";
import {
  parseArgs
} from "./chunk-4EQFNRO3.js";
import {
  lazyProbe,
  lint
} from "./chunk-YT5GMRIW.js";
import "./chunk-M2WF4MDW.js";
import "./chunk-KMESCNQY.js";
import "./chunk-2664TUSE.js";
import "./chunk-K4BUYFQS.js";
import "./chunk-I6J33UPO.js";
import "./chunk-CSTSE5RD.js";
import {
  lintHelp
} from "./chunk-X534RF2S.js";
import {
  UsageError
} from "./chunk-P5HRJFQZ.js";
import {
  safeText
} from "./chunk-JOW2LR6I.js";
import "./chunk-Y5SWE2XU.js";
import "./chunk-U62BOEQ2.js";

// src/cli/lint.ts
import { availableParallelism } from "node:os";
import path from "node:path";

// src/cli/progress.ts
function progress(stream = process.stderr) {
  if (!stream.isTTY) return { tick: (_n, _s) => {
  }, done: () => {
  } };
  let last = 0;
  return {
    tick(n, source) {
      const now = Date.now();
      if (now - last < 80) return;
      last = now;
      const width = Math.max(20, (stream.columns ?? 80) - 20);
      const safe = safeText(source);
      const name = safe.length > width ? "\u2026" + safe.slice(-width + 1) : safe;
      stream.write(`\r\x1B[2K${n} checked  ${name}`);
    },
    done: () => stream.write("\r\x1B[2K")
  };
}

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
  quiet: { type: "boolean" },
  "allow-private-urls": { type: "boolean" },
  color: { type: "boolean" },
  debug: { type: "boolean" },
  changed: { type: "string" },
  deep: { type: "boolean" },
  help: { type: "boolean" },
  ...gateSpec
};
async function lintCommand(argv, io) {
  const { positionals, values: v } = parseArgs(argv, lintSpec, "lint");
  if (v.help) return io.out(lintHelp), 0;
  if (positionals.length === 0) throw new UsageError("lint needs at least one file, folder or manifest", "e.g. seedance-preflight lint assets/");
  const cwd = process.cwd();
  const gate = await resolveGateLazy(v, cwd);
  const changed = v.changed ? await changedFiles(String(v.changed), cwd) : void 0;
  const deep = Boolean(v.deep);
  const cached = gate.cache ? await cachedProbe(gate, cwd, lazyProbe, { deep }) : void 0;
  const bar = progress(io.stderr);
  const report = await lint(positionals, {
    model: modelFor(gate, v.model),
    concurrency: v.concurrency,
    allowPrivateUrls: Boolean(v["allow-private-urls"]),
    probe: cached?.probe,
    accept: fileFilter(gate, cwd, changed),
    // --model beats the config, as flags beat config files in ESLint.
    profileFor: v.model || !gate.config ? void 0 : (p) => gate.resolver.profileFor(p),
    onProgress: (e) => bar.tick(e.done, e.source),
    deep
  });
  bar.done();
  const warn = await cached?.save();
  if (warn) io.err(warn);
  if (cached && v.debug) io.err(`seedance-preflight: cache ${cached.cache.file}: ${cached.cache.stats.hits} hits, ${cached.cache.stats.misses} probed
`);
  if (v.debug) io.err(remoteDebugLines(report.assets));
  const color = typeof v.color === "boolean" ? v.color : wantsColor(io.stdout);
  const thumbs = gate.format === "html" ? await (await import("./thumbs-RVIUUJJB.js")).generateThumbs(report, {
    concurrency: v.concurrency ?? availableParallelism(),
    cwd,
    cache: cached && gate.cache ? { dir: path.dirname(cached.cache.file), strategy: gate.cache.strategy, toolVersion: gate.toolVersion } : void 0
  }) : void 0;
  return emitReport(report, gate, io, { cwd, color, quiet: Boolean(v.quiet), thumbs });
}
export {
  lintCommand,
  lintSpec
};
