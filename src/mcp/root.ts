import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { PreflightUsageError } from '../errors.js';
import { inside, realpathOr } from '../fixer/inputs.js';
import type { NormalizedRequest } from '../manifest/types.js';
import { looksLikeRequest } from '../preflight.js';
import { isUrl } from '../probes/is-url.js';
import { walk } from '../walk.js';

/**
 * The folder the server may read and write (--root). Every local path a tool would touch, as named
 * or found in a folder or a manifest, is checked by its real path first, so a symlink that leads out
 * is refused like a path that is written outside.
 */
export class Root {
  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<Root> {
    const real = await realpath(resolve(dir)).catch(() => null);
    if (!real || !(await stat(real)).isDirectory()) {
      throw new PreflightUsageError('path_not_found', `--root ${dir}: no such folder`, 'e.g. seedance-preflight mcp --root ~/projects/film');
    }
    return new Root(real);
  }

  /** The path, once its real path (or its nearest existing parent's) is known to be inside the root. */
  async check(path: string): Promise<string> {
    if (!(await this.holds(path))) throw this.outside(path);
    return path;
  }

  private async holds(path: string): Promise<boolean> {
    return inside(await realpathOr(resolve(this.dir, path)), this.dir);
  }

  /**
   * Checks every file the paths lead to (folders walked; with `load`, the local assets of manifests too)
   * and returns how many files and manifests there are (a progress total). A path that does not exist
   * is left to the tool, which reports it the way the CLI does.
   */
  async checkInputs(paths: string[], load?: (manifest: string) => Promise<NormalizedRequest>): Promise<number> {
    let count = 0;
    for (const p of paths) {
      if (isUrl(p)) {
        count++;
        continue;
      }
      await this.check(p);
      if (!(await lstat(p).catch(() => null))) continue;
      for await (const e of walk([p])) {
        await this.check(e.path);
        const manifest = load && extname(e.path).toLowerCase() === '.json' && (e.explicit || (await looksLikeRequest(e.path)));
        if (manifest && load) await this.checkRequest(await load(e.path));
        count++;
      }
    }
    return count;
  }

  /** Every local asset path of a request (already resolved by the manifest loader). */
  async checkRequest(req: NormalizedRequest): Promise<void> {
    for (const ref of [...req.images, ...req.videos, ...req.audios]) {
      if (ref.location.type === 'path' && !(await this.holds(ref.location.path))) throw this.outside(ref.written, req.source);
    }
  }

  /**
   * A folder a tool writes into: inside the root, and no symlink already in it leads out (the writer
   * would follow it).
   */
  async checkWritable(dir: string): Promise<void> {
    await this.check(dir);
    const links = async (d: string): Promise<void> => {
      for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
        const p = join(d, e.name);
        if (e.isSymbolicLink()) await this.check(p);
        else if (e.isDirectory()) await links(p);
      }
    };
    await links(resolve(this.dir, dir));
  }

  private outside(path: string, from?: string): PreflightUsageError {
    return new PreflightUsageError(
      'bad_option',
      `${path}${from ? ` (named in ${from})` : ''} is outside the folder this server may use (${this.dir})`,
      'name files under that folder, or start the server with a wider --root',
    );
  }
}
