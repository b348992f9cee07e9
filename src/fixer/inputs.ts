import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { walk } from '../walk.js';
import { looksLikeRequest } from '../preflight.js';

/** Extensions that are media whatever the content says (so a broken one is reported, not skipped). */
const MEDIA_EXT = new Set(['jpg', 'jpeg', 'png', 'webp', 'gif', 'bmp', 'tif', 'tiff', 'heic', 'heif', 'avif', 'mp4', 'm4v', 'mov', 'qt', 'mkv', 'webm', 'avi', 'mp3', 'wav', 'flac', 'ogg', 'oga', 'm4a', 'aac', 'opus']);

export interface InputFile {
  /** As given, or joined under the folder given. */
  path: string;
  abs: string;
  /** Where its output goes under --out (folders keep their layout); the extension may change later. */
  rel: string;
  /** Found in a folder with an extension that is not media: kept only if the content is media. */
  maybe: boolean;
}

export interface Inputs {
  media: InputFile[];
  manifests: InputFile[];
}

/**
 * Files and manifests under the paths, in walk order. Anything inside the output folder is skipped
 * (outputs of an earlier run are not inputs).
 */
export async function collectInputs(paths: string[], outReal: string): Promise<Inputs> {
  const media: InputFile[] = [];
  const manifests: InputFile[] = [];
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    const isDir = st?.isDirectory() ?? false;
    for await (const e of walk([p])) {
      if (e.outside) continue; // a symlink out of the folder given is not an input
      const abs = resolve(e.path);
      if (isDir && inside(await realpathOr(abs), outReal)) continue;
      const rel = isDir ? relative(p, e.path) : basename(e.path);
      const ext = extname(e.path).slice(1).toLowerCase();
      if (ext === 'json') {
        if (e.explicit || (await looksLikeRequest(e.path))) manifests.push({ path: e.path, abs, rel, maybe: false });
        continue;
      }
      media.push({ path: e.path, abs, rel, maybe: !e.explicit && !MEDIA_EXT.has(ext) });
    }
  }
  return { media, manifests };
}

export function inside(path: string, dir: string): boolean {
  const r = relative(dir, path);
  return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !r.startsWith(sep) && !/^[a-zA-Z]:/.test(r));
}

/** The real path; for a path that does not exist yet, its nearest existing parent's real path plus the rest. */
export async function realpathOr(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(await realpathOr(parent), basename(abs));
  }
}
