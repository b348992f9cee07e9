import { buildReport, isError } from '../report.js';
import type { Report, Severity } from '../types.js';
import { globList, relativeTo, type GlobList } from './globs.js';
import type { LoadedConfig } from './load.js';
import type { RuleSetting } from './schema.js';

export interface ConfigResolver {
  /** Not under `include` (when given) or matched by `ignore`. */
  isExcluded(file: string): boolean;
  /** Top-level profile, then the last matching override's; undefined when the config names none. */
  profileFor(file: string): string | undefined;
  /** Top-level rules, then each matching override in order (later wins). */
  rulesFor(file: string): Record<string, RuleSetting>;
  /** true when no rule setting exists (no config, or one without `rules`): reports pass through untouched. */
  readonly noRules?: boolean;
}

/**
 * Answers per file from a loaded config (or none). Files are paths as given (relative to `cwd`) or
 * absolute; globs are matched relative to the config's folder; URLs get only the top-level settings.
 */
export function configResolver(loaded: LoadedConfig | null, cwd: string): ConfigResolver {
  const config = loaded?.config ?? {};
  const dir = loaded?.dir ?? cwd;
  const include: GlobList | null = config.include?.length ? globList(config.include) : null;
  const ignore = globList(config.ignore ?? []);
  const overrides = (config.overrides ?? []).map((o) => ({
    test: globList(typeof o.files === 'string' ? [o.files] : o.files),
    profile: o.profile,
    rules: o.rules ?? {},
  }));
  const rel = (file: string) => relativeTo(dir, file, cwd);
  return {
    noRules: !Object.keys(config.rules ?? {}).length && overrides.every((o) => !Object.keys(o.rules).length),
    isExcluded(file) {
      const r = rel(file);
      if (r === null) return false;
      return (include !== null && !include(r)) || ignore(r);
    },
    profileFor(file) {
      const r = rel(file);
      let profile = config.profile;
      if (r !== null) for (const o of overrides) if (o.profile && o.test(r)) profile = o.profile;
      return profile;
    },
    rulesFor(file) {
      const r = rel(file);
      const rules: Record<string, RuleSetting> = { ...config.rules };
      if (r !== null) for (const o of overrides) if (o.test(r)) Object.assign(rules, o.rules);
      return rules;
    },
  };
}

interface Graded {
  code: string;
  severity: Severity;
}

/** Findings or problems of one file with the config's rule settings applied: "off" drops them. */
export function applyRules<T extends Graded>(rules: Record<string, RuleSetting>, items: readonly T[]): T[] {
  const out: T[] = [];
  for (const item of items) {
    const setting = rules[item.code];
    if (setting === 'off') continue;
    out.push(setting ? { ...item, severity: setting } : item);
  }
  return out;
}

/** `applyRules` for many files at once: [{file, findings}] in, the same shape out. */
export function applyConfig<T extends Graded>(
  resolver: ConfigResolver,
  findingsPerFile: readonly { file: string; findings: readonly T[] }[],
): { file: string; findings: T[] }[] {
  return findingsPerFile.map(({ file, findings }) => ({ file, findings: applyRules(resolver.rulesFor(file), findings) }));
}

/** A report with the config's rule settings applied to every asset and request; ok and summary recounted. */
export function applyConfigToReport(report: Report, resolver: ConfigResolver): Report {
  if (resolver.noRules) return report;
  const assets = report.assets.map((a) => {
    const problems = applyRules(resolver.rulesFor(a.source), a.problems);
    return { ...a, problems, ok: !problems.some(isError) };
  });
  const requests = report.requests.map((r) => {
    const problems = applyRules(resolver.rulesFor(r.source), r.problems);
    return { ...r, problems, ok: !problems.some(isError) };
  });
  return { ...buildReport(report.profile, assets, requests), ...(report.total ? { total: report.total } : {}) };
}
