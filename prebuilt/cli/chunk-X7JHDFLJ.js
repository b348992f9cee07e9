import {
  formatPretty,
  formatSummary
} from "./chunk-73N5Y4GO.js";
import {
  defaultCacheLocation,
  openCache,
  stableHash
} from "./chunk-E7VE5CVH.js";
import {
  relativePlain
} from "./chunk-ULU2XC5N.js";
import {
  buildReport,
  errorsOnly,
  isError
} from "./chunk-TE6BXIRG.js";
import {
  count
} from "./chunk-7RN3WETQ.js";
import {
  blankFacts
} from "./chunk-XMF4D722.js";
import {
  UsageError
} from "./chunk-P5HRJFQZ.js";
import {
  safeText
} from "./chunk-JOW2LR6I.js";
import {
  profiles
} from "./chunk-OKHP77KM.js";

// src/config/globs.ts
import path from "node:path";
import { createRequire } from "node:module";
var pm;
var picomatch = (glob, o) => (pm ??= createRequire(import.meta.url)("picomatch"))(glob, o);
var MAX_GLOB_CHARS = 1e3;
var MAX_EXTGLOBS = 3;
function refuseGlob(glob) {
  if (glob.length > MAX_GLOB_CHARS) return `longer than ${MAX_GLOB_CHARS} characters`;
  let groups = 0;
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if ("+*@?!".includes(c) && glob[i + 1] === "(") {
      groups++;
      if (depth > 0) return "an extglob group inside another";
      depth++;
      i++;
    } else if (c === "(" && depth > 0) depth++;
    else if (c === ")" && depth > 0) depth--;
  }
  return groups > MAX_EXTGLOBS ? `${groups} extglob groups (at most ${MAX_EXTGLOBS})` : null;
}
function compile(glob) {
  let g = glob.startsWith("/") ? glob.slice(1) : glob;
  if (g.endsWith("/")) g += "**";
  return picomatch(g, { dot: true, basename: !glob.includes("/") });
}
function globList(globs) {
  const compiled = globs.map((g) => g.startsWith("!") ? { neg: true, test: compile(g.slice(1)) } : { neg: false, test: compile(g) });
  return (rel) => {
    let matched = false;
    for (const c of compiled) if (c.neg === matched && c.test(rel)) matched = !c.neg;
    return matched;
  };
}
function relativeTo(dir, file, cwd) {
  if (/^[a-z][a-z0-9+.-]+:/i.test(file)) return null;
  const rel = relativePlain(dir, file, cwd);
  if (rel === "" || rel === ".." || rel.startsWith("../") || path.isAbsolute(rel)) return null;
  return rel;
}

// src/config/apply.ts
function configResolver(loaded, cwd) {
  const config = loaded?.config ?? {};
  const dir = loaded?.dir ?? cwd;
  const include = config.include?.length ? globList(config.include) : null;
  const ignore = globList(config.ignore ?? []);
  const overrides = (config.overrides ?? []).map((o) => ({
    test: globList(typeof o.files === "string" ? [o.files] : o.files),
    profile: o.profile,
    rules: o.rules ?? {}
  }));
  const rel = (file) => relativeTo(dir, file, cwd);
  return {
    noRules: !Object.keys(config.rules ?? {}).length && overrides.every((o) => !Object.keys(o.rules).length),
    isExcluded(file) {
      const r = rel(file);
      if (r === null) return false;
      return include !== null && !include(r) || ignore(r);
    },
    profileFor(file) {
      const r = rel(file);
      let profile = config.profile;
      if (r !== null) {
        for (const o of overrides) if (o.profile && o.test(r)) profile = o.profile;
      }
      return profile;
    },
    rulesFor(file) {
      const r = rel(file);
      const rules = { ...config.rules };
      if (r !== null) {
        for (const o of overrides) if (o.test(r)) Object.assign(rules, o.rules);
      }
      return rules;
    }
  };
}
function applyRules(rules, items) {
  const out = [];
  for (const item of items) {
    const setting = rules[item.code];
    if (setting === "off") continue;
    out.push(setting ? { ...item, severity: setting } : item);
  }
  return out;
}
function applyConfigToReport(report, resolver) {
  if (resolver.noRules) return report;
  const assets = report.assets.map((a) => {
    const problems = applyRules(resolver.rulesFor(a.source), a.problems);
    return { ...a, problems, ok: !problems.some(isError) };
  });
  const requests = report.requests.map((r) => {
    const problems = applyRules(resolver.rulesFor(r.source), r.problems);
    return { ...r, problems, ok: !problems.some(isError) };
  });
  return { ...buildReport(report.profile, assets, requests), ...report.total ? { total: report.total } : {} };
}

