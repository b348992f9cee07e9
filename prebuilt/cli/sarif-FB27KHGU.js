import {
  codes
} from "./chunk-IO7I65UF.js";
import {
  fullText,
  isUrl,
  locatedProblems,
  uriReference
} from "./chunk-US6UJTEH.js";
import {
  safeJson
} from "./chunk-JOW2LR6I.js";

// src/reporters/sarif.ts
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://www.npmjs.com/package/seedance-preflight";
var LEVEL = { error: "error", warning: "warning", info: "note" };
var SRCROOT = "SRCROOT";
function describe(code) {
  return codes[code] ?? code;
}
function helpText(code, profile, source) {
  return `${describe(code)} Limits come from the profile in use (${profile})${source ? `, which follows ${source.title} (${source.url})` : ""}. To change how this is reported, set "rules": {"${code}": "off" | "info" | "warning" | "error"} in seedance-preflight.config.json (top level or in an "overrides" entry).`;
}
function fingerprint(ruleId, uri, occurrence) {
  return `${createHash("sha1").update(`${ruleId}\0${uri}`).digest("hex").slice(0, 16)}:${occurrence}`;
}
function formatSarif(report, ctx) {
  const located = locatedProblems(report);
  const ruleIndex = /* @__PURE__ */ new Map();
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  const results = located.map(({ source, problem }) => {
    let index = ruleIndex.get(problem.code);
    if (index === void 0) {
      index = rules.length;
      ruleIndex.set(problem.code, index);
      const text = helpText(problem.code, report.profile, problem.source);
      rules.push({
        id: problem.code,
        name: problem.code,
        shortDescription: { text: describe(problem.code) },
        fullDescription: { text: describe(problem.code) },
        // The document of the rule's first result; each result names its own in properties.source.
        ...problem.source && /^https?:\/\//i.test(problem.source.url) ? { helpUri: problem.source.url } : {},
        help: { text, markdown: text },
        defaultConfiguration: { level: LEVEL[problem.severity] ?? "warning" }
      });
    }
    const uri = uriReference(source, ctx.cwd);
    const key = `${problem.code}\0${uri}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const artifactLocation = isUrl(source) ? { uri } : { uri, uriBaseId: SRCROOT };
    const properties = { severity: problem.severity };
    if (problem.actual !== null && problem.actual !== void 0) properties.actual = problem.actual;
    if (problem.limit !== null && problem.limit !== void 0) properties.limit = problem.limit;
    if (problem.source) properties.source = problem.source;
    if (problem.ruling) properties.ruling = problem.ruling;
    return {
      ruleId: problem.code,
      ruleIndex: index,
      level: LEVEL[problem.severity] ?? "warning",
      message: { text: fullText(problem) },
      // No region: a finding is about the whole file (SARIF 3.29.4), and media has no lines.
      locations: [{ physicalLocation: { artifactLocation } }],
      partialFingerprints: { primaryLocationLineHash: fingerprint(problem.code, uri, occurrence) },
      properties
    };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "seedance-preflight",
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: INFORMATION_URI,
            rules
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: dirUri(ctx.cwd) } },
        results,
        properties: { profile: report.profile, summary: report.summary }
      }
    ]
  };
  return `${safeJson(JSON.stringify(log, null, 2))}
`;
}
function dirUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
export {
  INFORMATION_URI,
  SARIF_SCHEMA,
  formatSarif
};
