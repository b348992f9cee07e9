/**
 * seedance-preflight/browser: the same rules, messages and in-process readers as the Node build,
 * over dropped files (Blobs) in a page. Facts no browser facility can give (the frame rate of a
 * WebM, say) are reported as `file.unverified`, never passed silently.
 *
 * @example
 *   import { checkFiles } from 'seedance-preflight/browser';
 *   input.onchange = async () => {
 *     const report = await checkFiles([...input.files]);
 *     for (const a of report.assets) for (const p of a.problems) console.log(a.source, p.code, p.message);
 *   };
 */
import type { AssetReport, Facts, Report } from '../types.js';
import type { Profile } from '../profiles/types.js';
import type { AssetRef, PathOps } from '../manifest/types.js';
import { defaultProfile, findProfile, profileIds } from '../profiles/index.js';
import { probeSource } from '../probes/pipeline.js';
import { blankFacts } from '../probes/facts.js';
import { checkAsset } from '../rules/asset/index.js';
import { assetReport, buildReport } from '../report.js';
import { mapPool } from '../lib/pool.js';
import { blobSource, type CountingSource } from './source.js';
import { browserFallbacks } from './fallbacks.js';

export type { Report, AssetReport, RequestReport, Facts, Problem, Severity, Kind } from '../types.js';
export type { Profile } from '../profiles/types.js';
/** Ids of the built-in profiles (for a model picker). */
export { profileIds } from '../profiles/index.js';

export interface BrowserCheckOptions {
  /** Profile id or model name (default: the default profile; a request picks its own unless this is set). */
  model?: string;
  /** Extra profiles (same shape as the built-in ones), found by `model` before the built-in ones. */
  profiles?: Profile[];
  /** Budget per file; a file that takes longer is a `file.probe_failed` finding. Default 15 s. */
  timeoutMs?: number;
  /** Files read at once. Default 4. */
  concurrency?: number;
  /** Called after each file with the bytes read from it (the page shows them). */
  onFile?: (event: { source: string; bytesRead: number; done: number; total: number }) => void;
}

