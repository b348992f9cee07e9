import type { z } from 'zod';
import { type ProfileFile, ProfileFileError } from './file.js';
import { LIMIT_KEYS, type LimitKey, limitKeys } from './keys.js';
import { nearest, resolveProfiles } from './resolve.js';
import { profiles as builtins } from './index.js';
import type { Profile } from './types.js';

const TOP_KEYS = ['$schema', 'id', 'extends', 'title', 'dialect', 'models', 'source', 'limits', 'notes'];

const EXPECTED: Record<string, string> = {
  number: 'a number', integer: 'a whole number', boolean: 'true or false', string: 'a string', strings: 'a list of strings',
  durations: '{"min", "max", "integer", "auto", "default"}', callback: '{"httpsOnly", "publicHostOnly", "maxLength"}',
  seedRange: '{"min", "max", "random"}', credits: 'an object of credits per second by quality, e.g. {"720p": 80}',
};

/** The first zod issue as a ProfileFileError naming the key, and the nearest valid key for an unknown one. */
function describe(name: string, data: unknown, error: z.ZodError): ProfileFileError {
  const issue = error.issues[0];
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const inLimits = path[0] === 'limits';
    const near = nearest(key, inLimits ? limitKeys : TOP_KEYS);
    return new ProfileFileError(name, inLimits ? key : key, `unknown key${inLimits ? ' in "limits"' : ''}`, near ? `did you mean "${near}"?` : inLimits ? "run 'seedance-preflight profiles' to see every key" : `keys: ${TOP_KEYS.join(', ')}`);
  }
  if (path[0] === 'limits' && path[1]) {
    const key = path[1] as LimitKey;
    const spec = LIMIT_KEYS[key];
    const given = (data as { limits?: Record<string, unknown> }).limits?.[key];
    const sub = path.length > 2 ? ` (at ${path.slice(2).join('.')})` : '';
    return new ProfileFileError(name, key, `wrong type${sub}: expected ${EXPECTED[spec.kind]}, or {"value": ..., "source"?: {...}}${spec.removable ? ', or null to remove the check' : ''}; given ${JSON.stringify(given)?.slice(0, 80)}`);
  }
  return new ProfileFileError(name, path.join('.') || null, issue.message);
}

/**
 * Validates profile objects (from files or the library) and builds them on the built-in profiles.
 * All or nothing: the first problem throws a ProfileFileError naming the file and the key.
 */
export async function parseProfiles(inputs: { data: unknown; name: string }[]): Promise<Profile[]> {
  if (inputs.length === 0) return [];
  const { ProfileFileSchema } = await import('./schema.js');
  const files = inputs.map(({ data, name }) => {
    const r = ProfileFileSchema.safeParse(data);
    if (!r.success) throw describe(name, data, r.error);
    return { file: r.data as ProfileFile, name };
  });
  return resolveProfiles(files, builtins);
}

const isBuilt = (v: unknown): v is Profile => !!v && typeof v === 'object' && 'image' in v && 'request' in v && !('limits' in v);

/** The library's `profiles` option: built profiles (from loadProfileFiles) as they are, profile-file objects validated. */
export async function userProfiles(list?: readonly unknown[]): Promise<Profile[]> {
  if (!list?.length) return [];
  const built = list.filter(isBuilt);
  const raw = list.map((data, i) => ({ data, name: `profiles[${i}]` })).filter((x) => !isBuilt(x.data));
  return [...built, ...(await parseProfiles(raw))];
}