// src/cli/gate.ts
import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path3 from "node:path";

// src/cache/facts-codec.ts
var KEYS = Object.keys(blankFacts("", ""));
var VALUES = KEYS.slice(1);
var FACTS_LAYOUT = KEYS.join(",");
var fromValues = (source, a) => ({
  source,
  kind: a[0],
  format: a[1],
  mime: a[2],
  extension: a[3],
  extensionMismatch: a[4],
  bytes: a[5],
  width: a[6],
  height: a[7],
  durationSec: a[8],
  fps: a[9],
  variableFrameRate: a[10],
  videoCodec: a[11],
  audioCodec: a[12],
  hasVideoStream: a[13],
  hasAudioStream: a[14],
  sampleRate: a[15],
  channels: a[16],
  rotation: a[17],
  failure: a[18],
  probedBy: a[19]
});
var ARRAYS = Object.keys(fromValues("", [])).join(",") === FACTS_LAYOUT;
function encodeFacts(f) {
  const keys = Object.keys(f);
  if (ARRAYS && keys.length === KEYS.length && keys.every((k, i) => k === KEYS[i])) return JSON.stringify(VALUES.map((k) => f[k]));
  const { source: _source, ...rest } = f;
  return JSON.stringify(rest);
}
function decodeFacts(text, source) {
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (Array.isArray(v)) {
    return v.length === VALUES.length ? fromValues(source, v) : void 0;
  }
  return v && typeof v === "object" ? { source, ...v } : void 0;
}

// src/shard.ts
import { createHash } from "node:crypto";
import path2 from "node:path";
function parseShard(text) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new Error(`--shard expects "i/n" with whole numbers, e.g. 2/4; got "${text}"`);
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1) throw new Error(`--shard ${text}: the number of shards must be at least 1`);
  if (index < 1 || index > total) throw new Error(`--shard ${text}: the shard index must be from 1 to ${total} (1-based)`);
  return { index, total };
}
function shardKey(file, root) {
  return path2.relative(root, path2.resolve(root, file)).split(path2.sep).join("/").normalize("NFC");
}
function shardOf(file, total, root = process.cwd()) {
  const digest = createHash("sha1").update(shardKey(file, root)).digest();
  return digest.readUInt32BE(0) % total + 1;
}

// src/config/names.ts
var CONFIG_FILE = "seedance-preflight.config.json";
var PACKAGE_KEY = "seedancePreflight";

