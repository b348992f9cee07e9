import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface WalkEntry {
  /** Path as given, or joined under the folder given. */
  path: string;
  /** True when the path was named by the caller (always reported), false when found in a folder. */
  explicit: boolean;
}

const SKIP_DIRS = new Set(['node_modules']);

/**
 * Yields files under each path in a stable order (sorted names), streaming so a huge tree never sits
 * in memory. Skips hidden entries and node_modules; follows symlinks but never a loop (real paths of
 * folders are remembered); yields dangling links and non-regular files so the probe can report them.
 */
export async function* walk(paths: string[]): AsyncGenerator<WalkEntry> {
  const seenDirs = new Set<string>();
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    if (st?.isDirectory()) yield* walkDir(p, seenDirs);
    else yield { path: p, explicit: true };
  }
}

async function* walkDir(dir: string, seen: Set<string>): AsyncGenerator<WalkEntry> {
  const real = await realpath(dir).catch(() => null);
  if (real === null || seen.has(real)) return;
  seen.add(real);
  // entry types come with the listing (no lstat per file: on a folder of media files that was the walk's cost)
  const entries = (await readdir(dir, { withFileTypes: true }).catch(() => [])).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    const isDir = entry.isSymbolicLink() ? (await stat(path).catch(() => null))?.isDirectory() : entry.isDirectory();
    if (isDir) yield* walkDir(path, seen);
    else yield { path, explicit: false };
  }
}
