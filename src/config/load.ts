import { statSync } from 'node:fs';
import { FileTooLargeError, NotRegularFileError, readRegularFileSync } from '../lib/read-regular.js';
import { safeText } from '../lib/safe-text.js';
import { refuseGlob } from './globs.js';
import path from 'node:path';
import type { z } from 'zod';
import { CONFIG_FILE, type Config, ConfigSchema, PACKAGE_KEY } from './schema.js';

const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

export interface LoadedConfig {
  config: Config;
  /** The file it came from (a config file or a package.json). */
  file: string;
  /** Globs are relative to this folder. */
  dir: string;
}

/** A config that cannot be used; the message names the file and what is wrong. Exit 2 in the CLI. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`}`);
    this.name = 'ConfigError';
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function readJson(file: string): unknown {
  let text: string;
  try {
    // a config (or package.json) is a file in the repository: regular files only, non-blocking, capped
    text = readRegularFileSync(file, MAX_CONFIG_BYTES).toString('utf8');
  } catch (e) {
    const why = e instanceof NotRegularFileError || e instanceof FileTooLargeError ? e.message : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
    throw new ConfigError(file, [`cannot read it (${why})`]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigError(file, [`not valid JSON: ${(e as Error).message}`]);
  }
}

function where(pathParts: PropertyKey[], prefix: string): string {
  let s = prefix;
  for (const k of pathParts) s += typeof k === 'number' ? `[${k}]` : s ? `.${String(k)}` : String(k);
  return s ? `in ${s}` : 'at the top level';
}

/** zod issues as sentences that name the key and where it is. */
function describeIssues(error: z.ZodError, prefix: string): string[] {
  return error.issues.map((issue) => {
    const at = where(issue.path, prefix);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const isRules = issue.path[issue.path.length - 1] === 'rules';
      return isRules ? `unknown rule code ${keys} ${at}` : `unknown key ${keys} ${at}`;
    }
    return `${where(issue.path, prefix).replace(/^in /, '')}: ${issue.message}`;
  });
}

function parseConfig(value: unknown, file: string, prefix: string): Config {
  const result = ConfigSchema.safeParse(value);
  if (!result.success) throw new ConfigError(file, describeIssues(result.error, prefix));
  const c = result.data;
  const globs: [string, string][] = [
    ...(c.include ?? []).map((g, i) => [`include[${i}]`, g] as [string, string]),
    ...(c.ignore ?? []).map((g, i) => [`ignore[${i}]`, g] as [string, string]),
    ...(c.overrides ?? []).flatMap((o, i) => (Array.isArray(o.files) ? o.files : [o.files]).map((g, j) => [`overrides[${i}].files${Array.isArray(o.files) ? `[${j}]` : ''}`, g] as [string, string])),
  ];
  const refused = globs.flatMap(([at, g]) => {
    const why = refuseGlob(g.replace(/^!/, ''));
    return why ? [`${prefix ? `${prefix}.` : ''}${at}: the glob "${safeText(g.length > 80 ? `${g.slice(0, 80)}…` : g)}" is refused: ${why}, which can make matching take exponential time`] : [];
  });
  if (refused.length) throw new ConfigError(file, refused);
  return c;
}

/** Reads one config file; a package.json is read for its "seedancePreflight" key. */
export function readConfigFile(file: string): LoadedConfig {
  const abs = path.resolve(file);
  if (!isFile(abs)) throw new ConfigError(abs, ['no such file']);
  const json = readJson(abs);
  const dir = path.dirname(abs);
  if (path.basename(abs) === 'package.json') {
    const value = (json as Record<string, unknown> | null)?.[PACKAGE_KEY];
    if (value === undefined) throw new ConfigError(abs, [`has no "${PACKAGE_KEY}" key`]);
    return { config: parseConfig(value, abs, PACKAGE_KEY), file: abs, dir };
  }
  return { config: parseConfig(json, abs, ''), file: abs, dir };
}

/** A package.json that has the key (one without it does not stop the search). */
function packageWithKey(file: string): boolean {
  if (!isFile(file)) return false;
  const json = readJson(file);
  return !!json && typeof json === 'object' && PACKAGE_KEY in json;
}

/**
 * The nearest config from `cwd` up to the filesystem root: in each folder the config file first,
 * then a package.json with a "seedancePreflight" key. null when there is none.
 */
export function findConfigFile(cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (;;) {
    const own = path.join(dir, CONFIG_FILE);
    if (isFile(own)) return own;
    const pkg = path.join(dir, 'package.json');
    if (packageWithKey(pkg)) return pkg;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** `--config F` when given (must exist), else the nearest config upward from cwd, else null. */
export function loadConfig(opts: { cwd: string; configPath?: string }): LoadedConfig | null {
  if (opts.configPath) return readConfigFile(path.resolve(opts.cwd, opts.configPath));
  const found = findConfigFile(opts.cwd);
  return found ? readConfigFile(found) : null;
}
