import {
  CONFIG_FILE,
  CONFIG_NAMES,
  FORMATS,
  PACKAGE_KEY,
  cachedProbe,
  changedFiles,
  checkOutputFile,
  ciRoot,
  configResolver,
  emitReport,
  fileFilter,
  formatReport,
  gateFrom,
  gateSpec,
  mayHaveConfig,
  modelFor,
  refuseGlob,
  resolveGateLazy,
  toolVersion
} from "./chunk-X7JHDFLJ.js";
import "./chunk-73N5Y4GO.js";
import "./chunk-E7VE5CVH.js";
import "./chunk-ULU2XC5N.js";
import "./chunk-GHFG4EDJ.js";
import "./chunk-YRK66HUG.js";
import {
  parseArgs
} from "./chunk-3WZ3TLIS.js";
import {
  buildReport,
  isError
} from "./chunk-TE6BXIRG.js";
import "./chunk-7RN3WETQ.js";
import {
  codes
} from "./chunk-IO7I65UF.js";
import "./chunk-US6UJTEH.js";
import "./chunk-XMF4D722.js";
import {
  UsageError
} from "./chunk-P5HRJFQZ.js";
import {
  safeText
} from "./chunk-JOW2LR6I.js";
import {
  FileTooLargeError,
  NotRegularFileError,
  readRegularFileSync
} from "./chunk-DHUFD2HK.js";
import {
  profiles
} from "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";

// src/config/schema.ts
import { z } from "zod";
var RuleSetting = z.enum(["off", "info", "warning", "error"]);
var codeIds = Object.keys(codes);
var profileNames = [...new Set(profiles.flatMap((p) => [p.id, ...p.models]))];
var Profile = z.union([z.enum(profileNames), z.string().min(1)]).describe('Profile id or model name, as --model takes it (built-in, or from "profiles").');
var Globs = z.array(z.string().min(1)).describe(
  'Globs relative to the folder of this config. A glob without "/" matches the name at any depth; a trailing "/" means everything under that folder; "!glob" re-includes what an earlier glob matched.'
);
var Rules = z.partialRecord(z.enum(codeIds), RuleSetting).describe('Finding code -> "off" | "info" | "warning" | "error".');
var Override = z.object({
  files: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe("Glob(s) this override applies to."),
  profile: Profile.optional(),
  rules: Rules.optional()
}).strict();
var ConfigSchema = z.object({
  $schema: z.string().optional().describe("Path or URL of this JSON Schema, for editors."),
  profile: Profile.optional(),
  profiles: z.array(z.string().min(1)).optional().describe("Profile files (schema/profile.schema.json), relative to the folder of this config; loaded as with --profile-file."),
  include: Globs.optional(),
  ignore: Globs.optional(),
  rules: Rules.optional(),
  overrides: z.array(Override).optional().describe("Applied in order; a later match wins."),
  maxWarnings: z.number().int().min(0).optional().describe("Fail when there are more warnings than this.")
}).strict().describe("seedance-preflight configuration");

