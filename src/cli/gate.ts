import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Cache, type CacheStrategy, defaultCacheLocation, openCache, stableHash } from '../cache/index.js';
import { applyConfigToReport, configResolver, type ConfigResolver } from '../config/apply.js';
import type { LoadedConfig } from '../config/load.js';
import { profiles } from '../profiles/index.js';
import type { Thumbs } from '../reporters/html/types.js';
import { formatPretty, formatSummary } from '../reporters/pretty.js';
import { safeText } from '../lib/safe-text.js';
import { decodeFacts, encodeFacts, FACTS_LAYOUT } from '../cache/facts-codec.js';
import { errorsOnly } from '../report.js';
import { count } from '../messages/format.js';
import { type Shard, parseShard, shardOf } from '../shard.js';
import type { Facts, Report } from '../types.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { CONFIG_FILE, PACKAGE_KEY } from '../config/names.js';

// The CI gate without the config loader: a lint with no config file never loads zod (its schemas
// cost tens of ms at startup). gate-options.ts adds the loader and re-exports all of this.

export const FORMATS = ['pretty', 'json', 'sarif', 'junit', 'github', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Options to spread into lintSpec (format replaces the old pretty|json one). */
export const gateSpec = {
  format: { type: 'string', choices: FORMATS },
  'output-file': { type: 'string' },
  config: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'cache-strategy': { type: 'string', choices: ['metadata', 'content'] },
  shard: { type: 'string' },
} as const;

export interface Gate {
  format: Format;
  outputFile?: string;
  config: LoadedConfig | null;
  resolver: ConfigResolver;
  shard?: Shard;
  cache?: { location: string; strategy: CacheStrategy };
  /** --max-warnings, else the config's maxWarnings, else -1 (never). */
  maxWarnings: number;
  toolVersion: string;
}

export function toolVersion(): string {
  return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
}

export type GateValues = Record<string, string | boolean | number | string[] | undefined>;

/** Names the config loader looks for (config/schema.ts; a test keeps them equal). */
export const CONFIG_NAMES = { file: CONFIG_FILE, packageKey: PACKAGE_KEY } as const;

/** True when --config is given or a config file may be found upward from cwd (then the loader runs). */
export function mayHaveConfig(values: GateValues, cwd: string): boolean {
  if (values.config !== undefined) return true;
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (isFile(path.join(dir, CONFIG_NAMES.file))) return true;
    const pkg = path.join(dir, 'package.json');
    // a package.json that mentions the key, or that the loader would refuse (unreadable, not JSON), is its to judge
    if (isFile(pkg) && !plainPackage(pkg)) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

function plainPackage(file: string): boolean {
  try {
    const text = readFileSync(file, 'utf8');
    if (text.includes(`"${CONFIG_NAMES.packageKey}"`)) return false;
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** resolveGate, with the config loader imported only when there may be a config. */
export async function resolveGateLazy(values: GateValues, cwd: string): Promise<Gate> {
  if (mayHaveConfig(values, cwd)) return (await import('./gate-options.js')).resolveGate(values, cwd);
  return gateFrom(values, cwd, null);
}

/** --output-file checked before the run, not found out by the write after it. */
export function checkOutputFile(outputFile: string | undefined, cwd: string): string | undefined {
  if (outputFile !== undefined && (outputFile === '' || statSync(path.resolve(cwd, outputFile), { throwIfNoEntry: false })?.isDirectory())) {
    throw new UsageError(`--output-file ${outputFile} is ${outputFile === '' ? 'empty' : 'a folder'}; it takes a file name`, `e.g. --output-file ${path.join(outputFile || '.', 'report.json')}`);
  }
  return outputFile;
}

/** The gate from its flags and an already loaded config (resolveGate loads it). */
export function gateFrom(values: GateValues, cwd: string, config: LoadedConfig | null): Gate {
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    try {
      shard = parseShard(String(values.shard));
    } catch (e) {
      throw new UsageError((e as Error).message, 'e.g. --shard 1/4 in the first of four CI jobs');
    }
  }
  const outputFile = checkOutputFile(values['output-file'] as string | undefined, cwd);
  const cacheOn = values.cache === true || values['cache-location'] !== undefined;
  return {
    format: (values.format as Format | undefined) ?? 'pretty',
    outputFile,
    config,
    resolver: configResolver(config, cwd),
    shard,
    cache: cacheOn
      ? {
          location: (values['cache-location'] as string | undefined) ?? defaultCacheLocation(cwd),
          strategy: (values['cache-strategy'] as CacheStrategy | undefined) ?? 'metadata',
        }
      : undefined,
    maxWarnings: (values['max-warnings'] as number | undefined) ?? config?.config.maxWarnings ?? -1,
    toolVersion: toolVersion(),
  };
}

/** The profile for a run: --model, else the config's top-level profile. */
export function modelFor(gate: Gate, model: string | undefined): string | undefined {
  return model ?? gate.config?.config.profile;
}

/** Keeps a walked file when the config does not exclude it and it falls in this shard (root: cwd). */
export function fileFilter(gate: Gate, cwd: string, changed?: Set<string>): (file: string) => boolean {
  return (file) =>
    !(gate.config && gate.resolver.isExcluded(file)) &&
    (!gate.shard || shardOf(file, gate.shard.total, cwd) === gate.shard.index) &&
    (!changed || changed.has(path.resolve(cwd, file)));
}

/** Read failures that may pass on a retry are not cached. */
const TRANSIENT = new Set(['timeout', 'unreadable']);

export interface CachedProbe {
  probe: (file: string) => Promise<Facts>;
  /** LintOptions.probeSync: a hit answered from a stat, without a promise. */
  probeSync: (file: string) => Facts | undefined;
  cache: Cache<Facts>;
  /** Writes the cache; a message for stderr when it could not. */
  save(): Promise<string | null>;
}

/** Wraps a probe (LintOptions.probe) with the lint cache; the cached value is the file's Facts. */
export async function cachedProbe(
  gate: Gate,
  cwd: string,
  probe: (file: string, opts?: { deep?: boolean }) => Promise<Facts>,
  opts: { deep?: boolean } = {},
): Promise<CachedProbe> {
  if (!gate.cache) throw new Error('cachedProbe needs --cache');
  const deep = opts.deep ? { deep: true } : undefined;
  const cache = await openCache<Facts>({
    location: gate.cache.location,
    strategy: gate.cache.strategy,
    root: cwd,
    // facts stored as their values alone, `source` set to the path asked for
    codec: { encode: encodeFacts, decode: decodeFacts },
    // --deep facts carry decode checks the default run does not make: they never answer for each other
    key: { toolVersion: `${gate.toolVersion} ${FACTS_LAYOUT}`, profileHash: stableHash(profiles), configHash: stableHash(gate.config?.config ?? null), mode: deep && 'deep' },
  });
  // synchronous: a warm run is a stat per file, and a thread-pool round trip costs more than the stat.
  // Gone, unreadable or not a regular file: null, and the probe reports it.
  const regularStat = (file: string) => {
    try {
      const st = statSync(file, { throwIfNoEntry: false });
      return st?.isFile() ? st : null;
    } catch {
      return null;
    }
  };
  /** The stat probeSync made for a file it could not answer: lint calls probe for that file next. */
  let missed: { file: string; st: ReturnType<typeof regularStat> } | undefined;
  return {
    cache,
    async probe(file) {
      const st = missed?.file === file ? missed.st : regularStat(file);
      missed = undefined;
      if (!st) return probe(file, deep);
      // each hit is freshly decoded, with `source` the path asked for
      const hit = await cache.get(file, st);
      if (hit) return hit;
      const facts = await probe(file, deep);
      if (!facts.failure || !TRANSIENT.has(facts.failure.reason)) await cache.set(file, st, facts);
      return facts;
    },
    probeSync(file) {
      const st = regularStat(file);
      const hit = st ? cache.peek(file, st) : undefined;
      missed = hit ? undefined : { file, st };
      return hit;
    },
    async save() {
      return (await cache.save()) ? null : `seedance-preflight: could not write the cache at ${cache.file}; the next run starts cold\n`;
    },
  };
}

/**
 * Paths in CI formats are relative to this. GitHub resolves annotation and SARIF paths against the
 * repository root, so in Actions that is GITHUB_WORKSPACE even when the action runs in a sub-folder.
 */
export function ciRoot(cwd: string, env: NodeJS.ProcessEnv): string {
  const ws = env.GITHUB_ACTIONS === 'true' ? env.GITHUB_WORKSPACE : undefined;
  if (!ws) return cwd;
  const rel = path.relative(path.resolve(ws), path.resolve(cwd));
  return rel.startsWith('..') || path.isAbsolute(rel) ? cwd : path.resolve(ws);
}

/** The report in one format; each format's module is loaded when it is asked for (html alone is 50 kB). */
export async function formatReport(report: Report, format: Format, ctx: { cwd: string; toolVersion: string; color?: boolean; quiet?: boolean; thumbs?: Thumbs; tty?: boolean }): Promise<string> {
  switch (format) {
    // indented for a person at a terminal; one line for a pipe or a file (as ESLint), which reads it as data
    case 'json': return (await import('../reporters/json.js')).formatJson(report, { indent: ctx.tty ? 2 : 0 });
    case 'sarif': return (await import('../reporters/sarif.js')).formatSarif(report, ctx);
    case 'junit': return (await import('../reporters/junit.js')).formatJunit(report, ctx);
    case 'github': return (await import('../reporters/github.js')).formatGithub(report, ctx);
    case 'html': return (await import('../reporters/html/build.js')).buildHtml(report, ctx.thumbs ?? new Map(), ctx);
    default: return formatPretty(report, { color: ctx.color, quiet: ctx.quiet });
  }
}

/**
 * Applies the config's rule settings, prints or writes the report, appends the GitHub job summary, and
 * returns the exit code (0 ok, 1 errors or too many warnings).
 */
export async function emitReport(
  raw: Report,
  gate: Gate,
  io: Io,
  opts: { cwd: string; color?: boolean; quiet?: boolean; env?: NodeJS.ProcessEnv; thumbs?: Thumbs },
): Promise<number> {
  const report = applyConfigToReport(raw, gate.resolver);
  // --quiet shows errors only in every format; --max-warnings still counts the warnings (as ESLint)
  const shown = opts.quiet ? errorsOnly(report) : report;
  const env = opts.env ?? process.env;
  const ctx = { cwd: ciRoot(opts.cwd, env), toolVersion: gate.toolVersion, color: opts.color, quiet: opts.quiet, thumbs: opts.thumbs };
  if (gate.outputFile) {
    const file = path.resolve(opts.cwd, gate.outputFile);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await formatReport(shown, gate.format, { ...ctx, color: false }));
    // as ESLint's -o: the report goes to the file; the terminal gets one line saying where and how it went
    io.out(formatSummary(shown, { color: opts.color, quiet: opts.quiet, suffix: `; report in ${safeText(gate.outputFile)}` }));
  } else io.out(await formatReport(shown, gate.format, { ...ctx, tty: Boolean(io.stdout.isTTY) }));
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (gate.format === 'github' && summaryFile) appendFileSync(summaryFile, (await import('../reporters/github.js')).githubSummary(shown, { cwd: ctx.cwd }));
  const tooMany = gate.maxWarnings >= 0 && report.summary.warnings > gate.maxWarnings;
  if (tooMany && gate.format !== 'json') io.err(`seedance-preflight: ${count(report.summary.warnings, 'warning')}, more than the maximum of ${gate.maxWarnings}\n`);
  return report.ok && !tooMany ? 0 : 1;
}

/** Absolute paths of files changed since `ref` (committed since the merge base, uncommitted, untracked). */
export async function changedFiles(ref: string, cwd: string): Promise<Set<string>> {
  const git = async (...args: string[]) => {
    try {
      const [{ execFile }, { promisify }] = await Promise.all([import('node:child_process'), import('node:util')]);
      return (await promisify(execFile)('git', args, { cwd, maxBuffer: 64 << 20 })).stdout;
    } catch (e) {
      const msg = String((e as { stderr?: string }).stderr || (e as Error).message).trim().split('\n')[0];
      throw new UsageError(`--changed ${ref}: git ${args[0]} failed: ${msg}`, 'run inside a git checkout, with the ref fetched (e.g. fetch-depth: 0)');
    }
  };
  const top = (await git('rev-parse', '--show-toplevel')).trim();
  const base = (await git('merge-base', ref, 'HEAD')).trim();
  const diff = await git('diff', '--name-only', '-z', '--diff-filter=ACMRT', base);
  const untracked = await git('ls-files', '--others', '--exclude-standard', '-z');
  return new Set(`${diff}${untracked}`.split('\0').filter(Boolean).map((f) => path.resolve(top, f)));
}

