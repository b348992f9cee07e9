import defaultData from './builtin/default.json' with { type: 'json' };
import fastData from './builtin/fast.json' with { type: 'json' };
import miniData from './builtin/mini.json' with { type: 'json' };
import tagsData from './builtin/evolink-tags.json' with { type: 'json' };
import aigptimageData from './builtin/aigptimage.json' with { type: 'json' };
import { buildProfile, type ProfileFile } from './file.js';
import type { Profile } from './types.js';

/**
 * The built-in profiles: data files in the profile-file format, built by the same code as users' files.
 * They are checked against the profile schema in the tests, so start-up does not pay for zod.
 */
export const builtinFiles: readonly ProfileFile[] = [defaultData, fastData, miniData, tagsData, aigptimageData] as unknown as ProfileFile[];

const built: Profile[] = [];
for (const f of builtinFiles) built.push(buildProfile(f, f.extends ? built.find((b) => b.id === f.extends) : undefined, `built-in profile ${f.id}`));

export const builtinProfiles: readonly Profile[] = built;
