import type { Profile } from '../profiles/types.js';
import type { LoadedConfig } from '../config/load.js';
import path from 'node:path';

/** `--profile-file FILE`, repeatable, on lint, probe, fix, submit and profiles. */
export const profileFileSpec = { 'profile-file': { type: 'string', multiple: true } } as const;

/**
 * The user profiles of a run: the config's "profiles" (relative to the config's folder), then each
 * --profile-file. None given: nothing loads, so a plain run never pays for zod.
 */
export async function loadUserProfiles(flag: unknown, config?: LoadedConfig | null): Promise<Profile[]> {
  const fromConfig = (config?.config as { profiles?: string[] } | undefined)?.profiles?.map((p) => path.resolve(config!.dir, p)) ?? [];
  const files = [...fromConfig, ...(Array.isArray(flag) ? (flag as string[]) : [])];
  if (files.length === 0) return [];
  return (await import('../profiles/load.js')).loadProfileFiles(files);
}
