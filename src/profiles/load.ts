import { readFile } from 'node:fs/promises';
import { ProfileFileError } from './file.js';
import { parseProfiles } from './parse.js';
import type { Profile } from './types.js';

/**
 * Reads profile files (JSON) and builds them, each on the profile it extends.
 *
 * @example
 *   const mine = await loadProfileFiles(['limits/next.json']);
 *   await lint(['media/'], { profiles: mine, model: mine[0].id });
 */
export async function loadProfileFiles(paths: readonly string[]): Promise<Profile[]> {
  const inputs = await Promise.all(
    paths.map(async (p) => {
      let text: string;
      try {
        text = await readFile(p, 'utf8');
      } catch (e) {
        throw new ProfileFileError(p, null, `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'check the path given to --profile-file');
      }
      try {
        return { data: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, name: p };
      } catch (e) {
        throw new ProfileFileError(p, null, `not valid JSON: ${(e as Error).message}`);
      }
    }),
  );
  return parseProfiles(inputs);
}
