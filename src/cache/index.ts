import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashFile } from './hash-file.js';
import { stableHash } from './keys.js';

export { stableHash, stableStringify } from './keys.js';
export { hashFile } from './hash-file.js';

export type CacheStrategy = 'metadata' | 'content';

/** What the cache needs of a file's stat (an fs.Stats fits). */
export interface FileStat {
  size: number;
  mtimeMs: number;
  isFile?: () => boolean;
}

/** Any change here invalidates every entry. */
export interface CacheKey {
  toolVersion: string;
  profileHash: string;
  configHash: string;
  /** How files were probed when not the default (e.g. 'deep'): such facts are kept apart. */
  mode?: string;
}

export interface CacheOptions {
  /** A cache file, or a folder (existing, or written with a trailing slash) to hold CACHE_FILE. */
  location: string;
  strategy?: CacheStrategy;
  key: CacheKey;
  /** Entries are keyed by paths relative to this (default cwd), so a restored CI cache still fits. */
  root?: string;
}

/** How the cache file was found: new (none), loaded, invalidated (other key), corrupt (unreadable or malformed). */
export type CacheState = 'new' | 'loaded' | 'invalidated' | 'corrupt';

export interface Cache<V> {
  readonly file: string;
  readonly state: CacheState;
  readonly stats: { hits: number; misses: number };
  /** The stored value when the file is unchanged by the strategy's measure, else undefined. */
  get(file: string, stat: FileStat): Promise<V | undefined>;
  set(file: string, stat: FileStat, value: V): Promise<void>;
  delete(file: string): void;
  /** Writes atomically when anything changed; false (never a throw) when the file could not be written. */
  save(): Promise<boolean>;
}

export const CACHE_FILE = 'lint-cache.json';
/** Bump when the file layout changes. */
const FORMAT = 1;

interface Entry {
  size: number;
  mtimeMs: number;
  hash?: string;
  value: unknown;
}

interface CacheFileData {
  format: number;
  key: string;
  entries: Record<string, Entry>;
}

/** The file `--cache` uses without `--cache-location`, as ESLint's `.eslintcache`. */
export const DEFAULT_CACHE_FILE = '.seedance-preflight-cache';

/**
 * The default for `--cache` without `--cache-location`: one file in the working folder (a media
 * repository may have no node_modules/, and the cache should not create one).
 */
export function defaultCacheLocation(cwd: string): string {
  return path.join(cwd, DEFAULT_CACHE_FILE);
}

function resolveFile(location: string): string {
  const abs = path.resolve(location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= statSync(abs).isDirectory();
  } catch {
    // not there yet: a file path
  }
  return isDir ? path.join(abs, CACHE_FILE) : abs;
}

function validEntry(e: unknown): e is Entry {
  if (!e || typeof e !== 'object') return false;
  const x = e as Record<string, unknown>;
  return typeof x.size === 'number' && typeof x.mtimeMs === 'number' && 'value' in x && (x.hash === undefined || typeof x.hash === 'string');
}

async function load(file: string, key: string): Promise<{ state: CacheState; entries: Map<string, Entry> }> {
  let text: string;
  try {
    // synchronous: one read at start-up, and a warm run is waiting for nothing else
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { state: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'new' : 'corrupt', entries: new Map() };
  }
  let data: Partial<CacheFileData>;
  try {
    data = JSON.parse(text);
  } catch {
    return { state: 'corrupt', entries: new Map() };
  }
  if (!data || typeof data !== 'object' || typeof data.entries !== 'object' || data.entries === null) {
    return { state: 'corrupt', entries: new Map() };
  }
  if (data.format !== FORMAT || data.key !== key) return { state: 'invalidated', entries: new Map() };
  const entries = new Map<string, Entry>();
  for (const [k, e] of Object.entries(data.entries)) if (validEntry(e)) entries.set(k, e);
  return { state: 'loaded', entries };
}

/** Opens (or starts) a lint cache. Never throws for a bad cache file: it is ignored and rebuilt. */
export async function openCache<V>(opts: CacheOptions): Promise<Cache<V>> {
  const strategy = opts.strategy ?? 'metadata';
  const root = path.resolve(opts.root ?? process.cwd());
  const file = resolveFile(opts.location);
  const key = stableHash({ ...opts.key, strategy });
  const { state, entries } = await load(file, key);
  const seen = new Set<string>();
  /** Content hashes computed by get(), reused by set() for the same size and mtime. */
  const hashes = new Map<string, { size: number; mtimeMs: number; hash: string }>();
  const stats = { hits: 0, misses: 0 };
  let dirty = state !== 'loaded' && state !== 'new';

  const rel = (f: string) => path.relative(root, path.resolve(root, f)).split(path.sep).join('/');
  const regular = (stat: FileStat) => typeof stat.isFile !== 'function' || stat.isFile();

  async function contentHash(abs: string, k: string, stat: FileStat): Promise<string | undefined> {
    const memo = hashes.get(k);
    if (memo && memo.size === stat.size && memo.mtimeMs === stat.mtimeMs) return memo.hash;
    try {
      const hash = await hashFile(abs);
      hashes.set(k, { size: stat.size, mtimeMs: stat.mtimeMs, hash });
      return hash;
    } catch {
      return undefined;
    }
  }

  return {
    file,
    state,
    stats,
    async get(f, stat) {
      const k = rel(f);
      seen.add(k);
      const e = entries.get(k);
      let hit = false;
      if (e && regular(stat) && e.size === stat.size) {
        if (strategy === 'metadata') hit = e.mtimeMs === stat.mtimeMs;
        else hit = e.hash !== undefined && e.hash === (await contentHash(path.resolve(root, f), k, stat));
      }
      if (hit) stats.hits++;
      else stats.misses++;
      return hit ? (e!.value as V) : undefined;
    },
    async set(f, stat, value) {
      const k = rel(f);
      seen.add(k);
      if (!regular(stat)) return;
      const entry: Entry = { size: stat.size, mtimeMs: stat.mtimeMs, value };
      if (strategy === 'content') {
        const hash = await contentHash(path.resolve(root, f), k, stat);
        if (hash === undefined) return;
        entry.hash = hash;
      }
      entries.set(k, entry);
      dirty = true;
    },
    delete(f) {
      if (entries.delete(rel(f))) dirty = true;
    },
    async save() {
      // Entries of files this run did not look at stay (a shard or --changed run sees few), unless gone.
      for (const k of entries.keys()) {
        if (!seen.has(k) && !existsSync(path.resolve(root, k))) {
          entries.delete(k);
          dirty = true;
        }
      }
      if (!dirty) return true;
      const data: CacheFileData = { format: FORMAT, key, entries: Object.fromEntries(entries) };
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(tmp, JSON.stringify(data));
        await rename(tmp, file);
        dirty = false;
        return true;
      } catch {
        await unlink(tmp).catch(() => {});
        return false;
      }
    },
  };
}