// src/config/load.ts
import { statSync } from "node:fs";
import path from "node:path";
var MAX_CONFIG_BYTES = 16 * 1024 * 1024;
var ConfigError = class extends Error {
  constructor(file, problems) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `
  ${problems.join("\n  ")}`}`);
    this.file = file;
    this.problems = problems;
    this.name = "ConfigError";
  }
  file;
  problems;
};
function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
function readJson(file) {
  let text;
  try {
    text = readRegularFileSync(file, MAX_CONFIG_BYTES).toString("utf8");
  } catch (e) {
    const why = e instanceof NotRegularFileError || e instanceof FileTooLargeError ? e.message : e.code ?? e.message;
    throw new ConfigError(file, [`cannot read it (${why})`]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ConfigError(file, [`not valid JSON: ${e.message}`]);
  }
}
function where(pathParts, prefix) {
  let s = prefix;
  for (const k of pathParts) s += typeof k === "number" ? `[${k}]` : s ? `.${String(k)}` : String(k);
  return s ? `in ${s}` : "at the top level";
}
function describeIssues(error, prefix) {
  return error.issues.map((issue) => {
    const at = where(issue.path, prefix);
    if (issue.code === "unrecognized_keys") {
      const keys = issue.keys.map((k) => `"${k}"`).join(", ");
      const isRules = issue.path[issue.path.length - 1] === "rules";
      return isRules ? `unknown rule code ${keys} ${at}` : `unknown key ${keys} ${at}`;
    }
    return `${where(issue.path, prefix).replace(/^in /, "")}: ${issue.message}`;
  });
}
function parseConfig(value, file, prefix) {
  const result = ConfigSchema.safeParse(value);
  if (!result.success) throw new ConfigError(file, describeIssues(result.error, prefix));
  const c = result.data;
  const globs = [
    ...(c.include ?? []).map((g, i) => [`include[${i}]`, g]),
    ...(c.ignore ?? []).map((g, i) => [`ignore[${i}]`, g]),
    ...(c.overrides ?? []).flatMap((o, i) => (Array.isArray(o.files) ? o.files : [o.files]).map((g, j) => [`overrides[${i}].files${Array.isArray(o.files) ? `[${j}]` : ""}`, g]))
  ];
  const refused = globs.flatMap(([at, g]) => {
    const why = refuseGlob(g.replace(/^!/, ""));
    return why ? [`${prefix ? `${prefix}.` : ""}${at}: the glob "${safeText(g.length > 80 ? `${g.slice(0, 80)}\u2026` : g)}" is refused: ${why}, which can make matching take exponential time`] : [];
  });
  if (refused.length) throw new ConfigError(file, refused);
  return c;
}
function readConfigFile(file) {
  const abs = path.resolve(file);
  if (!isFile(abs)) throw new ConfigError(abs, ["no such file"]);
  const json = readJson(abs);
  const dir = path.dirname(abs);
  if (path.basename(abs) === "package.json") {
    const value = json?.[PACKAGE_KEY];
    if (value === void 0) throw new ConfigError(abs, [`has no "${PACKAGE_KEY}" key`]);
    return { config: parseConfig(value, abs, PACKAGE_KEY), file: abs, dir };
  }
  return { config: parseConfig(json, abs, ""), file: abs, dir };
}
function packageWithKey(file) {
  if (!isFile(file)) return false;
  const json = readJson(file);
  return !!json && typeof json === "object" && PACKAGE_KEY in json;
}
function findConfigFile(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    const own = path.join(dir, CONFIG_FILE);
    if (isFile(own)) return own;
    const pkg = path.join(dir, "package.json");
    if (packageWithKey(pkg)) return pkg;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function loadConfig(opts) {
  if (opts.configPath) return readConfigFile(path.resolve(opts.cwd, opts.configPath));
  const found = findConfigFile(opts.cwd);
  return found ? readConfigFile(found) : null;
}

// src/merge-reports.ts
var problemKey = (p) => `${p.severity}\0${p.code}\0${p.message}`;
function unionProblems(a, b) {
  const seen = new Set(a.map(problemKey));
  return [...a, ...b.filter((p) => !seen.has(problemKey(p)))];
}
function mergeBySource(lists) {
  const bySource = /* @__PURE__ */ new Map();
  for (const list of lists) {
    for (const item of list) {
      const prev = bySource.get(item.source);
      if (!prev) bySource.set(item.source, item);
      else {
        const problems = unionProblems(prev.problems, item.problems);
        bySource.set(item.source, { ...prev, problems, ok: !problems.some(isError) });
      }
    }
  }
  return [...bySource.values()].sort((x, y) => x.source < y.source ? -1 : x.source > y.source ? 1 : 0);
}
function mergeReports(reports) {
  const profiles2 = [...new Set(reports.map((r) => r.profile))];
  return buildReport(
    profiles2.join(","),
    mergeBySource(reports.map((r) => r.assets)),
    mergeBySource(reports.map((r) => r.requests))
  );
}
function parseReport(text, name) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`${name}: not JSON (${e.message})`);
  }
  const r = value;
  const ok = !!r && typeof r === "object" && typeof r.profile === "string" && Array.isArray(r.assets) && Array.isArray(r.requests) && [...r.assets, ...r.requests].every((x) => x && typeof x.source === "string" && Array.isArray(x.problems));
  if (!ok) throw new Error(`${name}: not a seedance-preflight JSON report (expected "profile", "assets" and "requests")`);
  return r;
}

// src/cli/gate-options.ts
import path2 from "node:path";
var MAX_REPORT_BYTES = 512 * 1024 * 1024;
function resolveGate(values, cwd) {
  let config;
  try {
    config = loadConfig({ cwd, configPath: values.config });
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(`config: ${e.message}`, "fix the config file, or point --config at another one");
    throw e;
  }
  return gateFrom(values, cwd, config);
}
var mergeReportsSpec = {
  format: gateSpec.format,
  "output-file": gateSpec["output-file"],
  "max-warnings": { type: "string", int: { min: -1 } },
  color: { type: "boolean" },
  help: { type: "boolean" }
};
var mergeReportsHelp = `Usage: seedance-preflight merge-reports <report.json...> [--format F] [--output-file F]

Merges JSON reports (e.g. one per --shard job) into one report, printed in any format.
Exit 0 when the merged report has no errors (and no more warnings than --max-warnings), else 1.
`;
async function mergeReportsCommand(argv, io, cwd = process.cwd()) {
  const { positionals, values } = parseArgs(argv, mergeReportsSpec, "merge-reports");
  if (values.help) return io.out(mergeReportsHelp), 0;
  if (positionals.length === 0) throw new UsageError("merge-reports needs at least one JSON report", "e.g. seedance-preflight merge-reports reports/*.json");
  const reports = positionals.map((f) => {
    let text;
    try {
      text = readRegularFileSync(path2.resolve(cwd, f), MAX_REPORT_BYTES).toString("utf8");
    } catch (e) {
      const why = e instanceof NotRegularFileError || e instanceof FileTooLargeError ? e.message : e.code ?? e.message;
      throw new UsageError(`cannot read ${f}: ${why}`, "give the JSON files lint --format json wrote");
    }
    try {
      return parseReport(text, f);
    } catch (e) {
      throw new UsageError(e.message, "give files written by lint --format json");
    }
  });
  const gate = {
    format: values.format ?? "json",
    outputFile: checkOutputFile(values["output-file"], cwd),
    config: null,
    resolver: configResolver(null, cwd),
    maxWarnings: values["max-warnings"] ?? -1,
    toolVersion: toolVersion()
  };
  return emitReport(mergeReports(reports), gate, io, { cwd, color: values.color === true });
}
export {
  CONFIG_NAMES,
  FORMATS,
  cachedProbe,
  changedFiles,
  checkOutputFile,
  ciRoot,
  emitReport,
  fileFilter,
  formatReport,
  gateFrom,
  gateSpec,
  mayHaveConfig,
  mergeReportsCommand,
  mergeReportsHelp,
  mergeReportsSpec,
  modelFor,
  resolveGate,
  resolveGateLazy,
  toolVersion
};