export interface RequestCheckOptions extends BrowserCheckOptions {
  /** Name of the request in the report, e.g. the manifest's file name (default "request"). */
  source?: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** A profile by id or model name, the caller's first; an unknown one is a usage mistake. */
function profileFor(model: string | undefined, extra: Profile[] = []): Profile | undefined {
  if (!model) return undefined;
  const p = extra.find((x) => x.id === model) ?? extra.find((x) => x.models?.includes(model)) ?? findProfile(model);
  if (!p) throw new Error(`unknown model or profile '${model}': use one of ${[...extra.map((x) => x.id), ...profileIds()].join(', ')}`);
  return p;
}

const nameOf = (f: Blob, i: number) => (typeof (f as File).name === 'string' && (f as File).name ? (f as File).name : `file-${i + 1}`);

/** Several reports as one (e.g. a request's and the loose files dropped with it), each asset once. */
export function mergeReports(reports: Report[]): Report {
  const seen = new Set<string>();
  const assets = reports.flatMap((r) => r.assets).filter((a) => (seen.has(a.source) ? false : (seen.add(a.source), true)));
  return buildReport(reports.find((r) => r.requests.length)?.profile ?? reports[0]?.profile ?? defaultProfile.id, assets, reports.flatMap((r) => r.requests));
}

/** One Blob -> Facts through the shared pipeline, with the bytes it cost. */
export async function probeBlob(blob: Blob, name: string, options: Pick<BrowserCheckOptions, 'timeoutMs'> = {}): Promise<{ facts: Facts; bytesRead: number }> {
  const src = blobSource(blob, name);
  const facts = await probeSource(src, browserFallbacks(() => blob), { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  return { facts, bytesRead: src.bytesRead() };
}

/**
 * Checks dropped files as `lint` checks files: the same Report as `lint --format json`, with each
 * asset's `source` the file's name. Rejects only for an unknown `model`.
 */
export async function checkFiles(files: ArrayLike<Blob>, options: BrowserCheckOptions = {}): Promise<Report> {
  const profile = profileFor(options.model, options.profiles) ?? defaultProfile;
  const list = Array.from(files);
  const assets: AssetReport[] = [];
  let done = 0;
  for await (const r of mapPool(list, options.concurrency ?? 4, (f, i) => probeBlob(f, nameOf(f, i), options))) {
    assets.push(assetReport(r.facts, checkAsset(r.facts, profile)));
    options.onFile?.({ source: r.facts.source, bytesRead: r.bytesRead, done: ++done, total: list.length });
  }
  return buildReport(profile.id, assets, []);
}

/**
 * Checks a request body (either dialect) whose asset strings name dropped files (by name, or by
 * the path the manifest wrote when `files` is a record keyed by it) or URLs. URLs are read with
 * range requests where the server's CORS policy allows it; otherwise the report says the URL
 * could not be checked from the page (request.url_not_checked, with the reason).
 */
export async function checkRequest(request: unknown, files: ArrayLike<Blob> | Record<string, Blob> = [], options: RequestCheckOptions = {}): Promise<Report> {
  const [{ normalizeWith }, { requestReport }, { openUrl }] = await Promise.all([import('../manifest/request.js'), import('../request-report.js'), import('./url.js')]);
  const custom = profileFor(options.model, options.profiles);
  const byName = fileTable(files);
  const req = normalizeWith(request, options.source ?? 'request', { profile: custom && findProfile(custom.id) ? custom.id : undefined, checkEscapes: false }, pagePaths);
  if (custom) req.profile = custom;
  const refs = [...req.images, ...req.videos, ...req.audios];
  const names = [...new Set(refs.flatMap((r) => (r.location.type === 'path' && byName.has(r.location.path) ? [r.location.path] : [])))];
  const urls = [...new Set(refs.flatMap((r) => (r.location.type === 'url' && /^https?:/i.test(r.location.url) ? [r.location.url] : [])))];
  const facts = new Map<string, Facts>();
  const unchecked = new Map<string, string>();
  const jobs: (() => Promise<void>)[] = [
    ...names.map((n) => async () => void facts.set(n, (await probeBlob(byName.get(n)!, n, options)).facts)),
    ...urls.map((u) => async () => {
      const opened = await openUrl(u, u.split(/[?#]/)[0].split('/').pop() || u);
      if (opened.ok) facts.set(u, await probeUrlSource(opened.source, opened.remote, options));
      else if (opened.status !== null) facts.set(u, { ...blankFacts(u, ''), probedBy: 'fetch', remote: opened.remote, failure: { reason: 'url_http_status', detail: `HTTP ${opened.status}` } });
      else unchecked.set(u, opened.why);
    }),
  ];
  for await (const _ of mapPool(jobs, options.concurrency ?? 4, (j) => j())) void _;
  const factsOf = (ref: AssetRef) => facts.get(ref.location.type === 'path' ? ref.location.path : ref.location.type === 'url' ? ref.location.url : '');
  const checked = requestReport(req, {
    factsOf,
    probed: [...facts.values()],
    exists: (p) => byName.has(p),
    display: (p) => p,
    unchecked: (ref) => (ref.location.type === 'url' ? (unchecked.get(ref.location.url) ?? (/^https?:/i.test(ref.location.url) ? undefined : 'a page reads only http and https URLs')) : undefined),
  });
  return buildReport(checked.request.profile, checked.assets, [checked.request]);
}

/** Asset strings in a page name dropped files: no folders to resolve against, nothing can escape one. */
const pagePaths: PathOps = {
  base: () => '',
  resolve: (_base, written) => written.replace(/^(\.\/)+/, ''),
  fromFileUrl: () => {
    throw new Error('a page cannot open file: URLs');
  },
  escapes: () => false,
};

/** Dropped files by the names a manifest may use: the record's keys, else each file's name and relative path. */
function fileTable(files: ArrayLike<Blob> | Record<string, Blob>): Map<string, Blob> {
  const table = new Map<string, Blob>();
  if (isArrayLike(files)) {
    Array.from(files).forEach((f, i) => {
      const rel = (f as File & { webkitRelativePath?: string }).webkitRelativePath;
      if (rel) table.set(rel, f);
      if (!table.has(nameOf(f, i))) table.set(nameOf(f, i), f);
    });
  } else {
    for (const [k, f] of Object.entries(files)) table.set(k.replace(/^(\.\/)+/, ''), f);
  }
  return table;
}

const isArrayLike = (x: unknown): x is ArrayLike<Blob> => Array.isArray(x) || (typeof x === 'object' && x !== null && typeof (x as ArrayLike<Blob>).length === 'number' && !(x instanceof Blob));

async function probeUrlSource(src: CountingSource, remote: Facts['remote'], options: BrowserCheckOptions): Promise<Facts> {
  const facts = await probeSource(src, browserFallbacks(() => null), { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  return { ...facts, remote: remote && { ...remote, bytesRead: src.bytesRead(), requests: src.requests?.() ?? remote.requests } };
}
