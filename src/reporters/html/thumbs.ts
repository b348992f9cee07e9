import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { type Cache, CACHE_FILE, type CacheStrategy, openCache } from '../../cache/index.js';
import { mapPool } from '../../lib/pool.js';
import type { Report } from '../../types.js';
import { thumbFor } from './thumbnail.js';
import type { Thumb, Thumbs } from './types.js';

/** Bump when thumbnails change shape or size: older cached ones are then remade. */
const THUMB_FORMAT = 'html-thumbs/1';
export const THUMB_CACHE_FILE = 'thumbs-cache.json';

/** The thumbnail cache beside a lint cache file: THUMB_CACHE_FILE in the lint cache's own folder, else `<file>.thumbs`. */
export function thumbCacheBeside(lintCacheFile: string): string {
  return path.basename(lintCacheFile) === CACHE_FILE ? path.join(path.dirname(lintCacheFile), THUMB_CACHE_FILE) : `${lintCacheFile}.thumbs`;
}

export interface ThumbOptions {
  /** Files worked on at once: the lint's --concurrency. */
  concurrency?: number;
  /** Relative sources are files under this folder (default: process.cwd()). */
  cwd?: string;
  /**
   * With --cache: where thumbnails are kept, keyed like the probe cache: `file`, or THUMB_CACHE_FILE in
   * `dir` (see thumbCacheBeside).
   */
  cache?: { dir?: string; file?: string; strategy: CacheStrategy; toolVersion: string };
  /** After each file, in order: `done` of `total` (the CLI's progress line). */
  onProgress?: (event: { done: number; total: number; source: string }) => void;
}

const isUrl = (s: string) => /^[a-z][a-z\d+.-]*:\/\//i.test(s);

/** Thumbnails of every local asset in the report, by source; a file that cannot be read gets a Thumb with `error`. */
export async function generateThumbs(report: Report, opts: ThumbOptions = {}): Promise<Map<string, Thumb>> {
  const cwd = opts.cwd ?? process.cwd();
  let cache: Cache<Thumb> | undefined;
  if (opts.cache) {
    cache = await openCache<Thumb>({
      location: opts.cache.file ?? path.join(opts.cache.dir ?? cwd, THUMB_CACHE_FILE),
      strategy: opts.cache.strategy,
      root: cwd,
      // Thumbnails depend on the file only, not on the profile or the config.
      key: { toolVersion: opts.cache.toolVersion, profileHash: THUMB_FORMAT, configHash: '' },
    });
  }
  const assets = [...new Map(report.assets.filter((a) => !isUrl(a.source)).map((a) => [a.source, a])).values()];
  const thumbs = new Map<string, Thumb>();
  const one = async (a: (typeof assets)[number]) => {
    const file = path.resolve(cwd, a.source);
    // a file the check did not read (outside the folders given) is not previewed either
    if (a.facts.failure?.reason === 'outside_roots') return { a, thumb: { error: 'not previewed: it is outside the folders checked' } as Thumb };
    const st = await stat(file).catch(() => null);
    if (!st?.isFile()) return { a, thumb: { error: 'the file is not there any more' } as Thumb };
    const hit = await cache?.get(file, st);
    if (hit) return { a, thumb: hit };
    const { thumb, cacheable } = await thumbFor(a, file);
    if (cacheable) await cache?.set(file, st, thumb);
    return { a, thumb };
  };
  for await (const { a, thumb } of mapPool(assets, opts.concurrency ?? availableParallelism(), one)) {
    thumbs.set(a.source, thumb);
    opts.onProgress?.({ done: thumbs.size, total: assets.length, source: a.source });
  }
  // A cache that cannot be written only costs time next run.
  await cache?.save();
  return thumbs;
}