// src/cli/gate.ts
var FORMATS = ["pretty", "json", "sarif", "junit", "github", "html"];
var gateSpec = {
  format: { type: "string", choices: FORMATS },
  "output-file": { type: "string" },
  config: { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  "cache-strategy": { type: "string", choices: ["metadata", "content"] },
  shard: { type: "string" }
};
function toolVersion() {
  return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
}
var CONFIG_NAMES = { file: CONFIG_FILE, packageKey: PACKAGE_KEY };
function mayHaveConfig(values, cwd) {
  if (values.config !== void 0) return true;
  for (let dir = path3.resolve(cwd); ; dir = path3.dirname(dir)) {
    if (isFile(path3.join(dir, CONFIG_NAMES.file))) return true;
    const pkg = path3.join(dir, "package.json");
    if (isFile(pkg) && !plainPackage(pkg)) return true;
    if (path3.dirname(dir) === dir) return false;
  }
}
function plainPackage(file) {
  try {
    const text = readFileSync(file, "utf8");
    if (text.includes(`"${CONFIG_NAMES.packageKey}"`)) return false;
    JSON.parse(text.replace(/^\uFEFF/, ""));
    return true;
  } catch {
    return false;
  }
}
function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
async function resolveGateLazy(values, cwd) {
  if (mayHaveConfig(values, cwd)) return (await import("./gate-options-KSMTFIGR.js")).resolveGate(values, cwd);
  return gateFrom(values, cwd, null);
}
function checkOutputFile(outputFile, cwd) {
  if (outputFile !== void 0 && (outputFile === "" || statSync(path3.resolve(cwd, outputFile), { throwIfNoEntry: false })?.isDirectory())) {
    throw new UsageError(`--output-file ${outputFile} is ${outputFile === "" ? "empty" : "a folder"}; it takes a file name`, `e.g. --output-file ${path3.join(outputFile || ".", "report.json")}`);
  }
  return outputFile;
}
function gateFrom(values, cwd, config) {
  let shard;
  if (values.shard !== void 0) {
    try {
      shard = parseShard(String(values.shard));
    } catch (e) {
      throw new UsageError(e.message, "e.g. --shard 1/4 in the first of four CI jobs");
    }
  }
  const outputFile = checkOutputFile(values["output-file"], cwd);
  const cacheOn = values.cache === true || values["cache-location"] !== void 0;
  return {
    format: values.format ?? "pretty",
    outputFile,
    config,
    resolver: configResolver(config, cwd),
    shard,
    cache: cacheOn ? {
      location: values["cache-location"] ?? defaultCacheLocation(cwd),
      strategy: values["cache-strategy"] ?? "metadata"
    } : void 0,
    maxWarnings: values["max-warnings"] ?? config?.config.maxWarnings ?? -1,
    toolVersion: toolVersion()
  };
}
function modelFor(gate, model) {
  return model ?? gate.config?.config.profile;
}
function fileFilter(gate, cwd, changed) {
  return (file) => !(gate.config && gate.resolver.isExcluded(file)) && (!gate.shard || shardOf(file, gate.shard.total, cwd) === gate.shard.index) && (!changed || changed.has(path3.resolve(cwd, file)));
}
var TRANSIENT = /* @__PURE__ */ new Set(["timeout", "unreadable"]);
async function cachedProbe(gate, cwd, probe, opts = {}) {
  if (!gate.cache) throw new Error("cachedProbe needs --cache");
  const deep = opts.deep ? { deep: true } : void 0;
  const cache = await openCache({
    location: gate.cache.location,
    strategy: gate.cache.strategy,
    root: cwd,
    // facts stored as their values alone, `source` set to the path asked for
    codec: { encode: encodeFacts, decode: decodeFacts },
    // --deep facts carry decode checks the default run does not make: they never answer for each other
    key: { toolVersion: `${gate.toolVersion} ${FACTS_LAYOUT}`, profileHash: stableHash(profiles), configHash: stableHash(gate.config?.config ?? null), mode: deep && "deep" }
  });
  const regularStat = (file) => {
    try {
      const st = statSync(file, { throwIfNoEntry: false });
      return st?.isFile() ? st : null;
    } catch {
      return null;
    }
  };
  let missed;
  return {
    cache,
    async probe(file) {
      const st = missed?.file === file ? missed.st : regularStat(file);
      missed = void 0;
      if (!st) return probe(file, deep);
      const hit = await cache.get(file, st);
      if (hit) return hit;
      const facts = await probe(file, deep);
      if (!facts.failure || !TRANSIENT.has(facts.failure.reason)) await cache.set(file, st, facts);
      return facts;
    },
    probeSync(file) {
      const st = regularStat(file);
      const hit = st ? cache.peek(file, st) : void 0;
      missed = hit ? void 0 : { file, st };
      return hit;
    },
    async save() {
      return await cache.save() ? null : `seedance-preflight: could not write the cache at ${cache.file}; the next run starts cold
`;
    }
  };
}
function ciRoot(cwd, env) {
  const ws = env.GITHUB_ACTIONS === "true" ? env.GITHUB_WORKSPACE : void 0;
  if (!ws) return cwd;
  const rel = path3.relative(path3.resolve(ws), path3.resolve(cwd));
  return rel.startsWith("..") || path3.isAbsolute(rel) ? cwd : path3.resolve(ws);
}
async function formatReport(report, format, ctx) {
  switch (format) {
    // indented for a person at a terminal; one line for a pipe or a file (as ESLint), which reads it as data
    case "json":
      return (await import("./json-A4ZP2ZIZ.js")).formatJson(report, { indent: ctx.tty ? 2 : 0 });
    case "sarif":
      return (await import("./sarif-FB27KHGU.js")).formatSarif(report, ctx);
    case "junit":
      return (await import("./junit-O4DI6CSU.js")).formatJunit(report, ctx);
    case "github":
      return (await import("./github-Q5BBFPBO.js")).formatGithub(report, ctx);
    case "html":
      return (await import("./build-OYJWGPYD.js")).buildHtml(report, ctx.thumbs ?? /* @__PURE__ */ new Map(), ctx);
    default:
      return formatPretty(report, { color: ctx.color, quiet: ctx.quiet });
  }
}
async function emitReport(raw, gate, io, opts) {
  const report = applyConfigToReport(raw, gate.resolver);
  const shown = opts.quiet ? errorsOnly(report) : report;
  const env = opts.env ?? process.env;
  const ctx = { cwd: ciRoot(opts.cwd, env), toolVersion: gate.toolVersion, color: opts.color, quiet: opts.quiet, thumbs: opts.thumbs };
  if (gate.outputFile) {
    const file = path3.resolve(opts.cwd, gate.outputFile);
    mkdirSync(path3.dirname(file), { recursive: true });
    writeFileSync(file, await formatReport(shown, gate.format, { ...ctx, color: false }));
    io.out(formatSummary(shown, { color: opts.color, quiet: opts.quiet, suffix: `; report in ${safeText(gate.outputFile)}` }));
  } else io.out(await formatReport(shown, gate.format, { ...ctx, tty: Boolean(io.stdout.isTTY) }));
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (gate.format === "github" && summaryFile) appendFileSync(summaryFile, (await import("./github-Q5BBFPBO.js")).githubSummary(shown, { cwd: ctx.cwd }));
  const tooMany = gate.maxWarnings >= 0 && report.summary.warnings > gate.maxWarnings;
  if (tooMany && gate.format !== "json") io.err(`seedance-preflight: ${count(report.summary.warnings, "warning")}, more than the maximum of ${gate.maxWarnings}
`);
  return report.ok && !tooMany ? 0 : 1;
}
async function changedFiles(ref, cwd) {
  const git = async (...args) => {
    try {
      const [{ execFile }, { promisify }] = await Promise.all([import("node:child_process"), import("node:util")]);
      return (await promisify(execFile)("git", args, { cwd, maxBuffer: 64 << 20 })).stdout;
    } catch (e) {
      const msg = String(e.stderr || e.message).trim().split("\n")[0];
      throw new UsageError(`--changed ${ref}: git ${args[0]} failed: ${msg}`, "run inside a git checkout, with the ref fetched (e.g. fetch-depth: 0)");
    }
  };
  const top = (await git("rev-parse", "--show-toplevel")).trim();
  const base = (await git("merge-base", ref, "HEAD")).trim();
  const diff = await git("diff", "--name-only", "-z", "--diff-filter=ACMRT", base);
  const untracked = await git("ls-files", "--others", "--exclude-standard", "-z");
  return new Set(`${diff}${untracked}`.split("\0").filter(Boolean).map((f) => path3.resolve(top, f)));
}

export {
  refuseGlob,
  configResolver,
  applyConfigToReport,
  CONFIG_FILE,
  PACKAGE_KEY,
  FORMATS,
  gateSpec,
  toolVersion,
  CONFIG_NAMES,
  mayHaveConfig,
  resolveGateLazy,
  checkOutputFile,
  gateFrom,
  modelFor,
  fileFilter,
  cachedProbe,
  ciRoot,
  formatReport,
  emitReport,
  changedFiles
};
