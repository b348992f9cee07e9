import { defaultProfile } from './default.js';
import { aigptimageProfile, evolinkTagsProfile, fastProfile, miniProfile } from './variants.js';
import type { Profile } from './types.js';

export type { Profile, Limit, Source, Dialect } from './types.js';
export { MB } from './default.js';

export const profiles: readonly Profile[] = [defaultProfile, fastProfile, miniProfile, evolinkTagsProfile, aigptimageProfile];

export { defaultProfile, fastProfile, miniProfile, evolinkTagsProfile, aigptimageProfile };

/**
 * A profile by its id, or by a model name it serves (ids win; the first profile serving a model wins).
 *
 * @example
 *   findProfile('seedance-2.0-fast-reference-to-video')?.request.qualities; // { value: ['480p', '720p'], source: { title, url, checked } }
 */
export function findProfile(idOrModel: string): Profile | undefined {
  return profiles.find((p) => p.id === idOrModel) ?? profiles.find((p) => p.models.includes(idOrModel));
}

export function profileIds(): string[] {
  return profiles.map((p) => p.id);
}

export interface ProfileChoice {
  profile: Profile;
  /** Why this profile: 'option', 'shape', 'model', 'default'. */
  reason: 'option' | 'shape' | 'model' | 'default';
}

/**
 * Picks a profile for a request body. An explicit id/model wins; then the shape
 * (`{model, input}` is aigptimage; `seed` or duration -1 is the older @Image1 dialect); then `model`.
 */
export function selectProfile(body: unknown, explicit?: string): ProfileChoice {
  if (explicit) {
    const p = findProfile(explicit);
    if (!p) throw new Error(`unknown profile or model "${explicit}"; expected one of: ${profileIds().join(', ')}`);
    return { profile: p, reason: 'option' };
  }
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  if (b.input && typeof b.input === 'object') return { profile: aigptimageProfile, reason: 'shape' };
  if ('seed' in b || b.duration === -1) return { profile: evolinkTagsProfile, reason: 'shape' };
  if (typeof b.model === 'string') {
    const p = profiles.find((x) => x.dialect === 'evolink' && x.models.includes(b.model as string));
    if (p) return { profile: p, reason: 'model' };
  }
  return { profile: defaultProfile, reason: 'default' };
}
