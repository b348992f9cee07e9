import { builtinProfiles } from './builtin.js';
import type { Profile } from './types.js';

export type { Profile, Limit, Source, Dialect } from './types.js';
/**
 * "MB" in the provider documents is read as 1,000,000 bytes: the stricter of the two readings,
 * so a file we pass is never one the provider's MiB-or-MB check rejects.
 */
export const MB = 1_000_000;

/** The built-in profiles (data files in src/profiles/builtin/, the same format as users' profile files). */
export const profiles: readonly Profile[] = builtinProfiles;

const byId = (id: string): Profile => profiles.find((p) => p.id === id)!;
export const defaultProfile = byId('seedance-2.0-reference-to-video');
export const fastProfile = byId('seedance-2.0-fast-reference-to-video');
export const miniProfile = byId('seedance-2.0-mini-reference-to-video');
export const evolinkTagsProfile = byId('evolink-tags');
export const aigptimageProfile = byId('aigptimage');

/**
 * A profile by its id, or by a model name it serves. User profiles (loaded from profile files) come first;
 * among the rest ids win, then the first profile serving the model.
 *
 * @example
 *   findProfile('seedance-2.0-fast-reference-to-video')?.request.qualities; // { value: ['480p', '720p'], source: { title, url, checked } }
 */
export function findProfile(idOrModel: string, user: readonly Profile[] = []): Profile | undefined {
  const all = [...user, ...profiles];
  return all.find((p) => p.id === idOrModel) ?? all.find((p) => p.models.includes(idOrModel));
}

export function profileIds(user: readonly Profile[] = []): string[] {
  return [...user, ...profiles].map((p) => p.id);
}

export interface ProfileChoice {
  profile: Profile;
  /** Why this profile: 'option', 'shape', 'model', 'default'. */
  reason: 'option' | 'shape' | 'model' | 'default';
  /** For the older @Image1 dialect chosen by shape: the field that chose it. */
  why?: 'seed' | 'duration_auto';
}

/**
 * Picks a profile for a request body. An explicit id/model wins; then the shape
 * (`{model, input}` is aigptimage; `seed` or duration -1 is the older @Image1 dialect, except for a model
 * only the evolink dialect serves, such as mini); then `model`. A user profile of the body's dialect that
 * serves its `model` wins over the built-in one.
 */
export function selectProfile(body: unknown, explicit?: string, user: readonly Profile[] = []): ProfileChoice {
  if (explicit) {
    const p = findProfile(explicit, user);
    if (!p) throw new Error(`unknown profile or model "${explicit}"; expected one of: ${profileIds(user).join(', ')}`);
    return { profile: p, reason: 'option' };
  }
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const model = typeof b.model === 'string' ? b.model : null;
  const mine = (dialect: Profile['dialect']) => (model ? user.find((p) => p.dialect === dialect && p.models.includes(model)) : undefined);
  if (b.input && typeof b.input === 'object') return { profile: mine('aigptimage') ?? aigptimageProfile, reason: 'shape' };
  const evolink = model ? (mine('evolink') ?? profiles.find((x) => x.dialect === 'evolink' && x.models.includes(model))) : undefined;
  if ('seed' in b || b.duration === -1) {
    const why = 'seed' in b ? 'seed' : 'duration_auto';
    const tags = mine('evolink-tags') ?? (model === null || evolinkTagsProfile.models.includes(model) ? evolinkTagsProfile : undefined);
    if (tags) return { profile: tags, reason: 'shape', why };
  }
  if (evolink) return { profile: evolink, reason: 'model' };
  return { profile: defaultProfile, reason: 'default' };
}
