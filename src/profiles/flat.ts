import type { Limit, Profile } from './types.js';

/** The groups of limits, in the order `profiles` prints them. */
export const GROUPS = ['image', 'video', 'audio', 'request', 'billing'] as const;
export type Group = (typeof GROUPS)[number];

/** Every limit of a profile under its flat key (`image.minSide`, `request.maxAssets`, ...). */
export function flatLimits(profile: Profile): [string, Limit<unknown>][] {
  const out: [string, Limit<unknown>][] = [];
  for (const group of GROUPS) {
    for (const [name, lim] of Object.entries(profile[group])) {
      if (lim) out.push([`${group}.${name}`, lim as Limit<unknown>]);
    }
  }
  return out;
}
