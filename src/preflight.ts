import { existsSync, statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { readRegularHead } from './lib/read-regular.js';
import { availableParallelism } from 'node:os';
import { dirname, extname, relative, resolve } from 'node:path';
import { isInside } from './walk.js';
import { blankFacts } from './probes/facts.js';
import type { Facts, Report } from './types.js';
import type { CheckedRequest } from './request-report.js';
import type { AssetRef, NormalizedRequest } from './manifest/types.js';
import { mapPool } from './lib/pool.js';
import { buildReport } from './report.js';
import type { RemoteRun } from './remote/run.js';
import { PreflightUsageError } from './errors.js';
import { findProfile, profileIds } from './profiles/index.js';
import type { AigptimageRequest, EvolinkRequest, EvolinkTagsRequest, MiniRequest } from './schemas/index.js';

/** A request body in any dialect the profiles know (the types come from the zod schemas that check them). */
export type PreflightRequest = EvolinkRequest | EvolinkTagsRequest | MiniRequest | AigptimageRequest;

export interface PreflightOptions {
  /** Profile id or model name; default: chosen from the request's model and shape. */
  model?: string;
  /** User profiles (profile-file objects, or profiles from loadProfileFiles); see LintOptions.profiles. */
  profiles?: readonly unknown[];
  /** Folder that relative asset paths in a request object resolve against (default: cwd). */
  baseDir?: string;
  /** Name of the request in the report (default: the manifest path, or "request"). */
  source?: string;
  concurrency?: number;
  probe?: (path: string) => Promise<Facts>;
  allowPrivateUrls?: boolean;
  /** Decode-level checks for every asset (see LintOptions.deep). */
  deep?: boolean;
  /**
   * The run the request's URLs share connections, DNS answers and a deadline with: a RemoteRun
   * instance, or a function giving one. Default: one for this call, closed at its end.
   */
  remoteRun?: RemoteRun | (() => Promise<RemoteRun>);
  /** Read asset files outside the manifest's folder (and `roots`), symlinks included. Default false for a manifest file. */
  followSymlinksOutside?: boolean;
  /** Real paths of further folders a manifest's assets may be in (lint passes the folders it was given). */
  roots?: string[];
}

export type { CheckedRequest } from './request-report.js';

/**
 * Checks one request: a body object in either dialect, or a path to a manifest file.
 * Resolves with a report; only an unknown `model` option rejects.
 *
 * @example
 *   const report = await preflight({ model: 'seedance-2.0-reference-to-video', prompt: 'image 1 at dusk',
 *     image_urls: ['hero.png'] }, { baseDir: 'assets' });
 *   report.ok; // false when any asset or request rule failed
 *   for (const p of problems(report)) console.log(p.subject, p.code, p.message); // the request's and its assets'
 *   report.requests[0].billing; // { billableSeconds, estimatedCredits, ... }
 */
export function preflight(request: PreflightRequest | string, options: PreflightOptions = {}): Promise<Report> {
  return preflightAny(request, options);
}

/** preflight() for a body not known to match a dialect (a parsed file, a tool call): the schemas check it. */
export async function preflightAny(request: unknown, given: PreflightOptions = {}): Promise<Report> {
  const options = { ...given, profiles: await (await import('./profiles/parse.js')).userProfiles(given.profiles) };
  if (options.model && !findProfile(options.model, options.profiles)) {
    throw new PreflightUsageError('unknown_profile', `unknown model or profile '${options.model}'`, `use one of: ${profileIds(options.profiles).join(', ')}`);
  }
  const checked = typeof request === 'string'
    ? await checkManifestFile(request, options)
    : await checkNormalized((await manifests()).normalizeRequest(request, options.source ?? 'request', { profile: options.model, profiles: options.profiles, baseDir: options.baseDir ?? process.cwd(), checkEscapes: false }), options);
  return buildReport(checked.request.profile, checked.assets, [checked.request]);
}

export async function checkManifestFile(path: string, options: PreflightOptions = {}): Promise<CheckedRequest> {
  const req = await (await manifests()).loadManifest(path, { profile: options.model, profiles: await (await import('./profiles/parse.js')).userProfiles(options.profiles) });
  if (options.followSymlinksOutside) return checkNormalized(req, options);
  // a manifest (a file in someone's repository) may name any path: only its own folder and the folders given are read
  const home = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
  return checkNormalized(req, { ...options, roots: [home, ...(options.roots ?? [])] });
}

/** The manifest parser and request rules (zod schemas) load only when a request is checked. */
const manifests = () => import('./manifest/index.js');

async function checkNormalized(req: NormalizedRequest, options: PreflightOptions): Promise<CheckedRequest> {
  const [probes, { requestReport }] = await Promise.all([import('./probes/index.js'), import('./request-report.js')]);
  const probeFile = options.probe ?? ((p: string) => probes.probe(p, { deep: options.deep }));
  const refs = [...req.images, ...req.videos, ...req.audios];
  const local = [...new Set(refs.flatMap((r) => (r.location.type === 'path' ? [r.location.path] : [])))];
  const present = await presentPaths(local);
  // with roots (a manifest file), a path whose real target is outside them is reported, never read
  const outside = new Map<string, string>();
  if (options.roots && !options.followSymlinksOutside) {
    for (const p of present) {
      const real = await realpath(p).catch(() => p);
      if (!options.roots.some((r) => isInside(real, r))) outside.set(p, real);
    }
  }
  const existing = present.filter((p) => !outside.has(p));
  const urls = [...new Set(refs.flatMap((r) => (r.location.type === 'url' ? [r.location.url] : [])))];
  // Network reads are not CPU work: all URLs go at once, sharing one run, while local files take the pool.
  const given = options.remoteRun;
  const own = urls.length && !given ? new (await import('./remote/run.js')).RemoteRun() : undefined;
  const run = typeof given === 'function' ? await given() : (given ?? own);
  // Keyed by absolute path or URL as written.
  const factsByKey = new Map<string, Facts>();
  try {
    const remote = Promise.all(urls.map(async (u) => [u, await probes.probe(u, { allowPrivateUrls: options.allowPrivateUrls, deep: options.deep, remoteRun: run })] as const));
    remote.catch(() => {}); // awaited below; a rejection must not go unhandled while local files run
    const jobs = existing.map((p) => ({ key: p, run: async () => ({ ...(await probeFile(p)), source: displayPath(p) }) }));
    for await (const f of mapPool(jobs, options.concurrency ?? availableParallelism(), async (j) => ({ key: j.key, facts: await j.run() }))) {
      factsByKey.set(f.key, f.facts);
    }
    for (const [p, real] of outside) {
      factsByKey.set(p, { ...blankFacts(displayPath(p), extname(p).slice(1).toLowerCase()), failure: { reason: 'outside_roots', detail: real } });
    }
    // reports list local files first, then URLs, as before
    for (const [u, f] of await remote) factsByKey.set(u, f);
  } finally {
    await own?.close();
  }
  const factsOf = (ref: AssetRef) => factsByKey.get(ref.location.type === 'path' ? ref.location.path : ref.location.type === 'url' ? ref.location.url : '');
  return requestReport(req, { factsOf, probed: [...factsByKey.values()], exists: existsSync, display: displayPath });
}

/**
 * The paths that exist, in order. Synchronous stats in slices: the promise API builds a thrown error
 * with its stack for every missing path (about 60 µs each, 6 s for a manifest of 100,000 names);
 * yielding between slices keeps signals and timers served.
 */
async function presentPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < paths.length; i++) {
    try {
      if (statSync(paths[i], { throwIfNoEntry: false })) out.push(paths[i]);
    } catch {
      // unreadable (EACCES, ELOOP, a name too long): not present, as before
    }
    if (i % 1000 === 999) await new Promise((r) => setImmediate(r));
  }
  return out;
}

/** Paths under the working directory are shown relative to it, as a person typed them. */
function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') ? rel : resolve(abs);
}

/** A .json file found while walking a folder is a manifest only when it has a request's shape. */
export async function looksLikeRequest(path: string): Promise<boolean> {
  // non-blocking and regular files only: a FIFO named request.json must not hang the walk
  const bytes = await readRegularHead(path, 64 * 1024);
  if (!bytes) return false;
  const head = bytes.toString('utf8');
  return /^\s*\{/.test(head) && /"(model|prompt|image_urls|video_urls|audio_urls|input)"\s*:/.test(head);
}
