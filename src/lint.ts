import { lstat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, sep } from 'node:path';
import { resolvePlain } from './lib/plain-path.js';
import type { AssetReport, Facts, Report, RequestReport } from './types.js';
import type { Profile } from './profiles/types.js';
import { defaultProfile, findProfile, profileIds } from './profiles/index.js';
import { userProfiles } from './profiles/parse.js';
import { PreflightUsageError } from './errors.js';
import { realRoots, walkBatches, type WalkEntry } from './walk.js';
import { blankFacts } from './probes/facts.js';
import { runOrdered } from './lib/ordered.js';
import { prefetchBatches } from './lib/prefetch.js';
import { checkAsset } from './rules/asset/index.js';
import { assetReport, buildReport } from './report.js';
import { checkManifestFile, looksLikeRequest } from './preflight.js';
import type { ProbeOptions } from './probes/index.js';
import { isUrl } from './probes/is-url.js';
import { extensionOf } from './probes/sniff.js';
import type { RemoteRun } from './remote/run.js';

/** The extension, lower case: string arithmetic where paths use '/' (node:path's extname cost more than the cache lookup in a warm run). */
const extOf = sep === '/' ? extensionOf : (p: string) => extname(p).slice(1).toLowerCase();

/** probes/probe, loaded on the first file that needs probing: a run answered from the cache never loads them. */
let probes: Promise<typeof import('./probes/index.js')> | undefined;
export const lazyProbe = async (path: string, opts?: ProbeOptions): Promise<Facts> => (await (probes ??= import('./probes/index.js'))).probe(path, opts);

export interface LintOptions {
  /** Profile id or model name for loose files (manifests pick their own unless this is set). */
  model?: string;
  /**
   * User profiles: objects in the profile-file format (schema/profile.schema.json), or profiles from
   * loadProfileFiles. `model` and manifests' `model` values find them first.
   */
  profiles?: readonly unknown[];
  /** Files probed at once; default: the number of cores. */
  concurrency?: number;
  /**
   * Called after each entry found (file, manifest, URL; also those the run then skips), in order: `done`
   * of `total` found so far. The folder walk runs ahead of the checks, so `total` is final early.
   */
  onProgress?: (event: { done: number; total: number; source: string }) => void;
  /** Probe used for every local file (the cache wraps it); default: probes/probe. URLs always use probes/probe. */
  probe?: (path: string) => Promise<Facts>;
  /**
   * A local file's facts when they are at hand without waiting (a cache answered from a stat), else
   * undefined and `probe` runs. Such files cost no promise and no concurrency slot.
   */
  probeSync?: (path: string) => Facts | undefined;
  /** Let URLs resolve to private or loopback addresses (staging, tests). */
  allowPrivateUrls?: boolean;
  /** Keeps a file or manifest when true (config ignores, --shard, --changed); default: all. */
  accept?: (path: string) => boolean;
  /** A per-file profile for loose media files (config overrides); default: `model`. */
  profileFor?: (path: string) => string | undefined;
  /** Decode-level checks (full image decode, every packet demuxed): slower. Default false. */
  deep?: boolean;
  /** Wall-clock bound on all network work of the run (every URL together). Default 120 s. */
  networkDeadlineMs?: number;
  /** Budget gate: request.budget (error) when a request, or the run together, costs more credits or billable seconds. */
  maxCredits?: number;
  maxSeconds?: number;
  /**
   * Read files that symlinks (or manifest paths) lead to outside the folders given. Default false:
   * such a file is a `file.outside_roots` finding, never read, previewed or uploaded.
   */
  followSymlinksOutside?: boolean;
}

/** Media extensions are always reported; other files found in folders are kept only when their content is media. */
const MEDIA_EXT = new Set(['jpg', 'jpeg', 'png', 'webp', 'gif', 'bmp', 'tif', 'tiff', 'heic', 'heif', 'avif', 'mp4', 'm4v', 'mov', 'qt', 'mkv', 'webm', 'avi', 'mp3', 'wav', 'flac', 'ogg', 'oga', 'm4a', 'aac', 'opus']);

export function resolveProfile(model?: string, user: readonly Profile[] = []): Profile {
  if (!model) return defaultProfile;
  const p = findProfile(model, user);
  if (!p) throw new PreflightUsageError('unknown_profile', `unknown model or profile '${model}'`, `use one of: ${profileIds(user).join(', ')}`);
  return p;
}

/** A path that does not exist is a usage mistake (URLs are checked when probed). */
export async function assertPathsExist(paths: string[]): Promise<void> {
  for (const p of paths) {
    if (!isUrl(p) && !(await lstat(p).catch(() => null))) {
      throw new PreflightUsageError('path_not_found', `no such file or folder: ${p}`, 'check the path, or quote names with spaces');
    }
  }
}

/**
 * Lints files, URLs, folders (recursively) and request manifests (.json). Every bad input becomes a
 * finding on that input; only a path that does not exist or an unknown model (usage mistakes) rejects.
 *
 * @example
 *   const report = await lint(['assets/', 'request.json'], { concurrency: 4 });
 *   for (const a of report.assets) if (!a.ok) console.log(a.source, a.problems.map((p) => p.code));
 */
