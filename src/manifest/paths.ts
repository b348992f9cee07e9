import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateWith } from './assets.js';
import type { AssetLocation, PathOps } from './types.js';

/** True when `path` is outside `dir` (or is `dir` itself's parent chain). */
export function escapes(path: string, dir: string): boolean {
  const rel = relative(resolve(dir), path);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/** Asset paths on disk: absolute, against the manifest folder or the working directory. */
export const nodePaths: PathOps = {
  base: (dir) => resolve(dir ?? process.cwd()),
  resolve: (base, written) => resolve(base, written),
  fromFileUrl: (url) => fileURLToPath(url),
  escapes,
};

/** Where an asset string points: a URL, a local path (absolute, against baseDir), or inline data. */
export function locate(written: string, baseDir: string): AssetLocation {
  return locateWith(written, baseDir, nodePaths);
}
