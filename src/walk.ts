import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute, sep } from 'node:path';

export interface WalkEntry {
  /** Path as given, or joined under the folder given. */
  path: string;
  /** True when the path was named by the caller (always reported), false when found in a folder. */
  explicit: boolean;
  /**
   * Set when the entry is a symlink whose target is outside every folder given: the real path it
   * names. The entry is reported, never read (nor walked into, for a folder).
   */
  outside?: string;
}

export interface WalkOptions {
  /** Follow symlinks whose targets leave the folders given (default false). */
  followSymlinksOutside?: boolean;
}

const SKIP_DIRS = new Set(['node_modules']);
/** Deeper than this is not a media folder; a bound against crafted trees (links between folders included). */
export const MAX_WALK_DEPTH = 64;

/** True when `path` (a real path) is `root` or under it. */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Real paths of the folders given: what a symlink found while walking may point into. */
export async function realRoots(paths: string[]): Promise<string[]> {
  return (await Promise.all(paths.map((p) => realpath(p).catch(() => null)))).filter((p): p is string => p !== null);
}

/**
 * Yields files under each path in a stable order (sorted names), streaming so a huge tree never sits
 * in memory. Skips hidden entries and node_modules; yields dangling links and non-regular files so the
 * probe can report them. Symlinks are followed only while they stay inside the folders given (a
 * pull request's `secret.png -> ~/.ssh/...` or `p -> /proc` is reported, not read or walked), unless
 * `followSymlinksOutside`; a folder's real path is walked once (no loops), at most MAX_WALK_DEPTH deep.
 */
export async function* walk(paths: string[], opts: WalkOptions = {}): AsyncGenerator<WalkEntry> {
  for await (const batch of walkBatches(paths, opts)) yield* batch;
}

/** walk() in batches: each folder's files together (a yield per file cost more than the listing on a large folder). */
export async function* walkBatches(paths: string[], opts: WalkOptions = {}): AsyncGenerator<WalkEntry[]> {
  const seenDirs = new Set<string>();
  const dirs: string[] = [];
  for (const p of paths) if ((await stat(p).catch(() => null))?.isDirectory()) dirs.push(p);
  const roots = opts.followSymlinksOutside ? null : await realRoots(dirs);
  for (const p of paths) {
    if (dirs.includes(p)) yield* walkDir(p, seenDirs, roots, 0);
    else yield [{ path: p, explicit: true }];
  }
}

async function* walkDir(dir: string, seen: Set<string>, roots: string[] | null, depth: number): AsyncGenerator<WalkEntry[]> {
  const real = await realpath(dir).catch(() => null);
  if (real === null || seen.has(real) || depth > MAX_WALK_DEPTH) return;
  seen.add(real);
  // entry types come with the listing (no lstat per file: on a folder of media files that was the walk's cost)
  const entries = (await readdir(dir, { withFileTypes: true }).catch(() => [])).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // files are gathered until the next folder, so the order stays the sorted one
  let files: WalkEntry[] = [];
  // join(dir, name) for every name, normalising the folder once instead of once per file
  const prefix = join(dir, 'x').slice(0, -1);
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
    const path = prefix + name;
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      const target = await realpath(path).catch(() => null);
      // a dangling link is yielded for the probe to report as missing
      if (target !== null && roots && !roots.some((r) => isInside(target, r))) {
        files.push({ path, explicit: false, outside: target });
        continue;
      }
      isDir = (await stat(path).catch(() => null))?.isDirectory() ?? false;
    }
    if (!isDir) {
      files.push({ path, explicit: false });
      continue;
    }
    if (files.length) yield files;
    files = [];
    yield* walkDir(path, seen, roots, depth + 1);
  }
  if (files.length) yield files;
}