export async function lint(input: string | readonly string[], given: LintOptions = {}): Promise<Report> {
  const options = { ...given, profiles: await userProfiles(given.profiles) };
  // one path is one path, not a list of letters
  const paths = typeof input === 'string' ? [input] : [...input];
  const profile = resolveProfile(options.model, options.profiles);
  await assertPathsExist(paths);
  const deep = options.deep ?? false;
  const probeFile = options.probe ?? ((p: string) => lazyProbe(p, { deep }));
  // Every URL of the run shares one RemoteRun (connections, DNS, redirects, the deadline), made on the first URL.
  let remote: Promise<RemoteRun> | undefined;
  const remoteRun = () => (remote ??= import('./remote/run.js').then((m) => new m.RemoteRun({ deadlineMs: options.networkDeadlineMs })));
  const probeUrl = async (u: string) => lazyProbe(u, { allowPrivateUrls: options.allowPrivateUrls, deep, remoteRun: await remoteRun() });
  // URLs always go to the real probe (the cache keys files by stat, which a URL has not).
  const probe = memo((p: string) => (isUrl(p) ? probeUrl(p) : probeFile(p)));
  try {
    return await lintWith(paths, options, profile, probe, remoteRun);
  } finally {
    if (remote) await (await remote).close();
  }
}

async function lintWith(
  paths: string[],
  options: LintOptions & { profiles: Profile[] },
  profile: Profile,
  probe: (path: string) => Promise<Facts>,
  remoteRun: () => Promise<RemoteRun>,
): Promise<Report> {
  const deep = options.deep ?? false;
  // Network reads are not CPU work: every URL given is in flight from the start (the run bounds them
  // per host); the pool below then finds them under way instead of starting two at a time.
  for (const u of paths.filter(isUrl)) probe(u).catch(() => {});
  const concurrency = options.concurrency ?? availableParallelism();
  const assets: AssetReport[] = [];
  const requests: RequestReport[] = [];
  let done = 0;

  const profileOf = (path: string) => {
    const id = options.profileFor?.(path);
    return id ? resolveProfile(id, options.profiles) : profile;
  };

  const follow = options.followSymlinksOutside ?? false;
  // a manifest's assets may be in its own folder or in any folder given
  const roots = follow ? undefined : await realRoots(paths.filter((p) => !isUrl(p)));
  type Result = { asset?: AssetReport; request?: { request: RequestReport; assets: AssetReport[] } } | null;
  const checked = (e: WalkEntry, facts: Facts): Result => ({ asset: assetReport(facts, checkAsset(facts, profileOf(e.path))) });
  const verdict = (e: WalkEntry, ext: string, facts: Facts): Result =>
    !e.explicit && !MEDIA_EXT.has(ext) && (facts.kind === null || facts.failure) ? null : checked(e, facts);
  // a plain value when the answer is at hand (probeSync: a warm cache), else a promise
  const one = (e: WalkEntry): Result | Promise<Result> => {
    if (options.accept && !options.accept(e.path)) return null;
    const ext = extOf(e.path);
    if (e.outside) {
      return checked(e, { ...blankFacts(e.path, ext), failure: { reason: 'outside_roots', detail: e.outside } });
    }
    if (ext === 'json') return manifest(e);
    const known = options.probeSync && !isUrl(e.path) ? options.probeSync(e.path) : undefined;
    if (known) return verdict(e, ext, known);
    return probe(e.path).then((facts) => verdict(e, ext, facts));
  };
  const manifest = async (e: WalkEntry): Promise<Result> => {
    if (!e.explicit && !(await looksLikeRequest(e.path))) return null;
    // A manifest names its own model; only an explicit --model overrides it, never a config default.
    return { request: await checkManifestFile(e.path, { model: options.model, profiles: options.profiles, probe, allowPrivateUrls: options.allowPrivateUrls, deep, remoteRun, followSymlinksOutside: follow, roots }) };
  };

  const entries = async function* (): AsyncGenerator<WalkEntry[]> {
    yield paths.filter(isUrl).map((p) => ({ path: p, explicit: true }));
    yield* walkBatches(paths.filter((p) => !isUrl(p)), { followSymlinksOutside: follow });
  };
  const found = prefetchBatches(entries());
  await runOrdered(found, concurrency, one, (r, e) => {
    options.onProgress?.({ done: ++done, total: found.count, source: e.path });
    if (!r) return;
    if (r.asset) assets.push(r.asset);
    if (r.request) {
      requests.push(r.request.request);
      assets.push(...r.request.assets);
    }
  });
  const report = buildReport(profile.id, dedupe(assets), requests);
  if (options.maxCredits === undefined && options.maxSeconds === undefined) return report;
  return (await import('./budget.js')).applyBudget(report, { maxCredits: options.maxCredits, maxSeconds: options.maxSeconds });
}

/** One probe per file even when a folder and a manifest both name it. */
function memo(probe: (path: string) => Promise<Facts>): (path: string) => Promise<Facts> {
  const seen = new Map<string, Promise<Facts>>();
  const cwd = process.cwd();
  return (path) => {
    const key = resolvePlain(cwd, path);
    let p = seen.get(key);
    if (!p) seen.set(key, (p = probe(path)));
    return p;
  };
}

/** A file both given directly and named by a manifest is reported once (the first verdict). */
function dedupe(assets: AssetReport[]): AssetReport[] {
  const seen = new Set<string>();
  return assets.filter((a) => (seen.has(a.source) ? false : (seen.add(a.source), true)));
}
