import { safeJson } from '../lib/safe-text.js';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { codes } from '../rules/codes.js';
import type { Citation, Report, Severity } from '../types.js';
import { type FormatContext, fullText, isUrl, locatedProblems, uriReference } from './location.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/seedance-preflight';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/** Uri base for local files, so viewers can resolve the relative uris. */
const SRCROOT = 'SRCROOT';

function describe(code: string): string {
  return (codes as Record<string, string>)[code] ?? code;
}

function helpText(code: string, profile: string, source: Citation | null): string {
  return (
    `${describe(code)} Limits come from the profile in use (${profile})` +
    `${source ? `, which follows ${source.title} (${source.url})` : ''}. ` +
    `To change how this is reported, set "rules": {"${code}": "off" | "info" | "warning" | "error"} ` +
    'in seedance-preflight.config.json (top level or in an "overrides" entry).'
  );
}

/** GitHub tracks a result across commits by this; it must not change with the measured value. */
function fingerprint(ruleId: string, uri: string, occurrence: number): string {
  return `${createHash('sha1').update(`${ruleId}\0${uri}`).digest('hex').slice(0, 16)}:${occurrence}`;
}

/** The report as a SARIF 2.1.0 log (one run), accepted by GitHub code scanning. */
export function formatSarif(report: Report, ctx: FormatContext): string {
  const located = locatedProblems(report);
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  const seen = new Map<string, number>();
  const results = located.map(({ source, problem }) => {
    let index = ruleIndex.get(problem.code);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(problem.code, index);
      const text = helpText(problem.code, report.profile, problem.source);
      rules.push({
        id: problem.code,
        name: problem.code,
        shortDescription: { text: describe(problem.code) },
        fullDescription: { text: describe(problem.code) },
        // The document of the rule's first result; each result names its own in properties.source.
        ...(problem.source && /^https?:\/\//i.test(problem.source.url) ? { helpUri: problem.source.url } : {}),
        help: { text, markdown: text },
        defaultConfiguration: { level: LEVEL[problem.severity] ?? 'warning' },
      });
    }
    const uri = uriReference(source, ctx.cwd);
    const key = `${problem.code}\0${uri}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const artifactLocation = isUrl(source) ? { uri } : { uri, uriBaseId: SRCROOT };
    const properties: Record<string, unknown> = { severity: problem.severity };
    if (problem.actual !== null && problem.actual !== undefined) properties.actual = problem.actual;
    if (problem.limit !== null && problem.limit !== undefined) properties.limit = problem.limit;
    if (problem.source) properties.source = problem.source;
    if (problem.ruling) properties.ruling = problem.ruling;
    return {
      ruleId: problem.code,
      ruleIndex: index,
      level: LEVEL[problem.severity] ?? 'warning',
      message: { text: fullText(problem) },
      // No region: a finding is about the whole file (SARIF 3.29.4), and media has no lines.
      locations: [{ physicalLocation: { artifactLocation } }],
      partialFingerprints: { primaryLocationLineHash: fingerprint(problem.code, uri, occurrence) },
      properties,
    };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'seedance-preflight',
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: dirUri(ctx.cwd) } },
        results,
        properties: { profile: report.profile, summary: report.summary },
      },
    ],
  };
  return `${safeJson(JSON.stringify(log, null, 2))}\n`;
}

function dirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
