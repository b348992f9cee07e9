import { copyFile, link, rename, rm } from 'node:fs/promises';
import { tempPathFor } from './execute.js';

/**
 * Puts an unchanged file a fixed manifest names under --out: a hard link (no bytes copied) where the
 * file system allows it, a copy otherwise (another device, no link support). The input is only read;
 * the new name appears at once (a temporary name, then rename), replacing an earlier run's.
 */
export async function carry(src: string, dest: string): Promise<'link' | 'copy'> {
  const temp = tempPathFor(dest);
  try {
    let how: 'link' | 'copy' = 'link';
    try {
      await link(src, temp);
    } catch {
      how = 'copy';
      await copyFile(src, temp);
    }
    await rename(temp, dest);
    return how;
  } finally {
    await rm(temp, { force: true });
  }
}
