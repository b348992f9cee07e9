import { lstat, readdir, realpath, stat } from 'node:fs/promises';
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
  const names = (await readdir(dir).catch(() => [] as string[])).sort();
  for (const name of names) {
    if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    const l = await lstat(path).catch(() => null);
    if (!l) continue;
    const target = l.isSymbolicLink() ? await stat(path).catch(() => null) : l;
    if (target?.isDirectory()) yield* walkDir(path, seen);
    else yield { path, explicit: false };
  }
}
