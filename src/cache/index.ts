import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashFile } from './hash-file.js';
import { stableHash } from './keys.js';
import { relativePlain } from '../lib/plain-path.js';

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
  /**
   * get() without waiting, for the metadata strategy (a stat decides); a hit is counted, a miss is
   * not (the caller goes on to get()). Always undefined for the content strategy (hashing is I/O).
   */
  peek(file: string, stat: FileStat): V | undefined;
  set(file: string, stat: FileStat, value: V): Promise<void>;
  delete(file: string): void;
  /** Writes atomically when anything changed; false (never a throw) when the file could not be written. */
  save(): Promise<boolean>;
}

export const CACHE_FILE = 'lint-cache.json';
/** Bump when the file layout changes. */
const FORMAT = 2;

/**
 * The file, one line per entry after a header line, so that a warm run reads it without parsing
 * any value (a value is parsed when its file is asked for) and a run that changed a few entries
 * appends their lines instead of rewriting the whole file (a later line wins):
 *
 *   {"format":2,"key":"<hash>"}
 *   <size>\t<mtimeMs>\t<sha1 or empty>\t<path, JSON-quoted when it has a tab, newline, quote or backslash>\t<value JSON>
 */
interface Entry {
  size: number;
  mtimeMs: number;
  hash?: string;
  /** The value as text (the codec's): decoded on each hit, so the caller gets its own object. */
  text: string;
  /** Looked at by this run (a mark on the entry: a Set of 24,000 paths cost more than the lookups). */
  seen?: boolean;
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

const PLAIN_PATH = /^[^\t\n\r"\\]*$/;
const encodePath = (k: string) => (PLAIN_PATH.test(k) ? k : JSON.stringify(k));

function line(k: string, e: Entry): string {
  return `${e.size}\t${e.mtimeMs}\t${e.hash ?? ''}\t${encodePath(k)}\t${e.text}\n`;
}

/** One entry line, or null when it is malformed (it is then dropped, the others kept). */
function parseLine(l: string): [string, Entry] | null {
  const a = l.indexOf('\t');
  const b = l.indexOf('\t', a + 1);
  const c = l.indexOf('\t', b + 1);
  if (a < 0 || b < 0 || c < 0) return null;
  let k: string;
  let d: number;
  if (l.charCodeAt(c + 1) === 34 /* " */) {
    // a quoted path ends at the first tab after a closing quote that JSON accepts
    d = c;
    for (;;) {
      d = l.indexOf('\t', d + 1);
      if (d < 0) return null;
      try {
        k = JSON.parse(l.slice(c + 1, d)) as string;
        break;
      } catch {
        // a tab inside the quoted path: look further
      }
    }
    if (typeof k !== 'string') return null;
  } else {
    d = l.indexOf('\t', c + 1);
    if (d < 0) return null;
    k = l.slice(c + 1, d);
  }
  const size = Number(l.slice(0, a));
  const mtimeMs = Number(l.slice(a + 1, b));
  const text = l.slice(d + 1);
  if (!Number.isFinite(size) || !Number.isFinite(mtimeMs) || a === 0 || b === a + 1 || text === '') return null;
  const e: Entry = { size, mtimeMs, text };
  if (c > b + 1) e.hash = l.slice(b + 1, c);
  return [k, e];
}

async function load(file: string, key: string): Promise<{ state: CacheState; entries: Map<string, Entry>; lines: number }> {
  let text: string;
  try {
    // synchronous: one read at start-up, and a warm run is waiting for nothing else
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { state: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'new' : 'corrupt', entries: new Map(), lines: 0 };
  }
  const nl = text.indexOf('\n');
  let header: { format?: unknown; key?: unknown } | null = null;
  try {
    header = JSON.parse(nl < 0 ? text : text.slice(0, nl));
  } catch {
    return { state: 'corrupt', entries: new Map(), lines: 0 };
  }
  if (!header || typeof header !== 'object' || Array.isArray(header) || typeof header.format !== 'number') {
    return { state: 'corrupt', entries: new Map(), lines: 0 };
  }
  if (header.format !== FORMAT || header.key !== key) return { state: 'invalidated', entries: new Map(), lines: 0 };
  const entries = new Map<string, Entry>();
  let lines = 0;
  for (let at = nl + 1; nl >= 0 && at < text.length; ) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    if (next > at) {
      lines++;
      const parsed = parseLine(text.slice(at, next));
      if (parsed) entries.set(parsed[0], parsed[1]);
    }
    at = next + 1;
  }
  return { state: 'loaded', entries, lines };
}

/** The paths a cache file holds, in file order (for tests and inspection). */
export function cacheKeys(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const keys = new Set<string>();
  for (const l of text.split('\n').slice(1)) {
    const p = l && parseLine(l);
    if (p) keys.add(p[0]);
  }
  return [...keys];
}

/** How values become a line's text and back; `decode` gets the file as asked for, undefined for a damaged text. Default JSON. */
export interface CacheCodec<V> {
  encode(value: V): string;
  decode(text: string, file: string): V | undefined;
}

const jsonCodec: CacheCodec<never> = {
  encode: (v) => JSON.stringify(v),
  decode: (text) => {
    try {
      return JSON.parse(text) as never;
    } catch {
      return undefined;
    }
  },
};

/** Opens (or starts) a lint cache. Never throws for a bad cache file: it is ignored and rebuilt. */
export async function openCache<V>(opts: CacheOptions & { codec?: CacheCodec<V> }): Promise<Cache<V>> {
  const codec: CacheCodec<V> = opts.codec ?? jsonCodec;
  const strategy = opts.strategy ?? 'metadata';
  const root = path.resolve(opts.root ?? process.cwd());
  const file = resolveFile(opts.location);
  const key = stableHash({ ...opts.key, strategy });
  const loaded = await load(file, key);
  const { state, entries } = loaded;
  /** Lines in the file now (superseded ones included), to know when a rewrite is due. */
  let fileLines = loaded.lines;
  /** Content hashes computed by get(), reused by set() for the same size and mtime. */
  const hashes = new Map<string, { size: number; mtimeMs: number; hash: string }>();
  const stats = { hits: 0, misses: 0 };
  /** Entries set since the last save: appended to the file. */
  const changed = new Set<string>();
  /** The whole file must be written (new, other key, corrupt, or entries dropped). */
  let rewrite = state !== 'loaded';

  const rel = (f: string) => relativePlain(root, f, root);
  const regular = (stat: FileStat) => typeof stat.isFile !== 'function' || stat.isFile();
  /** Unchanged by size and mtime (the metadata strategy's whole test, the content strategy's first). */
  const sameSize = (e: Entry, stat: FileStat) => regular(stat) && e.size === stat.size;
  const sameMeta = (e: Entry, stat: FileStat) => sameSize(e, stat) && e.mtimeMs === stat.mtimeMs;

  /** A stored value, decoded for each caller (its own object); undefined for a line cut short by a killed run. */
  const parse = (e: Entry, f: string): V | undefined => codec.decode(e.text, f);

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
      const e = entries.get(k);
      if (e) e.seen = true;
      let value: V | undefined;
      if (e && sameSize(e, stat)) {
        const same = strategy === 'metadata' ? sameMeta(e, stat) : e.hash !== undefined && e.hash === (await contentHash(path.resolve(root, f), k, stat));
        if (same) value = parse(e, f);
      }
      if (value !== undefined) stats.hits++;
      else stats.misses++;
      return value;
    },
    peek(f, stat) {
      if (strategy !== 'metadata') return undefined;
      const k = rel(f);
      const e = entries.get(k);
      if (!e || !sameMeta(e, stat)) return undefined;
      const value = parse(e, f);
      if (value !== undefined) {
        e.seen = true;
        stats.hits++;
      }
      return value;
    },
    async set(f, stat, value) {
      const k = rel(f);
      const old = entries.get(k);
      if (old) old.seen = true;
      if (!regular(stat)) return;
      const entry: Entry = { size: stat.size, mtimeMs: stat.mtimeMs, text: codec.encode(value), seen: true };
      if (strategy === 'content') {
        const hash = await contentHash(path.resolve(root, f), k, stat);
        if (hash === undefined) return;
        entry.hash = hash;
      }
      entries.set(k, entry);
      changed.add(k);
    },
    delete(f) {
      const k = rel(f);
      if (entries.delete(k)) {
        changed.delete(k);
        rewrite = true;
      }
    },
    async save() {
      // Entries of files this run did not look at stay (a shard or --changed run sees few), unless gone.
      for (const [k, e] of entries) {
        if (!e.seen && !existsSync(path.resolve(root, k))) {
          entries.delete(k);
          changed.delete(k);
          rewrite = true;
        }
      }
      // superseded lines pile up with appends: past twice the live entries, the file is rewritten
      if (!rewrite && fileLines + changed.size > 2 * entries.size + 64) rewrite = true;
      if (!rewrite && changed.size === 0) return true;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        if (!rewrite) {
          let out = '\n'; // a line cut short by a killed run stays alone on its line
          for (const k of changed) out += line(k, entries.get(k)!);
          appendFileSync(file, out);
          fileLines += changed.size;
          changed.clear();
          return true;
        }
      } catch {
        return false;
      }
      const parts = [`${JSON.stringify({ format: FORMAT, key })}\n`];
      for (const [k, e] of entries) parts.push(line(k, e));
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(tmp, parts.join(''));
        await rename(tmp, file);
        rewrite = false;
        changed.clear();
        fileLines = entries.size;
        return true;
      } catch {
        await unlink(tmp).catch(() => {});
        return false;
      }
    },
  };
}
